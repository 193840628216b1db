/**
 * The scrapinghub article-extraction benchmark (../shared/corpus/scrapinghub): its ground truth
 * (each page's article text and URL, by page id) and each page's HTML, read one way by
 * `npm run bench`, dump-pipeline, dump-leaks and dump-analysis (as trafilatura-dev.ts does for that corpus).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SCRAPINGHUB = resolve(import.meta.dirname, '../../shared/corpus/scrapinghub');

/** One page's ground truth: its whole article text and its URL. */
export interface ShTruth {
  articleBody: string;
  url: string;
}

export function scrapinghubTruth(): Record<string, ShTruth> {
  return JSON.parse(readFileSync(resolve(SCRAPINGHUB, 'ground-truth.json'), 'utf8')) as Record<string, ShTruth>;
}

/** Each page's manifest line: its id, URL, declared language and article text. */
export interface ShPage {
  id: string;
  url: string;
  lang: string;
  articleBody: string;
}

export function scrapinghubPages(): ShPage[] {
  return readFileSync(resolve(SCRAPINGHUB, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ShPage);
}

/** A page's HTML bytes, gunzipped. */
export function scrapinghubHtml(id: string): Buffer {
  return gunzipSync(readFileSync(resolve(SCRAPINGHUB, 'html', `${id}.html.gz`)));
}
