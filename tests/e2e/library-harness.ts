/**
 * Shared steps of the library's browser tests: the real toolbar popup opened with
 * chrome.action.openPopup() from the service worker, and storage read through the worker.
 * HONBUN_EXTENSION_DIR lets a run use its own build (several engineers share .output/).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import type { browser, Browser as ChromeApi } from 'wxt/browser';

/** The real `chrome` global inside the evaluated browser callbacks. */
declare const chrome: typeof browser;

export interface LibraryBrowser extends ExtensionBrowser {
  /** the browser's CDP endpoint: a connection made after the popup opened sees it as a page */
  cdpEndpoint: string;
  /** CDP connections to close at the end */
  connections: Browser[];
}

async function devToolsPort(userDataDir: string): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((ok) => setTimeout(ok, 100));
  return readFileSync(file, 'utf8').split('\n')[0].trim();
}

export async function launch(lang = 'en-US'): Promise<LibraryBrowser> {
  const b = await launchWithExtension({ lang, remoteDebugging: true, acceptDownloads: true });
  const cdpEndpoint = `http://127.0.0.1:${await devToolsPort(b.userDataDir)}`;
  const connections: Browser[] = [];
  return {
    ...b,
    cdpEndpoint,
    connections,
    close: async () => {
      for (const c of connections) await c.close().catch(() => {});
      await b.close();
    },
  };
}

/** Opens the real popup for the active tab of the focused window and returns its page. */
export async function openPopup(b: LibraryBrowser, tab: Page): Promise<Page> {
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
    const conn = await chromium.connectOverCDP(b.cdpEndpoint);
    b.connections.push(conn);
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
