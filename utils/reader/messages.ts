/**
 * The clean view's messages (request and response types together). Combined with the other
 * features' in utils/messages.ts.
 */
import type { DetectResult } from '../extract/types';

export type ReaderMessage =
  /** content script → background: the per-page detector's verdict for the sender tab */
  | { type: 'detected'; url: string; result: DetectResult }
  /**
   * popup/background → content script: open or close the clean view → ReaderToggleResponse.
   * Sent to the background (runtime.sendMessage) it toggles `tabId`, else the active tab.
   */
  | { type: 'reader:toggle'; tabId?: number }
  /** per-page content script → background: inject the reader bundle into the sender tab → ReaderLoadResponse */
  | { type: 'reader:load' }
  /**
   * reader bundle (the open clean view, after it painted) → background: inject the source &
   * quote analysis bundle into the sender tab's top frame → ReaderLoadResponse. Refused from
   * any other frame and from extension pages.
   */
  | { type: 'analysis:load' }
  /** popup → content script: is the clean view open, what did detection say → PageStatus */
  | { type: 'page:status' };

export type ReaderToggleResponse = { ok: true; open: boolean } | { ok: false; error: string };
export type ReaderLoadResponse = { ok: true } | { ok: false; error: string };

export interface PageStatus {
  url: string;
  detect: DetectResult | null;
  readerOpen: boolean;
}
