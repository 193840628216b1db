/**
 * The real toolbar popup, opened with chrome.action.openPopup() from the service worker (needs
 * `useExtension({ cdp: true })`), extension pages in tabs, and the library read straight from
 * storage through the worker.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser as ChromeApi } from 'wxt/browser';
import type { ExtensionBrowser } from './browser';
import { connectCdp, type ExtensionSession } from './extension';

/** Opens the real popup for the active tab of the focused window and returns its page. */
export async function openPopup(b: ExtensionSession, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const sw = await b.serviceWorker();
  await sw.evaluate(async () => {
    const w = await chrome.windows.getLastFocused();
    await chrome.action.openPopup({ windowId: w.id });
  });
  for (let i = 0; i < 50; i++) {
    await new Promise((ok) => setTimeout(ok, 100));
    const targets = await sw.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as ChromeApi.runtime.ContextType] })).length);
    if (!targets) continue;
    const conn = await connectCdp(b);
    const popup = conn
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().includes('/popup.html'));
    if (popup) {
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    }
  }
  throw new Error('the toolbar popup did not open');
}

export interface StoredEntry {
  id: string;
  url: string;
  title: string;
  deletedAt: number | null;
}

/** The live index, read straight from storage by the service worker. */
export async function storedEntries(b: ExtensionBrowser): Promise<StoredEntry[]> {
  const sw = await b.serviceWorker();
  return sw.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const out: { id: string; url: string; title: string; deletedAt: number | null }[] = [];
    for (const [k, v] of Object.entries(all)) {
      if (!k.startsWith('lib:i:')) continue;
      for (const e of Object.values((v as { entries: Record<string, StoredEntry> }).entries)) if (e.deletedAt == null) out.push(e);
    }
    return out;
  });
}

export async function extensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}
