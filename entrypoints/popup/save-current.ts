/**
 * Save for the popup: extract in this page from a snapshot of the tab's DOM (taken by the popup
 * the moment Save is pressed, see snapshot.ts), hand the result to the background writer. Any
 * failure comes back as a code the UI explains. This module carries the extraction code
 * (Readability, DOMPurify, the pipeline), so the popup loads it with import(), never at start-up.
 */
import type { Browser } from 'wxt/browser';
import { parseSnapshot, type TabSnapshot } from '../../utils/library/snapshot';
import { extractForSave } from '../../utils/library/extract-for-save';
import { saveArticle } from '../../utils/library/client';
import type { SaveResponse } from '../../utils/library/schema';

export async function saveSnapshot(tab: Browser.tabs.Tab, snapshot: Promise<TabSnapshot>): Promise<SaveResponse> {
  let payload;
  try {
    const snap = await snapshot;
    const doc = parseSnapshot(snap, window);
    payload = extractForSave(doc, window, snap.url);
  } catch (err) {
    return { ok: false, code: 'extract-failed', message: err instanceof Error ? err.message : String(err) };
  }
  payload.incognito = !!tab.incognito;
  return saveArticle(payload);
}
