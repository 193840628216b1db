/**
 * Ten saved articles that look like a real reader's library (English and Japanese, long CJK
 * titles, several sites, some read, publication dates that differ from the save order), saved
 * through the background writer from an extension page: the popup and library-page tests and
 * screenshots start from these.
 */
import type { Page } from 'playwright-core';

export interface SeedArticle {
  url: string;
  title: string;
  siteName: string;
  lang: 'en' | 'ja';
  /** ISO publication time, or null (unknown) */
  published: string | null;
  text: string;
  read?: boolean;
}

export const SEED_ARTICLES: SeedArticle[] = [
  {
    url: 'https://www.asahi.com/articles/ASV5K1.html',
    title: '政府、来年度予算案の概算要求基準を閣議了解へ　防衛費と社会保障費の増加が焦点、財政健全化目標との整合性も問われる',
    siteName: '朝日新聞',
    lang: 'ja',
    published: '2025-06-03T13:16:00+09:00',
    text: '政府は来年度予算案の概算要求基準を近く閣議了解する方針を固めた。防衛費と社会保障費の伸びをどこまで認めるかが焦点となる。財務省は歳出の上限を設けず、重点分野への配分を優先する考えだ。与党内からは財政健全化目標との整合性を問う声も上がっている。',
  },
  {
    url: 'https://www.theguardian.com/science/2025/jun/02/ocean-heat-record',
    title: 'Ocean heat hits record high for the fifth year running, scientists say',
    siteName: 'The Guardian',
    lang: 'en',
    published: '2025-06-02T08:00:00Z',
    text: 'The world’s oceans absorbed more heat last year than in any year since measurements began, according to a study published on Monday. The researchers said the trend showed no sign of slowing, with consequences for sea levels, storms and marine life.',
    read: true,
  },
  {
    url: 'https://www.nikkei.com/article/DGXZQOUC0213',
    title: '半導体大手、熊本に第2工場　2027年稼働目指す',
    siteName: '日本経済新聞',
    lang: 'ja',
    published: '2025-05-28T06:00:00+09:00',
    text: '半導体受託製造の大手は熊本県に第2工場を建設すると発表した。総投資額は約2兆円で、2027年末の稼働を目指す。地元では人材確保や地下水への影響を懸念する声もある。',
  },
  {
    url: 'https://www.bbc.com/news/technology-6829',
    title: 'How a tiny Japanese town became a hub for remote workers',
    siteName: 'BBC News',
    lang: 'en',
    published: '2025-05-20T23:05:00Z',
    text: 'Kamiyama, a town of 5,000 people in the mountains of Tokushima, has attracted dozens of start-ups since it laid fibre-optic cable to every home. Its mayor says the newcomers have kept the local school open.',
  },
  {
    url: 'https://www.yomiuri.co.jp/national/20250601-OYT1T50',
    title: '梅雨入り、関東甲信も平年より6日早く',
    siteName: '読売新聞',
    lang: 'ja',
    published: '2025-06-01T11:00:00+09:00',
    text: '気象庁は1日、関東甲信地方が梅雨入りしたとみられると発表した。平年より6日早く、昨年より20日早い。向こう1週間は曇りや雨の日が多い見込み。',
    read: true,
  },
  {
    url: 'https://www.reuters.com/markets/asia/yen-slides-2025-05-30',
    title: 'Yen slides to two-month low as Bank of Japan signals patience on rate rises',
    siteName: 'Reuters',
    lang: 'en',
    published: '2025-05-30T04:12:00Z',
    text: 'The yen fell to its weakest level in two months on Friday after the Bank of Japan’s governor said the central bank would take its time before raising interest rates again.',
  },
  {
    url: 'https://www.itmedia.co.jp/news/articles/2505/29/news101.html',
    title: '生成AIの業務利用、国内企業の6割が「ルール未整備」　調査で判明',
    siteName: 'ITmedia NEWS',
    lang: 'ja',
    published: null,
    text: '国内企業の約6割が生成AIの業務利用に関する社内ルールを整備していないことが、調査会社のアンケートで分かった。情報漏えいへの懸念から利用を禁止している企業も2割あった。',
  },
  {
    url: 'https://www.theguardian.com/books/2025/may/25/translated-fiction',
    title: 'Why translated fiction from Japan and Korea is topping the UK charts',
    siteName: 'The Guardian',
    lang: 'en',
    published: '2025-05-25T10:30:00Z',
    text: 'Sales of translated fiction have doubled in five years, driven by young readers discovering novels from Japan and South Korea through social media. Booksellers say “cosy” fiction set in cafés and bookshops sells best.',
  },
  {
    url: 'https://www.asahi.com/articles/ASV4Z2.html',
    title: '大谷翔平、今季20号本塁打　日本選手最速ペース',
    siteName: '朝日新聞',
    lang: 'ja',
    published: '2025-05-26T12:40:00+09:00',
    text: '米大リーグ、ドジャースの大谷翔平選手は25日の試合で今季20号本塁打を放った。日本選手としては最速のペースで、チームの勝利に貢献した。',
    read: true,
  },
  {
    url: 'https://www.bbc.com/news/world-asia-6831',
    title: 'Seoul’s new night buses: the city that never sleeps gets a ride home',
    siteName: 'BBC News',
    lang: 'en',
    published: '2025-05-18T15:00:00Z',
    text: 'Seoul has added twelve night bus routes, a response to the growing number of people who work late shifts in the city’s service industries. Ridership has risen by a third since the routes opened.',
  },
];

