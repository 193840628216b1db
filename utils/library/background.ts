/**
 * Background wiring for the saved library (issue #5): the single serialized writer.
 * Listeners are registered synchronously at start-up; the only state is the queue in queue.ts.
 * Migrations and the purge of expired deletions are the first tasks after every worker start.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { LibraryEntryResponse, LibraryMessage } from './messages';
import { librarySettings } from './settings';
import { enqueue } from './queue';
import { migrateLibrary } from './migrate';
import { applyAddIfAbsent, applyDelete, applyMarkRead, applyRestore, applySave, purgeTombstones } from './write';
import { errorMessage, storageErrorCode } from './errors';
import type { ImportReport, IndexEntry, LibraryErrorCode, SavePayload, SaveResponse } from './schema';

const LIBRARY_TYPES = new Set(['library:save', 'library:delete', 'library:restore', 'library:mark-read', 'library:import']);

function fail(code: LibraryErrorCode, message: string) {
  return { ok: false as const, code, message };
}

async function save(article: SavePayload, sender: Browser.runtime.MessageSender): Promise<SaveResponse> {
  const incognito = !!article?.incognito || !!sender.tab?.incognito;
  if (incognito) {
    const settings = await librarySettings.getValue();
    if (!settings.saveInIncognito) return fail('incognito-off', 'saving from private windows is turned off');
  }
  return enqueue(() => applySave(article));
}

async function entryChange(task: () => Promise<IndexEntry | null>): Promise<LibraryEntryResponse> {
  try {
    return { ok: true, entry: await enqueue(task) };
  } catch (err) {
    return fail(storageErrorCode(err), errorMessage(err));
  }
}

async function importRecords(msg: Extract<LibraryMessage, { type: 'library:import' }>): Promise<ImportReport> {
  const report: ImportReport = { ok: true, added: 0, skipped: 0, rejected: 0, errors: [] };
  for (let i = 0; i < msg.records.length; i++) {
    try {
      const r = await enqueue(() => applyAddIfAbsent(msg.records[i], !!msg.read[i]));
      report[r]++;
    } catch (err) {
      report.ok = false;
      report.errors.push(errorMessage(err));
      report.rejected += msg.records.length - i;
      break;
    }
  }
  return report;
}

function handle(msg: LibraryMessage, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  switch (msg.type) {
    case 'library:save':
      return save(msg.article, sender);
    case 'library:delete':
      return entryChange(() => applyDelete(msg.id));
    case 'library:restore':
      return entryChange(() => applyRestore(msg.id));
    case 'library:mark-read':
      return entryChange(() => applyMarkRead(msg.id, msg.read));
    case 'library:import':
      return importRecords(msg);
    default:
      return undefined;
  }
}

export function registerLibrary(): void {
  // First tasks of every worker start: nothing else writes before the data is current.
  void enqueue(migrateLibrary).catch((err) => console.error('[honbun] library migration failed', err));
  void enqueue(() => purgeTombstones()).catch(() => undefined);
  // sendResponse + `return true` (not a returned promise) works the same in Chrome, Firefox's
  // polyfill and the unit tests' fakeBrowser.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const msg = raw as LibraryMessage;
    if (!msg || typeof msg !== 'object' || !LIBRARY_TYPES.has(msg.type)) return undefined;
    const pending = handle(msg, sender);
    if (!pending) return undefined;
    pending.then(sendResponse, (err) => sendResponse(fail('storage', errorMessage(err))));
    return true;
  });
}
