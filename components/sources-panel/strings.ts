/** The panel's UI strings in English and Japanese (the reader's UI language, not the page's). */
import type { SourceKind } from '../../utils/analysis/types';

export type PanelLang = 'en' | 'ja';

const EN = {
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
};

const JA: typeof EN = {
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
};

export function panelStrings(lang: PanelLang): typeof EN {
  return lang === 'ja' ? JA : EN;
}

const KIND_EN: Record<SourceKind, string> = {
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
};
const KIND_JA: Record<SourceKind, string> = {
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
};

export function kindLabel(kind: SourceKind, lang: PanelLang): string {
  return (lang === 'ja' ? KIND_JA : KIND_EN)[kind];
}
