/**
 * Sending library requests to the background writer from pages (popup, library, article).
 * A request that fails because the worker died mid-way is retried: saves are idempotent
 * (same URL → same key), so a retry can only complete a save, never duplicate it.
 */
import { browser } from 'wxt/browser';
import type { LibraryEntryResponse, LibraryMessage } from './messages';
import type { ImportReport, SavePayload, SaveResponse } from './schema';

const RETRIES = 3;
const RETRY_DELAY_MS = 300;

async function send<T>(msg: LibraryMessage): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const res = (await browser.runtime.sendMessage(msg)) as T | undefined;
      if (res !== undefined) return res;
      last = new Error('no answer from the background');
    } catch (err) {
      last = err;
    }
    await new Promise((ok) => setTimeout(ok, RETRY_DELAY_MS * (attempt + 1)));
  }
  throw last instanceof Error ? last : new Error(String(last));
}

export async function saveArticle(article: SavePayload): Promise<SaveResponse> {
  try {
    return await send<SaveResponse>({ type: 'library:save', article });
  } catch (err) {
    return { ok: false, code: 'storage', message: err instanceof Error ? err.message : String(err) };
  }
}

export const deleteEntry = (id: string) => send<LibraryEntryResponse>({ type: 'library:delete', id });
export const restoreEntry = (id: string) => send<LibraryEntryResponse>({ type: 'library:restore', id });
export const markRead = (id: string, read: boolean) => send<LibraryEntryResponse>({ type: 'library:mark-read', id, read });
export const importBatch = (records: Extract<LibraryMessage, { type: 'library:import' }>['records'], read: boolean[]) =>
  send<ImportReport>({ type: 'library:import', records, read });
