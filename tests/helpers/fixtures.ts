/**
 * Fixture access for tests and scripts. Paths are resolved from the repository root
 * (process.cwd() under vitest), because `new URL(..., import.meta.url)` breaks under jsdom.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const PAGES_DIR = resolve(process.cwd(), 'tests/fixtures/pages');

export interface PageExpectation {
  id?: string;
  url?: string | null;
  lang?: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  encoding?: string;
  paywalled?: boolean;
  isArticle?: boolean;
  must_have?: string[];
  must_not?: string[];
  [key: string]: unknown;
}

export interface PageFixture {
  name: string;
  dir: string;
  bytes: Buffer;
  expected: PageExpectation;
}

export function listPageFixtures(): string[] {
  return readdirSync(PAGES_DIR).sort();
}

export function loadPageFixture(name: string): PageFixture {
  const dir = resolve(PAGES_DIR, name);
  return {
    name,
    dir,
    bytes: readFileSync(resolve(dir, 'source.html')),
    expected: JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as PageExpectation,
  };
}

/** The labels' matching rule: NFC both sides, all whitespace (incl. U+3000) folded to one space. */
export function normaliseForMatch(s: string): string {
  return s.normalize('NFC').replace(/[\s\u3000]+/gu, ' ').trim();
}

/**
 * A fixture page's text, decoded by the charset its labels name (the CLI's own sniffing and
 * decoding are tested in tests/unit/cli/). GB2312 is read as GBK, as browsers do.
 */
export function decodedPage(f: Pick<PageFixture, 'bytes' | 'expected'>): string {
  const label = (f.expected.encoding ?? 'utf-8').toLowerCase().replace(/^gb2312$/, 'gbk');
  return new TextDecoder(label).decode(f.bytes);
}
