/**
 * Field-by-field checks for everything the library stores (issue #12 F3). One table of limits,
 * used by the import (a file is hostile input), by the writer for every save (a content script's
 * payload is hostile input too), and by the pages before they render a stored value into a link.
 * Each check returns a clean value or null; it never throws and never passes through an object
 * it did not rebuild (no prototype keys, no extra fields).
 */
import { CATEGORIES, type Category } from '../extract/types';
import { SOURCE_KINDS, type Quote, type Source, type SourceKind } from '../analysis/types';
import { IMAGE_SKIP_REASONS, type ImageInfo, type ImageSkipReason, type SavedJoinNote, type SavedPage, type SavedRemoval } from './schema';

export const LIMITS = {
  /** a 30 MB title made the popup take 4.7 s to paint (issue #12 F3) */
  title: 1_000,
  byline: 1_000,
  /** text of an imported article: 2 MB of characters */
  text: 2 * 1024 * 1024,
  siteName: 300,
  url: 4_096,
  isoDate: 64,
  lang: 35,
  extractorVersion: 100,
  sources: 500,
  sourceName: 300,
  sourceParagraphs: 2_000,
  quotes: 2_000,
  quoteText: 5_000,
  quoteSpeaker: 300,
  removals: 1_000,
  removalText: 1_000,
  removalRule: 100,
  /** later pages of one article: MAX_PAGES (10) minus page 1 */
  pages: 9,
  /** stored photos per article (30) plus the lead picture, with room for skipped ones */
  images: 64,
  paragraphIndex: 1_000_000,
  mentions: 1_000_000,
  minutes: 100_000,
} as const;

/** Saved and updated times: after the web's first news sites, at most a day in the future. */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
const LANG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const HTTP = new Set(['http:', 'https:']);

const isStr = (v: unknown): v is string => typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const intIn = (v: unknown, min: number, max: number): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;

/** A string cut to `max` characters (at a code point boundary), or null. */
export function capped(v: unknown, max: number): string | null {
  if (!isStr(v)) return null;
  if (v.length <= max) return v;
  const cut = v.slice(0, max);
  // do not leave half a surrogate pair at the end
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** An absolute http(s) URL, or null: never javascript:, data:, chrome-extension: or relative. */
export function httpUrl(v: unknown): string | null {
  if (!isStr(v) || v.length > LIMITS.url) return null;
  try {
    const u = new URL(v);
    return HTTP.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** Epoch milliseconds inside [EARLIEST_TIME, now + one day], or null. */
export function epochMs(v: unknown, now = Date.now()): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST_TIME && v <= now + FUTURE_SLACK_MS ? Math.floor(v) : null;
}

/** An ISO-like date string that parses, in years 1900–2200, or null. */
export function isoDate(v: unknown): string | null {
  if (!isStr(v) || !v || v.length > LIMITS.isoDate) return null;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  const y = new Date(t).getUTCFullYear();
  return y >= 1900 && y <= 2200 ? v : null;
}

export function langTag(v: unknown): string | null {
  return isStr(v) && v.length <= LIMITS.lang && LANG.test(v) ? v : null;
}

export function sourceKind(v: unknown): SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(v as string) ? (v as SourceKind) : 'other';
}

const indexes = (v: unknown, max: number): number[] =>
  Array.isArray(v) ? v.slice(0, max).filter((n): n is number => intIn(n, 0, LIMITS.paragraphIndex) !== null) : [];

export function sources(v: unknown): Source[] {
  if (!Array.isArray(v)) return [];
  const out: Source[] = [];
  for (const s of v.slice(0, LIMITS.sources)) {
    if (!isObj(s)) continue;
    const name = capped(s.name, LIMITS.sourceName)?.trim();
    if (!name) continue;
    out.push({ name, kind: sourceKind(s.kind), mentions: intIn(s.mentions, 1, LIMITS.mentions) ?? 1, paragraphs: indexes(s.paragraphs, LIMITS.sourceParagraphs) });
  }
  return out;
}

export function quotes(v: unknown): Quote[] {
  if (!Array.isArray(v)) return [];
  const out: Quote[] = [];
  for (const q of v.slice(0, LIMITS.quotes)) {
    if (!isObj(q)) continue;
    const text = capped(q.text, LIMITS.quoteText);
    if (!text) continue;
    out.push({
      speaker: capped(q.speaker, LIMITS.quoteSpeaker),
      role: capped(q.role, LIMITS.quoteSpeaker),
      text,
      paragraph: intIn(q.paragraph, 0, LIMITS.paragraphIndex) ?? 0,
      via: capped(q.via, LIMITS.quoteSpeaker),
    });
  }
  return out;
}

export function removals(v: unknown): SavedRemoval[] {
  if (!Array.isArray(v)) return [];
  const out: SavedRemoval[] = [];
  for (const r of v.slice(0, LIMITS.removals)) {
    if (!isObj(r) || !(CATEGORIES as readonly string[]).includes(r.category as string)) continue;
    out.push({ category: r.category as Category, rule: capped(r.rule, LIMITS.removalRule) ?? '', text: capped(r.text, LIMITS.removalText) ?? '' });
  }
  return out;
}

/** Later pages: http(s) URL and an HTML string each (the HTML is sanitized separately). */
export function pages(v: unknown): SavedPage[] {
  if (!Array.isArray(v)) return [];
  const out: SavedPage[] = [];
  for (const p of v.slice(0, LIMITS.pages)) {
    const url = isObj(p) ? httpUrl(p.url) : null;
    if (url && isStr(p.html)) out.push({ url, html: p.html as string });
  }
  return out;
}

const FAIL_REASONS = ['network', 'not-html', 'too-large', 'other-origin'] as const;

export function joinNote(v: unknown): SavedJoinNote | null {
  if (!isObj(v)) return null;
  const joined = intIn(v.joined, 1, LIMITS.pages + 1);
  if (joined === null) return null;
  const f = v.failed;
  const failed =
    isObj(f) && (FAIL_REASONS as readonly string[]).includes(f.reason as string) && httpUrl(f.url) && intIn(f.page, 2, LIMITS.pages + 1) !== null
      ? { page: f.page as number, url: httpUrl(f.url) as string, reason: f.reason as (typeof FAIL_REASONS)[number] }
      : null;
  return { joined, failed };
}

export function images(v: unknown): ImageInfo[] {
  if (!Array.isArray(v)) return [];
  const out: ImageInfo[] = [];
  for (const i of v.slice(0, LIMITS.images)) {
    const url = isObj(i) ? httpUrl(i.url) : null;
    if (!url) continue;
    const o = i as Record<string, unknown>;
    const info: ImageInfo = { url, stored: o.stored === true };
    if ((IMAGE_SKIP_REASONS as readonly string[]).includes(o.reason as string)) info.reason = o.reason as ImageSkipReason;
    for (const k of ['bytes', 'width', 'height'] as const) {
      const n = intIn(o[k], 0, 1e9);
      if (n !== null) info[k] = n;
    }
    if (o.lead === true) info.lead = true;
    out.push(info);
  }
  return out;
}

export const dirOf = (v: unknown): 'ltr' | 'rtl' | null => (v === 'ltr' || v === 'rtl' ? v : null);
export const minutes = (v: unknown): number | null => intIn(v, 0, LIMITS.minutes);
export const count = (v: unknown): number => intIn(v, 0, LIMITS.mentions) ?? 0;
