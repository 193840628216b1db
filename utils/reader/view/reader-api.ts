/**
 * The handle the reader bundle leaves for the per-page content script. Both run in the
 * extension's isolated world of the same frame, which shares one global object that the page
 * cannot see; the per-page script stays tiny because it only calls through this handle.
 */
import type { DetectResult } from '../../extract/types';

export interface ReaderApi {
  /** opens or closes the clean view; resolves to whether it is open afterwards */
  toggle(detect: DetectResult | null): Promise<boolean>;
  close(): void;
  isOpen(): boolean;
}

const KEY = '__honbunReader';

export function getReaderApi(): ReaderApi | undefined {
  return (globalThis as unknown as Record<string, ReaderApi | undefined>)[KEY];
}

export function setReaderApi(api: ReaderApi): void {
  (globalThis as unknown as Record<string, ReaderApi | undefined>)[KEY] = api;
}

/** Drops the handle of a reader bundle whose extension was reloaded (its calls would throw). */
export function clearReaderApi(): void {
  (globalThis as unknown as Record<string, ReaderApi | undefined>)[KEY] = undefined;
}
