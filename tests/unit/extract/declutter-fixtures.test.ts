/**
 * Declutter on real pages: every labelled page in tests/fixtures/pages/ (must_have kept,
 * must_not gone, categories right) and the synthetic pages in tests/fixtures/declutter/
 * (data-expect / data-keep labels), plus the meta-test: every rule id in the rule table is
 * exercised by at least one fixture. Each page is parsed once (jsdom, node environment: we
 * build our own JSDOM instances).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { beforeAll, describe, expect, it } from 'vitest';
import { declutter } from '../../../utils/extract/declutter';
import { ALL_RULE_IDS, HEADING_RULES, SELECTOR_RULES } from '../../../utils/extract/declutter/rules';
import { CATEGORIES, type Removal } from '../../../utils/extract/types';
import { listPageFixtures, loadPageFixture, normaliseForMatch, type PageFixture, decodedPage } from '../../helpers/fixtures';

const SYNTHETIC_DIR = resolve(process.cwd(), 'tests/fixtures/declutter');

/**
 * must_not strings the pre phase leaves on the whole page, with the reason; the test checks
 * that Readability + the post phase still drop them (the pipeline's final text is clean).
 */
const PRE_LEAK_ALLOWED: Record<string, Record<string, string>> = {
  'parser-getnews': {
    '記事内の筆者見解は明示のない限りガジェット通信を代表するものではありません。':
      'a one-line disclaimer list (ul.supplement) below the author box: no heading, no links, no telling class',
  },
  'trafilatura-banyuetan': {
    '理论应该怎么讲？看看这些年轻人……': 'a two-link sidebar box without heading or class words (too small for a link list)',
  },
};

/** The seed page's traps, the same in both of its markups. */
const SEED_CATEGORIES: Record<string, string[]> = {
  メインメニューへスキップ: ['navigation'],
  無理っぽく感じるが: ['comments'],
  ランキング: ['ranking'],
  こんな記事も読まれています: ['related', 'recommended'],
  おすすめニュース: ['recommended'],
  ルーヴル美術館: ['trending'],
  Facebookでシェア: ['share'],
  個人情報保護方針: ['footer', 'navigation'],
};

/** Expected categories of the removal holding a must_not string (seed traps and news pages). */
const CATEGORY_OF: Record<string, Record<string, string[]>> = {
  'seed-us-russia-talks': SEED_CATEGORIES,
  'seed-us-russia-talks-dense': SEED_CATEGORIES,
  'trafilatura-kbs-world': { 'Most Viewed News': ['ranking'], 'This website uses cookies': ['other'] },
  'parser-itmedia': { アクセストップ10: ['ranking'], 口コミランキングトップ5: ['ranking'] },
  'trafilatura-japantimes': { 'Do masks offer protection from new coronavirus?': ['related'] },
  'parser-infoq-jp': { コミュニティコメント: ['comments'] },
  'parser-weekly-ascii': { この記事の編集者は以下の記事をオススメしています: ['recommended'] },
  'trafilatura-banyuetan': { 要闻top10: ['ranking'], 热门推荐: ['recommended'] },
  'parser-mynavi': { 編集部が選ぶ関連記事: ['related'] },
  'parser-buzzap': { 本日の人気記事ランキング: ['ranking'] },
  'parser-zdnet-japan': { カテゴリーランキング: ['ranking'], ホワイトペーパーランキング: ['ranking'] },
  'parser-publickey': { 'IT系の雑誌編集者、オンラインメディア発行人を経て独立。': ['author-bio'] },
  'parser-yomiuri': { 'ＴＰＸ　ＩＭＡＧＥＳ': ['other'] },
};

interface PageRun {
  fixture: PageFixture;
  removals: Removal[];
  body: string;
  doc: Document;
}

/** Stamps each element with its document position, so a removal's html tells where it was. */
function stampOrder(doc: Document): void {
  Array.from(doc.body.querySelectorAll('*')).forEach((e, i) => e.setAttribute('data-o', String(i)));
}

function orderOf(html: string): number {
  return Number(/data-o="(\d+)"/.exec(html)?.[1] ?? NaN);
}

function runPage(name: string): PageRun {
  const fixture = loadPageFixture(name);
  const doc = new JSDOM(decodedPage(fixture)).window.document;
  stampOrder(doc);
  const removals = declutter(doc, { phase: 'pre', title: fixture.expected.title ?? null, lang: fixture.expected.lang ?? null });
  return { fixture, removals, doc, body: normaliseForMatch(doc.body.textContent ?? '') };
}

interface SyntheticRun {
  name: string;
  doc: Document;
  root: Element;
  removals: Removal[];
  expects: { label: string; text: string }[];
  keeps: string[];
}

function runSynthetic(file: string): SyntheticRun {
  const doc = new JSDOM(readFileSync(resolve(SYNTHETIC_DIR, file), 'utf8')).window.document;
  const meta = (n: string) => doc.querySelector(`meta[name="${n}"]`)?.getAttribute('content') ?? null;
  const phase = meta('declutter-phase') === 'post' ? 'post' : 'pre';
  const root = phase === 'post' ? doc.querySelector('[data-root]')! : doc.body;
  const expects = Array.from(doc.querySelectorAll('[data-expect]')).map((e) => ({
    label: e.getAttribute('data-expect')!,
    text: normaliseForMatch(e.textContent ?? ''),
  }));
  const keeps = Array.from(doc.querySelectorAll('[data-keep]')).map((e) => normaliseForMatch(e.textContent ?? ''));
  const removals = declutter(phase === 'post' ? root : doc, { phase, title: meta('declutter-title'), lang: null });
  return { name: file, doc, root, removals, expects, keeps };
}

