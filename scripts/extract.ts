/**
 * The extraction CLI (issue #2's contract):
 *   npm run --silent extract -- [--url URL] [FILE]     → exactly one JSON line on stdout
 *   npm run --silent extract -- --batch LIST.jsonl     → one JSON line per LIST line, in order
 * stdout carries JSON lines only; diagnostics go to stderr. Exit 0 whenever results were
 * printed (per-page errors included), 2 on usage errors, 1 on an unexpected failure.
 * Pages run in a worker thread with a time limit (scripts/cli/page-runner.ts).
 */
import { readFile } from 'node:fs/promises';
import type { ExtractResult } from '../utils/article/types';
import { parseArgs, USAGE, UsageError } from './cli/args';
import { runBatch } from './cli/batch';
import { PageRunner } from './cli/page-runner';
import { toJsonLine } from './cli/result';

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function writeLine(result: ExtractResult): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(toJsonLine(result))) resolve();
    else process.stdout.once('drain', resolve);
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.mode === 'help') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  // one page: no warm-up page in the worker (it only pays off over a batch)
  const runner = new PageRunner(undefined, args.mode === 'batch');
  try {
    if (args.mode === 'batch') {
      await runBatch(args.list, runner, writeLine);
      return;
    }
    let bytes: Uint8Array;
    if (args.file === null) {
      if (process.stdin.isTTY) throw new UsageError('no FILE given and nothing piped on stdin');
      bytes = await readStdin();
    } else {
      try {
        bytes = await readFile(args.file);
      } catch (e) {
        throw new UsageError(`cannot read ${args.file}: ${(e as Error).message}`);
      }
    }
    await writeLine(await runner.run(null, args.url, bytes));
  } finally {
    await runner.close();
  }
}

// A reader that goes away (`| head -1`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    process.stderr.write(`extract: ${e.message}\n${USAGE}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    process.stderr.write(`extract: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
});
