/**
 * The panel's UI strings, per UI language (the reader's UI language, not the page's): the five
 * the rest of the UI speaks (utils/reader/strings.ts). Add a language by adding one table of the
 * same shape to PANEL_STRINGS and its kind names to KIND_NAMES.
 *
 * Types only from utils/analysis: the clean view's bundle renders this panel and must not carry
 * the analysis (it is loaded as its own bundle after the article paints).
 */
import type { SourceKind } from '../../utils/analysis/types';

export type PanelLang = 'en' | 'ja' | 'zh-Hans' | 'zh-Hant' | 'ko';

export interface PanelStrings {
  title: string;
  sources: string;
  quotes: string;
  empty: string;
  /** the quiet line while the analysis loads (after the article has painted) */
  loading: string;
  /** the analysis could not be loaded */
  failed: string;
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
  loading: 'Finding sources and quotes…',
  failed: 'Sources and quotes could not be loaded. Close the view and open it again to retry.',
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
  loading: '情報源と発言を探しています…',
  failed: '情報源と発言を読み込めませんでした。本文表示を閉じて開き直すと、もう一度試します。',
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

const ZH_HANS: PanelStrings = {
  title: '信息来源与引述',
  sources: '信息来源',
  quotes: '引述',
  empty: '这篇文章中没有找到信息来源或直接引语。',
  loading: '正在查找信息来源与引述…',
  failed: '未能载入信息来源与引述。关闭阅读视图后重新打开即可重试。',
  noSources: '没有找到引用的信息来源。',
  noQuotes: '没有找到直接引语。',
  mentions: (n: number) => `提及 ${n} 次`,
  anonymous: (n: number) => `匿名消息来源 ${n} 处`,
  unknownSpeaker: '发言者不明',
  via: (v: string) => `经由${v}`,
  jump: (p: number) => `跳到第 ${p + 1} 段`,
  creditOnly: '仅为图片来源',
  publishedBy: '发布方',
  credits: '图片来源',
  anonymousLabel: '匿名',
  termsTitle: '用语说明',
  terms: [
    { term: '经由', meaning: '这句话是通过其他媒体或渠道（采访、帖子、声明等）进入本文的。' },
    { term: '图片来源', meaning: '照片或图表的提供者或拍摄者，不是正文的信息来源。' },
    { term: '匿名', meaning: '未公开姓名的消息来源，例如“知情人士”。' },
    { term: '发布方', meaning: '发布这篇文章的网站或媒体，不计入文章的信息来源。' },
    { term: '发言者不明', meaning: '文章没有写明是谁说的，因此不猜测姓名。' },
  ],
};

const ZH_HANT: PanelStrings = {
  title: '資訊來源與引述',
  sources: '資訊來源',
  quotes: '引述',
  empty: '這篇文章中找不到資訊來源或直接引語。',
  loading: '正在尋找資訊來源與引述…',
  failed: '無法載入資訊來源與引述。關閉閱讀檢視後重新開啟即可再試一次。',
  noSources: '找不到引用的資訊來源。',
  noQuotes: '找不到直接引語。',
  mentions: (n: number) => `提及 ${n} 次`,
  anonymous: (n: number) => `匿名消息來源 ${n} 處`,
  unknownSpeaker: '發言者不明',
  via: (v: string) => `經由${v}`,
  jump: (p: number) => `跳到第 ${p + 1} 段`,
  creditOnly: '僅為圖片來源',
  publishedBy: '發布者',
  credits: '圖片來源',
  anonymousLabel: '匿名',
  termsTitle: '用語說明',
  terms: [
    { term: '經由', meaning: '這段話是透過其他媒體或管道（訪問、貼文、聲明等）進入本文的。' },
    { term: '圖片來源', meaning: '照片或圖表的提供者或拍攝者，不是內文的資訊來源。' },
    { term: '匿名', meaning: '未公開姓名的消息來源，例如「知情人士」。' },
    { term: '發布者', meaning: '刊登這篇文章的網站或媒體，不計入文章的資訊來源。' },
    { term: '發言者不明', meaning: '文章沒有寫明是誰說的，因此不猜測姓名。' },
  ],
};

const KO: PanelStrings = {
  title: '출처와 인용',
  sources: '출처',
  quotes: '인용',
  empty: '이 기사에서 출처나 직접 인용을 찾지 못했습니다.',
  loading: '출처와 인용을 찾는 중…',
  failed: '출처와 인용을 불러오지 못했습니다. 읽기 보기를 닫았다가 다시 열면 다시 시도합니다.',
  noSources: '인용된 출처가 없습니다.',
  noQuotes: '직접 인용이 없습니다.',
  mentions: (n: number) => `${n}회 언급`,
  anonymous: (n: number) => `익명 출처 ${n}건`,
  unknownSpeaker: '발언자 불명',
  via: (v: string) => `${v} 경유`,
  jump: (p: number) => `${p + 1}번째 단락으로 이동`,
  creditOnly: '사진 출처만',
  publishedBy: '발행처',
  credits: '사진·그래픽 출처',
  anonymousLabel: '익명',
  termsTitle: '용어 설명',
  terms: [
    { term: '경유', meaning: '인용이 다른 매체나 경로(인터뷰, 게시물, 성명 등)를 거쳐 기사에 실렸다는 뜻입니다.' },
    { term: '사진·그래픽 출처', meaning: '사진이나 그래픽을 만들거나 제공한 곳입니다. 본문의 출처가 아닙니다.' },
    { term: '익명', meaning: '‘소식통’, ‘관계자’처럼 이름을 밝히지 않은 출처입니다.' },
    { term: '발행처', meaning: '이 기사를 게재한 사이트나 매체입니다. 기사의 출처로 세지 않습니다.' },
    { term: '발언자 불명', meaning: '기사가 누가 말했는지 밝히지 않아 이름을 추측하지 않았습니다.' },
  ],
};

const PANEL_STRINGS: Record<PanelLang, PanelStrings> = { en: EN, ja: JA, 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT, ko: KO };

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
    // (round 13: people cited in indirect speech are kind other — the data contract's kinds are fixed — so the label names them first)
    other: 'person or other',
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
    other: '人物・その他',
  },
  'zh-Hans': {
    newspaper: '报纸',
    'news agency': '通讯社',
    broadcaster: '广播电视台',
    magazine: '杂志',
    'online outlet': '网络媒体',
    government: '政府机构',
    company: '企业',
    organisation: '组织',
    document: '文件',
    'social media': '社交媒体',
    anonymous: '匿名',
    other: '人物或其他',
  },
  'zh-Hant': {
    newspaper: '報紙',
    'news agency': '通訊社',
    broadcaster: '廣播電視台',
    magazine: '雜誌',
    'online outlet': '網路媒體',
    government: '政府機關',
    company: '企業',
    organisation: '組織',
    document: '文件',
    'social media': '社群媒體',
    anonymous: '匿名',
    other: '人物或其他',
  },
  ko: {
    newspaper: '신문',
    'news agency': '통신사',
    broadcaster: '방송사',
    magazine: '잡지',
    'online outlet': '온라인 매체',
    government: '정부 기관',
    company: '기업',
    organisation: '단체',
    document: '문서',
    'social media': '소셜 미디어',
    anonymous: '익명',
    other: '인물·기타',
  },
};

/**
 * The kind's name in the UI language. A stored or imported record may carry any string as its
 * kind ("__proto__", "constructor"): only the fixed kinds are looked up, anything else is "other"
 * (issue #12 F3: a crafted kind crashed the panel).
 */
export function kindLabel(kind: unknown, lang: PanelLang | string): string {
  const table = Object.hasOwn(KIND_NAMES, lang) ? KIND_NAMES[lang as PanelLang] : KIND_NAMES.en;
  // every table names exactly the fixed kinds (typed by SourceKind), so its own keys are the check
  return typeof kind === 'string' && Object.hasOwn(table, kind) ? table[kind as SourceKind] : table.other;
}
