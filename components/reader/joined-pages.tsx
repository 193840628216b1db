/**
 * A multi-page article's later pages (issue #13), rendered by ReaderView after page 1's body:
 * each after a quiet "page 2 / 3" separator. Also the small line that tells the reader what was
 * joined: a progress line while pages stream in, "3 pages joined", or which page could not be
 * fetched. Its styles are in joined-pages-css.ts (part of READER_CSS).
 */
import { joinStrings } from '../../utils/article/join-strings';
import type { ArticlePage, JoinNote } from '../../utils/article/merge-pages';
import type { UiLang } from '../../utils/reader/strings';
import { ArticleBody } from './article-body';


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
  if (!pages?.length) return null;
  const t = joinStrings(uiLang);
  // the total is known once joining has ended
  const total = note && !note.loading ? pages.length + 1 : null;
  return (
    <>
      {pages.map((p, i) => (
        <section key={p.url} class="hb-joined-page" data-page={i + 2} aria-label={t.separator(i + 2, total)}>
          <p class="hb-page-sep">{t.separator(i + 2, total)}</p>
          <ArticleBody class="hb-body" html={p.html} tateChuYoko={tateChuYoko} embedLabel={embedLabel} prepare={prepareBody} />
        </section>
      ))}
    </>
  );
}
