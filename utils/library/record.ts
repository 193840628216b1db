/**
 * Building stored records from a save payload: normalised URL → id, caps, search text, index
 * entry. Pure functions (no storage), so they run the same in the worker, the pages and tests.
 */
import { articleIdFor } from './ids';
import { foldForSearch } from './fold';
import { normaliseArticleUrl, siteOf } from './url';
import {
  EXTRACTOR_VERSION,
  HTML_CAP_CHARS,
  LIBRARY_SCHEMA_VERSION,
  SEARCH_TEXT_CAP,
  TEXT_CAP_CHARS,
  type ArticleRecord,
  type IndexEntry,
  type SavePayload,
  type SearchRecord,
} from './schema';

/** Cuts HTML after the last complete tag before the cap (the article page re-sanitizes on render). */
export function capHtml(html: string, cap = HTML_CAP_CHARS): { html: string; capped: boolean } {
  if (html.length <= cap) return { html, capped: false };
  const end = html.lastIndexOf('>', cap);
  return { html: html.slice(0, end > 0 ? end + 1 : cap), capped: true };
}

export function buildRecord(p: SavePayload, now: number, prev?: { savedAt: number } | null): ArticleRecord {
  const url = normaliseArticleUrl(p.pageUrl, p.canonicalUrl);
  const id = articleIdFor(url);
  const h = capHtml(p.html ?? '');
  const textCapped = (p.text ?? '').length > TEXT_CAP_CHARS;
  const site = siteOf(url);
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    id,
    url,
    pageUrl: p.pageUrl,
    title: (p.title ?? '').trim() || url,
    byline: p.byline ?? null,
    siteName: p.siteName ?? null,
    site,
    lang: p.lang ?? null,
    dir: p.dir ?? null,
    publishedTime: p.publishedTime ?? null,
    modifiedTime: p.modifiedTime ?? null,
    readingMinutes: p.readingMinutes ?? null,
    truncated: !!p.truncated,
    nextPage: p.nextPage ?? null,
    html: h.html,
    text: textCapped ? p.text.slice(0, TEXT_CAP_CHARS) : (p.text ?? ''),
    sources: Array.isArray(p.sources) ? p.sources : [],
    quotes: Array.isArray(p.quotes) ? p.quotes : [],
    anonymousSources: p.anonymousSources ?? 0,
    isArticle: !!p.isArticle,
    bestEffort: !!p.bestEffort,
    capped: !!p.capped || h.capped || textCapped,
    savedAt: prev?.savedAt ?? now,
    updatedAt: now,
    extractorVersion: p.extractorVersion || EXTRACTOR_VERSION,
  };
}

export function buildSearch(r: Pick<ArticleRecord, 'id' | 'title' | 'site' | 'siteName' | 'text'>): SearchRecord {
  const raw = `${r.title}\n${r.siteName ?? ''}\n${r.site}\n${r.text.slice(0, SEARCH_TEXT_CAP)}`;
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, id: r.id, folded: foldForSearch(raw) };
}

export function buildEntry(r: ArticleRecord, search: SearchRecord, prev?: { read: boolean } | null): IndexEntry {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    site: r.site,
    siteName: r.siteName,
    lang: r.lang,
    savedAt: r.savedAt,
    updatedAt: r.updatedAt,
    readingMinutes: r.readingMinutes,
    isArticle: r.isArticle,
    bestEffort: r.bestEffort,
    capped: r.capped,
    read: prev?.read ?? false,
    deletedAt: null,
    size: r.html.length + r.text.length + search.folded.length,
  };
}
