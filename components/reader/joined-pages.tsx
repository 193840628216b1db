/**
 * A multi-page article's later pages (issue #13), rendered by ReaderView after page 1's body:
 * each after a quiet "page 2 / 3" separator. Also the small line that tells the reader what was
 * joined: a progress line while pages stream in, "3 pages joined", or which page could not be
 * fetched. Carries its own few styles so ReaderView's stylesheet stays as it is.
 */
import { joinStrings } from '../../utils/article/join-strings';
import type { ArticlePage, JoinNote } from '../../utils/article/merge-pages';
import type { UiLang } from '../../utils/reader/strings';
import { ArticleBody } from './article-body';

export const JOINED_PAGES_CSS = `
.hb-page-sep { display: flex; align-items: center; gap: 0.8em; margin: 2em 0 1.5em; color: var(--muted);
  font-family: system-ui, sans-serif; font-size: 0.75em; letter-spacing: 0.05em; }
.hb-page-sep::before, .hb-page-sep::after { content: ""; flex: 1 1 auto; border-top: 1px solid var(--rule); }
.hb-join-note { color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.8em; margin: -1em 0 1.5em; }
.hb-join-note[data-state="failed"] { color: var(--fg); border-left: 3px solid var(--rule); padding-left: 0.6em; }
.hb-join-note progress { vertical-align: middle; width: 6em; margin-left: 0.5em; }
.hb-photo-missing { display: flex; align-items: center; justify-content: center; min-height: 6em; padding: 1em;
  border: 1px dashed var(--rule); background: var(--panel); color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.85em; text-align: center; }
`;

/** The line under the headline: loading, joined, or the page that failed. */
export function JoinNoteLine({ note, uiLang }: { note: JoinNote | null | undefined; uiLang: UiLang }) {
  if (!note) return null;
  const t = joinStrings(uiLang);
  if (note.failed) {
    return (
      <p class="hb-join-note" role="note" data-state="failed">
        {t.failed(note.failed.page, t.reasons[note.failed.reason])}{' '}
        <a href={/^https?:/i.test(note.failed.url) ? note.failed.url : undefined} target="_blank" rel="noopener noreferrer">
          {t.openFailed}
        </a>
      </p>
    );
  }
  if (note.loading) {
    return (
      <p class="hb-join-note" role="status" data-state="loading">
        {t.loading(note.joined + 1)}
        <progress aria-hidden="true" />
      </p>
    );
  }
  if (note.joined < 2) return null;
  return (
    <p class="hb-join-note" role="status" data-state="joined">
      {t.joined(note.joined)}
    </p>
  );
}

interface Props {
  pages: ArticlePage[] | undefined;
  note: JoinNote | null | undefined;
  uiLang: UiLang;
  tateChuYoko: boolean;
  embedLabel: string;
  prepareBody?: (body: HTMLElement) => void;
}

export function JoinedPages({ pages, note, uiLang, tateChuYoko, embedLabel, prepareBody }: Props) {
  if (!pages?.length) return <style>{JOINED_PAGES_CSS}</style>;
  const t = joinStrings(uiLang);
  // the total is known once joining has ended
  const total = note && !note.loading ? pages.length + 1 : null;
  return (
    <>
      <style>{JOINED_PAGES_CSS}</style>
      {pages.map((p, i) => (
        <section key={p.url} class="hb-page" data-page={i + 2} aria-label={t.separator(i + 2, total)}>
          <p class="hb-page-sep">{t.separator(i + 2, total)}</p>
          <ArticleBody class="hb-body" html={p.html} tateChuYoko={tateChuYoko} embedLabel={embedLabel} prepare={prepareBody} />
        </section>
      ))}
    </>
  );
}
