/**
 * Chrome's offscreen document (reason DOM_PARSER), created by the background when Save needs a
 * DOM (utils/library/dom-host.ts): it parses a tab's HTML inertly, runs the pipeline, joins the
 * article's later pages and sanitizes, then answers. It writes nothing: the background stays
 * the library's only writer. Offscreen documents may use only the runtime API.
 */
import { browser } from 'wxt/browser';
import { runDomWork } from '../../utils/library/save-worker';
import type { LibraryMessage } from '../../utils/library/messages';

browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
  const msg = raw as LibraryMessage;
  if (msg?.type !== 'offscreen:dom' || sender.id !== browser.runtime.id || sender.tab) return undefined;
  void runDomWork(msg.request, window).then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: String(err) }));
  return true;
});
