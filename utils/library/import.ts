/**
 * Import of a library export. The whole file is checked before anything is written: not JSON,
 * another format or version, no article list, too big → refused with a reason, nothing written.
 * Then each article is rebuilt field by field from known fields only (nothing spread from the
 * file), its id recomputed from its URL, and its HTML re-sanitized; an article that fails any of
 * that is rejected on its own.
 */
import { articleIdFor } from './ids';
import { normaliseArticleUrl, siteOf } from './url';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { capHtml } from './record';
import { HTML_CAP_CHARS, LIBRARY_SCHEMA_VERSION, type ArticleRecord } from './schema';
import {
  LIMITS,
  capped,
  count,
  dirOf,
  epochMs,
  httpUrl,
  images,
  isoDate,
  joinNote,
  langTag,
  minutes,
  pages,
  quotes,
  removals,
  sources,
} from './validate';
import { checkImportedImages, type ImportedImage } from './image-transfer';

export const IMPORT_MAX_BYTES = 512 * 1024 * 1024;
export const IMPORT_MAX_ARTICLES = 100_000;

export interface ImportedArticle {
  record: ArticleRecord;
  read: boolean;
  /** the article's photos carried by the file (export with images) */
  images: ImportedImage[];
}

export type ImportCheck = { ok: true; articles: ImportedArticle[]; rejected: string[] } | { ok: false; error: string };

const str = (v: unknown): v is string => typeof v === 'string';

/**
 * One article from the file → a clean record, or a reason to reject it. Every field is checked
 * against the schema (utils/library/validate.ts): times in range, http(s) URLs only, source kinds
 * from the fixed list, strings capped (title and byline 1,000 characters, text 2 MB).
 */
function rebuild(a: Record<string, unknown>, sanitize: (html: string, baseUrl: string) => string, now: number): ArticleRecord | string {
  if (!str(a.url) || !str(a.title) || !str(a.html) || !str(a.text)) return 'missing url, title, html or text';
  const savedAt = epochMs(a.savedAt, now);
  if (savedAt === null) return 'savedAt missing or out of range';
  let url: string;
  try {
    url = normaliseArticleUrl(a.url);
  } catch {
    return `not a web URL: ${a.url.slice(0, 80)}`;
  }
  const h = capHtml(a.html, HTML_CAP_CHARS);
  const text = capped(a.text, LIMITS.text) ?? '';
  let html: string;
  let later: NonNullable<ArticleRecord['pages']>;
  try {
    html = sanitize(h.html, url);
    later = pages(a.pages).map((p) => ({ url: p.url, html: sanitize(capHtml(p.html, HTML_CAP_CHARS).html, p.url) }));
  } catch (err) {
    return `could not sanitize: ${err instanceof Error ? err.message : String(err)}`;
  }
  const updatedAt = epochMs(a.updatedAt, now);
  const record: ArticleRecord = {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    id: articleIdFor(url),
    url,
    pageUrl: httpUrl(a.pageUrl) ?? url,
    title: capped(a.title, LIMITS.title)?.trim() || url,
    byline: capped(a.byline, LIMITS.byline),
    siteName: capped(a.siteName, LIMITS.siteName),
    site: siteOf(url),
    lang: langTag(a.lang),
    dir: dirOf(a.dir),
    publishedTime: isoDate(a.publishedTime),
    modifiedTime: isoDate(a.modifiedTime),
    readingMinutes: minutes(a.readingMinutes),
    truncated: a.truncated === true,
    nextPage: httpUrl(a.nextPage),
    html,
    text,
    sources: sources(a.sources),
    quotes: quotes(a.quotes),
    anonymousSources: count(a.anonymousSources),
    isArticle: a.isArticle === true,
    bestEffort: a.bestEffort === true,
    capped: a.capped === true || h.capped || text.length < a.text.length,
    savedAt,
    updatedAt: updatedAt !== null && updatedAt >= savedAt ? updatedAt : savedAt,
    extractorVersion: capped(a.extractorVersion, LIMITS.extractorVersion) || 'unknown',
  };
  if (later.length) record.pages = later;
  const note = joinNote(a.joinNote);
  if (note) record.joinNote = note;
  if (Array.isArray(a.removed)) record.removed = removals(a.removed);
  const lead = httpUrl(a.leadImage);
  if (lead) record.leadImage = lead;
  const publisher = capped(a.publisher, LIMITS.siteName);
  if (publisher) record.publisher = publisher;
  if (Array.isArray(a.images)) record.images = images(a.images);
  return record;
}

export function checkImport(fileText: string, sanitize: (html: string, baseUrl: string) => string, now = Date.now()): ImportCheck {
  if (fileText.length > IMPORT_MAX_BYTES) return { ok: false, error: 'file too large' };
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return { ok: false, error: 'not a JSON file' };
  }
  const d = data as Record<string, unknown> | null;
  if (!d || typeof d !== 'object' || d.format !== EXPORT_FORMAT) return { ok: false, error: 'not a Honbun library export' };
  if (d.version !== EXPORT_VERSION) return { ok: false, error: `unsupported export version ${String(d.version)}` };
  if (!Array.isArray(d.articles)) return { ok: false, error: 'no article list' };
  if (d.articles.length > IMPORT_MAX_ARTICLES) return { ok: false, error: 'too many articles' };
  const articles: ImportedArticle[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const [i, a] of d.articles.entries()) {
    if (!a || typeof a !== 'object') {
      rejected.push(`#${i + 1}: not an object`);
      continue;
    }
    const r = rebuild(a as Record<string, unknown>, sanitize, now);
    if (typeof r === 'string') rejected.push(`#${i + 1}: ${r}`);
    else if (seen.has(r.id)) rejected.push(`#${i + 1}: duplicate of an earlier article in the file`);
    else {
      seen.add(r.id);
      const own = new Set((r.images ?? []).map((x) => x.url));
      const imgs = checkImportedImages((a as { imageData?: unknown }).imageData).filter((x) => own.has(x.url));
      // a photo counts as stored only when the file carries it
      const carried = new Set(imgs.map((x) => x.url));
      if (r.images) {
        r.images = r.images.map((info) =>
          carried.has(info.url) ? { ...info, stored: true } : info.stored ? { url: info.url, stored: false, reason: 'not-in-file', ...(info.lead ? { lead: true } : {}) } : info,
        );
      }
      articles.push({ record: r, read: (a as { read?: unknown }).read === true, images: imgs });
    }
  }
  return { ok: true, articles, rejected };
}
