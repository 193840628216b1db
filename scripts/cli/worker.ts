/**
 * Worker-thread entry: extracts the pages the main thread sends, one at a time. Lives in a
 * worker so a page stuck in synchronous DOM code (jsdom, Readability) can be stopped with
 * worker.terminate(); see page-runner.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorResult } from './result';
import { extractPage } from './extract-page';
import type { PageJob, WorkerMessage } from './protocol';
import { warmUpHtml } from './warm-up';

/**
 * Test hook: a page whose id equals this variable spins forever, standing in for a page that
 * hangs jsdom (none can be produced on demand within a fast test). Unset in normal use.
 */
const HANG_ENV = 'HONBUN_TEST_HANG_ID';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');

function send(msg: WorkerMessage): void {
  port!.postMessage(msg);
}

port.on('message', (job: PageJob) => {
  const hangId = process.env[HANG_ENV];
  if (hangId && job.id === hangId) for (;;);
  let result;
  try {
    result = extractPage(new Uint8Array(job.bytes), job.url, job.id);
  } catch (e) {
    result = errorResult(job.id, { code: 'internal', message: `extraction crashed: ${(e as Error)?.message ?? String(e)}` });
  }
  send({ type: 'result', seq: job.seq, result });
});

// skipped when the runner has a single page to do (see PageRunner's `warmUp`)
if ((workerData as { warmUp?: boolean } | null)?.warmUp !== false) {
  try {
    extractPage(new TextEncoder().encode(warmUpHtml()), 'https://news.example/harbour', null);
  } catch {
    // a broken pipeline shows up on the first real page, with its message
  }
}
send({ type: 'ready' });
