/**
 * The clean view's settings item (WXT `storage.defineItem`, versioned), shared by the clean view
 * and the saved-article page. The settings themselves and their CSS are in settings.ts (pure).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from './settings';

/** Reading settings (theme, font, size, 縦書き…). */
export const readerSettings = storage.defineItem<ReaderSettings>('local:reader.settings', {
  fallback: DEFAULT_READER_SETTINGS,
  version: 2,
  migrations: {
    // v1 had one line length (em) and spacing for every script; v2 keeps them per script and
    // starts from each script's default (the old global values were mostly the old defaults).
    2: (old: Record<string, unknown>) => {
      const { width: _w, lineHeight: _l, ...rest } = old ?? {};
      return { ...rest, measures: {} };
    },
  },
});
