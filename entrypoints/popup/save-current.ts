/**
 * Save for the popup (issue #13): the popup only asks. It takes a snapshot of the tab's DOM once
 * it has painted (kept in case the tab closes right after Save is pressed) and, on Save, sends
 * the tab to the background, which extracts in the offscreen document (Chrome) or its own page
 * (Firefox), joins the later pages, stores the photos and writes. Closing the popup or the tab
 * does not stop that; the answer arrives only once the write is done.
 */
import type { Browser } from 'wxt/browser';
import { snapshotTab, type TabSnapshot } from '../../utils/library/snapshot';
import { saveTab } from '../../utils/library/client';
import type { SaveResponse } from '../../utils/library/schema';

/** The snapshot once it has arrived (undefined while it is on its way). */
let ready: TabSnapshot | null | undefined;

/** The tab's DOM as it is now, or null when it cannot be read (never throws). */
export function prefetchSnapshot(tab: Browser.tabs.Tab): Promise<TabSnapshot | null> {
  const p = tab.id == null ? Promise.resolve(null) : snapshotTab(tab.id).catch(() => null);
  void p.then((s) => (ready = s));
  return p;
}

/**
 * Sends the Save at once: with the snapshot when it has arrived, else without it (the
 * background then reads the tab itself). Never waits before sending: the popup may be closed
 * at any moment, and only a sent message survives that.
 */
export function saveCurrent(tab: Browser.tabs.Tab): Promise<SaveResponse> {
  return saveTab(tab.id ?? null, ready ?? null, !!tab.incognito);
}
