/**
 * The clean view asks for the removed blocks' html 'later' (utils/article/removal-html.ts): the
 * extraction's result then carries none, raw or sanitized, and sanitizePendingRemovals later
 * gives each removal exactly the html an eager extraction gives it. Under jsdom (DOMPurify is
 * unsafe under happy-dom and linkedom), on real pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument, type LoadedDocument } from '../../../scripts/cli/load-document';
import { extractArticle } from '../../../utils/article/extract';
import { sanitizePendingRemovals } from '../../../utils/article/removal-html';
import { detectArticle } from '../../../utils/extract/detect';
import { loadPageFixture } from '../../helpers/fixtures';

const loaded: LoadedDocument[] = [];
afterAll(() => loaded.forEach((l) => l.close()));

function load(name: string) {
  const f = loadPageFixture(name);
  const url = (f.expected.url as string | null | undefined) ?? null;
  const l = loadDocument(f.bytes, url);
  if (!l.document || !l.window) throw new Error(`${name}: ${l.error?.message}`);
  loaded.push(l);
  const window = l.window as Window & typeof globalThis;
  return { doc: l.document, window, url, detect: detectArticle(l.document, url) };
}

describe.each(['seed-us-russia-talks', 'parser-itmedia'])('%s', (name) => {
  it("'later': no html on the result, then the same sanitized html as an eager extraction, once", () => {
    const { doc, window, url, detect } = load(name);
    const eager = extractArticle(doc, { url, window, detect });
    const later = extractArticle(doc, { url, window, detect, removedHtml: 'later' });
    expect(later.removed.length).toBeGreaterThan(3);
    expect(later.removed.map((r) => ({ ...r, html: undefined }))).toEqual(eager.removed.map((r) => ({ ...r, html: undefined })));
    expect(later.removed.filter((r) => 'html' in r)).toEqual([]);
    // nothing of the raw html is reachable from the result: not in its JSON either
    expect(JSON.stringify(later)).not.toMatch(/<script|<iframe|\bon\w+=/i);

    expect(sanitizePendingRemovals(later.removed, window)).toBe(true);
    expect(later.removed.map((r) => r.html)).toEqual(eager.removed.map((r) => r.html));
    // a second call finds nothing left to do
    expect(sanitizePendingRemovals(later.removed, window)).toBe(false);
  });
});

it('hostile html in a removed block is sanitized when it is asked for', () => {
  const html = `<!doctype html><html lang="en"><head><title>A story</title></head><body>
    <nav class="global-nav"><a href="/">Home</a><a href="javascript:alert(1)" onclick="alert(2)">World</a><img src=x onerror="alert(3)"><script>alert(4)</script></nav>
    <article><h1>A story</h1>${'<p>The council met on Tuesday to discuss the budget for the schools and parks of the city, and the vote was close.</p>'.repeat(6)}</article>
    </body></html>`;
  const l = loadDocument(new TextEncoder().encode(html), 'https://news.example/a');
  loaded.push(l);
  const window = l.window as Window & typeof globalThis;
  const r = extractArticle(l.document!, { url: 'https://news.example/a', window, detect: detectArticle(l.document!, 'https://news.example/a'), removedHtml: 'later' });
  const nav = r.removed.find((x) => x.text.includes('World'));
  expect(nav).toBeDefined();
  expect(nav!.html).toBeUndefined();
  sanitizePendingRemovals(r.removed, window);
  expect(nav!.html).toContain('World');
  expect(nav!.html).not.toMatch(/javascript:|onclick|onerror|<script/i);
});
