/**
 * The one typed message schema shared by background, content scripts, popup and extension pages.
 * Add a message here (request and response types together) before using it anywhere.
 */
import type { DetectResult } from './extract/types';

export type Message =
  /** content script → background: the per-page detector's verdict for the sender tab */
  | { type: 'detected'; url: string; result: DetectResult }
  /** popup/background → content script: open or close the clean view */
  | { type: 'reader:toggle' }
  /** popup → content script: is the clean view open, what did detection say */
  | { type: 'page:status' };

export interface PageStatus {
  url: string;
  detect: DetectResult | null;
  readerOpen: boolean;
}

export type MessageType = Message['type'];
