/**
 * Every storage item Honbun uses, in one module (WXT `storage.defineItem` with versions and
 * migrations). Add items here with a short comment; never define storage keys elsewhere.
 */
import { storage } from 'wxt/utils/storage';

export {storage};

// ---- Saved library (issue #5). Article records, search texts and index shards use dynamic keys
// (lib:a:<id>, lib:t:<id>, lib:i:<nn>, lib:p:<id>); their layout, schemaVersion and record
// migrations live in utils/library/schema.ts and utils/library/migrate.ts, re-exported here.
export * from './library/schema';
import type { LibrarySettings } from './library/schema';

/** Library settings: saving from private windows is off unless the reader turns it on. */
export const librarySettings = storage.defineItem<LibrarySettings>('local:lib.settings', {
  fallback: { saveInIncognito: false },
  version: 1,
  migrations: {},
});


// ---- Clean view (issue #3).
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from './reader/settings';

/** Reading settings (theme, font, size, 縦書き…), shared by the clean view and saved articles. */
export const readerSettings = storage.defineItem<ReaderSettings>('local:reader.settings', {
  fallback: DEFAULT_READER_SETTINGS,
  version: 1,
  migrations: {},
});
