/**
 * A fake web site for the joining tests: `fetch` answers from a table of URLs, like a server
 * would (status, content type, length, redirects), and records what was asked. Pages of the
 * multi-page fixtures are served from tests/e2e/pages/multipage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Route {
  body?: string | Uint8Array;
  type?: string | null;
  status?: number;
  headers?: Record<string, string>;
  /** answer as if redirected to this URL */
  redirectedTo?: string;
  /** throw like a network failure */
  fail?: boolean;
}

export const ORIGIN = 'https://news.example.jp';

export function fixture(path: string): string {
  return readFileSync(resolve(process.cwd(), 'tests/e2e/pages/multipage', path), 'utf8');
}

export function fakeSite(routes: Record<string, Route>) {
  const asked: string[] = [];
  const fetch = (async (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    asked.push(url);
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const r = routes[url];
    if (!r) return new Response('not found', { status: 404, headers: { 'content-type': 'text/html' } });
    if (r.fail) throw new TypeError('Failed to fetch');
    const headers: Record<string, string> = { ...(r.headers ?? {}) };
    if (r.type !== null) headers['content-type'] = r.type ?? 'text/html; charset=utf-8';
    const res = new Response((r.body ?? '') as BodyInit, { status: r.status ?? 200, headers });
    Object.defineProperty(res, 'url', { value: r.redirectedTo ?? url });
    return res;
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

/** A small article page in a news site's usual markup, with real-looking paragraphs. */
export function articlePage(o: { title: string; paragraphs: string[]; next?: string | null; pager?: string; lang?: string; charset?: string }): string {
  return `<!doctype html><html lang="${o.lang ?? 'en'}"><head>${o.charset ? `<meta charset="${o.charset}">` : ''}<title>${o.title} | Example News</title>
${o.next ? `<link rel="next" href="${o.next}">` : ''}</head><body>
<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav></header>
<main><article><h1>${o.title}</h1>
${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
${o.pager ?? ''}
</article></main>
<footer><p>© Example News. All rights reserved.</p></footer></body></html>`;
}

/** Sentences for synthetic pages: plain reporting prose, each long enough to be a block. */
export function prose(seed: string, n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      `${seed} paragraph ${i + 1}: the city council met again on Tuesday to discuss the budget, and officials said the vote on the new transit plan would be held next month after further public hearings in every district.`,
  );
}
