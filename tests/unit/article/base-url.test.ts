/**
 * Which base the article's relative URLs resolve against (extract.ts): the page URL when the
 * caller gives one, else the document's own base (its <base href>), read only then. Under jsdom,
 * as the CLI loads pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument, type LoadedDocument } from '../../../scripts/cli/load-document';
import { extractArticle } from '../../../utils/article/extract';
import { detectArticle } from '../../../utils/extract/detect';

const loaded: LoadedDocument[] = [];
afterAll(() => loaded.forEach((l) => l.close()));

const PARA = 'The council voted on Tuesday to extend the night bus service to the harbour district, after a year of trials. ';
const PAGE = `<!doctype html><html lang="en"><head><base href="https://base.example.org/news/"><title>Night buses</title></head><body>
<article><h1>Night buses</h1><p>${PARA.repeat(3)}<a href="more/story.html">Read the report</a>.</p>
<p>${PARA.repeat(3)}</p><figure><img src="img/bus.jpg" width="600" height="400" alt="A bus"></figure><p>${PARA.repeat(3)}</p></article></body></html>`;

function extract(url: string | null, page = PAGE) {
  const l = loadDocument(new TextEncoder().encode(page), url);
  if (!l.document || !l.window) throw new Error(String(l.error?.message));
  loaded.push(l);
  return extractArticle(l.document, { url, window: l.window as Window & typeof globalThis, detect: detectArticle(l.document, url) });
}

describe('article base URL', () => {
  it("with no page URL, resolves against the document's <base href>", () => {
    const html = extract(null).html ?? '';
    expect(html).toContain('href="https://base.example.org/news/more/story.html"');
    expect(html).toContain('src="https://base.example.org/news/img/bus.jpg"');
  });

  it('with a page URL and no <base>, resolves against the URL', () => {
    const html = extract('https://site.example.com/2024/buses.html', PAGE.replace(/<base [^>]*>/, '')).html ?? '';
    expect(html).toContain('href="https://site.example.com/2024/more/story.html"');
    expect(html).toContain('src="https://site.example.com/2024/img/bus.jpg"');
  });
});
