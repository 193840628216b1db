// @vitest-environment jsdom
/**
 * Photos of saved articles (issue #13): which are kept (never a tracking pixel, declared or
 * decoded, never a beacon host), the 30-image and 8 MB limits, re-encoding above 1,600 px, and
 * a quota error that keeps the text and says so. Fetching and decoding run against fakes here;
 * the real browser path is covered end to end (tests/e2e/library-photos.test.ts).
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { collectImages, isTrackingPixel } from '../../../utils/library/image-candidates';
import { fetchArticleImages } from '../../../utils/library/image-save';
import type { ImageCodec } from '../../../utils/library/image-fetch';
import { MAX_ARTICLE_BYTES, MAX_IMAGES, MAX_WIDTH } from '../../../utils/library/image-limits';
import { applySave, purgeTombstones, applyDelete, type ImageStore } from '../../../utils/library/write';
import { loadArticle } from '../../../utils/library/read';
import { TOMBSTONE_TTL_MS } from '../../../utils/library/schema';
import { payload, realisticStorage } from '../../helpers/library';
import { sanitizeArticleHtml } from '../../../utils/sanitize/sanitize';

const win = window as Window & typeof globalThis;

describe('which photos Save keeps', () => {
  test('every photo of every page in reading order, once; no tracking pixels; the lead picture too', () => {
    const { candidates, trackers } = collectImages(
      [
        '<figure><img src="https://cdn.example.jp/a.jpg" width="640" height="360" alt="A"></figure><img src="https://cdn.example.jp/pixel.gif" width="2" height="2"><img src="https://www.facebook.com/tr?id=1&ev=PageView">',
        '<p><img src="https://cdn.example.jp/b.jpg"></p><img src="https://cdn.example.jp/a.jpg"><img src="https://secure-us.imrworldwide.com/cgi-bin/m?ci=x">',
      ],
      'https://cdn.example.jp/og.jpg',
      win,
    );
    expect(candidates.map((c) => c.url)).toEqual(['https://cdn.example.jp/a.jpg', 'https://cdn.example.jp/b.jpg', 'https://cdn.example.jp/og.jpg']);
    expect(candidates[2].lead).toBe(true);
    expect(trackers).toEqual(['https://cdn.example.jp/pixel.gif', 'https://www.facebook.com/tr?id=1&ev=PageView', 'https://secure-us.imrworldwide.com/cgi-bin/m?ci=x']);
  });

  test('an <img src=""> (新华网 keeps one in its chrome) is no image of the page itself', () => {
    const html = sanitizeArticleHtml('<p>本文</p><div><img src="" /></div>', { window: win, baseUrl: 'http://www.xinhuanet.com/local/2020-02/19/c_1125597921_3.htm' });
    expect(html).not.toContain('<img');
    expect(collectImages([html], null, win).candidates).toEqual([]);
  });

  test('2×2 px or less, declared, is a tracking pixel; a photo with one small side declared is not', () => {
    expect(isTrackingPixel('https://x.jp/a.gif', 2, 2)).toBe(true);
    expect(isTrackingPixel('https://x.jp/a.gif', 1, null)).toBe(true);
    expect(isTrackingPixel('https://x.jp/a.jpg', 2, 300)).toBe(false);
    expect(isTrackingPixel('https://x.jp/a.jpg', null, null)).toBe(false);
  });
});

/** A fake codec: the "decoded size" is written in the bytes as "WxH"; encoding records the size. */
const codec: ImageCodec & { encoded: [number, number][] } = {
  encoded: [],
  async decode(blob) {
    const m = /^(\d+)x(\d+)/.exec(await blob.text());
    if (!m) throw new Error('not an image');
    return { width: Number(m[1]), height: Number(m[2]), bitmap: { close() {} } as ImageBitmap };
  },
  async encode(_bitmap, width, height) {
    this.encoded.push([width, height]);
    return new Blob([`${width}x${height} webp`], { type: 'image/webp' });
  },
};

