/**
 * Metadata stage: title, byline, site name, dates, language, direction, canonical URL, lead
 * image and reading time. Reads the original document only (never writes to it).
 */
import {
  CHARS_PER_MINUTE,
  DEFAULT_WORDS_PER_MINUTE,
  LANG_UTC_OFFSET,
  RE_BAD_BYLINE,
  RE_BYLINE_DATE,
  RE_BYLINE_PREFIX,
  RE_CJK_CHAR,
  RE_WORD,
  WORDS_PER_MINUTE,
} from '../constants';
import { foldSpace } from '../fold-space';
import { decodeLiteralEntities } from '../../text/literal-entities';
import { markDates } from '../body/post-process';
import type { PageScan } from './scan';

/** JSON-LD types that describe the article itself (schema.org). */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|TechArticle|Report|LiveBlogPosting|WebPage)$/;
const MAX_BYLINE_LENGTH = 100;
/** Longer than any publisher's name: what is left of a site name beside the headline is prose, not a name. */
const MAX_SITE_NAME_LENGTH = 60;

export interface PageMeta {
  /** meta name/property (lower-cased) → first non-empty content */
  metas: Map<string, string>;
  /** the JSON-LD object describing the article, when there is one */
  ld: Record<string, unknown> | null;
}

function flattenLd(v: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(v)) v.forEach((x) => flattenLd(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) flattenLd(o['@graph'], out);
  }
}

function ldTypeMatches(o: Record<string, unknown>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

export function readPageMeta(scan: PageScan): PageMeta {
  let ld: Record<string, unknown> | null = null;
  for (const text of scan.ldTexts) {
    const all: Record<string, unknown>[] = [];
    try {
      flattenLd(JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, '')), all);
    } catch {
      continue; // broken JSON-LD is common; the other signals still count
    }
    // WebPage only when nothing better: a NewsArticle outranks the page wrapper.
    const hit: Record<string, unknown> | undefined = all.find((o) => ldTypeMatches(o) && o['@type'] !== 'WebPage') ?? (ld ? undefined : all.find(ldTypeMatches));
    if (hit && (!ld || ld['@type'] === 'WebPage')) ld = hit;
  }
  return { metas: scan.metas, ld };
}

