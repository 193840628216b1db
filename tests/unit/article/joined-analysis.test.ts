// @vitest-environment jsdom
/**
 * The source & quote analysis of a multi-page article runs once on the whole joined article
 * (later pages are extracted without it): its blocks are numbered across pages exactly as the
 * html's data-p marks, so the panel covers every page, jumps to the right block on any page, and
 * names resolve across pages. Save passes the analysis to joinPages; the clean view joins without
 * it and runs the analysis bundle on the same blocks (entrypoints/reader.content/controller.tsx).
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { joinPages } from '../../../utils/article/join-pages';
import { runPipelineOnPage } from '../../../utils/article/run-page';
import { fetchArticlePage } from '../../../utils/article/fetch-page';
import { analysisInputOf } from '../../../utils/article/analysis-input';
import { analyseArticle } from '../../../utils/analysis';
import type { JoinedArticle } from '../../../utils/article/merge-pages';
import { ORIGIN, articlePage, fakeSite, fixture, type Route } from './fake-site';

const win = window as Window & typeof globalThis;
const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/[\s\u3000]+/g, '');

const SEED = 'http://127.0.0.1:9/e2e/multipage/seed/';
const seedRoutes = (): Record<string, Route> =>
  Object.fromEntries(['48213.html', '48213_2.html', '48213_3.html'].map((f) => [SEED + f, { body: fixture(`seed/${f}`) }]));

async function joined(routes: Record<string, Route>, start: string, analyse = true): Promise<{ article: JoinedArticle; first: ReturnType<typeof runPipelineOnPage> }> {
  const site = fakeSite(routes);
  const doc = new JSDOM(routes[start].body as string, { url: start }).window.document;
  const first = runPipelineOnPage(doc, { url: start, window: win });
  const { article } = await joinPages(
    { ...first, url: start },
    { window: win, firstDocument: doc, fetchPage: (u, o) => fetchArticlePage(u, { ...o, fetch: site.fetch }), analyse: analyse ? analyseArticle : undefined },
  );
  return { article, first };
}

/** The element marked data-p=N on whichever page holds it, and that page's number (1-based). */
function block(a: JoinedArticle, n: number): { page: number; text: string } | null {
  const bodies = [a.html ?? '', ...a.pages.map((p) => p.html)];
  for (const [i, html] of bodies.entries()) {
    const el = new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').querySelector(`[data-p="${n}"]`);
    if (el) return { page: i + 1, text: el.textContent ?? '' };
  }
  return null;
}

