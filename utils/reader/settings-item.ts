/**
 * The clean view's settings item (WXT `storage.defineItem`, versioned), shared by the clean view
 * and the saved-article page. The settings themselves and their CSS are in settings.ts (pure).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from './settings';

/** Reading settings (theme, font, size, 縦書き…). */
export const readerSettings = storage.defineItem<ReaderSettings>('local:reader.settings', {
  fallback: DEFAULT_READER_SETTINGS,
  version: 1,
  migrations: {},
});
