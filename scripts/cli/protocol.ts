/** Messages between the main thread (page-runner.ts) and the extraction worker (worker.ts). */
import type { ExtractResult } from '../../utils/article/types';

export interface PageJob {
  seq: number;
  id: ExtractResult['id'];
  url: string | null;
  /** the page's bytes (transferred, not copied) */
  bytes: ArrayBuffer;
}

export type WorkerMessage = { type: 'ready' } | { type: 'result'; seq: number; result: ExtractResult };
