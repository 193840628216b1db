/**
 * Opens and closes the clean view over the live page: extracts the article within its budget (it
 * never mutates the document), mounts `ReaderView` in a closed shadow root on <html>, makes the
 * page inert, keeps the view on top and whole while it is open (issue #12, F5), and on close
 * gives the page back exactly as it was (DOM, scroll, focus).
 *
 * The source & quote analysis is not on the paint path: once the article has painted, its own
 * bundle is loaded (analysis-loader.ts) and run on the article's blocks — again on the whole
 * joined article as later pages stream in — while the panel keeps its place with a quiet line.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderView, type AnalysisState, type KeyHandler } from '../../components/reader/reader-view';
import { READER_CSS } from '../../components/reader/reader-css';
import { tooManyElements } from '../../utils/extract/page/bounds';
import { lockPage, type PageLock } from '../../utils/reader/view/page-lock';
import type { PageDetector, ReaderApi } from '../../utils/reader/view/reader-api';
import { normaliseSettings, type ReaderSettings } from '../../utils/reader/settings';
import { strings, toUiLang, type UiLang } from '../../utils/reader/strings';
import { saveArticle } from '../../utils/library/client';
import { payloadFromArticle } from '../../utils/library/article-payload';
import { followPages, type PagesJob } from '../../utils/article/follow-pages';
import { readerSettings } from '../../utils/reader/settings-item';
import { createHost, type ViewHost } from '../../utils/reader/view/host';
import { showNotice, type Notice } from '../../utils/reader/view/notice';
import { guardRoot, type RootGuard } from '../../utils/reader/view/root-guard';
import { keepOnTop, type TopLayer } from '../../utils/reader/view/top-layer';
import type { AnalysisResult } from '../../utils/analysis/types';
import type { ExtractedArticle } from '../../utils/article/extract';
import { buildArticle, nextPaint, TooComplex, type BuiltArticle } from './build-article';
import { sanitizePendingRemovals } from '../../utils/article/removal-html';
import { analyseWith, createAnalysisLoader, requestAnalysisBundle, type AnalysisLoader } from './analysis-loader';
import { shieldEvent, shieldOwnHosts, type ShieldTarget } from './view-shield';
import { printArticleAlone } from './print';
import { confidentlyNotArticle } from '../../utils/reader/not-article';

interface OpenView {
  view: ViewHost;
  lock: PageLock;
  root: RootGuard;
  top: TopLayer;
  shield: ShieldTarget;
  /** the article as extracted: page 1, then the pages joined so far (what the analysis reads) */
  base: BuiltArticle;
  /** the analysis of `base` (or of an earlier `base` while a new page is being analysed) */
  analysed: { of: BuiltArticle; result: AnalysisResult } | null;
  /** the panel's state; undefined when there is nothing to analyse (no article body) */
  analysis?: AnalysisState;
  uiLang: UiLang;
  settings: ReaderSettings;
  saveLabel?: string;
  keys: { current: KeyHandler | null };
  cleanup: (() => void)[];
  /** the article's later pages being joined (issue #13) */
  pages?: PagesJob | null;
}

/** What the view shows: the article with the analysis of it, when there is one yet. */
function shown(v: OpenView): BuiltArticle & Partial<AnalysisResult> {
  return v.analysed ? { ...v.base, ...v.analysed.result } : v.base;
}

/** Whether the view's article has blocks for the analysis to read. */
const analysable = (a: BuiltArticle): a is BuiltArticle & ExtractedArticle => !!a.html && Array.isArray(a.blocks) && Array.isArray(a.captions) && Array.isArray(a.links);

/**
 * The analysis of `a` for Save: the view's own when it has run on this very article (usually),
 * else run now (the bundle loaded first if it has not come yet). Null when it cannot be had:
 * the article is saved without sources and quotes rather than not at all.
 */
async function analysisFor(v: OpenView, a: BuiltArticle, loader: AnalysisLoader): Promise<AnalysisResult | null> {
  if (v.analysed?.of === a) return v.analysed.result;
  if (!analysable(a)) return null;
  try {
    return analyseWith(await loader.load(), a);
  } catch {
    return null;
  }
}

