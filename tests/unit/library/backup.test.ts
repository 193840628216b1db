/** The backups reminder's rule (issue #13): > 30 days since the last export, > 20 articles, at most weekly. */
import { expect, test } from 'vitest';
import { shouldOfferBackup } from '../../../utils/library/backup';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);

test('offered when the last export is over 30 days old and the library holds more than 20 articles', () => {
  expect(shouldOfferBackup({ lastExportAt: NOW - 31 * DAY, lastOfferAt: null }, 21, NOW)).toBe(true);
  expect(shouldOfferBackup({ lastExportAt: null, lastOfferAt: null }, 21, NOW)).toBe(true);
  expect(shouldOfferBackup({ lastExportAt: NOW - 29 * DAY, lastOfferAt: null }, 500, NOW)).toBe(false);
  expect(shouldOfferBackup({ lastExportAt: NOW - 90 * DAY, lastOfferAt: null }, 20, NOW)).toBe(false);
});

test('never more than once a week', () => {
  expect(shouldOfferBackup({ lastExportAt: null, lastOfferAt: NOW - 6 * DAY }, 100, NOW)).toBe(false);
  expect(shouldOfferBackup({ lastExportAt: null, lastOfferAt: NOW - 7 * DAY }, 100, NOW)).toBe(true);
});
