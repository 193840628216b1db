/**
 * Background wiring for the saved library (issues #5, #13): the single serialized writer.
 * Listeners are registered synchronously at start-up; the only state is the queue in queue.ts.
 * Migrations and the purge of expired deletions are the first tasks after every worker start.
 *
 * A save, from the popup or the clean view, runs entirely here once its message has arrived:
 * DOM work (extraction, later pages, sanitizing) in the offscreen document or this page
 * (dom-host.ts), photos fetched and shrunk here, then one queued write. Closing the popup or the
 * tab does not stop it; the sender learns of it only when the write is done.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { LibraryEntryResponse, LibraryMessage } from './messages';
import { librarySettings } from './settings';
import { enqueue } from './queue';
import { migrateLibrary } from './migrate';
import { backfillEntryDetails } from './entry-details';
import { applyAddIfAbsent, applyDelete, applyMarkRead, applyRestore, applySave, purgeTombstones, validatePayload } from './write';
import { errorMessage, storageErrorCode } from './errors';
import { fromExtensionPage, fromOwnPage } from './sender';
import { runInDom } from './dom-host';
import { snapshotTab } from './snapshot';
import { fetchArticleImages } from './image-save';
import { base64ToBlob } from './image-transfer';
import { joinPagesEnabled } from '../article/join-setting';
import { TOMBSTONE_TTL_MS, type ArticleRecord, type ImportReport, type IndexEntry, type LibraryErrorCode, type SavePayload, type SaveResponse } from './schema';
import type { PreparedSave } from './save-worker';

const LIBRARY_TYPES = new Set(['library:save', 'library:save-tab', 'library:delete', 'library:restore', 'library:mark-read', 'library:import']);

function fail(code: LibraryErrorCode, message: string) {
  return { ok: false as const, code, message };
}

async function incognitoRefused(incognito: boolean): Promise<boolean> {
  if (!incognito) return false;
  const settings = await librarySettings.getValue();
  return !settings.saveInIncognito;
}

/** Photos, then the queued write of the prepared (sanitized) article. */
async function writePrepared(prepared: PreparedSave): Promise<SaveResponse> {
  const images = await fetchArticleImages(prepared.images, prepared.trackers);
  return enqueue(() => applySave(prepared.payload, Date.now(), images));
}

/** The clean view's Save: what the view shows, sanitized again here before it is stored. */
async function saveFromView(article: SavePayload, sender: Browser.runtime.MessageSender): Promise<SaveResponse> {
  const invalid = validatePayload(article);
  if (invalid) return fail('invalid', invalid);
  if (!fromExtensionPage(sender) && !fromOwnPage(sender, article.pageUrl)) return fail('forbidden', 'not sent by this page');
  if (await incognitoRefused(!!article.incognito || !!sender.tab?.incognito)) return fail('incognito-off', 'saving from private windows is turned off');
  const res = await runInDom({ op: 'prepare', payload: article });
  if (!res.ok || !('save' in res)) return fail('cannot-run', res.ok ? 'no article' : res.error);
  return writePrepared(res.save);
}

/** The popup's Save: the tab's HTML, extracted and joined away from the popup and the tab. */
async function saveTab(msg: Extract<LibraryMessage, { type: 'library:save-tab' }>): Promise<SaveResponse> {
  if (await incognitoRefused(msg.incognito)) return fail('incognito-off', 'saving from private windows is turned off');
  let snap = null;
  if (msg.tabId != null) snap = await snapshotTab(msg.tabId).catch(() => null);
  snap ??= msg.snapshot;
  if (!snap || typeof snap.html !== 'string' || typeof snap.url !== 'string') return fail('extract-failed', 'the page did not answer');
  const res = await runInDom({
    op: 'extract',
    html: snap.html,
    url: snap.url,
    contentType: snap.contentType,
    charset: snap.charset ?? null,
    join: await joinPagesEnabled(),
  });
  if (!res.ok || !('save' in res)) return fail('extract-failed', res.ok ? 'no article' : res.error);
  res.save.payload.incognito = msg.incognito;
  return writePrepared(res.save);
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
  if (!Array.isArray(msg.records)) return { ...report, ok: false, errors: ['no records'] };
  // sanitized on the library page already; again here, at the writer
  const clean = await runInDom({ op: 'sanitize-records', records: msg.records });
  if (!clean.ok || !('records' in clean)) return { ...report, ok: false, rejected: msg.records.length, errors: [clean.ok ? 'no records' : clean.error] };
  const records: ArticleRecord[] = clean.records;
  for (let i = 0; i < records.length; i++) {
    try {
      const images = (msg.images?.[i] ?? []).map((im) => ({ url: im.url, blob: base64ToBlob(im.data, im.type), width: im.width, height: im.height }));
      const r = await enqueue(() => applyAddIfAbsent(records[i], !!msg.read[i], images));
      report[r]++;
    } catch (err) {
      report.ok = false;
      report.errors.push(errorMessage(err));
      report.rejected += records.length - i;
      break;
    }
  }
  return report;
}

function handle(msg: LibraryMessage, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  // a content script may only save its own page (saveFromView checks which); the rest is for
  // the extension's own pages
  if (msg.type !== 'library:save' && !fromExtensionPage(sender)) return Promise.resolve(fail('forbidden', 'not an extension page'));
  switch (msg.type) {
    case 'library:save':
      return saveFromView(msg.article, sender);
    case 'library:save-tab':
      return saveTab(msg);
    case 'library:delete':
      // the record and its photos go once the undo window is over: then, if this worker is
      // still alive, else at the next start (purgeTombstones below)
      setTimeout(() => void enqueue(() => purgeTombstones()).catch(() => undefined), TOMBSTONE_TTL_MS + 1_000);
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
  // entries saved before the index kept excerpts and publication times (issue #14), once
  void backfillEntryDetails(enqueue).catch((err) => console.error('[honbun] filling in excerpts failed', err));
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
