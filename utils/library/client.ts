/**
 * Sending library requests to the background writer from pages (popup, library, article).
 * A request that fails because the worker died mid-way is retried: saves are idempotent
 * (same URL → same key), so a retry can only complete a save, never duplicate it.
 */
import { browser } from 'wxt/browser';
import type { ImportedImage, LibraryEntryResponse, LibraryMessage, TabSnapshot } from './messages';
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

async function sendSave(msg: LibraryMessage): Promise<SaveResponse> {
  try {
    return await send<SaveResponse>(msg);
  } catch (err) {
    return { ok: false, code: 'storage', message: err instanceof Error ? err.message : String(err) };
  }
}

/** The clean view's Save: the article it shows. */
export const saveArticle = (article: SavePayload) => sendSave({ type: 'library:save', article });

/** The popup's Save: the background extracts the tab (or `snapshot`, if the tab has closed). */
export const saveTab = (tabId: number | null, snapshot: TabSnapshot | null, incognito: boolean) =>
  sendSave({ type: 'library:save-tab', tabId, snapshot, incognito });

export const deleteEntry = (id: string) => send<LibraryEntryResponse>({ type: 'library:delete', id });
export const restoreEntry = (id: string) => send<LibraryEntryResponse>({ type: 'library:restore', id });
export const markRead = (id: string, read: boolean) => send<LibraryEntryResponse>({ type: 'library:mark-read', id, read });
export const importBatch = (records: Extract<LibraryMessage, { type: 'library:import' }>['records'], read: boolean[], images: ImportedImage[][]) =>
  send<ImportReport>({ type: 'library:import', records, read, images });
