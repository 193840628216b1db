/**
 * The clean view (issue #3, reworked in #14), shared by the live page's content script and the
 * saved-article page (issue #5). Pure UI: everything comes in through props, nothing depends on
 * the content script context. Landmarks and keyboard order: the bar (banner) → main > article →
 * the sources panel (complementary) → the one-line summary of what was hidden (region).
 *
 * The panel sits beside the article when the window has room for the article's measure and the
 * panel; otherwise (a narrow window, vertical writing) it waits behind its toolbar button and
 * opens as a side sheet over the article (issue #10).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Category, Removal } from '../../utils/extract/types';
import { replaceBrokenImages } from '../../utils/reader/broken-images';
import { formatPublished } from '../../utils/reader/format-date';
import { LIMITS, LATIN_EM_PER_CHAR, fontStack, isVertical, measureOf, scriptOf, settingsToCssVars, supportsVertical, type ReaderSettings } from '../../utils/reader/settings';
import { categoryLabel, strings, UI_LOCALE, type UiLang } from '../../utils/reader/strings';
import { verticalSegments } from '../../utils/reader/tate-chu-yoko';
import { moveColumns, wheelToColumns } from '../../utils/reader/vertical-scroll';
import { SourcesPanel } from '../sources-panel';
import { ArticleBody, putBackElement, scrollToAnchor, type PutBackBlock } from './article-body';
import { HelpPopover } from './help-popover';
import { keyAction, type ReaderAction } from './reader-keys';
import { useLatinAdvance } from './latin-advance';
import { RemovedSummary } from './removed-summary';
import { SettingsPopover } from './settings-popover';
import { Toolbar, type Pop } from './toolbar';
import { JoinedPages, JoinNoteLine } from './joined-pages';
import type { ReaderArticle } from './types';

export type { ReaderArticle } from './types';

/**
 * The live view's source & quote analysis, which arrives after the article has painted (its own
 * bundle): 'loading' keeps the panel's place with a quiet line, 'ready' shows the panel even when
 * it found nothing (so the article does not move), 'failed' says it could not be loaded.
 */
export type AnalysisState = 'loading' | 'ready' | 'failed';

export interface ReaderViewProps {
  article: ReaderArticle;
  /** the live view's analysis state; absent (a saved article): the article's own fields decide */
  analysis?: AnalysisState;
  settings: ReaderSettings;
  uiLang: UiLang;
  onSettingsChange?: (s: ReaderSettings) => void;
  onClose?: () => void;
  onSave?: () => void;
  /** e.g. "Saved" after a save; defaults to the UI's "Save" */
  saveLabel?: string;
  /** replaces the sources/quotes panel (complementary landmark); by default built from the article */
  panel?: ComponentChildren;
  /**
   * Filled with the view's key handler, for a host that takes the page's key events before they
   * reach the view (the clean view's shield): (event, element focused in the view) → used.
   */
  keyHandler?: { current: KeyHandler | null };
  /** runs on each body's inert DOM before it is shown (the saved page swaps in stored photos) */
  prepareBody?: (body: HTMLElement) => void;
  /** more of the meta line, after the publication date (the saved page's "saved on") */
  metaExtra?: ComponentChildren;
}

export type KeyHandler = (e: KeyboardEvent, target: EventTarget | null) => boolean;

const RUBY = /<ruby[\s>]/i;
/** The side panel's width and the gaps around the article, in px (see reader-css.ts). */
const PANEL_PX = 300;
const GAP_PX = 56;
const PAD_PX = 48;

/** The publication time for the UI language (vertical writing: the article's own language, upright digits). */
export function formatDate(iso: string | null, uiLang: UiLang, timeZone?: string): string | null {
  return formatPublished(iso, { locale: UI_LOCALE[uiLang], timeZone });
}

