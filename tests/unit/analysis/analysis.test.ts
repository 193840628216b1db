// @vitest-environment jsdom
/**
 * Source & quote analysis (issue #4). The seed page is the acceptance test; blocks come straight
 * from the page's <article> paragraphs (jsdom), so these tests do not depend on extraction.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/analysis';
import { quoteMatches, speakerMatches } from '../../../scripts/analysis/score';
import { loadPageFixture } from '../../helpers/fixtures';

interface SeedExpected {
  sources: { name: string; kind: string }[];
  quotes: { speaker: string; text: string; via?: string }[];
  not_quotes: string[];
}

function seedInput() {
  const page = loadPageFixture('seed-us-russia-talks');
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(page.bytes), 'text/html');
  const article = doc.querySelector('article')!;
  return {
    expected: page.expected as unknown as SeedExpected,
    input: {
      blocks: [...article.querySelectorAll('p')].map((p) => p.textContent!.trim()),
      captions: [...article.querySelectorAll('figcaption')].map((f) => f.textContent!.trim()),
      links: [],
      lang: 'ja',
    },
  };
}

describe('analyseArticle on the seed page', () => {
  const { expected, input } = seedInput();
  const result = analyseArticle(input);

  it('finds all six quotes with the right speakers and media, and nothing else', () => {
    expect(result.quotes).toHaveLength(expected.quotes.length);
    for (const want of expected.quotes) {
      const got = result.quotes.find((q) => quoteMatches(q.text, want.text));
      expect(got, want.text).toBeDefined();
      expect(got!.text).toBe(want.text); // outer 「」 stripped, inner 『』 kept
      expect(got!.speaker).toBe(want.speaker); // no titles, fullest form
      expect(got!.via).toBe(want.via ?? null);
      expect(input.blocks[got!.paragraph]).toContain(want.text);
    }
    for (const term of expected.not_quotes) expect(result.quotes.map((q) => q.text)).not.toContain(term);
    expect(result.quotes.map((q) => q.text)).not.toContain('紙の虎');
  });

  it('finds all six sources with their kinds; NPR only from the credit', () => {
    for (const want of expected.sources) {
      const got = result.sources.find((s) => s.name === want.name);
      expect(got, want.name).toBeDefined();
      expect(got!.kind).toBe(want.kind);
    }
    const npr = result.sources.find((s) => s.name === 'NPR')!;
    expect(npr.paragraphs).toEqual([]);
    expect(npr.mentions).toBe(2);
    const izv = result.sources.find((s) => s.name === 'イズベスチヤ')!;
    expect(izv.mentions).toBe(3);
    expect(izv.paragraphs).toEqual([0, 3, 6]);
    expect(result.anonymousSources).toBe(2);
  });
});

describe('analyseArticle patterns', () => {
  const run = (blocks: string[], lang = 'en', captions: string[] = []) => analyseArticle({ blocks, captions, links: [], lang });

  it('resolves 同氏 and expands a surname to the fullest form', () => {
    const r = run(
      ['日本政府のカズオ・ヤマダ報道官は10日、記者会見を開いた。', 'ヤマダ氏は「交渉は続ける」と述べた。同氏はさらに「期限は設けない」と強調した。'],
      'ja',
    );
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['カズオ・ヤマダ', '交渉は続ける'],
      ['カズオ・ヤマダ', '期限は設けない'],
    ]);
  });

  it('takes the speaker of a subject-less quote from the previous paragraph', () => {
    const r = run(['田中一郎社長は10日、都内で記者会見を開いた。', '「来年度は黒字化を目指す」と述べた。'], 'ja');
    expect(r.quotes.map((q) => [q.speaker, q.paragraph])).toEqual([['田中一郎', 1]]);
  });

  it('does not take names, titles of works or naming verbs for quotes', () => {
    const r = run(['同社は新サービス「ハコブネ」を発表した。映画「遠い空」が受賞し、専門家はこれを「奇跡」と呼んだ。'], 'ja');
    expect(r.quotes).toEqual([]);
  });

  it('reads English attributions before, after and inverted, and continuation paragraphs', () => {
    const r = run([
      'Foreign Secretary Jane Doe spoke to reporters on Monday.',
      '"We will not back down," Doe told Reuters. "This decision is final." "No."',
      '"Nothing has changed at all," said White House Press Secretary John Roe.',
      'He added: "The talks are over for now."',
      'Critics called it "a disaster" in private.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text, q.via])).toEqual([
      ['Jane Doe', 'We will not back down,', 'Reuters'],
      ['Jane Doe', 'This decision is final.', null],
      ['John Roe', 'Nothing has changed at all,', null],
      ['John Roe', 'The talks are over for now.', null],
    ]);
    expect(r.sources.find((s) => s.name === 'Reuters')?.kind).toBe('news agency');
  });

  it('finds datelines, credits, anonymous sourcing and link domains', () => {
    const r = analyseArticle({
      blocks: [
        'WASHINGTON (AP) — The plan was delayed, people familiar with the matter said.',
        'The figures were first published by the agency.',
        'The New York Times first reported the delay.',
      ],
      captions: ['Photo: Jane Roe/Reuters'],
      links: [
        // a bare link is not a citation (the labels' rule); a link whose sentence names the outlet is
        { href: 'https://www.washingtonpost.com/2025/01/01/x.html', text: 'report', paragraph: 1 },
        { href: 'https://www.nytimes.com/2025/01/01/x.html', text: 'first reported', paragraph: 2 },
      ],
      lang: 'en',
    });
    const byName = Object.fromEntries(r.sources.map((s) => [s.name, s]));
    expect(byName.AP.kind).toBe('news agency');
    expect(byName.Reuters.paragraphs).toEqual([]);
    expect(byName.Reuters.credit).toBe(true);
    expect(byName['New York Times'].paragraphs).toEqual([2]);
    expect(r.sources.some((s) => /Washington Post|ワシントン/u.test(s.name))).toBe(false);
    expect(r.anonymousSources).toBe(1);
    expect(r.sources.some((s) => s.kind === 'anonymous')).toBe(true);
  });

  it('classifies unknown names by suffix cues', () => {
    const r = run(['【ソウル聯合ニュース】韓国の東西日報によると、同国の保健省は対策を発表した。'], 'ja');
    const kinds = Object.fromEntries(r.sources.map((s) => [s.name, s.kind]));
    expect(kinds['聯合ニュース']).toBe('news agency');
    expect(kinds['東西日報']).toBe('newspaper');
    expect(speakerMatches('ノビコフ', 'ドミトリー・ノビコフ')).toBe(true);
  });

  it('reads common Japanese wire-copy patterns', () => {
    const r = run(
      [
        '岸田文雄首相は10日、首相官邸で記者団に「経済対策を速やかに実行したい」と語った。',
        '「極めて遺憾だ」。林芳正外相は11日の記者会見でこう述べた。',
        '同社の広報担当者は「現時点でコメントできない」としている。',
        '来場した会社員の男性(45)は「思ったより混んでいた」と話していた。',
        '「まさか自分が当選するとは思わなかった」(山田花子さん)',
        'NHKの取材に対し、市の担当者は「安全を最優先する」と答えた。',
        '映画「君の名は。」の新海誠監督は「次回作は未定です」と語った。',
        '専門家は「物価上昇は当面続く」との見方を示している。',
      ],
      'ja',
      ['写真=共同'],
    );
    expect(r.quotes.map((q) => [q.paragraph, q.speaker, q.text])).toEqual([
      [0, '岸田文雄', '経済対策を速やかに実行したい'],
      [1, '林芳正', '極めて遺憾だ'],
      [2, '同社の広報担当者', '現時点でコメントできない'],
      [3, '会社員の男性', '思ったより混んでいた'],
      [4, '山田花子', 'まさか自分が当選するとは思わなかった'],
      [5, '市の担当者', '安全を最優先する'],
      [6, '新海誠', '次回作は未定です'],
      [7, '専門家', '物価上昇は当面続く'],
    ]);
    expect(r.quotes[5].via).toBe('NHK');
    expect(r.sources.find((s) => s.name === '共同通信')?.paragraphs).toEqual([]);
  });

  it('reads common English patterns: ages, appositives, title anaphora, platforms', () => {
    const r = run(
      [
        'Acme Corp. announced layoffs on Monday.',
        '"We are deeply saddened by this decision," the company said in a statement.',
        'Maria Lopez, 45, a nurse from Denver, said: "I never expected this to happen to us."',
        'The senator called the bill "a betrayal of working families" during a speech.',
        'Officials described the situation as "fluid."',
        'In a post on X, President Joe Biden wrote: "Our thoughts are with the victims."',
      ],
      'en',
      ['Photo: John Doe/AP'],
    );
    expect(r.quotes.map((q) => [q.speaker, q.text, q.via])).toEqual([
      ['Acme Corp.', 'We are deeply saddened by this decision,', null],
      ['Maria Lopez', 'I never expected this to happen to us.', null],
      ['The senator', 'a betrayal of working families', null],
      ['Joe Biden', 'Our thoughts are with the victims.', 'X'],
    ]);
    expect(r.sources.map((s) => s.name)).not.toContain('John Doe');
    expect(r.sources.find((s) => s.name === 'AP')?.paragraphs).toEqual([]);
  });

  it('stays linear on hostile blocks (long unspaced runs, thousands of marks)', () => {
    const blocks = ['A'.repeat(50_000) + ' said', 'これは' + 'x'.repeat(20_000) + 'は「テストは続ける」と述べた。', '「'.repeat(3000) + '"'.repeat(3000), 'Aa '.repeat(5000) + 'said'];
    const c0 = process.cpuUsage();
    const r = analyseArticle({ blocks, captions: [], links: [], lang: null });
    const cpu = process.cpuUsage(c0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1500);
    expect(r.quotes.map((q) => q.text)).toContain('テストは続ける');
  });

  it('is fast: a ten-times-seed article in well under 100 ms of CPU', () => {
    const { input } = seedInput();
    const big = { ...input, blocks: Array.from({ length: 10 }, () => input.blocks).flat() };
    analyseArticle(big);
    // CPU time: wall time on the shared test machine measures the run queue, not the code
    const c0 = process.cpuUsage();
    analyseArticle(big);
    const cpu = process.cpuUsage(c0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(100);
  });
});
