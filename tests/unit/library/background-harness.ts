/**
 * Driving the library's background listener as the browser would, with a sender (fakeBrowser's
 * own sendMessage passes none), and with the DOM work of the offscreen document done in jsdom.
 */
import { JSDOM } from 'jsdom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setDomRunner } from '../../../utils/library/dom-host';
import { runDomWork } from '../../../utils/library/save-worker';

export const EXT_ID = 'test-extension-id';
export const popupSender = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` };
export const libraryPageSender = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/library.html`, tab: { id: 9 } };
export const contentScript = (pageUrl: string, over: Record<string, unknown> = {}) => ({ id: EXT_ID, url: pageUrl, frameId: 0, tab: { id: 7, url: pageUrl }, ...over });

/** The offscreen document's work, done here in jsdom (DOMPurify needs a real DOM). */
export function domInJsdom(): void {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://example.test/' });
  setDomRunner((req) => runDomWork(req, window as unknown as Window & typeof globalThis));
}

/** Delivers `msg` to the registered listeners as if `sender` had sent it; resolves with the answer. */
export function sendAs<T>(msg: unknown, sender: unknown): Promise<T> {
  return new Promise((ok, fail) => {
    let answered = false;
    const respond = (r: unknown) => {
      answered = true;
      ok(r as T);
    };
    void (fakeBrowser.runtime.onMessage as unknown as { trigger(...a: unknown[]): Promise<unknown[]> })
      .trigger(msg, sender, respond)
      .then((rets) => {
        if (!answered && !rets.some((r) => r === true)) fail(new Error('no listener answered'));
      }, fail);
  });
}