function ldString(v: unknown): string | null {
  if (typeof v === 'string') return decodeLiteralEntities(v.trim()) || null;
  if (Array.isArray(v)) {
    const names = v.map(ldString).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return ldString((v as Record<string, unknown>).name);
  return null;
}

export function declaredTitles(doc: Document, pm: PageMeta): string[] {
  return [
    ldString(pm.ld?.headline),
    pm.metas.get('og:title'),
    pm.metas.get('twitter:title'),
    decodeLiteralEntities(doc.title),
  ].filter((x): x is string => !!x);
}

export function siteNameOf(pm: PageMeta): string | null {
  const publisher = pm.ld?.publisher;
  return (
    pm.metas.get('og:site_name') ??
    ldString(publisher) ??
    pm.metas.get('application-name') ??
    pm.metas.get('apple-mobile-web-app-title') ??
    null
  );
}

/**
 * A site name that repeats the article's headline: og:site_name set to the page's whole <title>
 * ("Land zahlte … 2020/2021  | MLUK", mluk.brandenburg.de) showed the headline a second time
 * under itself. The part beside the headline is the site's name ("MLUK"); with none, no name.
 */
export function siteNameBeside(site: string | null, title: string | null): string | null {
  if (!site) return null;
  // "tdg.ch/" (Tribune de Genève's og:site_name): the slash of a URL, no part of the name
  const s = foldSpace(site).replace(/\s*\/+$/u, '');
  const t = title ? foldSpace(title) : '';
  // a whole headline at either end: a short one ("Guardian") may just be a word of the name
  if (t.length < 12 || !(s.startsWith(t) || s.endsWith(t))) return s || null;
  const rest = s.replace(t, ' ').replace(/^[\s|:·•\-–—/»«]+|[\s|:·•\-–—/»«]+$/gu, '').trim();
  return rest && rest.length <= MAX_SITE_NAME_LENGTH ? rest : null;
}

/**
 * A byline without the date and time run into it, in any of the bench's languages ("Jeff Foust —
 * November 18, 2019", "Carrie ArnoldNovember 15, 2019", "X am Samstag, 19. Oktober 2019 um 11:14
 * Uhr", "David · 18. Oktober 2019", "Dezember 10, 2019 · von freeman1984 · in Uncategorized"): the
 * first part that names someone, cut at dates and at the dots, bars and dashes that separate them.
 * A line that opens with a date names someone only after "by"/"von" ("21.01.2022 Aktuelle
 * Meldung" is a label): null otherwise.
 */
function withoutDates(b: string): string | null {
  const marked = markDates(b);
  const dated = marked !== b;
  const parts = marked.split(dated ? /\u0000|[|·•]|\s[-–—]\s/u : /[|·•]/u).map((p) => p.replace(/^[\s,;:\-–—]+|[\s,;:\-–—]+$/gu, ''));
  const i = parts.findIndex((p) => /\p{L}{2}/u.test(p));
  if (i < 0) return null;
  if (dated && marked.startsWith('\u0000') && !RE_BYLINE_PREFIX.test(parts[i])) return null;
  // "Bo2man am", "X on": the preposition that led to the date; "Name Kategorien: Mode": a label after the name
  return parts[i].replace(/\s+(?:am|on|le|el|um|at)$/iu, '').replace(/\s+\p{Lu}\p{Ll}+\s*:\s.*$/u, '').replace(/\s*\((?:https?:|www\.)[^)]*\)?$/iu, '');
}

