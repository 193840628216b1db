/**
 * Joins a later page's pipeline result onto the article so far: its body becomes one more entry
 * of `pages` (its data-p marks renumbered after the blocks before it, so the sources & quotes
 * panel jumps to the right block on any page), its text is appended, its sources, quotes and
 * removals are merged. Pure DOM and data work on already sanitized HTML.
 */
import { readingMinutes } from '../extract/page/metadata';
import type { Removal } from '../extract/types';
import type { Quote, Source } from '../analysis/types';
import type { PipelineResult } from './pipeline';

/** One later page of a joined article: its URL and its sanitized body. */
export interface ArticlePage {
  url: string;
  html: string;
}

/** What the reader is told about joining: shown by the view, kept with a saved article. */
export interface JoinNote {
  /** pages in the article so far, page 1 included */
  joined: number;
  /** later pages are still being fetched */
  loading: boolean;
  /** the page that could not be fetched (the pages before it are kept), or null */
  failed: { page: number; url: string; reason: 'network' | 'not-html' | 'too-large' | 'other-origin' } | null;
}

/** A pipeline result with its later pages joined on. `html` stays page 1's body. */
export type JoinedArticle = PipelineResult & {
  url: string;
  pages: ArticlePage[];
  joinNote: JoinNote | null;
};

/** Number of data-p blocks in sanitized HTML (its highest mark + 1). */
export function blockCount(html: string | null): number {
  let max = -1;
  for (const m of (html ?? '').matchAll(/\sdata-p="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** `html` with every data-p mark moved up by `offset` (parsed inertly, serialized back). */
export function shiftBlocks(html: string, offset: number, win: Window & typeof globalThis): string {
  if (!offset) return html;
  const doc = new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('[data-p]'))) {
    el.setAttribute('data-p', String(Number(el.getAttribute('data-p')) + offset));
  }
  return doc.body.innerHTML;
}

function mergeSources(into: Source[], add: Source[], offset: number): Source[] {
  const out = into.map((s) => ({ ...s, paragraphs: [...s.paragraphs] }));
  for (const s of add) {
    const same = out.find((x) => x.name === s.name && x.kind === s.kind);
    const paragraphs = s.paragraphs.map((p) => p + offset);
    if (same) {
      same.mentions += s.mentions;
      same.paragraphs.push(...paragraphs);
    } else out.push({ ...s, paragraphs });
  }
  return out.sort((a, b) => b.mentions - a.mentions);
}

function mergeRemovals(into: Removal[], add: Removal[]): Removal[] {
  // the same clutter sits on every page (navigation, footer, rankings): count it once
  const seen = new Set(into.map((r) => `${r.category}\n${r.text}`));
  const out = [...into];
  for (const r of add) {
    const k = `${r.category}\n${r.text}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

/** The article as page 1 alone, ready to receive later pages. */
export function startJoin(first: PipelineResult & { url: string }, willFetch: boolean): JoinedArticle {
  return { ...first, pages: [], joinNote: willFetch ? { joined: 1, loading: true, failed: null } : null };
}

/** A new article object with `page` (its pipeline result, fetched from `url`) appended. */
export function appendPage(a: JoinedArticle, page: PipelineResult, url: string, win: Window & typeof globalThis): JoinedArticle {
  // later pages are numbered after every block before them: the highest mark so far + 1
  const shift = [a.html, ...a.pages.map((p) => p.html)].reduce((n, h) => Math.max(n, blockCount(h)), 0);
  const text = [a.text, page.text].filter(Boolean).join('\n\n') || null;
  const quotes: Quote[] = [...a.quotes, ...page.quotes.map((q) => ({ ...q, paragraph: q.paragraph + shift }))];
  return {
    ...a,
    pages: [...a.pages, { url, html: shiftBlocks(page.html ?? '', shift, win) }],
    text,
    readingMinutes: text ? readingMinutes(text, a.lang) : a.readingMinutes,
    truncated: a.truncated || page.truncated,
    removed: mergeRemovals(a.removed, page.removed),
    sources: mergeSources(a.sources, page.sources, shift),
    quotes,
    anonymousSources: a.anonymousSources + page.anonymousSources,
    joinNote: { joined: a.pages.length + 2, loading: true, failed: null },
  };
}
