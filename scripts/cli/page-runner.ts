/**
 * Runs pages in one reusable worker thread with a per-page time limit. jsdom and Readability
 * are synchronous: a page that hangs them can only be stopped by terminating its thread. After a
 * timeout or a crash (e.g. out of memory) the worker is replaced and the next page goes on.
 * Worker start-up (~1 s: tsx, jsdom, the pipeline, a warm-up page) is not charged to any page.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../../utils/article/types';
import { errorResult } from './result';
import type { PageJob, WorkerMessage } from './protocol';

/** Per-page limit (issue #2: 10 s); overridable for tests. */
export const DEFAULT_TIMEOUT_MS = 10_000;
export const TIMEOUT_ENV = 'HONBUN_PAGE_TIMEOUT_MS';
/** Start-up is not a page: give a cold machine (2 shared cores) plenty. */
const START_TIMEOUT_MS = 60_000;
/** Heap cap per worker: a runaway page fails alone instead of swapping the machine. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 3072, stackSizeMb: 16 };

const WORKER_URL = new URL('./worker.ts', import.meta.url);

export function timeoutFromEnv(): number {
  const v = Number(process.env[TIMEOUT_ENV]);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_TIMEOUT_MS;
}

/**
 * The worker is TypeScript. tsx's loader flags are inherited by workers but its hooks are not
 * active for a worker's entry module on Node 20, so a small bootstrap registers tsx first.
 */
function startWorker(warmUp: boolean): Worker {
  const source = WORKER_URL.pathname.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
      `.then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`
    : `import(${JSON.stringify(WORKER_URL.href)})`;
  // stdout: true — anything a stage prints (console.log) must never reach our stdout, which
  // carries only JSON lines; it is forwarded to stderr instead.
  const worker = new Worker(source, { eval: true, stdout: true, resourceLimits: WORKER_LIMITS, workerData: { warmUp } });
  worker.stdout.pipe(process.stderr, { end: false });
  return worker;
}

export class PageRunner {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private seq = 0;

  /**
   * `warmUp`: run the synthetic page when a worker starts (worker.ts). Worth it in a batch, where
   * it keeps the first page's `ms` comparable with the rest; a single-page run skips it (its one
   * page pays the lazy initialisation instead, ~0.5 s less wall time in all).
   */
  constructor(
    private readonly timeoutMs: number = timeoutFromEnv(),
    private readonly warmUp = true,
  ) {}

  private spawn(): Promise<Worker> {
    if (this.ready) return this.ready;
    const worker = startWorker(this.warmUp);
    this.worker = worker;
    this.ready = new Promise<Worker>((resolve, reject) => {
      const fail = (why: string) => {
        cleanup();
        this.discard();
        reject(new Error(why));
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'ready') {
          cleanup();
          resolve(worker);
        }
      };
      const onError = (e: Error) => fail(`extraction worker failed to start: ${e.message}`);
      const onExit = (code: number) => fail(`extraction worker exited during start-up (code ${code})`);
      const timer = setTimeout(() => fail('extraction worker did not start in time'), START_TIMEOUT_MS);
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
    return this.ready;
  }

  /** Drops the current worker (terminating it); the next page starts a fresh one. */
  private discard(): void {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) void w.terminate();
  }

  /** Extracts one page. Never rejects: every failure becomes a result with an error. */
  async run(id: ExtractResult['id'], url: string | null, bytes: Uint8Array): Promise<ExtractResult> {
    let worker: Worker;
    try {
      worker = await this.spawn();
    } catch (e) {
      return errorResult(id, { code: 'internal', message: (e as Error).message });
    }
    const seq = ++this.seq;
    // Copy into a transferable buffer of its own (the caller's may be a pooled Buffer slice).
    const buffer = new Uint8Array(bytes).buffer;
    const job: PageJob = { seq, id, url, bytes: buffer };
    return new Promise<ExtractResult>((resolve) => {
      const finish = (result: ExtractResult, replaceWorker: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (replaceWorker) this.discard();
        resolve(result);
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'result' && m.seq === seq) finish(m.result, false);
      };
      const onError = (e: Error) =>
        finish(errorResult(id, { code: 'internal', message: `extraction worker crashed: ${e.message}` }), true);
      const onExit = (code: number) =>
        finish(errorResult(id, { code: 'internal', message: `extraction worker exited (code ${code})` }), true);
      const timer = setTimeout(
        () =>
          finish(
            errorResult(id, { code: 'timeout', message: `page not done within ${this.timeoutMs} ms` }, this.timeoutMs),
            true,
          ),
        this.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job, [buffer]);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) await w.terminate();
  }
}
