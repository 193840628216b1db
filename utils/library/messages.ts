/**
 * The saved library's messages (request and response types together). The background is the
 * library's only writer; pages and content scripts ask it. Combined in utils/messages.ts.
 * Who may send what is checked in background.ts (sender.ts): content scripts only `library:save`
 * for their own page; everything else only the extension's own pages.
 */
import type { ArticleRecord, IndexEntry, LibraryErrorCode, SavePayload } from './schema';

/** A tab's DOM as text, taken by scripting.executeScript (snapshot.ts). */
export interface TabSnapshot {
  url: string;
  html: string;
  contentType: string;
  /** the page's encoding (later pages that declare none are read with it) */
  charset?: string;
}

/** A photo carried by an export file (image-transfer.ts). */
export interface ImportedImage {
  url: string;
  type: string;
  /** base64 of the bytes */
  data: string;
  width: number;
  height: number;
}

/** DOM work the background asks of the offscreen document / its own page (save-worker.ts). */
export type DomRequest =
  | { op: 'extract'; html: string; url: string; contentType?: string; join: boolean; charset?: string | null }
  | { op: 'prepare'; payload: SavePayload }
  | { op: 'sanitize-records'; records: ArticleRecord[] };

export type LibraryMessage =
  /** clean view (content script) → background: save what the view shows (create or update) → SaveResponse */
  | { type: 'library:save'; article: SavePayload }
  /**
   * popup → background: save a tab → SaveResponse. The background extracts (offscreen document
   * in Chrome, its own page in Firefox), joins later pages, stores the photos, then writes; the
   * popup may close meanwhile. `snapshot` is the tab's HTML taken when the popup opened (used
   * when the tab has closed since).
   */
  | { type: 'library:save-tab'; tabId: number | null; snapshot: TabSnapshot | null; incognito: boolean }
  /** pages → background: soft-delete (undoable), undo, mark read → LibraryEntryResponse */
  | { type: 'library:delete'; id: string }
  | { type: 'library:restore'; id: string }
  | { type: 'library:mark-read'; id: string; read: boolean }
  /** library page → background: add already validated records (and their photos), never overwriting → ImportReport */
  | { type: 'library:import'; records: ArticleRecord[]; read: boolean[]; images?: ImportedImage[][] }
  /** background → offscreen document (Chrome): DOM work for the writer → DomResult */
  | { type: 'offscreen:dom'; request: DomRequest };

export type { SaveResponse, ImportReport } from './schema';
export type LibraryEntryResponse = { ok: true; entry: IndexEntry | null } | { ok: false; code: LibraryErrorCode; message: string };
