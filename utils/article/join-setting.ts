/**
 * The reader's choice about multi-page articles (issue #13): when on (the default), opening the
 * clean view and Save fetch the article's later pages from its own site, same origin only; off,
 * Honbun makes no request of its own for a page and shows or saves page 1 only.
 */
import { storage } from 'wxt/utils/storage';

export const joinPagesSetting = storage.defineItem<boolean>('local:pages.join', {
  fallback: true,
  version: 1,
});

/** The setting, or on when storage cannot be read (an orphaned content script). */
export async function joinPagesEnabled(): Promise<boolean> {
  try {
    return (await joinPagesSetting.getValue()) !== false;
  } catch {
    return true;
  }
}
