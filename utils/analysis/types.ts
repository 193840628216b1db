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
}

export interface Quote {
  speaker: string | null;
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
}

export interface AnalysisResult {
  sources: Source[];
  quotes: Quote[];
  anonymousSources: number;
}
