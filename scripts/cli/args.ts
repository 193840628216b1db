/**
 * Command-line arguments of `npm run --silent extract -- [--url URL] [FILE]` and
 * `npm run --silent extract -- --batch LIST.jsonl`. Any misuse throws UsageError: the entry
 * prints its message and the usage on stderr and exits non-zero, printing nothing on stdout.
 */
import { resolve } from 'node:path';

export const USAGE = `usage:
  npm run --silent extract -- [--url URL] [FILE]      one page (FILE, .gz or not; stdin when absent or "-")
  npm run --silent extract -- --batch LIST.jsonl      one page per line: {"id", "path", "url"}
Prints one JSON line per page on stdout. FILE and LIST are resolved against INIT_CWD.`;

export class UsageError extends Error {}

export type CliArgs =
  | { mode: 'help' }
  | { mode: 'single'; file: string | null; url: string | null }
  | { mode: 'batch'; list: string };

/** Where relative paths on the command line start: the directory `npm run` was started from. */
export function baseDir(): string {
  return process.env.INIT_CWD || process.cwd();
}

function validUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through
  }
  throw new UsageError(`--url must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  let url: string | null = null;
  let list: string | null = null;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const takeValue = (flag: string): string => {
      const eq = arg.indexOf('=');
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '-h' || arg === '--help') return { mode: 'help' };
    else if (arg === '--url' || arg.startsWith('--url=')) {
      if (url !== null) throw new UsageError('--url given twice');
      url = validUrl(takeValue('--url'));
    } else if (arg === '--batch' || arg.startsWith('--batch=')) {
      if (list !== null) throw new UsageError('--batch given twice');
      list = takeValue('--batch');
    } else throw new UsageError(`unknown option ${arg}`);
  }
  if (list !== null) {
    if (files.length) throw new UsageError('give either FILE or --batch LIST, not both');
    if (url !== null) throw new UsageError('--url applies to a single FILE; in --batch each line has its own "url"');
    return { mode: 'batch', list: resolve(baseDir(), list) };
  }
  if (files.length > 1) throw new UsageError(`one FILE at a time (got ${files.length}); use --batch for many`);
  const file = files[0];
  return { mode: 'single', file: file === undefined || file === '-' ? null : resolve(baseDir(), file), url };
}
