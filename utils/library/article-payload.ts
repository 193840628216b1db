/**
 * A SavePayload from an article the pipeline (and the joining of pages) already produced: the
 * clean view's Save sends exactly what the view shows (issue #13: no second pipeline run), and
 * the offscreen Save builds its payload the same way. Removals keep their text only: the saved
 * page shows the summary as it was, not the clutter's HTML.
 */
import { readingMinutes } from '../extract/page/metadata';
import type { Removal } from '../extract/types';
import type { Quote, Source } from '../analysis/types';
import { EXTRACTOR_VERSION, type SavePayload, type SavedJoinNote, type SavedRemoval } from './schema';

/** What an article needs to be saved; every pipeline field is optional (a failed view has few). */
export interface SavableArticle {
  isArticle?: boolean;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  publishedTime?: string | null;
  modifiedTime?: string | null;
  readingMinutes?: number | null;
  truncated?: boolean;
  nextPage?: string | null;
  canonicalUrl?: string | null;
  leadImage?: string | null;
  text?: string | null;
  html?: string | null;
  removed?: Removal[];
  sources?: Source[];
  quotes?: Quote[];
  anonymousSources?: number;
  publisher?: string | null;
  pages?: { url: string; html: string }[];
  joinNote?: { joined: number; loading?: boolean; failed: SavedJoinNote['failed'] } | null;
}

export function savedRemovals(removed: Removal[] | undefined): SavedRemoval[] {
  return (removed ?? []).map((r) => ({ category: r.category, rule: r.rule, text: r.text }));
}

export function payloadFromArticle(a: SavableArticle, pageUrl: string, fallbackTitle = ''): SavePayload {
  const text = a.text ?? '';
  const lang = a.lang ?? null;
  const note = a.joinNote && a.joinNote.joined > 1 ? { joined: a.joinNote.joined, failed: a.joinNote.failed ?? null } : a.joinNote?.failed ? { joined: a.joinNote.joined, failed: a.joinNote.failed } : null;
  return {
    pageUrl,
    canonicalUrl: a.canonicalUrl ?? null,
    title: a.title || fallbackTitle || pageUrl,
    byline: a.byline ?? null,
    siteName: a.siteName ?? null,
    lang,
    dir: a.dir ?? null,
    publishedTime: a.publishedTime ?? null,
    modifiedTime: a.modifiedTime ?? null,
    readingMinutes: a.readingMinutes ?? (text ? readingMinutes(text, lang) : null),
    truncated: !!a.truncated,
    nextPage: a.nextPage ?? null,
    html: a.html ?? '',
    text,
    sources: a.sources ?? [],
    quotes: a.quotes ?? [],
    anonymousSources: a.anonymousSources ?? 0,
    isArticle: !!a.isArticle,
    bestEffort: !a.html || !a.text || !a.isArticle,
    capped: false,
    extractorVersion: EXTRACTOR_VERSION,
    incognito: false,
    pages: a.pages?.map((p) => ({ url: p.url, html: p.html })) ?? [],
    joinNote: note,
    removed: savedRemovals(a.removed),
    leadImage: a.leadImage ?? null,
    publisher: a.publisher ?? null,
  };
}
