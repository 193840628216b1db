/**
 * The identity check of the dump scripts (dump-pipeline.ts, dump-analysis.ts): one JSON line per
 * item, `{"id": …, …}`, compared with an earlier dump by id. Prints every item whose line differs
 * (or that is new; with `gone`, also every earlier item the new dump lacks) and returns how many.
 */
import { readFileSync } from 'node:fs';

const idOf = (line: string) => (JSON.parse(line) as { id: string }).id;

export function compareDump(lines: string[], beforeFile: string, gone: boolean): number {
  const old = new Map(readFileSync(beforeFile, 'utf8').split('\n').filter(Boolean).map((s) => [idOf(s), s]));
  const seen = new Set<string>();
  let differ = 0;
  for (const line of lines) {
    const id = idOf(line);
    seen.add(id);
    if (old.get(id) === line) continue;
    differ++;
    console.log(`differs: ${id}${old.has(id) ? '' : ' (not in the earlier dump)'}`);
  }
  for (const id of gone ? old.keys() : []) {
    if (seen.has(id)) continue;
    differ++;
    console.log(`differs: ${id} (gone since the earlier dump)`);
  }
  return differ;
}
