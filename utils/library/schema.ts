/**
 * The saved library's storage layout and record schema. Plain JSON only: times are epoch
 * milliseconds. The library's settings item is in settings.ts.
 *
 * Keys in browser.storage.local (id = articleIdFor(normalised URL)):
 *   lib:a:<id>   the article record (HTML, text, sources, quotes…)       — written only on save/import
 *   lib:t:<id>   its folded search text (title, site, text prefix)         — kept apart from the HTML
 *   lib:i:<nn>   index shard nn (0..SHARD_COUNT-1): small meta per article — the list reads only these
 *   lib:p:<id>   reading position (0..1) written by the article page
 *   lib:recent   the RECENT_COUNT newest index entries: the popup paints from this one small key
 *                while the full index loads (derived; rebuilt by migrateLibrary when missing)
 * A save is ONE storage.local.set of {lib:a:<id>, lib:t:<id>, lib:i:<nn>, lib:recent}: atomic, and
 * its size is bounded by the article plus one shard (~N/SHARD_COUNT entries) plus RECENT_COUNT
 * entries, never the whole index.
 *
 * Photos (issue #13) live in IndexedDB in the extension's origin, keyed by [article id, image
 * URL] (image-store.ts), written by the same queue just before the record; the record's
 * `images` says which were stored and why the others were not.
 *
 * Fields added after schema 2 (pages, joinNote, removed, leadImage, images) are optional: a
 * record without them is a single-page article saved without its photos or removal summary.
 */
import type { Quote, Source } from '../analysis/types';
import type { Category } from '../extract/types';

export const LIBRARY_SCHEMA_VERSION = 2;
/**
 * Index shards: 256 keeps a save's shard write near 15 kB at 10,000 articles. Changing it moves
 * entries between shards and needs a schema version with a migration.
 */
export const SHARD_COUNT = 256;
export const KEY_ARTICLE = 'lib:a:';
export const KEY_SEARCH = 'lib:t:';
export const KEY_SHARD = 'lib:i:';
export const KEY_POSITION = 'lib:p:';
export const KEY_RECENT = 'lib:recent';
/**
 * Entries in lib:recent: at least the popup's first page (12 rows). It is rewritten by every
 * save, so each entry here costs every save ~320 bytes of write (16 → ~5 kB, 32 was ~10 kB).
 */
export const RECENT_COUNT = 16;
/** Identifies what produced the stored HTML (bump with the pipeline). */
export const EXTRACTOR_VERSION = 'honbun-pipeline/0.1';

/** Article HTML above this is cut at a block boundary and marked `capped` (the user is told). */
export const HTML_CAP_CHARS = 1_500_000;
export const TEXT_CAP_CHARS = 500_000;
/** Anything bigger than this in one save message is refused outright. */
export const SAVE_HARD_LIMIT_CHARS = 4_000_000;
/**
 * Search covers title, site and the first part of the text. Reading storage.local runs at a few
 * MB/s here (measured: 3 MB of index in ~1.7 s on the loaded 2-core machine), so the cap bounds
 * how long the first full-text search waits at 10,000 articles.
 */
export const SEARCH_TEXT_CAP = 1_500;
/** Deleted entries stay restorable (undo) this long, then the next start-up purges them. */
export const TOMBSTONE_TTL_MS = 10 * 60_000;

export const articleKey = (id: string) => KEY_ARTICLE + id;
export const searchKey = (id: string) => KEY_SEARCH + id;
export const positionKey = (id: string) => KEY_POSITION + id;
export const shardKey = (n: number) => KEY_SHARD + String(n).padStart(3, '0');

/** The article record, current version. */
export interface ArticleRecord {
  schemaVersion: 2;
  id: string;
  /** normalised URL (the key source) */
  url: string;
  /** the tab URL as it was when saved */
  pageUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** host without www. */
  site: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  readingMinutes: number | null;
  truncated: boolean;
  nextPage: string | null;
  html: string;
  text: string;
  sources: Source[];
  quotes: Quote[];
  anonymousSources: number;
  isArticle: boolean;
  /** saved from a page not detected as an article, or without the reader's extraction */
  bestEffort: boolean;
  /** html/text were cut to the caps */
  capped: boolean;
  savedAt: number;
  updatedAt: number;
  extractorVersion: string;
  /** a multi-page article's later pages (page 1 is `html`) */
  pages?: SavedPage[];
  /** what joining pages did when it was saved */
  joinNote?: SavedJoinNote | null;
  /** what the pipeline took out of the page, as it was when saved (text only, no HTML) */
  removed?: SavedRemoval[];
  /** the article's lead picture (page meta or the picture above the body) */
  leadImage?: string | null;
  /** who published the article (the analysis's publisher: site name, byline outlet, domain), shown as "published by" */
  publisher?: string | null;
  /** every photo Save considered: stored in IndexedDB, or why not */
  images?: ImageInfo[];
}

