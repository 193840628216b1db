/**
 * Reading positions (0..1 of the article's scroll length), written by the saved-article page
 * directly: a position is the reader's own scroll state, not a library record, so it does not
 * go through the background writer's queue.
 */
import { browser } from 'wxt/browser';
import { positionKey } from './schema';

export async function loadPosition(id: string): Promise<number> {
  const k = positionKey(id);
  const got = await browser.storage.local.get(k);
  const v = got[k];
  return typeof v === 'number' ? v : 0;
}

export async function savePosition(id: string, position: number): Promise<void> {
  if (!Number.isFinite(position)) return;
  await browser.storage.local.set({ [positionKey(id)]: Math.min(1, Math.max(0, position)) });
}