describe('the analysis of a joined article', () => {
  test('the seed over three pages: the same 6 quotes as the one-page seed, each pointing at its block on its own page', async () => {
    const { article, first } = await joined(seedRoutes(), `${SEED}48213.html`);
    expect(article.joinNote).toEqual({ joined: 3, loading: false, failed: null });
    // page 1 alone has only its own quote
    expect(first.quotes.map((q) => q.speaker)).toEqual(['ドミトリー・ノビコフ']);

    const onePage = runPipelineOnPage(new JSDOM(fixture('../../../fixtures/pages/seed-us-russia-talks/source.html'), { url: `${SEED}48213.html` }).window.document, {
      url: `${SEED}48213.html`,
      window: win,
    });
    const strip = (q: { speaker: string | null; role?: string | null; text: string; via: string | null }) => ({ speaker: q.speaker, role: q.role ?? null, text: q.text, via: q.via });
    expect(onePage.quotes).toHaveLength(6);
    expect(article.quotes?.map(strip)).toEqual(onePage.quotes.map(strip));
    expect(article.sources?.map((s) => [s.name, s.kind, s.mentions])).toEqual(onePage.sources.map((s) => [s.name, s.kind, s.mentions]));

    // every quote's paragraph is the block that holds its words, and the quotes cover all 3 pages
    const pages = new Set<number>();
    for (const q of article.quotes ?? []) {
      const b = block(article, q.paragraph);
      expect(b, q.text).not.toBeNull();
      expect(fold(b!.text)).toContain(fold(q.text));
      pages.add(b!.page);
    }
    expect([...pages].sort()).toEqual([1, 2, 3]);
    for (const s of article.sources ?? []) for (const p of s.paragraphs) expect(block(article, p)).not.toBeNull();
  });

  test('新华网 (zh): the quote on page 2 is found, which page 1 alone does not have', async () => {
    const zh = 'http://127.0.0.1:9/e2e/multipage/zh/';
    const routes = Object.fromEntries(['c_1125597921.htm', 'c_1125597921_2.htm', 'c_1125597921_3.htm'].map((f) => [zh + f, { body: fixture(`zh/${f}`) }]));
    const { article, first } = await joined(routes, `${zh}c_1125597921.htm`);
    expect(first.quotes).toEqual([]);
    const q = article.quotes?.find((x) => x.speaker === '钟南山');
    expect(q).toBeDefined();
    expect(block(article, q!.paragraph)?.page).toBe(2);
    expect(fold(block(article, q!.paragraph)!.text)).toContain(fold(q!.text));
  });

  test('names resolve across pages: a surname on page 2 is the full name page 1 introduced', async () => {
    const url = (i: number) => `${ORIGIN}/world/rail${i === 1 ? '' : `_${i}`}.html`;
    const title = 'Council delays the rail vote';
    const pages = [
      [
        'Maria Gonzalez, the city’s transport director, told the council on Tuesday that the new rail line could not open before the autumn of next year.',
        'The council had expected the line to carry its first passengers in the spring, after three years of work on the tunnels under the old market district.',
      ],
      [
        '“We cannot run trains on promises, and the signalling system is still being tested,” Gonzalez said after the meeting ended late in the evening.',
        'Members of the council asked for a written report on the delays and their cost before the budget debate in the second week of next month.',
      ],
    ];
    const routes = Object.fromEntries(pages.map((paragraphs, k) => [url(k + 1), { body: articlePage({ title, paragraphs, next: k === 0 ? url(2) : null }) }]));
    // page 2 read alone only knows the surname
    const alone = runPipelineOnPage(new JSDOM(routes[url(2)].body as string, { url: url(2) }).window.document, { url: url(2), window: win });
    expect(alone.quotes.map((q) => q.speaker)).toEqual(['Gonzalez']);
    const { article } = await joined(routes, url(1));
    expect(article.pages).toHaveLength(1);
    expect(article.quotes?.map((q) => q.speaker)).toEqual(['Maria Gonzalez']);
    expect(block(article, article.quotes![0].paragraph)?.page).toBe(2);
  });

  test('the clean view’s path: joined without the analysis, the article carries every page’s blocks and no stale page-1 analysis; analysing them gives what Save gets', async () => {
    const view = (await joined(seedRoutes(), `${SEED}48213.html`, false)).article;
    expect(view.sources).toBeUndefined();
    expect(view.quotes).toBeUndefined();
    const save = (await joined(seedRoutes(), `${SEED}48213.html`, true)).article;
    const result = analyseArticle(analysisInputOf(view, view.url));
    expect(result).toEqual({ sources: save.sources, quotes: save.quotes, anonymousSources: save.anonymousSources, publisher: save.publisher });
    expect(result.quotes).toHaveLength(6);
  });

  test('Ars Technica (en): blocks are numbered as the data-p marks on every page; the header page 2 repeats is not read', async () => {
    const en = 'http://127.0.0.1:9/e2e/multipage/en/the-connected-renter-how-to-make-your-apartment-smarter/';
    const dir = 'en/the-connected-renter-how-to-make-your-apartment-smarter/';
    const routes = { [en]: { body: fixture(`${dir}index.html`) }, [`${en}2/`]: { body: fixture(`${dir}2/index.html`) }, [`${en}3/`]: { body: fixture(`${dir}3/index.html`) } };
    const { article } = await joined(routes, en, false);
    expect(article.pages).toHaveLength(2);
    let marked = 0;
    for (const [n, text] of article.blocks.entries()) {
      const b = block(article, n);
      if (!b) {
        expect(text, `block ${n} has no mark`).toBe('');
        continue;
      }
      marked++;
      expect(fold(b.text)).toContain(fold(text));
    }
    expect(marked).toBeGreaterThan(10);
    expect(article.blocks.join(' ')).not.toContain('Turning your rented space');
    // links point at blocks that exist, on later pages too
    for (const l of article.links) if (l.paragraph >= 0) expect(block(article, l.paragraph)).not.toBeNull();
  });
});
