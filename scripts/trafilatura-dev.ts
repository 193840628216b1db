/**
 * The trafilatura-dev benchmark (../shared/corpus/trafilatura-dev): its manifest's pages and their
 * HTML, read one way by `npm run bench` and the dump scripts (which then keep or skip the held
 * third, held-out.ts), and the `--name value` option reader those scripts share.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const TRAFILATURA = resolve(import.meta.dirname, '../../shared/corpus/trafilatura-dev');

/** One manifest line: the page, its language and its labelled `with` / `without` segments. */
export interface TfPage {
  id: string;
  html: string;
  url: string | null;
  lang: string;
  with: string[];
  without: string[];
}

export function trafilaturaPages(): TfPage[] {
  return readFileSync(resolve(TRAFILATURA, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TfPage);
}

export function trafilaturaHtml(page: Pick<TfPage, 'html'>): Buffer {
  return readFileSync(resolve(TRAFILATURA, page.html));
}

/** The value after `--name` on the command line, or null. */
export function argValue(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