export interface SavedPage {
  url: string;
  html: string;
}

export interface SavedJoinNote {
  joined: number;
  failed: { page: number; url: string; reason: 'network' | 'not-html' | 'too-large' | 'other-origin' } | null;
}

export interface SavedRemoval {
  category: Category;
  rule: string;
  text: string;
}

/** Why a photo was not stored. */
export const IMAGE_SKIP_REASONS = ['quota', 'budget', 'count', 'failed', 'not-image', 'too-large', 'tracker', 'not-in-file'] as const;
export type ImageSkipReason = (typeof IMAGE_SKIP_REASONS)[number];

export interface ImageInfo {
  /** the image's URL as it appears in the stored HTML (the IndexedDB key with the article id) */
  url: string;
  stored: boolean;
  reason?: ImageSkipReason;
  /** stored size in bytes and pixels, when stored */
  bytes?: number;
  width?: number;
  height?: number;
  /** the lead picture (it may not appear in the body) */
  lead?: boolean;
}

/** One index entry: what the list shows, no HTML. */
export interface IndexEntry {
  id: string;
  url: string;
  title: string;
  site: string;
  siteName: string | null;
  lang: string | null;
  savedAt: number;
  updatedAt: number;
  readingMinutes: number | null;
  isArticle: boolean;
  bestEffort: boolean;
  capped: boolean;
  read: boolean;
  /** set while deleted-but-undoable */
  deletedAt: number | null;
  /** approximate stored size in characters (record + search text) */
  size: number;
  /**
   * The publication time in epoch ms (null: none), for sorting by it (issue #14). Added after
   * schema 2: entries written before lack it until the background's backfill
   * (entry-details.ts) fills it in, with their excerpts.
   */
  publishedAt?: number | null;
}

export interface IndexShard {
  schemaVersion: 2;
  entries: Record<string, IndexEntry>;
}

export interface RecentList {
  schemaVersion: 2;
  /** newest first, at most RECENT_COUNT, live entries only */
  entries: IndexEntry[];
}

export interface SearchRecord {
  schemaVersion: 2;
  id: string;
  /** foldForSearch(title + site + siteName + text prefix) */
  folded: string;
  /**
   * The start of the text as written, for the library page (excerpt.ts, issue #14). Kept here
   * rather than in the index, which every list reads whole: at 10,000 articles excerpts would
   * double it; this record is read only for the rows shown, or by a search.
   */
  excerpt?: string;
}

// ---- version 1 (first released layout): text lived only inside the record, no search key,
// index entries carried only id/url/title/site/savedAt/read. Kept to type the migration.
export interface ArticleRecordV1 {
  schemaVersion: 1;
  id: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  site: string;
  lang: string | null;
  publishedTime: string | null;
  readingMinutes: number | null;
  html: string;
  text: string;
  sources: Source[];
  quotes: Quote[];
  isArticle: boolean;
  savedAt: number;
}
export interface IndexShardV1 {
  schemaVersion: 1;
  entries: Record<string, { id: string; url: string; title: string; site: string; savedAt: number; read: boolean }>;
}

/**
 * What a client sends to save: the record's content fields (the writer adds id, url, site and
 * the times) plus where it came from.
 */
export type SavePayload = Omit<ArticleRecord, 'schemaVersion' | 'id' | 'url' | 'site' | 'savedAt' | 'updatedAt'> & {
  /** <link rel=canonical> as found on the page, or null */
  canonicalUrl: string | null;
  /** the tab is in a private window */
  incognito: boolean;
};

export type LibraryErrorCode =
  | 'quota'
  | 'storage'
  | 'too-large'
  | 'invalid'
  | 'incognito-off'
  | 'cannot-run'
  | 'extract-failed'
  | 'forbidden';

export type SaveResponse =
  | {
      ok: true;
      id: string;
      created: boolean;
      capped: boolean;
      entry: IndexEntry;
      /** photos stored / considered, and whether the browser's storage refused them */
      images?: { stored: number; total: number; quota: boolean };
      /** pages saved, page 1 included */
      pages?: number;
    }
  | { ok: false; code: LibraryErrorCode; message: string };

export interface ImportReport {
  ok: boolean;
  added: number;
  skipped: number;
  rejected: number;
  /** why the whole file was refused (nothing written), or why single articles were rejected */
  errors: string[];
}

