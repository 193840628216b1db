/**
 * Opens and closes the clean view over the live page: runs the pipeline (it never mutates the
 * document), mounts `ReaderView` in a closed shadow root on <html>, makes the page inert, and on
 * close gives the page back exactly as it was (DOM, scroll, focus).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderView, type ReaderArticle } from '../../components/reader/reader-view';
import { READER_CSS } from '../../components/reader/reader-css';
import { runPipeline } from '../../utils/article/pipeline';
import type { DetectResult } from '../../utils/extract/types';
import { deeperThan, flattenedCopy, MAX_DEPTH, tooManyElements } from '../../utils/extract/page/bounds';
import { lockPage, type PageLock } from '../../utils/reader/view/page-lock';
import type { ReaderApi } from '../../utils/reader/view/reader-api';
import { normaliseSettings, type ReaderSettings } from '../../utils/reader/settings';
import { strings, toUiLang, type UiLang } from '../../utils/reader/strings';
import { saveArticle } from '../../utils/library/client';
import { payloadFromArticle } from '../../utils/library/article-payload';
import { followPages, type PagesJob } from '../../utils/article/follow-pages';
import { readerSettings } from '../../utils/reader/settings-item';
import { createHost, type ViewHost } from '../../utils/reader/view/host';
import { showNotice, type Notice } from '../../utils/reader/view/notice';

interface OpenView {
  view: ViewHost;
  lock: PageLock;
  article: ReaderArticle;
  uiLang: UiLang;
  settings: ReaderSettings;
  saveLabel?: string;
  cleanup: (() => void)[];
  /** the article's later pages being joined (issue #13) */
  pages?: PagesJob | null;
}

/**
 * Save from the clean view: exactly what the view extracted (joined pages and removal summary
 * included, no second pipeline run), once joining has ended; the background sanitizes, stores
 * the photos and writes (issues #5, #13).
 */
async function save(v: OpenView, repaint: () => void): Promise<void> {
  const t = strings(v.uiLang);
  v.saveLabel = t.saving;
  repaint();
  try {
    const article = (await v.pages?.done) ?? v.article;
    const payload = payloadFromArticle(article, location.href, document.title);
    payload.incognito = !!browser.extension?.inIncognitoContext;
    const r = await saveArticle(payload);
    v.saveLabel = r.ok ? t.saved : t.saveFailed;
  } catch {
    v.saveLabel = t.saveFailed;
  }
  repaint();
}

/** Shown when the pipeline throws: the view still opens, with the page title and a notice. */
function failedArticle(doc: Document): ReaderArticle {
  return {
    isArticle: false,
    title: doc.title || null,
    byline: null,
    siteName: null,
    lang: doc.documentElement.lang || null,
    dir: null,
    publishedTime: null,
    readingMinutes: null,
    truncated: false,
    nextPage: null,
    html: null,
    removed: [],
  };
}

function extract(doc: Document, detect: DetectResult | null): ReaderArticle {
  try {
    // Script-built nesting deeper than any parser makes overflows cloneNode and Readability.
    const source = deeperThan(doc, MAX_DEPTH) ? flattenedCopy(doc, MAX_DEPTH) : doc;
    // the per-page detector's verdict is not computed again
    const r = runPipeline(source, { url: location.href, window: window as Window & typeof globalThis, detect });
    return { ...r, url: location.href };
  } catch {
    return { ...failedArticle(doc), url: location.href };
  }
}

/** Checks after a port drop: the runtime id vanishes a moment after an extension reload. */
const ORPHAN_CHECKS_MS = [50, 500, 2000];

/**
 * Keeps a port to the background while the view is open. It drops when the extension is
 * reloaded or removed (then the runtime id vanishes: close the view) and also when the idle
 * service worker is stopped (then connect again).
 */
