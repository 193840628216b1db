/**
 * Building stored records from a save payload: normalised URL → id, caps, search text, index
 * entry. Pure functions (no storage), so they run the same in the worker, the pages and tests.
 */
import { articleIdFor } from './ids';
import { foldForSearch } from './fold';
import { excerptOf, publishedAtOf } from './excerpt';
import { normaliseArticleUrl, siteOf } from './url';
import { LIMITS, capped, count, dirOf, httpUrl, isoDate, joinNote, langTag, minutes, pages as checkPages, quotes, removals, sources } from './validate';
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

/** Later pages within what is left of the HTML cap after page 1; the rest is cut (capped). */
function capPages(pages: SavePayload['pages'], used: number): { pages: NonNullable<ArticleRecord['pages']>; capped: boolean } {
  const out: NonNullable<ArticleRecord['pages']> = [];
  let left = HTML_CAP_CHARS - used;
  for (const p of checkPages(pages)) {
    if (left <= 0) return { pages: out, capped: true };
    const h = capHtml(p.html, left);
    out.push({ url: p.url, html: h.html });
    left -= h.html.length;
    if (h.capped) return { pages: out, capped: true };
  }
  return { pages: out, capped: false };
}

export function buildRecord(p: SavePayload, now: number, prev?: { savedAt: number } | null): ArticleRecord {
  const url = normaliseArticleUrl(p.pageUrl, p.canonicalUrl);
  const id = articleIdFor(url);
  const h = capHtml(p.html ?? '');
  const later = capPages(p.pages, h.html.length);
  const textCapped = (p.text ?? '').length > TEXT_CAP_CHARS;
  const site = siteOf(url);
  const extra: Partial<ArticleRecord> = {};
  if (later.pages.length) extra.pages = later.pages;
  const note = joinNote(p.joinNote);
  if (note) extra.joinNote = note;
  if (Array.isArray(p.removed)) extra.removed = removals(p.removed);
  if (p.leadImage != null) extra.leadImage = httpUrl(p.leadImage);
  if (p.publisher != null) extra.publisher = capped(p.publisher, LIMITS.siteName);
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    id,
    url,
    pageUrl: httpUrl(p.pageUrl) ?? url,
    title: capped((p.title ?? '').trim(), LIMITS.title) || url,
    byline: capped(p.byline, LIMITS.byline),
    siteName: capped(p.siteName, LIMITS.siteName),
    site,
    lang: langTag(p.lang),
    dir: dirOf(p.dir),
    publishedTime: isoDate(p.publishedTime),
    modifiedTime: isoDate(p.modifiedTime),
    readingMinutes: minutes(p.readingMinutes),
    truncated: !!p.truncated,
    nextPage: httpUrl(p.nextPage),
    html: h.html,
    text: textCapped ? p.text.slice(0, TEXT_CAP_CHARS) : (p.text ?? ''),
    sources: sources(p.sources),
    quotes: quotes(p.quotes),
    anonymousSources: count(p.anonymousSources),
    isArticle: !!p.isArticle,
    bestEffort: !!p.bestEffort,
    capped: !!p.capped || h.capped || later.capped || textCapped,
    savedAt: prev?.savedAt ?? now,
    updatedAt: now,
    extractorVersion: capped(p.extractorVersion, LIMITS.extractorVersion) || EXTRACTOR_VERSION,
    ...extra,
  };
}

type Searchable = Pick<ArticleRecord, 'title' | 'site' | 'siteName' | 'text'>;

/** What a search matches on: the title, the site's name and host, then the text (its first `cap` characters). */
function searchSource(r: Searchable, cap: number): string {
  return `${r.title}\n${r.siteName ?? ''}\n${r.site}\n${r.text.length > cap ? r.text.slice(0, cap) : r.text}`;
}

export function buildSearch(r: Searchable & Pick<ArticleRecord, 'id'> & { lang?: string | null }): SearchRecord {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, id: r.id, folded: foldForSearch(searchSource(r, SEARCH_TEXT_CAP)), excerpt: excerptOf(r.text, r.lang ?? null) };
}

/** The same folded text as the stored search record, over the whole text (the library page's full-text pass). */
export function foldedFullText(r: Searchable): string {
  return foldForSearch(searchSource(r, Infinity));
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
    size: r.html.length + (r.pages ?? []).reduce((n, p) => n + p.html.length, 0) + r.text.length + search.folded.length,
    publishedAt: publishedAtOf(r.publishedTime),
  };
}