/**
 * Save from the clean view: exactly what the view extracted (joined pages, their analysis and
 * the removal summary included, no second pipeline run), once joining has ended; the background
 * sanitizes, stores the photos and writes (issues #5, #13).
 */
async function save(v: OpenView, loader: AnalysisLoader, repaint: () => void): Promise<void> {
  const t = strings(v.uiLang);
  v.saveLabel = t.saving;
  repaint();
  try {
    const base = (await v.pages?.done) ?? v.base;
    const analysis = await analysisFor(v, base, loader);
    const payload = payloadFromArticle({ ...base, ...analysis }, location.href, document.title);
    payload.incognito = !!browser.extension?.inIncognitoContext;
    const r = await saveArticle(payload);
    v.saveLabel = r.ok ? t.saved : t.saveFailed;
  } catch {
    v.saveLabel = t.saveFailed;
  }
  repaint();
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
  const uiLang = () => toUiLang(browser.i18n.getUILanguage());
  const analysisLoader = createAnalysisLoader(requestAnalysisBundle);

  const say = (kind: string, message: (t: ReturnType<typeof strings>) => string, action?: { label: string; run: () => void }) => {
    const t = strings(uiLang());
    notice?.remove();
    const n = showNotice(document, { kind, message: message(t), closeLabel: t.dismiss, action, onGone: () => notice === n && (notice = null) });
    notice = n;
  };

  const paint = (v: OpenView) => {
    render(
      <ReaderView
        article={shown(v)}
        analysis={v.analysis}
        settings={v.settings}
        uiLang={v.uiLang}
        onClose={close}
        onSave={() => void save(v, analysisLoader, () => current === v && paint(v))}
        saveLabel={v.saveLabel}
        keyHandler={v.keys}
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
    v.top.release();
    v.view.remove();
    v.root.release();
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

  /** Runs the loaded analysis on the view's article as it is now (cheap: a few ms per article). */
  function analyseNow(v: OpenView): void {
    const api = analysisLoader.loaded();
    if (!api || !v.analysis || v.analysed?.of === v.base || !analysable(v.base)) return;
    try {
      v.analysed = { of: v.base, result: analyseWith(api, v.base) };
      v.analysis = 'ready';
    } catch {
      v.analysis = 'failed';
    }
  }

  /**
   * Once the article has painted (two frames, as the analysis): the removed blocks' html through
   * the sanitizer (set aside by the extraction, removal-html.ts), for the list of what was hidden
   * and "put back". A new `removed` array, so the view's lists are rebuilt; the analysis still
   * describes `base`.
   */
  function sanitizeRemovedAfterPaint(v: OpenView): void {
    void nextPaint().then(nextPaint).then(() => {
      if (current !== v || !sanitizePendingRemovals(v.base.removed, window as Window & typeof globalThis)) return;
      const before = v.base;
      v.base = { ...before, removed: [...before.removed] };
      if (v.analysed?.of === before) v.analysed = { ...v.analysed, of: v.base };
      paint(v);
    });
  }

  /**
   * After the article has painted: load the analysis bundle (once), run it, fill in the panel.
   * Two frames first: the view's first frame is on screen and the next one is not held up by
   * parsing the bundle either (the first scroll stays smooth).
   */
  function startAnalysis(v: OpenView): void {
    if (!v.analysis) return;
    void nextPaint()
      .then(nextPaint)
      .then(() => (current === v ? analysisLoader.load() : null))
      .then(
        () => {
          if (current !== v) return;
          analyseNow(v);
          paint(v);
        },
        () => {
          if (current !== v) return;
          v.analysis = 'failed';
          paint(v);
        },
      );
  }

  function mount(article: BuiltArticle, settings: ReaderSettings): void {
    const view = createHost(document, READER_CSS);
    let lastFocus: HTMLElement | null = null;
    let printing = false;
    const top = keepOnTop(document, view.host);
    const keys: { current: KeyHandler | null } = { current: null };
    const rootEl = () => view.shadow.querySelector<HTMLElement>('.hb-root');
    const shield: ShieldTarget = {
      host: view.host,
      shadow: view.shadow,
      focus: () => {
        const active = view.shadow.activeElement as HTMLElement | null;
        if (document.activeElement === view.host && active) {
          lastFocus = active;
          return;
        }
        const target = lastFocus?.isConnected ? lastFocus : rootEl();
        target?.focus({ preventScroll: true });
      },
      raise: () => top.raise(),
      close,
      printing: () => printing,
      keys: (e, target) => !!keys.current?.(e, target),
    };
    const v: OpenView = {
      view,
      lock: lockPage(document),
      root: guardRoot(document),
      top,
      shield,
      base: article,
      analysed: null,
      analysis: analysable(article) ? 'loading' : undefined,
      uiLang: uiLang(),
      settings,
      keys,
      cleanup: [],
    };
    current = v;
    paint(v);
    // page 1 is on screen: the later pages stream in; closing the view cancels their fetches
    v.pages = followPages(article, {
      window: window as Window & typeof globalThis,
      charset: document.characterSet,
      document,
      onUpdate: (joined) => {
        if (current !== v) return;
        v.base = joined;
        // the panel covers every page joined so far (until the bundle loads, page 1's place holds)
        analyseNow(v);
        paint(v);
      },
    });
    v.cleanup.push(() => v.pages?.cancel());

    // The view's own focus moves, remembered so a page that takes focus can be undone.
    const onFocusIn = () => (lastFocus = view.shadow.activeElement as HTMLElement | null);
    view.shadow.addEventListener('focusin', onFocusIn);
    v.cleanup.push(printArticleAlone(document, view.host, (on) => (printing = on)));
    // Settings changed in another tab or on the saved-article page apply here too.
    const unwatch = readerSettings.watch((s) => {
      if (current !== v) return;
      v.settings = normaliseSettings(s);
      paint(v);
    });
    v.cleanup.push(unwatch);
    // The extension was reloaded or removed: this script is orphaned, take the UI away.
    watchOrphan(v, close);
    // Focus before the bar, so the first Tab reaches its first button (issue #14).
    rootEl()?.focus({ preventScroll: true });
    sanitizeRemovedAfterPaint(v);
    startAnalysis(v);
  }

  async function open(detector: PageDetector, force: boolean): Promise<boolean> {
    await domReady();
    // Counted before anything is cloned: a huge page gets a notice, not a frozen tab.
    if (tooManyElements(document)) {
      say('too-large', (t) => t.tooLarge);
      return false;
    }
    if (!force && confidentlyNotArticle(detector.known)) {
      const t = strings(uiLang());
      say('not-article', (s) => s.notArticleAsk, { label: t.showAnyway, run: () => void api.toggle(detector, true) });
      return false;
    }
    const settingsP = readerSettings.getValue().catch(() => null);
    let working: Notice | null = null;
    let article: BuiltArticle;
    try {
      article = await buildArticle(document, window as Window & typeof globalThis, detector, {
        show: () => {
          const t = strings(uiLang());
          working = showNotice(document, { kind: 'working', message: t.working, closeLabel: t.dismiss, timeoutMs: null, onGone: () => {} });
        },
        hide: () => working?.remove(),
      });
    } catch (e) {
      if (!(e instanceof TooComplex)) throw e;
      say('too-complex', (t) => t.tooComplex);
      return false;
    }
    const settings = normaliseSettings(await settingsP);
    if (current) return true;
    mount(article, settings);
    return true;
  }

  const api: ReaderApi = {
    isOpen: () => current !== null,
    close() {
      notice?.remove();
      close();
    },
    shield(e: Event) {
      shieldOwnHosts(e);
      if (current) shieldEvent(current.shield, e);
    },
    async toggle(detector: PageDetector, force: boolean = false) {
      if (opening) return opening;
      if (current) {
        close();
        return false;
      }
      if (notice && !force) {
        notice.remove();
        return false;
      }
      notice?.remove();
      opening = open(detector, force).finally(() => {
        opening = null;
      });
      return opening;
    },
  };
  return api;
}