function imageSite(files: Record<string, { body: string; type?: string }>) {
  const asked: string[] = [];
  const fetch = (async (u: string | URL, init?: RequestInit) => {
    asked.push(String(u));
    expect(init?.credentials).toBe('omit');
    const f = files[String(u)];
    if (!f) return new Response('nope', { status: 404 });
    return new Response(f.body, { headers: { 'content-type': f.type ?? 'image/jpeg' } });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const cand = (url: string) => ({ url, width: null, height: null });

describe('fetching the photos', () => {
  beforeEach(() => (codec.encoded = []));

  test('wider than 1,600 px: re-encoded down; a decoded 1×1 is a tracker, not stored; a non-image is refused', async () => {
    const site = imageSite({
      'https://c.jp/wide.jpg': { body: '3200x1800 jpeg' },
      'https://c.jp/ok.jpg': { body: '800x600 jpeg' },
      'https://c.jp/t.gif': { body: '1x1 gif', type: 'image/gif' },
      'https://c.jp/page.html': { body: '<html>', type: 'text/html' },
    });
    const r = await fetchArticleImages(['wide.jpg', 'ok.jpg', 't.gif', 'page.html', 'gone.jpg'].map((f) => cand(`https://c.jp/${f}`)), [], { fetch: site.fetch, codec });
    expect(r.images.map((i) => [i.url, i.width, i.height])).toEqual([
      ['https://c.jp/wide.jpg', MAX_WIDTH, 900],
      ['https://c.jp/ok.jpg', 800, 600],
    ]);
    expect(codec.encoded).toEqual([[1600, 900]]);
    expect(r.images[0].blob.type).toBe('image/webp');
    expect(r.infos.map((i) => [i.stored, i.reason])).toEqual([
      [true, undefined],
      [true, undefined],
      [false, 'tracker'],
      [false, 'not-image'],
      [false, 'failed'],
    ]);
  });

  test('at most 30 photos and 8 MB: the first ones in reading order are kept; trackers are never fetched', async () => {
    const big = `1000x800 ${'x'.repeat(3 * 1024 * 1024)}`;
    const files = Object.fromEntries(Array.from({ length: 35 }, (_, i) => [`https://c.jp/${i}.jpg`, { body: i < 4 ? big : '640x480 jpeg' }]));
    const site = imageSite(files);
    const r = await fetchArticleImages(Object.keys(files).map(cand), ['https://c.jp/pixel.gif'], { fetch: site.fetch, codec });
    expect(site.asked).toHaveLength(MAX_IMAGES);
    expect(site.asked).not.toContain('https://c.jp/pixel.gif');
    expect(r.images.reduce((n, i) => n + i.blob.size, 0)).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    expect(r.infos.slice(0, 2).every((i) => i.stored)).toBe(true);
    expect(r.infos.filter((i) => i.reason === 'budget').length).toBe(2);
    expect(r.infos.filter((i) => i.reason === 'count')).toHaveLength(5);
    expect(r.infos.at(-1)).toEqual({ url: 'https://c.jp/pixel.gif', stored: false, reason: 'tracker' });
  });
});

describe('storing them', () => {
  beforeEach(() => realisticStorage());

  const saved = {
    images: [{ url: 'https://c.jp/a.jpg', blob: new Blob(['x']), width: 800, height: 600 }],
    infos: [
      { url: 'https://c.jp/a.jpg', stored: true, bytes: 1, width: 800, height: 600 },
      { url: 'https://c.jp/t.gif', stored: false, reason: 'tracker' as const },
    ],
  };

  test('a quota error: the text is saved, the photos are marked not saved, and the answer says why', async () => {
    const full: ImageStore = {
      put: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      remove: async () => undefined,
    };
    const r = await applySave(payload('https://news.example.jp/photo', { text: '本文は保存される' }), Date.now(), saved, full);
    expect(r).toMatchObject({ ok: true, images: { stored: 0, total: 1, quota: true } });
    if (!r.ok) return;
    const rec = await loadArticle(r.id);
    expect(rec?.text).toBe('本文は保存される');
    expect(rec?.images).toEqual([
      { url: 'https://c.jp/a.jpg', stored: false, reason: 'quota' },
      { url: 'https://c.jp/t.gif', stored: false, reason: 'tracker' },
    ]);
  });

  test('stored photos are listed in the record; deleting the article deletes them', async () => {
    const puts: string[] = [];
    const removed: string[][] = [];
    const store: ImageStore = { put: async (id) => void puts.push(id), remove: async (ids) => void removed.push(ids) };
    const r = await applySave(payload('https://news.example.jp/photo2'), 1_700_000_000_000, saved, store);
    if (!r.ok) throw new Error(r.message);
    expect(puts).toEqual([r.id]);
    expect((await loadArticle(r.id))?.images?.[0]).toMatchObject({ stored: true });
    await applyDelete(r.id, 1_700_000_000_000);
    await purgeTombstones(1_700_000_000_000 + TOMBSTONE_TTL_MS + 1, store);
    expect(removed).toEqual([[r.id]]);
  });
});
