/**
 * Backups reminder (issue #13): removing the extension deletes its storage, so the library page
 * shows when the library was last exported and offers an export when that is more than 30 days
 * ago and the library holds more than 20 articles, at most once a week.
 */
import { storage } from 'wxt/utils/storage';

export interface BackupState {
  /** when the library was last exported (epoch ms), or null: never */
  lastExportAt: number | null;
  /** when the export was last offered, or null */
  lastOfferAt: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const BACKUP_MAX_AGE_MS = 30 * DAY_MS;
export const BACKUP_MIN_ARTICLES = 20;
export const OFFER_EVERY_MS = 7 * DAY_MS;

export const backupState = storage.defineItem<BackupState>('local:lib.backup', {
  fallback: { lastExportAt: null, lastOfferAt: null },
  version: 1,
});

export function shouldOfferBackup(s: BackupState, articles: number, now = Date.now()): boolean {
  if (articles <= BACKUP_MIN_ARTICLES) return false;
  const stale = s.lastExportAt == null || now - s.lastExportAt > BACKUP_MAX_AGE_MS;
  const quiet = s.lastOfferAt == null || now - s.lastOfferAt >= OFFER_EVERY_MS;
  return stale && quiet;
}
