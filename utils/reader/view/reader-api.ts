/**
 * The handle the reader bundle leaves for the per-page content script. Both run in the
 * extension's isolated world of the same frame, which shares one global object that the page
 * cannot see; the per-page script stays tiny because it only calls through this handle.
 *
 * The handle is keyed by a registered Symbol, not a name: the page's elements with an id become
 * named properties of the global, also in the isolated world, so `<p id="__honbunReader">`
 * would shadow a string key (issue #12, F6). What is found is checked before it is trusted.
 */
import type { DetectResult } from '../../extract/types';

/**
 * The per-page script's detector, lent to the reader bundle: both run in the same isolated
 * world, so the reader does not carry a second copy of the detector.
 */
export interface PageDetector {
  /** the verdict detection gave after load, or null when it has not run yet (the press came first) */
  known: DetectResult | null;
  /** detects now (or returns the known verdict) */
  now(): DetectResult;
}

export interface ReaderApi {
  /** opens or closes the clean view; resolves to whether it is open afterwards */
  toggle(detector: PageDetector, force?: boolean): Promise<boolean>;
  close(): void;
  isOpen(): boolean;
  /**
   * Sees, before any page listener, the page-world events the per-page script forwards while the
   * view is open (keys, focus, popovers: see SHIELDED_EVENTS); returns nothing.
   */
  shield?(e: Event): void;
}

/** Events the per-page script listens to on window, capturing, from document_start: so its
 * listener runs before any the page adds, and the open view can keep them from the page. */
export const SHIELDED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'focus',
  'blur',
  'focusin',
  'focusout',
  'beforetoggle',
  'toggle',
  'fullscreenchange',
] as const;

const KEY = Symbol.for('honbun.reader');

type Store = Record<symbol, unknown>;

function isReaderApi(v: unknown): v is ReaderApi {
  if (!v || typeof v !== 'object') return false;
  const api = v as Partial<ReaderApi>;
  return typeof api.toggle === 'function' && typeof api.close === 'function' && typeof api.isOpen === 'function';
}

export function getReaderApi(): ReaderApi | undefined {
  const v = (globalThis as unknown as Store)[KEY];
  return isReaderApi(v) ? v : undefined;
}

export function setReaderApi(api: ReaderApi): void {
  (globalThis as unknown as Store)[KEY] = api;
}

/** Drops the handle of a reader bundle whose extension was reloaded (its calls would throw). */
export function clearReaderApi(): void {
  delete (globalThis as unknown as Store)[KEY];
}
