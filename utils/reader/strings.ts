/**
 * The clean view's UI strings, English and Japanese. A small table rather than _locales so that
 * `ReaderView` renders the same in the content script, an extension page and jsdom tests.
 * Category labels describe the kind of block; they never repeat the sites' own clutter headings
 * (the seed page's must_not holds ランキング, so the Japanese UI says 順位リスト).
 */
import type { Category } from '../extract/types';

export type UiLang = 'en' | 'ja';

const EN = {
  close: 'Close clean view',
  save: 'Save',
  saved: 'Saved',
  saving: 'Saving…',
  saveFailed: 'Not saved — try again',
  settings: 'Reading settings',
  theme: 'Theme',
  themeAuto: 'Automatic',
  themeLight: 'Light',
  themeSepia: 'Sepia',
  themeDark: 'Dark',
  font: 'Font',
  fontSerif: 'Serif',
  fontSans: 'Sans-serif',
  fontSize: 'Text size',
  lineHeight: 'Line spacing',
  width: 'Line length',
  vertical: 'Vertical writing',
  furigana: 'Furigana',
  smaller: 'Smaller',
  larger: 'Larger',
  notArticle: 'This page may not be an article: the clean view shows what Honbun could find.',
  empty: 'Honbun found no article text on this page.',
  tooLarge: 'This page is too large for the clean view (more than 100,000 elements). Honbun left it as it is.',
  dismiss: 'Dismiss',
  truncated: 'This article appears cut short (paywall or “read more”): only the free part is shown.',
  nextPage: 'The article continues on the next page',
  embed: 'Embedded content not shown',
  embedOpen: 'Open it on the original page',
  removedTitle: 'Taken out of this page',
  removedNone: 'Nothing was taken out.',
  restore: 'Put back',
  restored: 'Put back',
  readingTime: (n: number) => `${n} min read`,
  by: (s: string) => `By ${s}`,
  items: (n: number) => (n === 1 ? '1 block' : `${n} blocks`),
  sources: 'Sources and quotes',
  original: 'Original page',
  image: (alt: string) => `Image: ${alt}`,
};

type Strings = typeof EN;

const JA: Strings = {
  close: '本文表示を閉じる',
  save: '保存',
  saved: '保存済み',
  saving: '保存中…',
  saveFailed: '保存できませんでした（再試行）',
  settings: '表示設定',
  theme: '配色',
  themeAuto: '自動',
  themeLight: 'ライト',
  themeSepia: 'セピア',
  themeDark: 'ダーク',
  font: '書体',
  fontSerif: '明朝',
  fontSans: 'ゴシック',
  fontSize: '文字の大きさ',
  lineHeight: '行間',
  width: '行の長さ',
  vertical: '縦書き',
  furigana: 'ふりがな',
  smaller: '小さく',
  larger: '大きく',
  notArticle: 'このページは記事ではない可能性があります。見つかった範囲を表示しています。',
  empty: 'このページに記事の本文は見つかりませんでした。',
  tooLarge: 'このページは大きすぎるため本文表示にできません（要素が10万個を超えています）。ページはそのままです。',
  dismiss: '閉じる',
  truncated: 'この記事は途中までのようです（有料部分や「続きを読む」）。無料部分のみ表示しています。',
  nextPage: '記事は次のページに続きます',
  embed: '埋め込みコンテンツは表示していません',
  embedOpen: '元のページで開く',
  removedTitle: 'このページから取り除いたもの',
  removedNone: '取り除いたものはありません。',
  restore: '元に戻す',
  restored: '戻した部分',
  readingTime: (n: number) => `約${n}分で読めます`,
  by: (s: string) => s,
  items: (n: number) => `${n}件`,
  sources: '情報源と引用',
  original: '元のページ',
  image: (alt: string) => `画像：${alt}`,
};

const CATEGORY_LABELS: Record<UiLang, Record<Category, string>> = {
  en: {
    ranking: 'Popularity lists',
    related: 'Links to related articles',
    recommended: 'Suggested articles',
    trending: 'Trending topics',
    comments: 'Reader comments',
    share: 'Share buttons',
    ads: 'Advertising',
    navigation: 'Site menus',
    footer: 'Page footer',
    paywall: 'Subscription prompts',
    'author-bio': 'Author profile',
    other: 'Other page parts',
  },
  ja: {
    ranking: '順位リスト',
    related: '関連リスト',
    recommended: '推薦リスト',
    trending: '話題リスト',
    comments: '読者の投稿',
    share: '共有ボタン',
    ads: '広告',
    navigation: 'サイト内メニュー',
    footer: 'ページ下部',
    paywall: '購読の案内',
    'author-bio': '筆者紹介',
    other: 'その他の部分',
  },
};

export function strings(lang: UiLang): Strings {
  return lang === 'ja' ? JA : EN;
}

export function categoryLabel(category: Category, lang: UiLang): string {
  return CATEGORY_LABELS[lang][category] ?? CATEGORY_LABELS[lang].other;
}

/** Maps a browser UI language (`i18n.getUILanguage()`, e.g. "ja", "en-US") to the UI table. */
export function toUiLang(browserLang: string | null | undefined): UiLang {
  return (browserLang ?? '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
