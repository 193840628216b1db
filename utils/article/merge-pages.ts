/**
 * Joins a later page's extracted article onto the article so far: its body becomes one more
 * entry of `pages` (its data-p marks renumbered after the blocks before it, so the sources &
 * quotes panel jumps to the right block on any page), its text is appended, its removals are
 * merged, and what the analysis reads (blocks, captions, links) is appended under the same
 * numbering. The analysis then runs once on the whole joined article (so the panel covers every
 * page and a surname on page 3 resolves to the full name given on page 1): join-pages.ts for
 * Save, the clean view's controller for the view. Pure DOM and data work on sanitized HTML.
 */
import { readingMinutes } from '../extract/page/metadata';
import type { Removal } from '../extract/types';
import type { AnalysisResult } from '../analysis/types';
import type { ExtractedArticle } from './extract';

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

/**
 * An extracted article with its later pages joined on. `html` stays page 1's body; `blocks`,
 * `captions` and `links` are every page's, numbered as the data-p marks of `html` and `pages`.
 * The analysis fields are there once the analysis ran on the article as it is: page 1's
 * analysis alone does not describe the joined article, so appending a page drops them.
 */
export type JoinedArticle = ExtractedArticle &
  Partial<AnalysisResult> & {
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

/** `a` without the analysis fields (they described the article before its last change). */
function withoutAnalysis<T extends Partial<AnalysisResult>>(a: T): Omit<T, keyof AnalysisResult> {
  const { sources: _s, quotes: _q, anonymousSources: _n, publisher: _p, ...rest } = a;
  return rest;
}

/** The article as page 1 alone (its analysis, when it has one, still describes it), ready to receive later pages. */
export function startJoin(first: ExtractedArticle & Partial<AnalysisResult> & { url: string }, willFetch: boolean): JoinedArticle {
  return { ...first, pages: [], joinNote: willFetch ? { joined: 1, loading: true, failed: null } : null };
}

/** A new article object with `page` (its extracted article, fetched from `url`) appended. */
export function appendPage(a: JoinedArticle, page: ExtractedArticle, url: string, win: Window & typeof globalThis): JoinedArticle {
  // later pages are numbered after every block before them: the highest mark so far + 1 (and
  // never below the blocks the analysis reads, so a block index is always its mark)
  const shift = Math.max(a.blocks.length, ...[a.html, ...a.pages.map((p) => p.html)].map(blockCount));
  const text = [a.text, page.text].filter(Boolean).join('\n\n') || null;
  const blocks = [...a.blocks, ...Array<string>(shift - a.blocks.length).fill(''), ...page.blocks];
  return {
    ...withoutAnalysis(a),
    pages: [...a.pages, { url, html: shiftBlocks(page.html ?? '', shift, win) }],
    text,
    readingMinutes: text ? readingMinutes(text, a.lang) : a.readingMinutes,
    truncated: a.truncated || page.truncated,
    removed: mergeRemovals(a.removed, page.removed),
    blocks,
    captions: [...a.captions, ...page.captions],
    links: [...a.links, ...page.links.map((l) => ({ ...l, paragraph: l.paragraph < 0 ? l.paragraph : l.paragraph + shift }))],
    joinNote: { joined: a.pages.length + 2, loading: true, failed: null },
  };
}
