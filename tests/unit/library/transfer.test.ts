// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { checkImport } from '../../../utils/library/import';
import { buildExport, toMarkdown, toStandaloneHtml } from '../../../utils/library/export';
import { buildRecord } from '../../../utils/library/record';
import { sanitizeArticleHtml } from '../../../utils/sanitize/sanitize';
import { articleIdFor } from '../../../utils/library/ids';
import { payload } from '../../helpers/library';

const win = window as Window & typeof globalThis;
const sanitize = (html: string, baseUrl: string) => sanitizeArticleHtml(html, { window: win, baseUrl });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function exported(over: Record<string, unknown> = {}) {
  // stored HTML is always sanitizer output (saves come from the pipeline)
  const html = sanitize('<p data-p="0">本文 <a href="https://x.example/">リンク</a></p>', 'https://www.asahi.com/');
  const r = buildRecord(payload('https://www.asahi.com/articles/A1.html', { title: '受賞の記事', html, text: '本文' }), 1_700_000_000_000);
  return { ...r, read: true, position: 0.5, ...over };
}

test('an export round-trips through the import check unchanged (same id, fields, read state)', () => {
  const a = exported();
  const file = JSON.stringify(buildExport([a], 5));
  const check = checkImport(file, sanitize);
  if (!check.ok) throw new Error(check.error);
  expect(check.rejected).toEqual([]);
  const { read: _read, position: _position, ...record } = a;
  expect(check.articles).toEqual([{ record, read: true, images: [] }]);
});

test('whole-file problems refuse the file with a reason', () => {
  expect(checkImport('{"format":"honbun-library","version":1,"articles":[', sanitize)).toEqual({ ok: false, error: 'not a JSON file' });
  expect(checkImport('[]', sanitize)).toMatchObject({ ok: false, error: 'not a Honbun library export' });
  expect(checkImport('{"format":"honbun-library","version":2,"articles":[]}', sanitize)).toMatchObject({ ok: false, error: 'unsupported export version 2' });
  expect(checkImport('{"format":"honbun-library","version":1}', sanitize)).toMatchObject({ ok: false, error: 'no article list' });
});

test('hostile articles: HTML re-sanitized, id recomputed from the URL, prototype keys ignored, bad URLs rejected', () => {
  const evil = exported({
    id: '0000000000000000',
    html: '<p>ok<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a></p>',
    __proto__: { polluted: true },
    extra: 'dropped',
  });
  const bad = exported({ url: 'javascript:alert(1)' });
  const check = checkImport(JSON.stringify(buildExport([evil, bad])), sanitize);
  if (!check.ok) throw new Error(check.error);
  expect(check.articles).toHaveLength(1);
  const r = check.articles[0].record;
  expect(r.id).toBe(articleIdFor('https://www.asahi.com/articles/A1.html'));
  expect(r.html).toContain('ok');
  expect(r.html).not.toMatch(/<script|onerror|javascript:/i);
  expect(r).not.toHaveProperty('extra');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(check.rejected).toHaveLength(1);
  expect(check.rejected[0]).toMatch(/not a web URL/);
});

test('Markdown and standalone HTML exports carry the article and nothing executable', () => {
  const r = buildRecord(
    payload('https://example.jp/a', {
      title: 'Title <b>&',
      html: '<h2>見出し</h2><p>本文 <strong>強調</strong> <a href="https://example.jp/b">リンク</a></p><ul><li>一</li><li>二</li></ul>',
    }),
    1,
  );
  const md = toMarkdown(r, parse);
  // issue #12 "Also": the title is text, never raw HTML in the Markdown file (was '# Title <b>&')
  expect(md).toContain('# Title &lt;b&gt;&amp;');
  expect(md).not.toContain('<b>');
  expect(md).toContain('### 見出し');
  expect(md).toContain('本文 **強調** [リンク](<https://example.jp/b>)');
  expect(md).toContain('- 一\n- 二');
  const html = toStandaloneHtml(r);
  expect(html).toContain('<title>Title &#60;b&#62;&#38;</title>');
  expect(html).toContain("default-src 'none'");
  expect(html).toContain('<h2>見出し</h2>');
});