/** The same name, whatever its case and spacing ("Moritz Meyer" and "moritz  meyer"). */
export function sameName(a: string | null, b: string | null): boolean {
  const fold = (s: string | null) => (s ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return !!a && fold(a) === fold(b);
}

/** Scrolls to the article block `data-p=N` (used by the sources panel's "jump"). */
export function jumpToParagraph(from: Element, n: number): void {
  const root = from.getRootNode() as ParentNode;
  const el = root.querySelector(`.hb-body [data-p="${Number(n)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  el.classList.add('hb-flash');
  setTimeout(() => el.classList.remove('hb-flash'), 1500);
}

/** The locale the date line is written in: vertical Japanese or Chinese follows the article. */
function dateLocale(uiLang: UiLang, vertical: boolean, lang: string | null): string {
  if (!vertical) return UI_LOCALE[uiLang];
  const s = scriptOf(lang);
  return s === 'ja' ? 'ja-JP' : s === 'zh-Hant' ? 'zh-TW' : s === 'zh-Hans' ? 'zh-CN' : UI_LOCALE[uiLang];
}

/** Vertical writing writes the time with its units: 10時12分. */
const TIME_UNITS: Partial<Record<ReturnType<typeof scriptOf>, { hour: string; minute: string }>> = {
  ja: { hour: '時', minute: '分' },
  'zh-Hans': { hour: '时', minute: '分' },
  'zh-Hant': { hour: '時', minute: '分' },
};

/** Vertical writing sets the meta line in the article's own language (a sideways "By" reads badly). */
function articleUiLang(uiLang: UiLang, vertical: boolean, lang: string | null): UiLang {
  if (!vertical) return uiLang;
  const s = scriptOf(lang);
  return s === 'ja' ? 'ja' : s === 'zh-Hant' ? 'zh-Hant' : s === 'zh-Hans' ? 'zh-Hans' : uiLang;
}

/** Whether the window has room for the panel beside the article, kept current on resize. */
function useRoomForPanel(ref: { current: HTMLElement | null }, needPx: number): boolean {
  const [room, setRoom] = useState(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setRoom(el.clientWidth === 0 || el.clientWidth >= needPx);
    check();
    const RO = el.ownerDocument.defaultView?.ResizeObserver;
    if (!RO) return;
    const ro = new RO(check);
    ro.observe(el);
    return () => ro.disconnect();
  }, [needPx]);
  return room;
}

export function ReaderView({ article, analysis, settings, uiLang, onSettingsChange, onClose, onSave, saveLabel, panel, keyHandler, prepareBody, metaExtra }: ReaderViewProps) {
  const t = strings(uiLang);
  const [restored, setRestored] = useState<ReadonlySet<Category>>(new Set());
  const [pop, setPop] = useState<Pop>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const lang = article.lang;
  const verticalOk = supportsVertical(lang);
  const vertical = isVertical(settings, lang);
  const hasRuby = useMemo(() => RUBY.test(article.html ?? ''), [article.html]);
  const date = formatPublished(article.publishedTime, { locale: dateLocale(uiLang, vertical, lang), units: vertical ? TIME_UNITS[scriptOf(lang)] : undefined });
  const mt = strings(articleUiLang(uiLang, vertical, lang));
  const rootRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);

  const m = measureOf(settings, lang);
  const advance = useLatinAdvance(rootRef, m.script === 'latin' ? fontStack(settings.font, lang) : null);
  const measurePx = settings.fontSize * (m.script === 'latin' ? m.width * (advance ?? LATIN_EM_PER_CHAR) : m.width);
  const room = useRoomForPanel(rootRef, measurePx + PANEL_PX + GAP_PX + PAD_PX);
  const mode: 'column' | 'sheet' = vertical || !room ? 'sheet' : 'column';

  // Failed images (offline, unreachable hosts) become their alt text, here and on the saved page.
  useEffect(() => {
    const root = rootRef.current;
    return root ? replaceBrokenImages(root, t.image) : undefined;
  }, [article.html, t]);

  // Vertical writing: the wheel moves the columns; the view opens at the start (right edge).
  useLayoutEffect(() => {
    const page = pageRef.current;
    if (!vertical || !page) return;
    page.scrollLeft = 0;
    return wheelToColumns(page);
  }, [vertical]);

  // The saved-article page has no host to focus: take focus so the keys work at once.
  useEffect(() => {
    const root = rootRef.current;
    const doc = root?.ownerDocument;
    if (root && doc && root.getRootNode() === doc && (!doc.activeElement || doc.activeElement === doc.body)) root.focus({ preventScroll: true });
  }, []);

  // A popover opened: focus its first control; closed by a key: focus back on its button.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !pop) return;
    root.querySelector<HTMLElement>(`#hb-pop-${pop} input:checked, #hb-pop-${pop} button, #hb-pop-${pop} table`)?.focus({ preventScroll: true });
  }, [pop]);

  const hasAnalysis = !!(article.sources?.length || article.quotes?.length || article.anonymousSources);
  const aside =
    panel ??
    (hasAnalysis || analysis ? (
      <SourcesPanel
        sources={article.sources ?? []}
        quotes={article.quotes ?? []}
        anonymousSources={article.anonymousSources ?? 0}
        publisher={article.publisher ?? null}
        state={analysis === 'ready' ? undefined : analysis}
        lang={uiLang}
        contentLang={lang}
        onJump={(n) => {
          if (rootRef.current) jumpToParagraph(rootRef.current, n);
          if (mode === 'sheet') setSheetOpen(false);
        }}
      />
    ) : null);
  const panelOpen = !!aside && (mode === 'column' ? settings.panel : sheetOpen);

  const change = (s: ReaderSettings) => onSettingsChange?.(s);
  const togglePanel = () => {
    if (!aside) return;
    if (mode === 'column') change({ ...settings, panel: !settings.panel });
    else setSheetOpen(!sheetOpen);
  };
  useEffect(() => {
    // the sheet took focus when it opened; give it to its first control
    if (sheetOpen && mode === 'sheet') rootRef.current?.querySelector<HTMLElement>('.hb-panel .hb-sheet-close')?.focus({ preventScroll: true });
  }, [sheetOpen, mode]);

  const focusButton = (action: string) => rootRef.current?.querySelector<HTMLElement>(`.hb-bar [data-action="${action}"]`)?.focus({ preventScroll: true });

  const act = (a: ReaderAction): boolean => {
    switch (a) {
      case 'close':
        if (pop) {
          setPop(null);
          focusButton(pop);
        } else if (sheetOpen && mode === 'sheet') {
          setSheetOpen(false);
          focusButton('panel');
        } else if (onClose) onClose();
        else return false;
        return true;
      case 'save':
        if (!onSave) return false;
        onSave();
        return true;
      case 'panel':
        togglePanel();
        return !!aside;
      case 'settings':
      case 'help':
        setPop(pop === a ? null : a);
        return true;
      case 'vertical':
        if (!verticalOk || !onSettingsChange) return false;
        change({ ...settings, vertical: !settings.vertical });
        return true;
      case 'larger':
      case 'smaller': {
        if (!onSettingsChange) return false;
        const f = LIMITS.fontSize;
        change({ ...settings, fontSize: Math.min(f.max, Math.max(f.min, settings.fontSize + (a === 'larger' ? f.step : -f.step))) });
        return true;
      }
      default:
        if (!vertical || !pageRef.current) return false;
        moveColumns(pageRef.current, a);
        return true;
    }
  };

  const handleKey: KeyHandler = (e, target) => {
    const a = keyAction({ key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, isComposing: e.isComposing, target }, vertical);
    return !!a && act(a);
  };
  if (keyHandler) keyHandler.current = handleKey;
  const onKeyDown = (e: KeyboardEvent) => {
    if (handleKey(e, e.target)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  // A click outside an open popover closes it.
  const onPointerDown = (e: PointerEvent) => {
    if (!pop) return;
    const path = e.composedPath();
    if (path.some((n) => (n as Element).classList?.contains('hb-pop') || (n as Element).getAttribute?.('data-action') === pop)) return;
    setPop(null);
  };

  const toggleCategory = useCallback(
    (c: Category) => {
      const next = new Set(restored);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      setRestored(next);
    },
    [restored],
  );
  const hideRemoval = useCallback((r: Removal) => toggleCategory(r.category), [toggleCategory]);
  const putBack = useMemo<PutBackBlock[]>(
    () => article.removed.filter((r) => restored.has(r.category) && r.html && r.at !== undefined).map((removal) => ({ removal, label: categoryLabel(removal.category, uiLang) })),
    [article.removed, restored, uiLang],
  );
  const elsewhere = article.removed.filter((r) => restored.has(r.category) && r.html && r.at === undefined);

  return (
    <div
      ref={rootRef}
      class="hb-root"
      lang={uiLang}
      data-theme={settings.theme}
      data-furigana={settings.furigana ? 'on' : 'off'}
      data-vertical={vertical ? '' : undefined}
      data-panel={aside ? mode : undefined}
      data-panel-open={panelOpen ? '' : undefined}
      style={settingsToCssVars(settings, lang, advance)}
      // focus lands here when the view opens: a named group, else Chromium names the focused div
      // from its contents ("Sources and quotes Hidden from this page") and a screen reader says
      // that. A group, not a region: a landmark around them would stop the bar (banner) and the
      // article (main) from being top-level landmarks. (axe's best-practice "region" rule now
      // counts the named group on the saved-article page as content outside landmarks: moderate,
      // and the lesser harm.)
      role="group"
      aria-label={t.view}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    >
      <Toolbar
        uiLang={uiLang}
        onClose={onClose}
        onSave={onSave}
        saveLabel={saveLabel}
        pop={onSettingsChange ? pop : pop === 'help' ? 'help' : null}
        onPop={setPop}
        hasPanel={!!aside}
        panelOpen={panelOpen}
        onPanel={togglePanel}
        verticalOk={verticalOk && !!onSettingsChange}
        vertical={vertical}
        onVertical={() => act('vertical')}
      />
      {pop === 'settings' && onSettingsChange && (
        <SettingsPopover id="hb-pop-settings" settings={settings} onChange={change} lang={lang} hasRuby={hasRuby} uiLang={uiLang} />
      )}
      {pop === 'help' && <HelpPopover id="hb-pop-help" uiLang={uiLang} canSave={!!onSave} />}
      <div class="hb-page" ref={pageRef}>
        <main class="hb-main">
          <article class="hb-article" lang={lang ?? undefined} dir={article.dir ?? undefined} tabIndex={0} aria-labelledby={article.title ? 'hb-title' : undefined}>
            {!article.isArticle && (
              <p class="hb-notice" role="note" data-notice="not-article">
                {t.notArticle}
              </p>
            )}
            {article.title && (
              <h1 id="hb-title" class="hb-title">
                {vertical ? <Upright text={article.title} /> : article.title}
              </h1>
            )}
            <p class="hb-meta">
              {article.byline && <span class="hb-byline">{mt.by(article.byline)}</span>}
              {/* a one-person site names its author twice ("By Pamela Anderson · Pamela Anderson") */}
              {article.siteName && !sameName(article.siteName, article.byline) && <span class="hb-site">{article.siteName}</span>}
              {date && article.publishedTime && (
                <time dateTime={article.publishedTime}>
                  {vertical ? <Upright text={date} /> : date}
                </time>
              )}
              {metaExtra}
              {article.readingMinutes != null && article.readingMinutes > 0 && <span class="hb-minutes">{mt.readingTime(article.readingMinutes)}</span>}
              {article.url && (
                <a class="hb-original" href={article.url} target="_blank" rel="noopener noreferrer">
                  {mt.original}
                </a>
              )}
            </p>
            <JoinNoteLine note={article.joinNote} uiLang={uiLang} />
            {article.truncated && (
              <p class="hb-notice" role="note" data-notice="truncated">
                {t.truncated}
              </p>
            )}
            {article.html ? (
              <ArticleBody
                class="hb-body"
                html={article.html}
                tateChuYoko={vertical}
                embedLabel={`${t.embed} — ${t.embedOpen}`}
                putBack={putBack}
                markLabel={t.putBackMark}
                hideLabel={t.hideAgain}
                hideName={t.hideAgainWhat}
                onHide={hideRemoval}
                prepare={prepareBody}
              />
            ) : (
              <p class="hb-notice" data-notice="empty">
                {t.empty}
              </p>
            )}
            <JoinedPages
              pages={article.pages}
              note={article.joinNote}
              uiLang={uiLang}
              tateChuYoko={vertical}
              embedLabel={`${t.embed} — ${t.embedOpen}`}
              prepareBody={prepareBody}
            />
            {article.nextPage && /^https?:/i.test(article.nextPage) && (
              <p class="hb-notice" data-notice="next-page">
                <a href={article.nextPage} target="_blank" rel="noopener noreferrer">
                  {t.nextPage} →
                </a>
              </p>
            )}
            {elsewhere.length > 0 && <Elsewhere removals={elsewhere} uiLang={uiLang} vertical={vertical} onHide={hideRemoval} />}
          </article>
        </main>
        {aside && (
          <aside class="hb-panel" id="hb-panel" aria-label={t.panel} hidden={!panelOpen}>
            {mode === 'sheet' && (
              <button type="button" class="hb-btn hb-sheet-close" aria-label={t.panelClose} title={t.tip(t.panelClose, 'Esc')} onClick={() => { setSheetOpen(false); focusButton('panel'); }}>
                ×
              </button>
            )}
            {aside}
          </aside>
        )}
        <RemovedSummary removed={article.removed} restored={restored} onToggle={toggleCategory} uiLang={uiLang} />
      </div>
    </div>
  );
}

/** Text set vertically: 〝 〟 for “ ”, digit and !? runs upright (tate-chu-yoko). */
function Upright({ text }: { text: string }) {
  return <>{verticalSegments(text).map((s, i) => (s.tcy ? <span key={i} class="tcy">{s.text}</span> : s.text))}</>;
}

/** Blocks put back that stood outside the article (a sidebar's ranking): after it, each named. */
function Elsewhere({ removals, uiLang, vertical, onHide }: { removals: Removal[]; uiLang: UiLang; vertical: boolean; onHide: (r: Removal) => void }) {
  const t = strings(uiLang);
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const doc = el.ownerDocument;
    el.replaceChildren(
      ...removals.map((removal) => {
        const label = categoryLabel(removal.category, uiLang);
        return putBackElement(doc, { removal, label }, {
          vertical,
          embedLabel: t.embed,
          mark: t.putBackMark(label),
          hide: t.hideAgain,
          hideName: t.hideAgainWhat(label),
          onHide: () => onHide(removal),
        });
      }),
    );
  }, [removals.map((r) => r.category).join(), uiLang, vertical]);
  return <section ref={ref} class="hb-restored hb-body" aria-label={t.elsewhere} />;
}

export { scrollToAnchor };
