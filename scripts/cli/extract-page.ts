/**
 * One page, in-process: bytes → ExtractResult. Runs inside the worker thread (worker.ts) so the
 * main thread can stop it; usable directly from tests and scripts as well.
 *
 * `ms` is measured from the bytes in memory (already gunzipped: gzip is the file's container,
 * not the page) to the finished result: decode + DOM parse + pipeline. `parseMs` is the DOM
 * parse alone (flattening and jsdom construction).
 */
import { runPipelineOnPage } from '../../utils/article/run-page';
import type { ExtractResult } from '../../utils/article/types';
import { gunzipIfNeeded, httpUrlOrNull, loadDocument } from './load-document';
import { MAX_BYTES } from './bounds';
import { errorResult, fromPipeline, type ResultId } from './result';

export function extractPage(input: Uint8Array, url: string | null, id: ResultId): ExtractResult {
  let bytes: Uint8Array;
  try {
    bytes = gunzipIfNeeded(input);
  } catch (e) {
    const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    return errorResult(id, {
      code: tooBig ? 'too-large' : 'decode-failed',
      message: tooBig ? `gunzipped input exceeds ${MAX_BYTES} bytes` : `gzip data could not be unpacked: ${(e as Error).message}`,
    });
  }

  const t0 = performance.now();
  const pageUrl = httpUrlOrNull(url);
  const loaded = loadDocument(bytes, pageUrl);
  try {
    if (!loaded.document || !loaded.window) {
      return errorResult(id, loaded.error ?? { code: 'internal', message: 'no document' }, performance.now() - t0, loaded.parseMs);
    }
    try {
      // removedHtml: false: the CLI result carries no removal html (result.ts strips it), and
      // sanitizing every removed block cost more than the rest of the pipeline. ownsDocument:
      // this document was parsed for this page alone and is dropped after it: no copy needed.
      const p = runPipelineOnPage(loaded.document, { url: pageUrl, window: loaded.window, removedHtml: false, ownsDocument: true });
      return fromPipeline(id, p, performance.now() - t0, loaded.parseMs, loaded.error);
    } catch (e) {
      const err = e as Error;
      const deep = e instanceof RangeError && /call stack/i.test(err.message);
      return errorResult(
        id,
        deep
          ? { code: 'too-deep', message: `the pipeline overflowed the stack: ${err.message}` }
          : { code: 'internal', message: `pipeline failed: ${err?.message ?? String(e)}` },
        performance.now() - t0,
        loaded.parseMs,
      );
    }
  } finally {
    loaded.close();
  }
}
