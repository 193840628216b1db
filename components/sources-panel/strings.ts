/**
 * The panel's UI strings, per UI language (the reader's UI language, not the page's). Add a
 * language by adding one table of the same shape to PANEL_STRINGS (and its kind names to
 * KIND_NAMES): Chinese and Korean UI strings slot in here.
 */
import { isSourceKind, type SourceKind } from '../../utils/analysis/types';

export type PanelLang = 'en' | 'ja';

export interface PanelStrings {
  title: string;
  sources: string;
  quotes: string;
  empty: string;
  noSources: string;
  noQuotes: string;
  mentions: (n: number) => string;
  /** the count line of older saved records, whose anonymous sources were not listed by name */
  anonymous: (n: number) => string;
  unknownSpeaker: string;
  via: (v: string) => string;
  jump: (p: number) => string;
  creditOnly: string;
  publishedBy: string;
  /** label of the line listing photo and graphic credits */
  credits: string;
  /** label of the line listing unnamed sources */
  anonymousLabel: string;
  /** the panel's terms, in plain words */
  termsTitle: string;
  terms: { term: string; meaning: string }[];
}

const EN: PanelStrings = {
  title: 'Sources & quotes',
  sources: 'Sources',
  quotes: 'Quotes',
  empty: 'No sources or direct quotes were found in this article.',
  noSources: 'No cited sources found.',
  noQuotes: 'No direct quotes found.',
  mentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  anonymous: (n: number) => (n === 1 ? '1 anonymous attribution' : `${n} anonymous attributions`),
  unknownSpeaker: 'Unattributed',
  via: (v: string) => `via ${v}`,
  jump: (p: number) => `Go to paragraph ${p + 1}`,
  creditOnly: 'credit only',
  publishedBy: 'Published by',
  credits: 'Credits',
  anonymousLabel: 'Anonymous',
  termsTitle: 'What these words mean',
  terms: [
    { term: 'via', meaning: 'the quote reached the article through another outlet or channel (an interview, a post, a statement).' },
    { term: 'credit', meaning: 'a photo or graphic credit: who made or supplied a picture, not a source of the text.' },
    { term: 'anonymous', meaning: 'an unnamed source, such as "people familiar with the matter".' },
    { term: 'published by', meaning: 'the site or outlet that published this article; it is not counted as one of its sources.' },
    { term: 'unattributed', meaning: 'the article does not say who spoke, so no name is guessed.' },
  ],
};

const JA: PanelStrings = {
  title: '情報源と発言',
  sources: '情報源',
  quotes: '発言',
  empty: 'この記事には情報源や直接の発言が見つかりませんでした。',
  noSources: '引用された情報源はありません。',
  noQuotes: '直接の発言はありません。',
  mentions: (n: number) => `${n}回`,
  anonymous: (n: number) => `匿名の情報源 ${n}件`,
  unknownSpeaker: '発言者不明',
  via: (v: string) => `${v}経由`,
  jump: (p: number) => `第${p + 1}段落へ移動`,
  creditOnly: 'クレジットのみ',
  publishedBy: '発行元',
  credits: 'クレジット',
  anonymousLabel: '匿名',
  termsTitle: '用語の説明',
  terms: [
    { term: '経由', meaning: '発言が別の媒体（インタビュー、投稿、声明など）を通じて記事に届いたことを示します。' },
    { term: 'クレジット', meaning: '写真や図版の提供元・撮影者です。本文の情報源ではありません。' },
    { term: '匿名', meaning: '「関係者」「情報筋」のように名前が明かされていない情報源です。' },
    { term: '発行元', meaning: 'この記事を掲載したサイトや媒体です。記事の情報源には数えません。' },
    { term: '発言者不明', meaning: '記事が発言者を明記していないため、名前を推測していません。' },
  ],
};

const PANEL_STRINGS: Record<PanelLang, PanelStrings> = { en: EN, ja: JA };

export function panelStrings(lang: PanelLang | string): PanelStrings {
  return Object.hasOwn(PANEL_STRINGS, lang) ? PANEL_STRINGS[lang as PanelLang] : EN;
}

const KIND_NAMES: Record<PanelLang, Record<SourceKind, string>> = {
  en: {
    newspaper: 'newspaper',
    'news agency': 'news agency',
    broadcaster: 'broadcaster',
    magazine: 'magazine',
    'online outlet': 'online outlet',
    government: 'government',
    company: 'company',
    organisation: 'organisation',
    document: 'document',
    'social media': 'social media',
    anonymous: 'anonymous',
    other: 'other',
  },
  ja: {
    newspaper: '新聞',
    'news agency': '通信社',
    broadcaster: '放送局',
    magazine: '雑誌',
    'online outlet': 'ネットメディア',
    government: '政府機関',
    company: '企業',
    organisation: '団体',
    document: '文書',
    'social media': 'SNS',
    anonymous: '匿名',
    other: 'その他',
  },
};

/**
 * The kind's name in the UI language. A stored or imported record may carry any string as its
 * kind ("__proto__", "constructor"): only the fixed kinds are looked up, anything else is "other"
 * (issue #12 F3: a crafted kind crashed the panel).
 */
export function kindLabel(kind: unknown, lang: PanelLang | string): string {
  const table = Object.hasOwn(KIND_NAMES, lang) ? KIND_NAMES[lang as PanelLang] : KIND_NAMES.en;
  return isSourceKind(kind) ? table[kind] : table.other;
}
