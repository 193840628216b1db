// @vitest-environment jsdom
/**
 * Sanitize stage behaviour: fails closed on a DOM DOMPurify cannot protect, keeps hooks and
 * per-call state inside its own instances, and applies the URL / anchor / image policy.
 * Attack vectors live in sanitize-vectors.test.ts, real pages in sanitize-pages.test.ts.
 */
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml, type SanitizeOptions } from '../../../utils/sanitize/sanitize';
import { parseSrcset } from '../../../utils/sanitize/urls';
import { findDangers, parseOutput } from '../../helpers/sanitize-dom-check';

type Win = SanitizeOptions['window'];
const BASE = 'https://news.example.jp/articles/2024/01/story.html';

function clean(html: string, baseUrl: string | null = BASE, win: Win = window): string {
  return sanitizeArticleHtml(html, { window: win, baseUrl });
}

function freshWindow(): Win {
  return new JSDOM('<!doctype html><body></body>').window as unknown as Win;
}

describe('fails closed', () => {
  const evil = '<p>x</p><script>alert(1)</script><img src=x onerror=alert(1)>';

  it('throws for a window without a DOM', () => {
    expect(() => sanitizeArticleHtml(evil, { window: {} as Win, baseUrl: null })).toThrow(/not supported/);
    expect(() => sanitizeArticleHtml(evil, { window: { document: {} } as unknown as Win, baseUrl: null })).toThrow();
  });

  it('throws for a missing window', () => {
    expect(() => sanitizeArticleHtml(evil, { window: null as unknown as Win, baseUrl: null })).toThrow(/no window/);
  });

  it('throws for a linkedom-like window (document and Element but no parser)', () => {
    const doc = { nodeType: 9, implementation: {}, createElement: () => ({}) };
    const fake = { document: doc, Element: function Element() {}, Node: function Node() {} };
    expect(() => sanitizeArticleHtml(evil, { window: fake as unknown as Win, baseUrl: null })).toThrow();
    // and keeps throwing: the verdict is cached, never turned into a pass-through
    expect(() => sanitizeArticleHtml(evil, { window: fake as unknown as Win, baseUrl: null })).toThrow();
  });

  it('throws when DOMPurify reports support but cannot remove nodes (happy-dom-like)', () => {
    const win = freshWindow();
    // A DOM whose removals silently do nothing, like happy-dom keeping <script> while
    // DOMPurify believes it is supported: the per-window self-test must catch it.
    win.Node.prototype.removeChild = function <T extends Node>(child: T): T {
      return child;
    };
    expect(DOMPurify(win).isSupported).toBe(true);
    expect(() => sanitizeArticleHtml(evil, { window: win, baseUrl: null })).toThrow(/self-test/);
  });

  it('rejects non-string input instead of stringifying it', () => {
    expect(() => sanitizeArticleHtml(null as unknown as string, { window, baseUrl: null })).toThrow(TypeError);
  });
});

describe('instances and state', () => {
  it('does not install hooks on the shared DOMPurify instance', () => {
    clean('<a href="/x" class="c">x</a>');
    // the default instance still behaves like stock DOMPurify: class kept, no rel, relative href
    expect(DOMPurify.sanitize('<a href="/x" class="c">x</a>')).toBe('<a href="/x" class="c">x</a>');
  });

  it('gives the same result on separate windows', () => {
    const html = '<p id="a">x<a href="/y">y</a><img src="i.jpg" width="10" height="10"></p>';
    expect(clean(html, BASE, freshWindow())).toBe(clean(html));
  });

  it('does not carry the base URL over to the next call', () => {
    expect(clean('<a href="/x">x</a>')).toBe('<a href="https://news.example.jp/x" rel="noopener noreferrer">x</a>');
    expect(clean('<a href="/x">x</a>', null)).toBe('<a>x</a>');
  });

  it('treats an unparsable base URL as no base', () => {
    const win = freshWindow();
    expect(clean('<a href="/x">x</a>', BASE, win)).toContain('https://news.example.jp/x');
    expect(clean('<a href="/x">x</a>', 'not a url', win)).toBe('<a>x</a>');
  });
});

