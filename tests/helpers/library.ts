/** Test helpers for the library unit tests (not a test file itself). */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SavePayload } from '../../utils/library/schema';

/**
 * fakeBrowser's storage.get hands out live references to its stored objects; real browsers
 * return copies. With references, a lost read-modify-write update would go unnoticed, so the
 * tests make get() return deep copies, as Chrome does.
 */
const area = fakeBrowser.storage.local;
const originalGet = area.get.bind(area) as (keys?: unknown) => Promise<Record<string, unknown>>;

/** Call in beforeEach: resets the fake browser and every spy, then makes get() copy. */
export function realisticStorage(): void {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(area, 'get').mockImplementation((async (keys?: unknown) => structuredClone(await originalGet(keys))) as never);
}

export function payload(url: string, over: Partial<SavePayload> = {}): SavePayload {
  return {
    pageUrl: url,
    canonicalUrl: null,
    title: `Title of ${url}`,
    byline: null,
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    publishedTime: null,
    modifiedTime: null,
    readingMinutes: 3,
    truncated: false,
    nextPage: null,
    html: '<p data-p="0">Body</p>',
    text: 'Body',
    sources: [],
    quotes: [],
    anonymousSources: 0,
    isArticle: true,
    bestEffort: false,
    capped: false,
    extractorVersion: 'test',
    incognito: false,
    ...over,
  };
}