const PAGES = listPageFixtures();
const SYNTHETIC = readdirSync(SYNTHETIC_DIR).filter((f) => f.endsWith('.html')).sort();
const pages = new Map<string, PageRun>();
const synthetic = new Map<string, SyntheticRun>();

beforeAll(() => {
  for (const name of PAGES) pages.set(name, runPage(name));
  for (const file of SYNTHETIC) synthetic.set(file, runSynthetic(file));
});

describe('declutter (pre) on the labelled pages', () => {
  it('has the pages to test', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(27);
  });

  it.each(PAGES)('%s: keeps every must_have and removes every must_not', (name) => {
    const run = pages.get(name)!;
    const allowed = PRE_LEAK_ALLOWED[name] ?? {};
    for (const s of run.fixture.expected.must_have ?? []) {
      expect(run.body, `must_have lost: ${s}`).toContain(normaliseForMatch(s));
    }
    for (const s of run.fixture.expected.must_not ?? []) {
      if (s in allowed) continue;
      expect(run.body, `must_not left: ${s}`).not.toContain(normaliseForMatch(s));
    }
  });

  it.each(Object.keys(PRE_LEAK_ALLOWED))('%s: what pre leaves, Readability + post drop', (name) => {
    const run = pages.get(name)!;
    const article = new Readability(run.doc.cloneNode(true) as Document).parse();
    const root = new JSDOM('').window.document.createElement('div');
    root.append(...Array.from(new JSDOM(article?.content ?? '').window.document.body.childNodes));
    declutter(root, { phase: 'post', title: run.fixture.expected.title ?? null, lang: null });
    const text = normaliseForMatch(root.textContent ?? '');
    for (const s of Object.keys(PRE_LEAK_ALLOWED[name])) expect(text).not.toContain(normaliseForMatch(s));
    for (const s of run.fixture.expected.must_have ?? []) expect(text).toContain(normaliseForMatch(s));
  });

  it.each(Object.keys(CATEGORY_OF))('%s: records clutter under the right category', (name) => {
    const run = pages.get(name)!;
    for (const [needle, cats] of Object.entries(CATEGORY_OF[name])) {
      const n = normaliseForMatch(needle);
      const hit = run.removals.find((r) => normaliseForMatch(r.text).includes(n));
      expect(hit, `no removal holds ${needle}`).toBeDefined();
      expect(cats, `${needle} recorded as ${hit!.category}:${hit!.rule}`).toContain(hit!.category);
    }
  });

  it('records ads on both seed markups', () => {
    for (const name of ['seed-us-russia-talks', 'seed-us-russia-talks-dense']) {
      expect(pages.get(name)!.removals.some((r) => r.category === 'ads')).toBe(true);
    }
  });

  it.each(PAGES)('%s: removals are well-formed and in document order', (name) => {
    const run = pages.get(name)!;
    expect(run.removals.length).toBeGreaterThan(0);
    for (const r of run.removals) {
      expect(CATEGORIES).toContain(r.category);
      expect(ALL_RULE_IDS).toContain(r.rule);
      expect(r.html).toMatch(/^</);
      expect(r.text).toBe(r.text.replace(/\s+/g, ' ').trim());
    }
    const order = run.removals.map((r) => orderOf(r.html!));
    expect(order.every((n) => Number.isInteger(n))).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('declutter on the synthetic pages', () => {
  it.each(SYNTHETIC)('%s: removes each labelled block with its rule and keeps the body', (file) => {
    const run = synthetic.get(file)!;
    const left = normaliseForMatch(run.root.textContent ?? '');
    expect(run.expects.length).toBeGreaterThan(0);
    for (const { label, text } of run.expects) {
      const [category, rule] = label.split(':');
      expect(left, `${label} left on the page`).not.toContain(text);
      const hit = run.removals.find((r) => normaliseForMatch(r.text).includes(text) || r.html!.includes(`data-expect="${label}"`));
      expect(hit, `no removal for ${label}`).toBeDefined();
      expect(`${hit!.category}:${hit!.rule}`).toBe(`${category}:${rule}`);
    }
    for (const k of run.keeps) expect(left, 'main content removed').toContain(k);
  });
});

describe('the rule table', () => {
  it('has unique ids with valid categories', () => {
    expect(new Set(ALL_RULE_IDS).size).toBe(ALL_RULE_IDS.length);
    for (const r of [...SELECTOR_RULES, ...HEADING_RULES]) expect(CATEGORIES).toContain(r.category);
  });

  it('matches headings in Japanese, English, Chinese, Korean, German, Spanish and French (and Polish, Portuguese, Italian where seen)', () => {
    const core = ['de', 'en', 'es', 'fr', 'ja', 'ko', 'zh'];
    for (const r of HEADING_RULES) {
      const langs = Object.keys(r.phrases);
      expect(core.filter((l) => !langs.includes(l)), r.id).toEqual([]);
    }
  });

  it('has every rule exercised by at least one fixture (meta-test)', () => {
    const seen = new Set<string>();
    for (const run of pages.values()) for (const r of run.removals) seen.add(r.rule);
    for (const run of synthetic.values()) for (const r of run.removals) seen.add(r.rule);
    const unexercised = ALL_RULE_IDS.filter((id) => !seen.has(id));
    expect(unexercised, 'rules without a fixture').toEqual([]);
  });
});