/** Cleans a byline: no "By"/"文●" prefix, no trailing date or comma, no placeholder names. */
export function cleanByline(raw: string | null | undefined, title: string | null): string | null {
  if (!raw) return null;
  const folded = foldSpace(raw);
  // a name with its date and labels fits in a few hundred characters; longer is no byline (and
  // hostile pages send 100,000 dashes)
  if (folded.length > MAX_BYLINE_LENGTH * 4) return null;
  let b = withoutDates(folded.replace(/^[\s|·•'"‘“]+|['"’”]+$/gu, ''));
  if (b === null) return null;
  b = b.replace(RE_BYLINE_PREFIX, '').replace(RE_BYLINE_DATE, '').trim();
  b = b.replace(/^[[［(（]\s*|\s*[\]］)）]$/gu, '').trim();
  // the separator after the last of several names (Springer: "NH. Shear, SP. Spielberg,")
  b = b.replace(/[\s,;，、；]+$/u, '');
  if (!b || b.length > MAX_BYLINE_LENGTH || RE_BAD_BYLINE.test(b) || /^https?:/i.test(b)) return null;
  if (title && foldSpace(title) === b) return null;
  return b;
}

export function bylineOf(pm: PageMeta, readabilityByline: string | null, title: string | null): string | null {
  return (
    cleanByline(ldString(pm.ld?.author), title) ??
    cleanByline(pm.metas.get('author') ?? pm.metas.get('article:author') ?? pm.metas.get('byl'), title) ??
    cleanByline(readabilityByline, title)
  );
}

/**
 * ISO 8601 with offset: "2018-06-19T05:50:00+09:00". Accepts the extended and basic forms
 * (日経: "20180619T055000+0900"), "Z", and "2019/02/22 10:00". A date or time without an offset
 * gets the language's zone when it has one (LANG_UTC_OFFSET), else null: a guess would lie.
 */
export function normaliseDate(raw: string | null | undefined, lang: string | null): string | null {
  const iso = isoDate(raw, lang);
  // placeholders a CMS writes for "no date": year 1 (USA Today's JSON-LD "0001-01-01T00:00:00Z") and the
  // Unix epoch; the reader would print "1 January 1". Another candidate (a meta tag, <time>) is read instead.
  return iso && +iso.slice(0, 4) >= 1900 && !iso.startsWith('1970-01-01T00:00:00') ? iso : null;
}

function isoDate(raw: string | null | undefined, lang: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m =
    /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) {
    const t = Date.parse(s);
    return Number.isNaN(t) || !/[+-]\d{2}:?\d{2}$|Z$|GMT|UTC/i.test(s) ? null : new Date(t).toISOString().replace('.000Z', '+00:00');
  }
  const [, y, mo, d, h = '00', mi = '00', sec = '00', tz] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59) return null;
  let offset: string | null = null;
  if (tz) offset = /z/i.test(tz) ? '+00:00' : `${tz.slice(0, 3)}:${tz.slice(-2)}`;
  else if (lang) offset = LANG_UTC_OFFSET[lang.split('-')[0]] ?? null;
  if (!offset) return null;
  return `${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi}:${sec}${offset}`;
}

const PUBLISHED_KEYS = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dc.date', 'og:published_time', 'sailthru.date', 'parsely-pub-date'];
const MODIFIED_KEYS = ['article:modified_time', 'datemodified', 'og:updated_time', 'lastmod', 'last-modified', 'dc.date.modified'];

export function datesOf(scan: PageScan, pm: PageMeta, lang: string | null): { published: string | null; modified: string | null } {
  const pick = (ldKey: string, keys: string[], itemprop: string | null): string | null => {
    const cands: (string | null | undefined)[] = [ldString(pm.ld?.[ldKey])];
    for (const k of keys) cands.push(pm.metas.get(k));
    cands.push(itemprop);
    for (const c of cands) {
      const iso = normaliseDate(c, lang);
      if (iso) return iso;
    }
    return null;
  };
  // <time datetime> in the article header: the first one is the publication date on news pages.
  const published = pick('datePublished', PUBLISHED_KEYS, scan.itemprop.published) ?? normaliseDate(scan.timeDatetime, lang);
  return { published, modified: pick('dateModified', MODIFIED_KEYS, scan.itemprop.modified) };
}

export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function canonicalUrlOf(scan: PageScan, pm: PageMeta, url: string | null): string | null {
  return resolveUrl(scan.canonical, url) ?? resolveUrl(pm.metas.get('og:url'), url) ?? resolveUrl(url, null);
}

export function leadImageOf(pm: PageMeta, url: string | null): string | null {
  const img = pm.ld?.image;
  const ldImg = typeof img === 'string' ? img : Array.isArray(img) ? ldString(img[0]) ?? (typeof img[0] === 'object' ? ldString((img[0] as Record<string, unknown>).url) : null) : img && typeof img === 'object' ? ldString((img as Record<string, unknown>).url) : null;
  return resolveUrl(pm.metas.get('og:image') ?? pm.metas.get('twitter:image') ?? ldImg, url);
}

/** Whole minutes, at least 1: CJK characters at the language's rate plus words at the word rate. */
export function readingMinutes(text: string, lang: string | null): number {
  const primary = (lang ?? 'en').split('-')[0];
  RE_CJK_CHAR.lastIndex = 0;
  const cjkChars = text.match(RE_CJK_CHAR)?.length ?? 0;
  const rest = cjkChars ? text.replace(RE_CJK_CHAR, ' ') : text;
  const words = rest.match(RE_WORD)?.length ?? 0;
  const cpm = CHARS_PER_MINUTE[primary] ?? (primary === 'ko' ? 0 : CHARS_PER_MINUTE.zh);
  const wpm = WORDS_PER_MINUTE[primary] ?? DEFAULT_WORDS_PER_MINUTE;
  // Korean Hangul is counted in words (space-separated eojeol), so its syllables are not chars.
  const minutes = primary === 'ko' ? (text.match(RE_WORD)?.length ?? 0) / wpm : cjkChars / (cpm || 255) + words / wpm;
  return Math.max(1, Math.round(minutes));
}
