/**
 * The pipeline's own guarantees on real pages: the live document is never modified, the html is
 * the sanitized body without the headline and with its blocks marked data-p in step with the
 * text, removals carry sanitized html, the lead picture and lazy images survive, and a
 * multi-page article names its next page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument, type LoadedDocument } from '../../../scripts/cli/load-document';
import { runPipelineOnPage } from '../../../utils/article/run-page';
import { loadPageFixture, normaliseForMatch } from '../../helpers/fixtures';

const loaded: LoadedDocument[] = [];
afterAll(() => loaded.forEach((l) => l.close()));

function load(name: string): { doc: Document; window: Window & typeof globalThis; url: string | null } {
  const f = loadPageFixture(name);
  const url = (f.expected.url as string | null | undefined) ?? null;
  const l = loadDocument(f.bytes, url);
  if (!l.document || !l.window) throw new Error(`${name}: ${l.error?.message}`);
  loaded.push(l);
  return { doc: l.document, window: l.window, url };
}

describe('runPipeline', () => {
  it('never modifies the document it is given', () => {
    const { doc, window, url } = load('seed-us-russia-talks-dense');
    const before = doc.documentElement.outerHTML;
    const r = runPipelineOnPage(doc, { url, window });
    expect(r.text).toBeTruthy();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the sanitized body without the headline, its blocks marked data-p in step with text', () => {
    const { doc, window, url } = load('parser-asahi');
    const r = runPipelineOnPage(doc, { url, window });
    const body = new window.DOMParser().parseFromString(r.html ?? '', 'text/html').body;
    expect(body.querySelector('script, style, [onclick], iframe, form')).toBeNull();
    const marked = [...body.querySelectorAll('[data-p]')];
    const blocks = (r.text ?? '').split('\n\n');
    expect(marked.map((e) => Number(e.getAttribute('data-p')))).toEqual(blocks.map((_, i) => i));
    marked.forEach((el, i) => expect(normaliseForMatch(el.textContent ?? '')).toBe(normaliseForMatch(blocks[i])));
    // The headline (an h1 on the page) is the title, not part of the body.
    expect(normaliseForMatch(body.textContent ?? '')).not.toContain(normaliseForMatch(r.title ?? ''));
    expect(r.readingMinutes).toBe(1);
    expect(r.lang).toBe('ja');
  });

  it('keeps the lead picture with its caption and resolves lazy images', () => {
    const { doc, window, url } = load('seed-us-russia-talks-dense');
    const r = runPipelineOnPage(doc, { url, window });
    const body = new window.DOMParser().parseFromString(r.html ?? '', 'text/html').body;
    const srcs = [...body.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? '');
    expect(srcs.length).toBeGreaterThan(0);
    // data-src over a 1×1 placeholder on this page: the real picture is shown, not the gif.
    expect(srcs.every((s) => /^https:\/\/.+\.(?:jpe?g|png|webp)/i.test(s))).toBe(true);
  });

  it('puts back the lead picture that sits outside the body container, caption and credit kept', () => {
    const { window } = load('parser-publickey');
    const para = (i: number) => `<p>東京都は${i}日、新しい交通計画を発表した。計画では、都心部の道路を歩行者のために開放し、公共交通の本数を増やすことなどが盛り込まれている。担当者は「市民の声を反映した」と話した。</p>`;
    const html =
      '<html lang="ja"><head><title>都が新交通計画を発表 | 例新聞</title></head><body>' +
      '<header><h1>都が新交通計画を発表</h1></header>' +
      '<div class="visual"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lead-large.jpg" width="800" height="450">' +
      '<p class="caption">会見する担当者</p><span class="credit">撮影：山田太郎</span></div>' +
      `<div class="body">${[1, 2, 3, 4, 5, 6].map(para).join('')}<p id="note">注：<a href="#top">上へ</a>計画の詳細は都の発表資料による。</p></div></body></html>`;
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const r = runPipelineOnPage(doc, { url: 'https://news.example.jp/a/1', window, removedHtml: false });
    expect(r.title).toBe('都が新交通計画を発表');
    const body = new window.DOMParser().parseFromString(r.html ?? '', 'text/html').body;
    const fig = body.querySelector('figure');
    expect(fig?.querySelector('img')?.getAttribute('src')).toBe('https://news.example.jp/img/lead-large.jpg');
    expect(fig?.querySelector('figcaption')?.textContent).toContain('会見する担当者');
    expect(fig?.querySelector('figcaption')?.textContent).toContain('撮影：山田太郎');
    // An in-page anchor stays in-page (the sanitizer prefixes its target like the ids).
    expect(body.querySelector('a')?.getAttribute('href')).toMatch(/^#/);
    // Captions are not reading text.
    expect(r.text).not.toContain('会見する担当者');
    expect(r.text?.startsWith('東京都は1日')).toBe(true);
  });

  it('returns removals with sanitized html', () => {
    const { doc, window, url } = load('seed-us-russia-talks');
    const r = runPipelineOnPage(doc, { url, window });
    expect(r.removed.length).toBeGreaterThan(0);
    for (const rem of r.removed) {
      expect(rem.html).toBeDefined();
      expect(rem.html).not.toMatch(/<script|<style|<form|<iframe|\son[a-z]+=|javascript:/i);
    }
    const lean = runPipelineOnPage(doc, { url, window, removedHtml: false });
    expect(lean.removed.map((x) => x.rule)).toEqual(r.removed.map((x) => x.rule));
    expect(lean.removed.every((x) => x.html === undefined)).toBe(true);
  });

  it('reports a paywall and the next page of a multi-page article', () => {
    const nikkei = load('newspaper4k-nikkei-2018');
    expect(runPipelineOnPage(nikkei.doc, { url: nikkei.url, window: nikkei.window }).truncated).toBe(true);
    const itmedia = load('parser-itmedia');
    const r = runPipelineOnPage(itmedia.doc, { url: itmedia.url, window: itmedia.window, removedHtml: false });
    expect(r.truncated).toBe(false);
    expect(r.nextPage).toBe('https://www.itmedia.co.jp/pcuser/articles/1902/22/news089_2.html');
    expect(r.title).toBe('Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷、いくぜNUC');
  });

  it('fills metadata from the page: byline, site name, dates with offset', () => {
    const { doc, window, url } = load('seed-us-russia-talks');
    const r = runPipelineOnPage(doc, { url, window, removedHtml: false });
    expect(r).toMatchObject({
      byline: '竹内智子',
      siteName: 'カンナムタイムズ',
      publishedTime: '2025-09-30T10:12:00+09:00',
      lang: 'ja',
      dir: 'ltr',
      truncated: false,
      nextPage: null,
    });
  });

  it('extracts best effort from a page without an article, without throwing', () => {
    const { window } = load('parser-publickey');
    const doc = new window.DOMParser().parseFromString('<html><head><title>Home</title></head><body><nav><a href="/">Top</a></nav></body></html>', 'text/html');
    const r = runPipelineOnPage(doc, { url: 'https://example.com/', window });
    expect(r.title).toBe('Home');
    expect(r.removed).toBeInstanceOf(Array);
  });
});
