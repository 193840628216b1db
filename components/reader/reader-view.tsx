/**
 * The clean view (issue #3), shared by the live page's content script and the saved-article
 * page (issue #5). Pure UI: everything comes in through props, nothing depends on the content
 * script context. Landmarks: a banner with the controls, main > article, complementary for the
 * sources panel.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Category } from '../../utils/extract/types';
import { replaceBrokenImages } from '../../utils/reader/broken-images';
import { isVertical, settingsToCssVars, type ReaderSettings } from '../../utils/reader/settings';
import { strings, type UiLang } from '../../utils/reader/strings';
import { SourcesPanel } from '../sources-panel';
import { ArticleBody, scrollToAnchor } from './article-body';
import { RemovedSummary } from './removed-summary';
import { SettingsBar } from './settings-bar';
import { JoinedPages, JoinNoteLine } from './joined-pages';
import type { ReaderArticle } from './types';

export type { ReaderArticle } from './types';

export interface ReaderViewProps {
  article: ReaderArticle;
  settings: ReaderSettings;
  uiLang: UiLang;
  onSettingsChange?: (s: ReaderSettings) => void;
  onClose?: () => void;
  onSave?: () => void;
  /** e.g. "Saved" after a save; defaults to the UI's "Save" */
  saveLabel?: string;
  /** replaces the sources/quotes panel (complementary landmark); by default built from the article */
  panel?: ComponentChildren;
  /** runs on each body's inert DOM before it is shown (the saved page swaps in stored photos) */
  prepareBody?: (body: HTMLElement) => void;
  /** more of the meta line, after the publication date (the saved page's "saved on") */
  metaExtra?: ComponentChildren;
}

const RUBY = /<ruby[\s>]/i;

/** A whole-hour UTC offset at the end of an ISO time, e.g. +09:00. */
const OFFSET = /([+-])(\d{2}):?00$/;

/** The publication time in the article's own time zone when it says one (10:12 JST stays 10:12). */
export function formatDate(iso: string | null, uiLang: UiLang): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const m = OFFSET.exec(iso);
  // Etc/GMT zones have the sign inverted: +09:00 is Etc/GMT-9.
  const timeZone = m ? (Number(m[2]) === 0 ? 'UTC' : `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`) : /Z$/i.test(iso) ? 'UTC' : undefined;
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(uiLang === 'ja' ? 'ja-JP' : 'en-GB', opts).format(d);
  } catch {
    return new Intl.DateTimeFormat(uiLang === 'ja' ? 'ja-JP' : 'en-GB', { ...opts, timeZone: undefined }).format(d);
  }
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

export function ReaderView({ article, settings, uiLang, onSettingsChange, onClose, onSave, saveLabel, panel, prepareBody, metaExtra }: ReaderViewProps) {
  const t = strings(uiLang);
  const [restored, setRestored] = useState<ReadonlySet<Category>>(new Set());
  const lang = article.lang;
  const vertical = isVertical(settings, lang);
  const hasRuby = useMemo(() => RUBY.test(article.html ?? ''), [article.html]);
  const date = formatDate(article.publishedTime, uiLang);
  const restoredGroups = article.removed.filter((r) => restored.has(r.category) && r.html);
  const rootRef = useRef<HTMLDivElement>(null);
  // Failed images (offline, unreachable hosts) become their alt text, here and on the saved page.
  useEffect(() => {
    const root = rootRef.current;
    return root ? replaceBrokenImages(root, t.image) : undefined;
  }, [article.html, t]);
  const hasAnalysis = !!(article.sources?.length || article.quotes?.length || article.anonymousSources);
  const aside =
    panel ??
    (hasAnalysis ? (
      <SourcesPanel
        sources={article.sources ?? []}
        quotes={article.quotes ?? []}
        anonymousSources={article.anonymousSources ?? 0}
        lang={uiLang}
        contentLang={lang}
        onJump={(n) => rootRef.current && jumpToParagraph(rootRef.current, n)}
      />
    ) : null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={rootRef}
      class="hb-root"
      data-theme={settings.theme}
      data-furigana={settings.furigana ? 'on' : 'off'}
      data-vertical={vertical ? '' : undefined}
      style={settingsToCssVars(settings, lang)}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header class="hb-bar">
        {onClose && (
          <button type="button" class="hb-close" data-action="close" onClick={onClose}>
            {t.close}
          </button>
        )}
        {onSave && (
          <button type="button" class="hb-save" data-action="save" onClick={onSave}>
            {saveLabel ?? t.save}
          </button>
        )}
        <span class="hb-spacer" />
        {onSettingsChange && (
          <SettingsBar settings={settings} onChange={onSettingsChange} lang={lang} hasRuby={hasRuby} uiLang={uiLang} />
        )}
      </header>
      <main class="hb-main">
        <div class="hb-layout">
          <article class="hb-article" lang={lang ?? undefined} dir={article.dir ?? undefined}>
            {!article.isArticle && (
              <p class="hb-notice" role="note" data-notice="not-article">
                {t.notArticle}
              </p>
            )}
            {article.title && (
              <h1 tabIndex={-1} class="hb-title">
                {article.title}
              </h1>
            )}
            <p class="hb-meta">
              {article.byline && <span class="hb-byline">{t.by(article.byline)}</span>}
              {article.siteName && <span class="hb-site">{article.siteName}</span>}
              {date && article.publishedTime && <time dateTime={article.publishedTime}>{date}</time>}
              {metaExtra}
              {article.readingMinutes != null && article.readingMinutes > 0 && <span>{t.readingTime(article.readingMinutes)}</span>}
              {article.url && (
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  {t.original}
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
              <ArticleBody class="hb-body" html={article.html} tateChuYoko={vertical} embedLabel={`${t.embed} — ${t.embedOpen}`} prepare={prepareBody} />
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
            {restoredGroups.length > 0 && (
              <section class="hb-restored" aria-label={t.restored}>
                {restoredGroups.map((r, i) => (
                  <ArticleBody key={i} class="hb-body" html={r.html ?? ''} tateChuYoko={vertical} embedLabel={t.embed} />
                ))}
              </section>
            )}
            <RemovedSummary
              removed={article.removed}
              restored={restored}
              onRestore={(c) => setRestored(new Set([...restored, c]))}
              uiLang={uiLang}
            />
          </article>
          {aside && (
            <aside class="hb-panel" aria-label={t.sources}>
              {aside}
            </aside>
          )}
        </div>
      </main>
    </div>
  );
}

export { scrollToAnchor };
