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
import { HTML_CAP_CHARS, LIBRARY_SCHEMA_VERSION, TEXT_CAP_CHARS, type ArticleRecord } from './schema';
import type { Quote, Source, SourceKind } from '../analysis/types';

export const IMPORT_MAX_BYTES = 512 * 1024 * 1024;
export const IMPORT_MAX_ARTICLES = 100_000;

export type ImportCheck =
  | { ok: true; articles: { record: ArticleRecord; read: boolean }[]; rejected: string[] }
  | { ok: false; error: string };

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function sources(v: unknown): Source[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((s) => s && str(s.name))
    .map((s) => ({
      name: String(s.name),
      kind: (str(s.kind) ? s.kind : 'other') as SourceKind,
      mentions: num(s.mentions) ? s.mentions : 1,
      paragraphs: Array.isArray(s.paragraphs) ? s.paragraphs.filter(num) : [],
    }));
}

function quotes(v: unknown): Quote[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((q) => q && str(q.text))
    .map((q) => ({ speaker: strOrNull(q.speaker), text: String(q.text), paragraph: num(q.paragraph) ? q.paragraph : 0, via: strOrNull(q.via) }));
}

/** One article from the file → a clean record, or a reason to reject it. */
function rebuild(a: Record<string, unknown>, sanitize: (html: string, baseUrl: string) => string): ArticleRecord | string {
  if (!str(a.url) || !str(a.title) || !str(a.html) || !str(a.text)) return 'missing url, title, html or text';
  if (!num(a.savedAt)) return 'missing savedAt';
  if (a.html.length > HTML_CAP_CHARS * 2 || a.text.length > TEXT_CAP_CHARS * 2) return 'article too large';
  let url: string;
  try {
    url = normaliseArticleUrl(a.url);
  } catch {
    return `not a web URL: ${a.url.slice(0, 80)}`;
  }
  let html: string;
  try {
    html = sanitize(a.html, url);
  } catch (err) {
    return `could not sanitize: ${err instanceof Error ? err.message : String(err)}`;
  }
  const dir = a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : null;
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    id: articleIdFor(url),
    url,
    pageUrl: str(a.pageUrl) ? a.pageUrl : url,
    title: a.title,
    byline: strOrNull(a.byline),
    siteName: strOrNull(a.siteName),
    site: siteOf(url),
    lang: strOrNull(a.lang),
    dir,
    publishedTime: strOrNull(a.publishedTime),
    modifiedTime: strOrNull(a.modifiedTime),
    readingMinutes: num(a.readingMinutes) ? a.readingMinutes : null,
    truncated: a.truncated === true,
    nextPage: strOrNull(a.nextPage),
    html,
    text: a.text,
    sources: sources(a.sources),
    quotes: quotes(a.quotes),
    anonymousSources: num(a.anonymousSources) ? a.anonymousSources : 0,
    isArticle: a.isArticle === true,
    bestEffort: a.bestEffort === true,
    capped: a.capped === true,
    savedAt: a.savedAt,
    updatedAt: num(a.updatedAt) ? a.updatedAt : a.savedAt,
    extractorVersion: str(a.extractorVersion) ? a.extractorVersion : 'unknown',
  };
}

export function checkImport(fileText: string, sanitize: (html: string, baseUrl: string) => string): ImportCheck {
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
  const articles: { record: ArticleRecord; read: boolean }[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const [i, a] of d.articles.entries()) {
    if (!a || typeof a !== 'object') {
      rejected.push(`#${i + 1}: not an object`);
      continue;
    }
    const r = rebuild(a as Record<string, unknown>, sanitize);
    if (typeof r === 'string') rejected.push(`#${i + 1}: ${r}`);
    else if (seen.has(r.id)) rejected.push(`#${i + 1}: duplicate of an earlier article in the file`);
    else {
      seen.add(r.id);
      articles.push({ record: r, read: (a as { read?: unknown }).read === true });
    }
  }
  return { ok: true, articles, rejected };
}
