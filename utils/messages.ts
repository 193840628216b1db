/**
 * The one typed message schema shared by background, content scripts, popup and extension pages.
 * Add a message here (request and response types together) before using it anywhere.
 */
import type { DetectResult } from './extract/types';
import type { ArticleRecord, IndexEntry, LibraryErrorCode, SavePayload } from './library/schema';

export type Message =
  /** content script → background: the per-page detector's verdict for the sender tab */
  | { type: 'detected'; url: string; result: DetectResult }
  /**
   * popup/background → content script: open or close the clean view → ReaderToggleResponse.
   * Sent to the background (runtime.sendMessage) it toggles `tabId`, else the active tab.
   */
  | { type: 'reader:toggle'; tabId?: number }
  /** per-page content script → background: inject the reader bundle into the sender tab → ReaderLoadResponse */
  | { type: 'reader:load' }
  /** popup → content script: is the clean view open, what did detection say */
  | { type: 'page:status' }
  /** popup/clean view/pages → background: save (create or update) one article → SaveResponse */
  | { type: 'library:save'; article: SavePayload }
  /** pages → background: soft-delete (undoable), undo, mark read → LibraryEntryResponse */
  | { type: 'library:delete'; id: string }
  | { type: 'library:restore'; id: string }
  | { type: 'library:mark-read'; id: string; read: boolean }
  /** library page → background: add already validated and re-sanitized records, never overwriting → ImportReport */
  | { type: 'library:import'; records: ArticleRecord[]; read: boolean[] };

export type { SaveResponse, ImportReport } from './library/schema';
export type LibraryEntryResponse = { ok: true; entry: IndexEntry | null } | { ok: false; code: LibraryErrorCode; message: string };

export type ReaderToggleResponse = { ok: true; open: boolean } | { ok: false; error: string };
export type ReaderLoadResponse = { ok: true } | { ok: false; error: string };

export interface PageStatus {
  url: string;
  detect: DetectResult | null;
  readerOpen: boolean;
}

export type MessageType = Message['type'];
