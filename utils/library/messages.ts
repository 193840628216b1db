/**
 * The saved library's messages (request and response types together). The background is the
 * library's only writer; pages and content scripts ask it. Combined in utils/messages.ts.
 */
import type { ArticleRecord, IndexEntry, LibraryErrorCode, SavePayload } from './schema';

export type LibraryMessage =
  /** popup/clean view/pages → background: save (create or update) one article → SaveResponse */
  | { type: 'library:save'; article: SavePayload }
  /** pages → background: soft-delete (undoable), undo, mark read → LibraryEntryResponse */
  | { type: 'library:delete'; id: string }
  | { type: 'library:restore'; id: string }
  | { type: 'library:mark-read'; id: string; read: boolean }
  /** library page → background: add already validated and re-sanitized records, never overwriting → ImportReport */
  | { type: 'library:import'; records: ArticleRecord[]; read: boolean[] };

export type { SaveResponse, ImportReport } from './schema';
export type LibraryEntryResponse = { ok: true; entry: IndexEntry | null } | { ok: false; code: LibraryErrorCode; message: string };
