/**
 * The library's settings item (WXT `storage.defineItem`, versioned).
 */
import { storage } from 'wxt/utils/storage';

export interface LibrarySettings {
  /** saving from private windows (off by default, issue #5) */
  saveInIncognito: boolean;
}

/** Library settings: saving from private windows is off unless the reader turns it on. */
export const librarySettings = storage.defineItem<LibrarySettings>('local:lib.settings', {
  fallback: { saveInIncognito: false },
  version: 1,
  migrations: {},
});
