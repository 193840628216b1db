/**
 * A realistic save payload built inside a page (passed to page.evaluate as a string function
 * body is avoided: this returns plain JSON the test sends from extension pages).
 */
export function makePayload(url: string, title: string, paragraphs = 20): Record<string, unknown> {
  const para = '国会では新しい予算案について議論が続き、与野党の意見が対立している。The committee will vote next week. ';
  const blocks = Array.from({ length: paragraphs }, (_, i) => `<p data-p="${i}">${para.repeat(3)}</p>`);
  return {
    pageUrl: url,
    canonicalUrl: null,
    title,
    byline: '記者 山田太郎',
    siteName: 'テスト新聞',
    lang: 'ja',
    dir: 'ltr',
    publishedTime: '2025-05-01T09:00:00+09:00',
    modifiedTime: null,
    readingMinutes: 4,
    truncated: false,
    nextPage: null,
    html: blocks.join(''),
    text: para.repeat(3 * paragraphs),
    sources: [{ name: '共同通信', kind: 'news agency', mentions: 1, paragraphs: [0] }],
    quotes: [{ speaker: '首相', text: '全力で取り組む', paragraph: 1, via: null }],
    anonymousSources: 0,
    isArticle: true,
    bestEffort: false,
    capped: false,
    extractorVersion: 'e2e',
    incognito: false,
  };
}
