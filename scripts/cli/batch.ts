/**
 * `--batch LIST.jsonl`: one result line per non-blank LIST line, in order, whatever happens to
 * each page. A line that is not a JSON object with a string `path`, and a path that cannot be
 * read (missing, a directory, no permission), give a result with error code `empty-input`
 * (there is no page to read) and the batch goes on. Ids are echoed back as given (a string or
 * a number), null when absent.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { ExtractResult } from '../../utils/article/types';
import { UsageError } from './args';
import type { PageRunner } from './page-runner';
import { errorResult, type ResultId } from './result';

export type BatchEntry =
  | { ok: true; id: ResultId; path: string; url: string | null }
  | { ok: false; id: ResultId; message: string };

function idOf(v: unknown): ResultId {
  // numbers are echoed as numbers so callers can match them with their own ids
  return typeof v === 'string' || typeof v === 'number' ? (v as ResultId) : null;
}

/** One LIST line → an entry; `lineNo` is 1-based, for messages. */
export function parseListLine(line: string, listDir: string, lineNo: number): BatchEntry {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, id: null, message: `LIST line ${lineNo} is not JSON: ${(e as Error).message}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { ok: false, id: null, message: `LIST line ${lineNo} is not a JSON object` };
  }
  const o = v as Record<string, unknown>;
  const id = idOf(o.id);
  if (typeof o.path !== 'string' || o.path === '') {
    return { ok: false, id, message: `LIST line ${lineNo} has no "path" string` };
  }
  const url = typeof o.url === 'string' && o.url !== '' ? o.url : null;
  return { ok: true, id, url, path: isAbsolute(o.path) ? o.path : resolve(listDir, o.path) };
}

export async function runBatch(
  listPath: string,
  runner: PageRunner,
  write: (r: ExtractResult) => Promise<void>,
): Promise<void> {
  let text: string;
  try {
    text = await readFile(listPath, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read LIST ${listPath}: ${(e as Error).message}`);
  }
  const listDir = dirname(listPath);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\ufeff/, '');
    if (line.trim() === '') continue;
    const entry = parseListLine(line, listDir, i + 1);
    if (!entry.ok) {
      await write(errorResult(entry.id, { code: 'empty-input', message: entry.message }));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(entry.path);
    } catch (e) {
      await write(errorResult(entry.id, { code: 'empty-input', message: `cannot read ${entry.path}: ${(e as Error).message}` }));
      continue;
    }
    await write(await runner.run(entry.id, entry.url, bytes));
  }
}
