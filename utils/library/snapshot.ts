/**
 * A snapshot of a tab's current DOM, taken with scripting.executeScript (http(s) host
 * permissions are declared, so this works without activeTab, e.g. from a popup opened by
 * chrome.action.openPopup()), parsed into an inert document in the calling extension page.
 * The page's own scripts never see the extraction; the content script is not needed.
 */
import { browser } from 'wxt/browser';
import type { TabSnapshot } from './messages';

export type { TabSnapshot } from './messages';

export async function snapshotTab(tabId: number): Promise<TabSnapshot> {
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ url: location.href, html: document.documentElement.outerHTML, contentType: document.contentType, charset: document.characterSet }),
  });
  const snap = res?.result as TabSnapshot | undefined;
  if (!snap || typeof snap.html !== 'string') throw new Error('the page did not answer');
  return snap;
}

/** Parses a snapshot without running anything (DOMParser documents are inert); relative URLs keep resolving. */
export function parseSnapshot(snap: TabSnapshot, win: Window & typeof globalThis): Document {
  const doc = new win.DOMParser().parseFromString(snap.html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = snap.url;
    doc.head.prepend(base);
  }
  return doc;
}
