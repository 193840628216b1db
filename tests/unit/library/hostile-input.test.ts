/**
 * Issue #12's library findings, each with the test that failed on the code before the fix:
 *  - "Also": the background accepted library:save and library:import from any content script
 *    and stored the HTML as given;
 *  - F7: a page's rel=canonical naming another article on the same host overwrote it;
 *  - F3: an imported record with an out-of-range date, a javascript: link, a __proto__ source
 *    kind or a 30 MB title went into storage as it was.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { registerLibrary } from '../../../utils/library/background';
import { setDomRunner } from '../../../utils/library/dom-host';
import { applySave } from '../../../utils/library/write';
import { loadArticle, loadIndex } from '../../../utils/library/read';
import { checkImport } from '../../../utils/library/import';
import { buildExport } from '../../../utils/library/export';
import { buildRecord } from '../../../utils/library/record';
import { articleIdFor } from '../../../utils/library/ids';
import { sanitizeArticleHtml } from '../../../utils/sanitize/sanitize';
import { payload, realisticStorage } from '../../helpers/library';
import { contentScript, domInJsdom, libraryPageSender, popupSender, sendAs } from './background-harness';

beforeEach(() => {
  realisticStorage();
  domInJsdom();
  registerLibrary();
});
afterEach(() => setDomRunner(null));

const HOSTILE = '<p data-p="0">本文<script>alert(1)</script><img src="https://x.example/a.jpg" onerror="alert(2)"><a href="javascript:alert(3)">link</a></p>';

describe('who may write (issue #12 "Also")', () => {
  test('a content script may save only its own page, from the top frame', async () => {
    const p = payload('https://news.example.jp/a');
    expect(await sendAs({ type: 'library:save', article: p }, contentScript('https://evil.example/page'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await sendAs({ type: 'library:save', article: p }, contentScript('https://news.example.jp/a', { frameId: 3 }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await sendAs({ type: 'library:save', article: p }, { ...contentScript('https://news.example.jp/a'), id: 'another-extension' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await loadIndex()).toHaveLength(0);
    expect(await sendAs({ type: 'library:save', article: p }, contentScript('https://news.example.jp/a#top'))).toMatchObject({ ok: true });
  });

  test('only the extension’s pages may import, delete or mark read', async () => {
    const r = await applySave(payload('https://news.example.jp/kept'), 1_700_000_000_000);
    if (!r.ok) throw new Error(r.message);
    const page = contentScript('https://news.example.jp/kept');
    for (const msg of [
      { type: 'library:import', records: [buildRecord(payload('https://news.example.jp/forged'), 1_700_000_000_000)], read: [false] },
      { type: 'library:delete', id: r.id },
      { type: 'library:mark-read', id: r.id, read: true },
      { type: 'library:save-tab', tabId: 1, snapshot: null, incognito: false },
    ]) {
      expect(await sendAs(msg, page)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect((await loadIndex()).map((e) => [e.id, e.read])).toEqual([[r.id, false]]);
  });

  test('the HTML is sanitized at the writer: a save and an import with <script>, handlers and javascript: store none of them', async () => {
    const s = await sendAs<{ ok: true; id: string }>({ type: 'library:save', article: payload('https://news.example.jp/h', { html: HOSTILE, pages: [{ url: 'https://news.example.jp/h_2', html: HOSTILE }] }) }, contentScript('https://news.example.jp/h'));
    expect(s.ok).toBe(true);
    const rec = await loadArticle(s.id);
    expect(rec?.html).toContain('本文');
    for (const h of [rec!.html, rec!.pages![0].html]) expect(h).not.toMatch(/<script|onerror|javascript:/i);
    const forged = { ...buildRecord(payload('https://news.example.jp/i'), 1_700_000_000_000), html: HOSTILE };
    expect(await sendAs({ type: 'library:import', records: [forged], read: [false] }, libraryPageSender)).toMatchObject({ ok: true, added: 1 });
    expect((await loadArticle(forged.id))?.html).not.toMatch(/<script|onerror|javascript:/i);
  });
});

describe('a canonical cannot overwrite another article (issue #12 F7)', () => {
  test('a page naming another page of the same host as canonical gets its own entry', async () => {
    const alice = await sendAs<{ ok: true; id: string }>({ type: 'library:save', article: payload('https://note.com/alice/n/n111', { title: 'Alice’s essay', text: 'Alice' }) }, popupSender);
    const mallory = await sendAs<{ ok: true; id: string; created: boolean }>(
      { type: 'library:save', article: payload('https://note.com/mallory/n/n222', { title: 'Forged', text: 'Mallory', canonicalUrl: 'https://note.com/alice/n/n111' }) },
      contentScript('https://note.com/mallory/n/n222'),
    );
    expect(mallory).toMatchObject({ ok: true, created: true });
    expect(mallory.id).not.toBe(alice.id);
    expect(await loadArticle(alice.id)).toMatchObject({ title: 'Alice’s essay', text: 'Alice' });
    expect(await loadIndex()).toHaveLength(2);
  });

  test('page 2 naming page 1 as canonical is saved under page 1', async () => {
    const r = await sendAs<{ ok: true; id: string }>(
      { type: 'library:save', article: payload('https://www.itmedia.co.jp/a/news089_2.html', { canonicalUrl: 'https://www.itmedia.co.jp/a/news089.html' }) },
      popupSender,
    );
    expect(r.id).toBe(articleIdFor('https://www.itmedia.co.jp/a/news089.html'));
  });
});

describe('imported fields are checked against the schema (issue #12 F3)', () => {
  const { window } = new JSDOM('');
  const sanitize = (html: string, baseUrl: string) => sanitizeArticleHtml(html, { window: window as unknown as Window & typeof globalThis, baseUrl });
  const base = () => ({ ...buildRecord(payload('https://news.example.jp/f3'), 1_700_000_000_000), read: false, position: 0 });
  const check = (over: Record<string, unknown>) => {
    const c = checkImport(JSON.stringify(buildExport([{ ...base(), ...over } as never])), sanitize, 1_800_000_000_000);
    if (!c.ok) throw new Error(c.error);
    return c;
  };

  test('a date no Date can hold (8640000000000001) or before 1990 is refused; updatedAt before savedAt is mended', () => {
    expect(check({ savedAt: 8640000000000001 }).rejected[0]).toMatch(/savedAt/);
    expect(check({ savedAt: 5 }).rejected[0]).toMatch(/savedAt/);
    expect(check({ savedAt: Number.MAX_VALUE }).rejected[0]).toMatch(/savedAt/);
    expect(check({ updatedAt: 8640000000000001 }).articles[0].record.updatedAt).toBe(1_700_000_000_000);
  });

  test('links are http(s) only: nextPage javascript: is dropped, pageUrl data: falls back to the URL', () => {
    const r = check({ nextPage: 'javascript:alert(1)', pageUrl: 'data:text/html,x', leadImage: 'javascript:x' }).articles[0].record;
    expect(r.nextPage).toBeNull();
    expect(r.pageUrl).toBe('https://news.example.jp/f3');
    expect(r.leadImage).toBeUndefined();
    expect(check({ nextPage: 'https://news.example.jp/f3_2' }).articles[0].record.nextPage).toBe('https://news.example.jp/f3_2');
  });

  test('source kinds from the fixed list only (a __proto__ kind crashed the panel), quotes and removals rebuilt', () => {
    const r = check({
      sources: [{ name: 'Kyodo', kind: '__proto__', mentions: 1, paragraphs: [0] }, { name: 'NHK', kind: 'broadcaster', mentions: 2, paragraphs: ['x', 1] }, { kind: 'other' }],
      removed: [{ category: 'constructor', rule: 'r', text: 't' }, { category: 'ranking', rule: 'rank', text: 'アクセスランキング' }],
    }).articles[0].record;
    expect(r.sources).toEqual([
      { name: 'Kyodo', kind: 'other', mentions: 1, paragraphs: [0] },
      { name: 'NHK', kind: 'broadcaster', mentions: 2, paragraphs: [1] },
    ]);
    expect(r.removed).toEqual([{ category: 'ranking', rule: 'rank', text: 'アクセスランキング' }]);
  });

  test('title and byline are capped at 1,000 characters, text at 2 MB, and marked capped', () => {
    const r = check({ title: 'あ'.repeat(30_000_000 / 100), byline: 'b'.repeat(5_000), text: 't'.repeat(3 * 1024 * 1024) }).articles[0].record;
    expect(r.title).toHaveLength(1_000);
    expect(r.byline).toHaveLength(1_000);
    expect(r.text).toHaveLength(2 * 1024 * 1024);
    expect(r.capped).toBe(true);
  });

  test('dates and languages that are not dates or languages become null', () => {
    const r = check({ publishedTime: 'yesterday <b>', lang: 'ja"><script>', dir: 'sideways', readingMinutes: -3 }).articles[0].record;
    expect(r).toMatchObject({ publishedTime: null, lang: null, dir: null, readingMinutes: null });
  });
});
