/**
 * Prepares a page for hand labelling (tests/fixtures/analysis/README.md): the blocks, captions
 * and links the pipeline hands to the analysis, and empty `quotes` / `sources` to fill in by
 * hand. It never runs the analysis, so the labeller cannot see (or copy) what the rules find.
 *
 *   npx tsx scripts/analysis/label-input.ts --id ID --lang LANG [--url URL] [--split test|tune] FILE(.html|.gz)
 *
 * Prints the JSON to stdout.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { extractArticle } from '../../utils/article/extract';
import { detectArticle } from '../../utils/extract/detect';
import { gunzipIfNeeded, httpUrlOrNull, loadDocument } from '../cli/load-document';

const args = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : null;
};
const file = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).pop();
const id = opt('id');
const lang = opt('lang');
if (!file || !id || !lang) {
  console.error('usage: label-input.ts --id ID --lang LANG [--url URL] [--split test|tune] FILE');
  process.exit(2);
}
const url = httpUrlOrNull(opt('url'));
const loaded = loadDocument(gunzipIfNeeded(readFileSync(file)), url);
if (!loaded.document || !loaded.window) {
  console.error(`cannot load ${file}: ${loaded.error?.message}`);
  process.exit(1);
}
const a = extractArticle(loaded.document, { url, window: loaded.window, removedHtml: false, detect: detectArticle(loaded.document, url) });
const out = {
  id,
  lang,
  split: opt('split') ?? 'tune',
  origin: relative(process.cwd(), file),
  url,
  title: a.title,
  siteName: a.siteName,
  blocks: a.blocks,
  captions: a.captions,
  links: a.links,
  publisher: null as string | null,
  quotes: [] as { speaker: string | null; role?: string | null; text: string }[],
  sources: [] as { name: string; kind?: string }[],
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
loaded.close();
