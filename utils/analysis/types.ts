/**
 * The source & quote analysis's data contract: what `analyseArticle` takes and gives. Plain JSON
 * (the CLI prints it, the library stores it).
 */

/** The fixed list of source kinds. Order is the order the panel groups them. */
export const SOURCE_KINDS = [
  'newspaper',
  'news agency',
  'broadcaster',
  'magazine',
  'online outlet',
  'government',
  'company',
  'organisation',
  'document',
  'social media',
  'anonymous',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  name: string;
  kind: SourceKind;
  mentions: number;
  /** 0-based article block indexes (see `data-p` in html); [] when only in a caption/credit */
  paragraphs: number[];
  /** a photo or graphic credit (引用:NPR, ＝ロイター, "Photo: AP"), not a citation in the text */
  credit?: boolean;
  /** the first sentence (or caption) it was found in, for the panel; absent in older saved records */
  sentence?: string;
}

export interface Quote {
  /** the fullest name the article gives, an organisation, or the article's description; null = unattributed */
  speaker: string | null;
  /** the speaker's role as the article introduces it (ロシア外務次官, Director of PAHO), else null */
  role?: string | null;
  text: string;
  paragraph: number;
  via: string | null;
}

export interface AnalysisInput {
  /** the article's blocks, exactly the blank-line-separated blocks of `text`; index = data-p */
  blocks: string[];
  /** figure captions and photo credits (not part of `text`) */
  captions: string[];
  /** outbound links in the article body with the block they sit in (-1 if not in a block) */
  links: { href: string; text: string; paragraph: number }[];
  lang: string | null;
  /** what the page says about its own publisher: never listed as one of its sources */
  siteName?: string | null;
  byline?: string | null;
  /** the page's (canonical) URL */
  url?: string | null;
}

export interface AnalysisResult {
  sources: Source[];
  quotes: Quote[];
  anonymousSources: number;
  /** the page's own publisher (site name, byline outlet, domain, copyright line), shown as "published by" */
  publisher: string | null;
}

/** Is this one of the fixed kinds? (Stored or imported records may carry anything: "__proto__".) */
export function isSourceKind(kind: unknown): kind is SourceKind {
  return typeof kind === 'string' && (SOURCE_KINDS as readonly string[]).includes(kind);
}
