/**
 * The CLI's input stages in-process (no spawning): charset decoding on iconv-made fixtures
 * (tests/fixtures/cli/make-fixtures.sh), the not-HTML sniffer, the bounds pre-scan and the
 * Chromium-style depth flattening.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, findDeclaredCharset, normaliseCharset } from '../../../scripts/cli/decode';
import { sniffBytes, sniffText } from '../../../scripts/cli/sniff';
import { MAX_DEPTH, preScan } from '../../../scripts/cli/bounds';
import { flattenDeepHtml } from '../../../scripts/cli/flatten-depth';
import { loadDocument } from '../../../scripts/cli/load-document';

const DIR = resolve(process.cwd(), 'tests/fixtures/cli');
const read = (name: string): Uint8Array => readFileSync(resolve(DIR, name));

const JA = '東京都は、来週から都内の公園で新しい植樹計画を始める';
const ZH = '北京市今天举行城市绿化工作会议';
const KO = '서울시는 다음 주부터 시내 공원에';
const TW = '臺北市政府今天舉行城市綠化工作會議';

describe('decodeHtml', () => {
  it.each([
    ['shift-jis.html', 'shift_jis', 'declared', JA],
    ['euc-jp.html', 'euc-jp', 'declared', JA], // http-equiv form
    ['gb2312.html', 'gbk', 'declared', ZH], // gb2312 is read as GBK
    ['euc-kr.html', 'euc-kr', 'declared', KO],
    ['late-meta-shift-jis.html', 'shift_jis', 'declared', JA], // meta after byte 1024
    ['utf8-declared-shift-jis.html', 'utf-8', 'utf-8', JA], // wrong label, valid UTF-8 bytes
    ['wrong-declared-euc-jp.html', 'shift_jis', 'guess', JA], // says EUC-JP, is Shift_JIS
    ['undeclared-shift-jis.html', 'shift_jis', 'guess', JA],
    ['undeclared-euc-jp.html', 'euc-jp', 'guess', JA],
    ['undeclared-gbk.html', 'gbk', 'guess', ZH],
    ['undeclared-euc-kr.html', 'euc-kr', 'guess', KO],
    ['big5.html', 'big5', 'declared', TW],
    ['undeclared-big5.html', 'big5', 'guess', TW],
    ['undeclared-iso-2022-jp.html', 'iso-2022-jp', 'guess', JA],
  ])('%s → %s (%s)', (file, encoding, how, sample) => {
    const d = decodeHtml(read(file));
    expect(d.encoding).toBe(encoding);
    expect(d.how).toBe(how);
    expect(d.failed).toBe(false);
    expect(d.text).toContain(sample);
  });

  it('finds the declaration after 1024 bytes of head but not in comments or the body', () => {
    expect(findDeclaredCharset(read('late-meta-shift-jis.html'))).toBe('shift_jis');
    const enc = new TextEncoder();
    expect(findDeclaredCharset(enc.encode('<head><!-- <meta charset="euc-jp"> --></head>'))).toBeNull();
    // in the body: ignored, unless within the first 1024 bytes (the browsers' prescan window)
    expect(findDeclaredCharset(enc.encode('<head></head><body><meta charset="euc-jp">'))).toBe('euc-jp');
    const late = '<head></head><body>' + '<p>filler</p>'.repeat(100) + '<meta charset="euc-jp">';
    expect(findDeclaredCharset(enc.encode(late))).toBeNull();
  });

  it('maps labels like a browser', () => {
    expect(normaliseCharset('GB2312')).toBe('gbk');
    expect(normaliseCharset('x-sjis')).toBe('shift_jis');
    expect(normaliseCharset('UTF-16')).toBe('utf-8');
    expect(normaliseCharset('iso-8859-1')).toBe('windows-1252');
    expect(normaliseCharset('no-such-charset')).toBeNull();
  });

  it('honours a BOM over a declaration, keeps a few stray bytes, falls back to windows-1252', () => {
    const body = new TextEncoder().encode('<meta charset="shift_jis"><p>東京</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...body])).text).toContain('東京');
    // UTF-8 page with one stray byte: still UTF-8 (lossy), not a CJK misreading
    const para = '<p>' + 'こんにちは、世界。'.repeat(30) + '</p>';
    const stray = new Uint8Array([...new TextEncoder().encode(para), 0xff, ...new TextEncoder().encode(para)]);
    const d = decodeHtml(stray);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('こんにちは');
    // Latin-1 bytes without a declaration: é = 0xE9
    const latin = decodeHtml(new Uint8Array([...new TextEncoder().encode('<p>caf'), 0xe9, 0x3c, 0x2f, 0x70, 0x3e]));
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.text).toContain('café');
  });
});

describe('sniff', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('refuses empty, binary and non-HTML input', () => {
    expect(sniffBytes(new Uint8Array())?.code).toBe('empty-input');
    expect(sniffBytes(bytes(' \n\t '))?.code).toBe('empty-input');
    expect(sniffBytes(bytes('%PDF-1.7\n'))?.code).toBe('not-html');
    expect(sniffBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))?.code).toBe('not-html');
    expect(sniffBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01])))?.toMatchObject({ code: 'not-html' });
    expect(sniffText('{"title": "<b>x</b>"}')?.code).toBe('not-html');
    expect(sniffText('just words, no markup')?.code).toBe('not-html');
    expect(sniffText('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')?.code).toBe('not-html');
    expect(sniffText('<rss version="2.0"><channel><title>x</title></channel></rss>')?.code).toBe('not-html');
  });
  it('accepts HTML, including fragments and XHTML', () => {
    expect(sniffBytes(bytes('<p>hi</p>'))).toBeNull();
    expect(sniffText('<p>hi</p>')).toBeNull();
    expect(sniffText('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>')).toBeNull();
  });
});

describe('loadDocument', () => {
  it('retries without styles when the jsdom constructor throws on invalid CSS', () => {
    const html = '<title>Styled</title><style>a{width:calc(}</style><p style="color:red">body text</p>';
    const loaded = loadDocument(new TextEncoder().encode(html), null);
    try {
      expect(loaded.error).toBeNull();
      expect(loaded.stylesStripped).toBe(true);
      expect(loaded.document!.title).toBe('Styled');
      expect(loaded.document!.body.textContent).toContain('body text');
    } finally {
      loaded.close();
    }
  });

  it('resolves links against the given URL, else the page canonical, else leaves them relative', () => {
    const html = '<link rel="canonical" href="https://news.example/a/1"><p><a href="/b">b</a></p>';
    const bytes = new TextEncoder().encode(html);
    const href = (url: string | null) => {
      const l = loadDocument(bytes, url);
      try {
        return l.document!.querySelector('a')!.href;
      } finally {
        l.close();
      }
    };
    expect(href('https://given.example/x')).toBe('https://given.example/b');
    expect(href(null)).toBe('https://news.example/b');
    const bare = loadDocument(new TextEncoder().encode('<p><a href="/b">b</a></p>'), null);
    expect(bare.baseUrl).toBe('about:blank');
    bare.close();
  });

  it('decode-failed only when nothing decodes cleanly, and still parses the page', () => {
    // 0x81 + space: invalid in UTF-8 and every CJK encoding, unassigned in windows-1252
    const bytes = new Uint8Array([...new TextEncoder().encode('<title>T</title><p>a'), 0x81, 0x20, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(decodeHtml(bytes).failed).toBe(true);
    const l = loadDocument(bytes, null);
    expect(l.error?.code).toBe('decode-failed');
    expect(l.document!.title).toBe('T');
    l.close();
  });

  it('refuses before building a DOM', () => {
    expect(loadDocument(new Uint8Array(), null).error?.code).toBe('empty-input');
    const big = loadDocument(new TextEncoder().encode('<i>x</i>'.repeat(100_001)), null);
    expect(big.error?.code).toBe('too-large');
    expect(big.document).toBeNull();
  });
});

describe('bounds and flattening', () => {
  it('counts tags, skipping script contents and comments, and stops past the limit', () => {
    const s = preScan('<div><p>a</p><script>if (a<b) x()</script><!-- <i> --><br></div>');
    expect(s).toEqual({ elements: 4, depth: 1, overLimit: false });
    expect(preScan('<b>x</b>'.repeat(100_001)).overLimit).toBe(true);
  });

  it('flattens 10,000-deep nesting to at most 512 levels and keeps the text', () => {
    const html = '<title>Deep</title>' + '<div class="d">'.repeat(10_000) + '<p>deep text</p>' + '</div>'.repeat(10_000);
    expect(preScan(html).depth).toBeGreaterThan(MAX_DEPTH);
    const flat = flattenDeepHtml(html);
    const loaded = loadDocument(new TextEncoder().encode(html), null);
    try {
      expect(loaded.flattened).toBe(true);
      expect(loaded.error).toBeNull();
      let depth = 0;
      for (let el = loaded.document!.body as Element | null; el?.firstElementChild; el = el.firstElementChild) depth++;
      expect(depth).toBeLessThanOrEqual(MAX_DEPTH);
      expect(loaded.document!.body.textContent).toContain('deep text');
      expect(() => loaded.document!.body.cloneNode(true)).not.toThrow();
    } finally {
      loaded.close();
    }
    expect(flat).toContain('deep text');
  });
});

describe('result lines', () => {
  it('keep exactly the contract fields, strip removed[].html, escape line separators', async () => {
    const { fromPipeline, toJsonLine } = await import('../../../scripts/cli/result');
    const r = fromPipeline(
      'x',
      {
        isArticle: true,
        text: 'a\u2028b',
        removed: [{ category: 'ads', rule: 'r1', text: 't', html: '<div>t</div>' }],
        extra: 1,
      } as never,
      12.345,
      3.21,
      null,
    );
    expect(r.removed).toEqual([{ category: 'ads', rule: 'r1', text: 't' }]);
    expect('extra' in r).toBe(false);
    expect(r.ms).toBe(12.3);
    const line = toJsonLine(r);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\u2028\u2029\u0085]/);
    expect(JSON.parse(line).text).toBe('a\u2028b');
    // an error always means isArticle false
    expect(fromPipeline(null, { isArticle: true }, 1, 1, { code: 'decode-failed', message: 'm' }).isArticle).toBe(false);
  });
});
