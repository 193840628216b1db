/**
 * Save for the popup: snapshot the tab's DOM (executeScript with host permissions; no activeTab
 * needed), extract in this page, hand the result to the background writer. Any failure comes
 * back as a code the UI explains.
 */
import type { Browser } from 'wxt/browser';
import { snapshotTab, parseSnapshot } from '../../utils/library/snapshot';
import { extractForSave } from '../../utils/library/extract-for-save';
import { saveArticle } from '../../utils/library/client';
import type { SaveResponse } from '../../utils/library/schema';

export async function saveTab(tab: Browser.tabs.Tab): Promise<SaveResponse> {
  if (tab.id == null) return { ok: false, code: 'cannot-run', message: 'no tab' };
  let payload;
  try {
    const snap = await snapshotTab(tab.id);
    const doc = parseSnapshot(snap, window);
    payload = extractForSave(doc, window, snap.url);
  } catch (err) {
    return { ok: false, code: 'extract-failed', message: err instanceof Error ? err.message : String(err) };
  }
  payload.incognito = !!tab.incognito;
  return saveArticle(payload);
}
