/**
 * The per-page script (issue #3): on every http(s) page, top frame only. It stays tiny — the
 * detect stage and a message listener; the reader bundle is injected only when asked for.
 *  - after load: detect, tell the background (toolbar badge);
 *  - SPA URL changes (pushState/popstate): close an open view, detect again;
 *  - answers `reader:toggle` and `page:status` (popup or background), which also works without
 *    activeTab because this script is already in the page.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../utils/extract/detect';
import type { DetectResult } from '../utils/extract/types';
import type { Message } from '../utils/messages';
import type { PageStatus, ReaderLoadResponse, ReaderToggleResponse } from '../utils/reader/messages';
import { clearReaderApi, getReaderApi, SHIELDED_EVENTS } from '../utils/reader/view/reader-api';

/**
 * Set in the isolated world so a second copy (injected by the background) stays idle. The world
 * outlives an extension reload or update: a copy injected afterwards finds the orphaned one's
 * handle there, sees it is dead and takes over (else the shortcut would do nothing until the
 * page is reloaded). A registered Symbol, which no element id can shadow (issue #12, F6).
 */
const LOADED = Symbol.for('honbun.content');
/** Wait after load so detection never competes with the page's own start-up work. */
const DETECT_DELAY_MS = 50;
/** An SPA renders its new page some time after the URL changes. */
const SPA_DETECT_DELAY_MS = 600;
/** Pages whose `load` never fires (a hung ad) still get detected. */
const LOAD_TIMEOUT_MS = 4000;

type NavigationLike = EventTarget;

interface LoadedHandle {
  alive(): boolean;
  teardown(): void;
}

function isHandle(v: unknown): v is LoadedHandle {
  return !!v && typeof v === 'object' && typeof (v as LoadedHandle).alive === 'function' && typeof (v as LoadedHandle).teardown === 'function';
}

function pageKey(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: false,
  main() {
    const orphaned = () => !browser.runtime?.id;
    const g = globalThis as unknown as Record<symbol, unknown>;
    const found = g[LOADED];
    const prev = isHandle(found) ? found : undefined;
    if (prev?.alive()) return;
    prev?.teardown();
    g[LOADED] = { alive: () => !orphaned(), teardown } satisfies LoadedHandle;

    // Registered now, at document_start, so they run before any listener the page adds: the open
    // view keeps its keys, focus and popover events from the page (issue #12, F4/F5). Closed, it
    // is one lookup per key press or focus change.
    const shield = (e: Event) => getReaderApi()?.shield?.(e);
    for (const type of SHIELDED_EVENTS) window.addEventListener(type, shield, true);

    let detect: DetectResult | null = null;
    let lastKey = pageKey(location.href);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let loading: Promise<ReaderLoadResponse> | null = null;

    const runDetect = () => {
      if (orphaned()) return teardown();
      const url = location.href;
      detect = detectArticle(document, url);
      const msg: Message = { type: 'detected', url, result: detect };
      browser.runtime.sendMessage(msg).catch(() => {});
    };
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(runDetect, ms);
    };

    const onUrlChange = () => {
      const key = pageKey(location.href);
      if (key === lastKey) return;
      lastKey = key;
      detect = null;
      getReaderApi()?.close();
      if (orphaned()) return teardown();
      schedule(SPA_DETECT_DELAY_MS);
    };

    const toggle = async (): Promise<ReaderToggleResponse> => {
      if (!getReaderApi()) {
        loading ??= (browser.runtime.sendMessage({ type: 'reader:load' } satisfies Message) as Promise<ReaderLoadResponse>).finally(
          () => (loading = null),
        );
        const r = await loading;
        if (!r?.ok) return { ok: false, error: r?.error ?? 'reader-load-failed' };
      }
      const api = getReaderApi();
      if (!api) return { ok: false, error: 'reader-load-failed' };
      const url = location.href;
      return { ok: true, open: await api.toggle({ known: detect, now: () => detect ?? detectArticle(document, url) }) };
    };

    // sendResponse + `return true` rather than a returned Promise: this script may run on the
    // bare chrome.* API (no polyfill, to stay small), where promise returns are not honoured.
    const onMessage = (msg: Message, _sender: unknown, sendResponse: (r: unknown) => void): true | undefined => {
      let reply: Promise<unknown>;
      if (msg?.type === 'reader:toggle') reply = toggle().catch((e) => ({ ok: false, error: String(e) }));
      else if (msg?.type === 'page:status') {
        const status: PageStatus = { url: location.href, detect, readerOpen: getReaderApi()?.isOpen() ?? false };
        reply = Promise.resolve(status);
      } else return undefined;
      reply.then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // URL changes: popstate covers back/forward; the Navigation API's currententrychange also
    // sees the page's own pushState/replaceState (events cross worlds; patched functions don't).
    const nav = (globalThis as unknown as { navigation?: NavigationLike }).navigation;
    window.addEventListener('popstate', onUrlChange);
    nav?.addEventListener('currententrychange', onUrlChange);
    // Without the Navigation API (older Firefox): most SPA navigations follow a click.
    const onClick = () => setTimeout(onUrlChange, 0);
    if (!nav) window.addEventListener('click', onClick, true);

    const onLoad = () => schedule(DETECT_DELAY_MS);
    if (document.readyState === 'complete') onLoad();
    else {
      window.addEventListener('load', onLoad, { once: true });
      document.addEventListener('DOMContentLoaded', () => schedule(LOAD_TIMEOUT_MS), { once: true });
    }

    function teardown() {
      clearTimeout(timer);
      window.removeEventListener('popstate', onUrlChange);
      nav?.removeEventListener('currententrychange', onUrlChange);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('load', onLoad);
      for (const type of SHIELDED_EVENTS) window.removeEventListener(type, shield, true);
      getReaderApi()?.close();
      // The reader bundle belongs to the dead extension too: a new one is injected when asked.
      clearReaderApi();
      if ((g[LOADED] as LoadedHandle | undefined)?.teardown === teardown) delete g[LOADED];
    }
  },
});
