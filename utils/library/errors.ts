/** Maps storage exceptions to the codes the UI explains (quota vs. any other storage failure). */
import type { LibraryErrorCode } from './schema';

const RE_QUOTA = /quota|QUOTA_BYTES|exceeded|no space|disk full/i;

export function storageErrorCode(err: unknown): LibraryErrorCode {
  const msg = err instanceof Error ? err.message : String(err);
  return RE_QUOTA.test(msg) ? 'quota' : 'storage';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
