/**
 * Hostile sizes (issue #12, F2): titles and metadata made of 100,000 spaces (U+3000 and ASCII)
 * or separators, and a page of 20,000 paragraphs. Each finishes well inside the runner's default
 * timeout; the figures themselves are in the benches (`npm run bench:browser` for the detector).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runPipelineOnPage } from '../../../utils/article/run-page';
import { detectArticle } from '../../../utils/extract/detect';

const URL = 'https://news.example/2024/05/01/park-trees';
const BODY = '<p>東京都は来週から都内の公園で新しい植樹計画を始めると発表しました。計画では三千本の桜とけやきを植えます。</p>'.repeat(8);

function page(head: string, body: string): { doc: Document; window: Window & typeof globalThis } {
  const dom = new JSDOM(`<!doctype html><html lang="ja"><head>${head}</head><body>${body}</body></html>`, { url: URL, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, window: dom.window as unknown as Window & typeof globalThis };
}

describe('titles and metadata of 100,000 spaces or separators', () => {
  const runs: Record<string, string> = {
    'U+3000': '\u3000'.repeat(100_000),
    spaces: ' '.repeat(100_000),
    'spaced dashes': ' - '.repeat(33_000),
    dashes: '-'.repeat(100_000),
    'page counters': '（1/2ページ）'.repeat(10_000),
  };
  for (const [name, run] of Object.entries(runs)) {
    it(`${name} in <title>, og:title, the JSON-LD headline, the byline and the <h1>`, () => {
      const t = `公園に植樹${run}計画`;
      const ld = JSON.stringify({ '@type': 'NewsArticle', headline: t, author: { name: `記者${run}山田` } });
      const head = `<title>${t} - 東京新報</title><meta property="og:title" content="${t}"><meta name="author" content="${t}"><script type="application/ld+json">${ld}</script>`;
      const { doc, window } = page(head, `<article><h1>${t}</h1>${BODY}</article>`);
      expect(detectArticle(doc, URL).reasons.some((r) => r.startsWith('error:'))).toBe(false);
      const r = runPipelineOnPage(doc, { url: URL, window });
      expect(r.text).toContain('植樹計画を始める');
    });
  }
});

describe('a page of 20,000 paragraphs', () => {
  it('the per-page detector reads it with its walk capped', () => {
    const { doc } = page('<title>Archive</title>', '<div>' + '<p>Short line of the archive page.</p>'.repeat(20_000) + '</div>');
    const r = detectArticle(doc, URL);
    expect(r.reasons).toContain('shape:capped(+0.00)');
  });
});
