// @vitest-environment jsdom
/**
 * sanitizeHtmlList: one DOMPurify run for many fragments must give exactly what sanitizing each
 * fragment alone gives, and fall back to that when a fragment breaks out of its wrapper.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../utils/sanitize/sanitize';
import { sanitizeHtmlList, sanitizeInOneRun } from '../../../utils/sanitize/batch';
import { findDangers } from '../../helpers/sanitize-dom-check';

const opts = { window, baseUrl: 'https://news.example.jp/articles/1.html' };
const vectors = (
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/xss/vectors.json'), 'utf8')) as {
    vectors: { html: string; baseUrl?: string | null }[];
  }
).vectors.filter((v) => v.baseUrl === undefined);

describe('sanitizeHtmlList', () => {
  it('matches sanitizing each fragment alone, over the whole vector set', () => {
    const html = vectors.map((v) => v.html);
    const alone = html.map((h) => sanitizeArticleHtml(h, opts));
    const listed = sanitizeHtmlList(html, opts);
    expect(listed).toHaveLength(html.length);
    expect(listed).toEqual(alone);
    for (const out of listed) expect(findDangers(out)).toEqual([]);
  });

  it('matches on disjoint blocks cut from a real page', () => {
    const page = readFileSync(resolve(process.cwd(), 'tests/fixtures/pages/parser-asahi/source.html'), 'utf8');
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const blocks = Array.from(doc.querySelectorAll('li')).slice(0, 60).map((el) => el.outerHTML);
    expect(blocks.length).toBeGreaterThan(20);
    const listed = sanitizeInOneRun(blocks, opts);
    expect(listed, 'one run splits back').not.toBeNull();
    expect(listed).toEqual(blocks.map((h) => sanitizeArticleHtml(h, opts)));
    expect(sanitizeHtmlList(blocks, opts)).toEqual(listed);
    for (const out of listed ?? []) expect(sanitizeArticleHtml(out, opts)).toBe(out);
  });

  it('falls back to one run each when a fragment closes or opens a wrapper', () => {
    const list = ['<p>a</p></div><div id="honbun-part-x-1"><img src=x onerror=alert(1)>', '<div><p>b', '<p>c</p>'];
    expect(sanitizeInOneRun(list, opts)).toBeNull();
    const listed = sanitizeHtmlList(list, opts);
    expect(listed).toEqual(list.map((h) => sanitizeArticleHtml(h, opts)));
    expect(listed[2]).toBe('<p>c</p>');
    for (const out of listed) expect(findDangers(out)).toEqual([]);
  });

  it('handles empty and single lists', () => {
    expect(sanitizeHtmlList([], opts)).toEqual([]);
    expect(sanitizeHtmlList(['<a href="/x">x</a>'], opts)).toEqual(['<a href="https://news.example.jp/x" rel="noopener noreferrer">x</a>']);
    expect(sanitizeHtmlList(['', '<p>x</p>'], opts)).toEqual(['', '<p>x</p>']);
  });

  it('fails closed like the single-fragment call', () => {
    expect(() => sanitizeHtmlList(['<p>a</p>', '<p>b</p>'], { window: {} as typeof window, baseUrl: null })).toThrow();
  });
});