function watchOrphan(v: OpenView, close: () => void): void {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const connect = () => {
    try {
      port = browser.runtime.connect({ name: 'reader' });
    } catch {
      close();
      return;
    }
    port.onDisconnect.addListener(() => {
      port = null;
      ORPHAN_CHECKS_MS.forEach((ms, i) =>
        timers.push(
          setTimeout(() => {
            if (!browser.runtime?.id) close();
            else if (i === ORPHAN_CHECKS_MS.length - 1) connect();
          }, ms),
        ),
      );
    });
  };
  connect();
  v.cleanup.push(() => {
    timers.forEach(clearTimeout);
    port?.disconnect();
  });
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading' && document.body) return Promise.resolve();
  return new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(), { once: true }));
}

export function createReaderController(): ReaderApi {
  let current: OpenView | null = null;
  let opening: Promise<boolean> | null = null;
  let notice: Notice | null = null;

  const paint = (v: OpenView) => {
    render(
      <ReaderView
        article={v.article}
        settings={v.settings}
        uiLang={v.uiLang}
        onClose={close}
        onSave={() => void save(v, () => current === v && paint(v))}
        saveLabel={v.saveLabel}
        onSettingsChange={(s) => {
          v.settings = s;
          paint(v);
          void readerSettings.setValue(s).catch(() => {});
        }}
      />,
      v.view.container,
    );
  };

  function close(): void {
    const v = current;
    if (!v) return;
    current = null;
    // Page first: when the extension is gone (orphaned script) extension calls below throw.
    v.view.remove();
    v.lock.release();
    for (const fn of v.cleanup) {
      try {
        fn();
      } catch {
        /* extension context invalidated */
      }
    }
    render(null, v.view.container);
  }

  async function open(detect: DetectResult | null): Promise<boolean> {
    await domReady();
    // Counted before anything is cloned: a huge page gets a notice, not a frozen tab.
    if (tooManyElements(document)) {
      const uiLang = toUiLang(browser.i18n.getUILanguage());
      const t = strings(uiLang);
      notice = showNotice(document, t.tooLarge, t.dismiss, () => (notice = null));
      return false;
    }
    const settingsP = readerSettings.getValue().catch(() => null);
    const article = extract(document, detect);
    const settings = normaliseSettings(await settingsP);
    if (current) return true;
    const uiLang = toUiLang(browser.i18n.getUILanguage());
    const view = createHost(document, READER_CSS);
    const v: OpenView = { view, lock: lockPage(document), article, uiLang, settings, cleanup: [] };
    current = v;
    paint(v);
    // page 1 is on screen: the later pages stream in; closing the view cancels their fetches
    v.pages = followPages(article, {
      window: window as Window & typeof globalThis,
      charset: document.characterSet,
      document,
      onUpdate: (joined) => {
        if (current !== v) return;
        v.article = joined;
        paint(v);
      },
    });
    v.cleanup.push(() => v.pages?.cancel());

    // Esc while focus is outside the view (e.g. on the inert body after a click).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.composedPath().includes(view.host)) {
        e.preventDefault();
        close();
      }
    };
    window.addEventListener('keydown', onKey, true);
    v.cleanup.push(() => window.removeEventListener('keydown', onKey, true));
    // Settings changed in another tab or on the saved-article page apply here too.
    const unwatch = readerSettings.watch((s) => {
      if (current !== v) return;
      v.settings = normaliseSettings(s);
      paint(v);
    });
    v.cleanup.push(unwatch);
    // The extension was reloaded or removed: this script is orphaned, take the UI away.
    watchOrphan(v, close);

    const shadowRoot = view.container.getRootNode() as ShadowRoot;
    const target = shadowRoot.querySelector<HTMLElement>('h1') ?? shadowRoot.querySelector<HTMLElement>('.hb-root');
    target?.focus({ preventScroll: true });
    return true;
  }

  return {
    isOpen: () => current !== null,
    close() {
      notice?.remove();
      close();
    },
    async toggle(detect) {
      if (opening) return opening;
      if (current) {
        close();
        return false;
      }
      if (notice) {
        notice.remove();
        return false;
      }
      opening = open(detect).finally(() => {
        opening = null;
      });
      return opening;
    },
  };
}
