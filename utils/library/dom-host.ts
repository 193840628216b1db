/**
 * Where the background gets DOM work done (issue #13 "a Save that can't be lost"): Chrome's
 * service worker has no DOM, so an offscreen document (reason DOM_PARSER) parses, extracts, joins
 * pages and sanitizes; Firefox's background page has a DOM and does it itself. Either way the
 * work no longer depends on the popup or the tab staying open. The offscreen document is closed
 * again after a quiet minute.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DomRequest, LibraryMessage } from './messages';
import type { DomResult } from './save-worker';

const OFFSCREEN_PATH = '/offscreen.html';
const IDLE_CLOSE_MS = 60_000;
/** The document's listener may not be up the instant createDocument resolves: ask again. */
const SEND_RETRIES = 5;
const RETRY_MS = 100;

type Runner = (req: DomRequest) => Promise<DomResult>;
let override: Runner | null = null;

/** Tests run the DOM work in jsdom instead. */
export function setDomRunner(r: Runner | null): void {
  override = r;
}

let creating: Promise<void> | null = null;
let pending = 0;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

async function hasOffscreen(url: string): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [url],
  });
  return contexts.length > 0;
}

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH as never);
  if (await hasOffscreen(url)) return;
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Parse a page saved to the library, its later pages and its photos, away from the popup and the tab.',
    })
    .catch(async (err: unknown) => {
      // created meanwhile by another call (only one offscreen document may exist)
      if (!(await hasOffscreen(url))) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

function scheduleClose(): void {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    if (pending === 0) void browser.offscreen.closeDocument().catch(() => undefined);
  }, IDLE_CLOSE_MS);
}

async function runOffscreen(req: DomRequest): Promise<DomResult> {
  pending++;
  try {
    await ensureOffscreen();
    const msg: LibraryMessage = { type: 'offscreen:dom', request: req };
    let last: unknown = null;
    for (let i = 0; i < SEND_RETRIES; i++) {
      try {
        const res = (await browser.runtime.sendMessage(msg)) as DomResult | undefined;
        if (res) return res;
      } catch (err) {
        last = err;
      }
      await new Promise((ok) => setTimeout(ok, RETRY_MS * (i + 1)));
    }
    return { ok: false, error: `the offscreen document did not answer${last ? `: ${String(last)}` : ''}` };
  } finally {
    pending--;
    scheduleClose();
  }
}

export async function runInDom(req: DomRequest): Promise<DomResult> {
  if (override) return override(req);
  if (import.meta.env.FIREFOX) {
    const { runDomWork } = await import('./save-worker');
    return runDomWork(req, window as Window & typeof globalThis);
  }
  return runOffscreen(req);
}
