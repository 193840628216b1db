/**
 * Issue #10's classes, each on a short made-up article in the shape the issue describes (not text
 * from the labelled pages): speakers after the quote, organisations as speakers, Chinese and
 * Korean attribution, coreference, roles, the publisher apart from sources, credits and
 * anonymous sources, and unattributed rather than a fragment.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/analysis';
import { run, pairs } from '../../helpers/analysis-run';

describe('Japanese', () => {
  it('finds the speaker named after the quote (こうあいさつしたのは…議員、高木毅氏)', () => {
    const r = run(['「地域の声を国政に届けるのが私の仕事です」。集会の冒頭でこうあいさつしたのは、自民党の衆院議員、高木毅氏だ。'], 'ja');
    expect(r.quotes).toEqual([expect.objectContaining({ speaker: '高木毅', text: '地域の声を国政に届けるのが私の仕事です' })]);
    expect(r.quotes[0].role).toContain('議員');
  });

  it('takes organisations as speakers (財務省は「…」としている, 市は「…」と説明)', () => {
    const r = run(['財務省は「予算の執行に問題はなかった」としている。', '市は「安全対策は十分に講じていた」と説明した。'], 'ja');
    expect(pairs(r)).toEqual([
      ['財務省', '予算の執行に問題はなかった'],
      ['市', '安全対策は十分に講じていた'],
    ]);
    expect(r.quotes.every((q) => q.role === null)).toBe(true);
  });

  it('resolves surname → full name and a title → the named holder, with the role as introduced', () => {
    const r = run(
      ['群馬県の山本一太知事は10日の記者会見で新しい方針を示した。', '山本氏は「来年度から段階的に実施したい」と述べた。', '知事はさらに「県民の理解を得ながら進める」と強調した。'],
      'ja',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['山本一太', '山本一太']);
    expect(r.quotes[0].role).toBe('群馬県知事');
  });
});

describe('Chinese', () => {
  it('reads 说：“…” with the speaker before the colon, and “…”X表示 after the quote', () => {
    const r = run(['李博灏说：“这项技术将在明年全面推广。”', '“我们会继续加大投入力度。”公司总经理王建国表示。'], 'zh');
    expect(pairs(r)).toEqual([
      ['李博灏', '这项技术将在明年全面推广。'],
      ['王建国', '我们会继续加大投入力度。'],
    ]);
    expect(r.quotes[1].role).toBe('公司总经理');
  });

  it('leaves short quoted terms alone (“数字”)', () => {
    expect(run(['当地推进“数字”治理，专家认为“效果明显”。'], 'zh').quotes).toEqual([]);
  });
});

describe('Korean', () => {
  it('reads “…”라고 말했다 / 밝혔다 with 씨, 대표, 원장 speakers and 그는', () => {
    const r = run(
      ['김민수 대표는 "올해 안에 새로운 서비스를 출시할 예정이다"라고 말했다.', '그는 "시장 반응이 매우 긍정적이다"라고 강조했다.', '이영희 원장은 "환자 안전이 무엇보다 중요하다"고 밝혔다.'],
      'ko',
    );
    expect(r.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['김민수', '대표'],
      ['김민수', '대표'],
      ['이영희', '원장'],
    ]);
  });
});

describe('Korean and Chinese attribution without a speech verb', () => {
  it('reads “…”라는 게 X의 설명이다 / “…” X의 말이다, and X：“…”', () => {
    const ko = run(['“연기를 하면서 정말 많은 것을 배웠다”라는 게 김철수 대표의 설명이다.', '“앞으로도 좋은 작품으로 찾아뵙겠다” 이영희 씨의 말이다.'], 'ko');
    expect(ko.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['김철수', '대표'],
      ['이영희', null],
    ]);
    const zh = run(['钟南山院士：“武汉是能够过关的，武汉本来就是一个英雄的城市。”'], 'zh');
    expect(zh.quotes.map((q) => q.speaker)).toEqual(['钟南山']);
  });
});

describe('English', () => {
  it('never outputs a clause fragment or a lone title: unattributed instead', () => {
    const r = run(['Speaking through an interpreter, he said: “We will rebuild every school in the region.”'], 'en');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].speaker).toBeNull();
  });

  it('resolves a title to the holder named earlier and shows the role as introduced', () => {
    const r = run(
      ['Director of PAHO Carissa F. Etienne opened the meeting on Monday.', '“The region must act together against the outbreak,” the director said.', '“Vaccination remains our best defence,” Etienne added.'],
      'en',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Carissa F. Etienne', 'Carissa F. Etienne']);
    expect(r.quotes[1].role).toMatch(/Director of PAHO/u);
  });
});

describe('the publisher and the sources', () => {
  it('names the publisher once and never lists it as a source; its own topic links are no citations', () => {
    const r = run(['朝日新聞の取材に対し、同社の広報担当者は「現時点でコメントできない」と答えた。', 'ロイター通信によると、協議は来月にも再開される。'], 'ja', {
      siteName: '朝日新聞デジタル',
      url: 'https://www.asahi.com/articles/ASR1234.html',
      links: [{ href: 'https://www.asahi.com/topics/word/国連.html', text: '国連', paragraph: 1 }],
    });
    expect(r.publisher).toBe('朝日新聞デジタル');
    expect(r.sources.map((s) => s.name)).toEqual(['ロイター通信']);
    expect(r.quotes[0].via).toBeNull();
  });

  it('keeps a photo credit as a credit and an anonymous source once, with the sentence it was found in', () => {
    const r = analyseArticle({
      blocks: ['Two people familiar with the talks said a deal was close.', 'People familiar with the talks also said the date was not set.', 'The Health Ministry said in a statement that cases fell.'],
      captions: ['Delegates arrive in Geneva. Photo: Jane Roe/Reuters'],
      links: [],
      lang: 'en',
      siteName: 'BBC News',
      url: 'https://www.bbc.com/news/world-1',
    });
    const credit = r.sources.find((s) => s.name === 'Reuters')!;
    expect(credit).toMatchObject({ credit: true, paragraphs: [] });
    const anon = r.sources.filter((s) => s.kind === 'anonymous');
    expect(anon).toHaveLength(1);
    expect(r.sources.find((s) => s.name === 'Health Ministry')).toMatchObject({ kind: 'government', sentence: 'The Health Ministry said in a statement that cases fell.' });
    expect(r.publisher).toBe('BBC News');
  });
});

describe('an agency story on another site', () => {
  it('is published by the site, and the agency in its byline is the wire it came from, not the publisher', () => {
    // sportsnet.ca (scrapinghub): a site name that is its domain, an AP byline
    const r = run(['Rafael Nadal won both of his matches on Tuesday.', 'The Associated Press reported that Spain advanced.'], 'en', {
      siteName: 'Sportsnet.ca',
      byline: 'Associated Press',
      url: 'https://www.sportsnet.ca/tennis/nadal-keeps-spain-alive/',
    });
    expect(r.publisher).toBe('Sportsnet.ca');
    // the site's own outlet, named by its domain word, still reads as the outlet's name
    const own = run(['Officials said the bridge would reopen.'], 'en', { siteName: 'usatoday', url: 'https://eu.usatoday.com/story/news/1' });
    expect(own.publisher).toBe('USA Today');
  });
});

describe('publisherOf (saved articles keep site name, byline and URL, not the publisher)', () => {
  it('names the same publisher the analysis gives', async () => {
    const { publisherOf } = await import('../../../utils/analysis');
    expect(publisherOf({ siteName: 'usatoday', url: 'https://www.usatoday.com/story/x', lang: 'en' })).toBe('USA Today');
    expect(publisherOf({ siteName: null, url: 'https://www.yomiuri.co.jp/sports/x', lang: 'ja' })).toBe('読売新聞');
    expect(publisherOf({ siteName: null, url: null, text: 'Story.\n\nCopyright © 2019 Example Media Group. All rights reserved.' })).toBe('Example');
    expect(publisherOf({})).toBeNull();
  });
});