describe('profile', () => {
  it('removes what the issue lists, keeping the text', () => {
    const out = clean(
      '<div class="c" style="color:red"><script>x()</script><style>p{}</style><form><input value="v"><button>送信</button></form>' +
        '<iframe src="https://ads.example/x"></iframe><svg><text>s</text></svg><math><mi>m</mi></math>' +
        '<p onclick="x()" data-track="1" aria-label="l">本文</p></div>',
    );
    expect(out).toBe(
      '<div><a data-embed="iframe" href="https://ads.example/x" rel="noopener noreferrer"></a><p>本文</p></div>',
    );
  });

  it('prefixes ids and names and rewrites same-document links to match', () => {
    const out = clean('<h2 id="sec-1">見出し</h2><a href="#sec-1">目次</a><a name="old">a</a><a href="#">top</a>');
    const doc = parseOutput(out);
    const link = doc.querySelector('a[href^="#"]');
    expect(link?.getAttribute('href')).toBe('#user-content-sec-1');
    expect(doc.getElementById(link!.getAttribute('href')!.slice(1))?.textContent).toBe('見出し');
    expect(doc.querySelector('a[name="user-content-old"]')).not.toBeNull();
    expect(doc.querySelector('a:not([href])')?.textContent).toBe('a');
    expect(out).toContain('<a>top</a>');
  });

  it('leaves absolute links to the page itself absolute', () => {
    expect(clean(`<a href="${BASE}#sec">x</a>`)).toBe(`<a href="${BASE}#sec" rel="noopener noreferrer">x</a>`);
  });

  it('resolves every URL attribute against the base', () => {
    const out = clean(
      '<a href="../other.html">a</a><img src="img/a.jpg" srcset="img/a.jpg 1x, /b.jpg 2x" width="800" height="450">' +
        '<blockquote cite="/src.html">q</blockquote><picture><source srcset="c.webp" type="image/webp"><img src="c.jpg"></picture>',
    );
    const doc = parseOutput(out);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://news.example.jp/articles/2024/other.html');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://news.example.jp/articles/2024/01/img/a.jpg');
    expect(doc.querySelector('img')?.getAttribute('srcset')).toBe(
      'https://news.example.jp/articles/2024/01/img/a.jpg 1x, https://news.example.jp/b.jpg 2x',
    );
    expect(doc.querySelector('blockquote')?.getAttribute('cite')).toBe('https://news.example.jp/src.html');
    expect(doc.querySelector('source')?.getAttribute('srcset')).toBe('https://news.example.jp/articles/2024/01/c.webp');
  });

  it('with no base keeps absolute http(s) and fragments, drops the rest', () => {
    const out = clean('<a href="https://a.test/x">a</a><a href="x.html">b</a><a href="#n">c</a><img src="/i.jpg">', null);
    expect(out).toBe(
      '<a href="https://a.test/x" rel="noopener noreferrer">a</a><a>b</a><a href="#user-content-n" rel="noopener noreferrer">c</a>',
    );
  });

  it('drops tracking pixels and keeps real images', () => {
    const out = clean(
      '<p>x<img src="https://a.test/p.gif" width="1" height="1"><img src="https://a.test/s.gif" height="0">' +
        '<img src="http://bbc.112.2o7.net/b/ss/x/1/H.22.1--NS/0" alt=""><img src="https://a.test/photo.jpg" width="640" height="1">' +
        '<img src="https://a.test/real.jpg" width="640" height="360" alt="写真"></p>',
    );
    expect(out).toBe('<p>x<img src="https://a.test/real.jpg" width="640" height="360" alt="写真" referrerpolicy="no-referrer"></p>');
  });

  it('keeps ruby, tables, code and the pipeline block marks', () => {
    const html =
      '<p data-p="0"><ruby>本文<rp>（</rp><rt>ほんぶん</rt><rp>）</rp></ruby></p>' +
      '<table><thead><tr><th colspan="2">h</th></tr></thead><tbody><tr><td rowspan="2">1</td><td>2</td></tr></tbody></table>' +
      '<pre data-p="1"><code>if (a &lt; b) {}</code></pre>';
    expect(clean(html)).toBe(html);
  });

  it('gives links rel="noopener noreferrer" and nothing else', () => {
    expect(clean('<a href="https://a.test/" target="_blank" rel="opener author">x</a>')).toBe(
      '<a href="https://a.test/" rel="noopener noreferrer">x</a>',
    );
  });

  it('is idempotent on its own output', () => {
    const out = clean('<p><object data="https://a.test/x"><p>fallback</p></object>after</p><table><tr><td>a</td></tr><div>b</div></table>');
    expect(findDangers(out)).toEqual([]);
    expect(clean(out)).toBe(out);
  });
});

describe('srcset parser', () => {
  it('follows the HTML spec for commas in URLs and descriptors', () => {
    expect(parseSrcset('a.jpg 1x,b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptors: ['1x'] },
      { url: 'b.jpg', descriptors: ['2x'] },
    ]);
    expect(parseSrcset('https://c.test/w_1,h_2/a.jpg 100w, b.jpg,, c.jpg')).toEqual([
      { url: 'https://c.test/w_1,h_2/a.jpg', descriptors: ['100w'] },
      { url: 'b.jpg', descriptors: [] },
      { url: 'c.jpg', descriptors: [] },
    ]);
  });
});