/** Later paragraphs, so an article's text is more than its first one. */
const MORE: Record<SeedArticle['lang'], string[]> = {
  en: [
    'Officials declined to comment on the figures before the full report is published next month.',
    'Independent experts who reviewed the findings said they were consistent with earlier work.',
    'The next update is expected in the autumn.',
  ],
  ja: ['関係者によると、詳しい内容は来月にも公表される見通しだ。', '専門家は「これまでの傾向と一致している」と話している。', '次回の発表は秋ごろになる予定だ。'],
};

const paragraphsOf = (a: SeedArticle) => [a.text, ...MORE[a.lang], ...MORE[a.lang]];
/** The article's text as stored (paragraphs apart by a blank line). */
export const seedText = (a: SeedArticle) => paragraphsOf(a).join('\n\n');

/** The save payload the background expects (what the popup's extraction would send). */
export function seedPayload(a: SeedArticle): Record<string, unknown> {
  const texts = paragraphsOf(a);
  const paras = texts.map((x, i) => `<p data-p="${i}">${x}</p>`);
  return {
    pageUrl: a.url,
    canonicalUrl: null,
    title: a.title,
    byline: null,
    siteName: a.siteName,
    lang: a.lang,
    dir: 'ltr',
    publishedTime: a.published,
    modifiedTime: null,
    readingMinutes: a.lang === 'ja' ? 3 : 2,
    truncated: false,
    nextPage: null,
    html: paras.join(''),
    text: seedText(a),
    sources: [],
    quotes: [],
    anonymousSources: 0,
    isArticle: true,
    bestEffort: false,
    capped: false,
    extractorVersion: 'e2e',
    incognito: false,
  };
}

/**
 * Saves the articles in order (the last one is the newest) from an extension page, then marks
 * the ones that say so read. Returns the stored ids by URL.
 */
export async function seedLibrary(page: Page, articles: SeedArticle[] = SEED_ARTICLES): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const a of articles) {
    const r = (await page.evaluate((article) => chrome.runtime.sendMessage({ type: 'library:save', article }), seedPayload(a))) as { ok: boolean; id?: string };
    if (!r.ok || !r.id) throw new Error(`seeding ${a.url} failed: ${JSON.stringify(r)}`);
    ids.set(a.url, r.id);
    if (a.read) await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'library:mark-read', id, read: true }), r.id);
  }
  return ids;
}
