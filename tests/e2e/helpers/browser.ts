/**
 * Real Debian Chromium with the built extension (.output/chrome-mv3) loaded, driven by
 * playwright-core (never `playwright install`: it downloads a browser). Recipes from
 * the shared toolchain notes (../shared/docs/toolchain.md beside the repository).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** HONBUN_EXTENSION_DIR lets a run use its own build (several engineers share .output/). */
export const EXTENSION_DIR = resolve(process.env.HONBUN_EXTENSION_DIR ?? resolve(process.cwd(), '.output/chrome-mv3'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Fails every request that leaves the machine, at once. The fixture pages link their sites' CDNs
 * (fonts, scripts, stylesheets): on a machine that drops rather than refuses outside connections,
 * a render-blocking stylesheet would hold the page's load and first paint for as long as the
 * connection hangs. The test server answers on 127.0.0.1 and, as a second origin, 127.0.0.2.
 */
export async function failOutsideRequests(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.[12][:/]|localhost[:/])/, (route) => route.abort('internetdisconnected'));
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** the throwaway profile (removed by close()) */
  userDataDir: string;
  extensionId: string;
  /** the extension's service worker (re-fetch with serviceWorker() after it was stopped) */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: string;
  headless?: boolean;
  /**
   * Turns on the profile's developer mode. Needed to reload the extension
   * (`chrome.runtime.reload()`): without it Chromium disables a command-line loaded extension on
   * reload (disable reason DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION, seen in chrome://extensions-internals).
   */
  developerMode?: boolean;
  /** Opens a DevTools port (written to <userDataDir>/DevToolsActivePort): a second CDP connection sees the toolbar popup as a page. */
  remoteDebugging?: boolean;
  acceptDownloads?: boolean;
  /** environment of the browser process, added to this one's (e.g. TZ for the reader's time zone) */
  env?: Record<string, string>;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run npm run build first`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'honbun-e2e-'));
  if (opts.developerMode) {
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (opts.lang) args.push(`--lang=${opts.lang}`);
  if (opts.remoteDebugging) args.push('--remote-debugging-port=0');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args,
    locale: opts.lang,
    viewport: { width: 1200, height: 900 },
    acceptDownloads: opts.acceptDownloads,
    env: opts.env ? { ...process.env, ...opts.env } : undefined,
  });
  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (live) return live;
    return context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    userDataDir,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const MODIFIER_BITS = { Alt: 1, Control: 2, Meta: 4, Shift: 8 } as const;
export type Modifier = keyof typeof MODIFIER_BITS;

/**
 * Presses a real key chord through CDP (`Input.dispatchKeyEvent` rawKeyDown). Unlike Playwright's
 * page.keyboard, this reaches chrome.commands and grants activeTab like a real key press.
 */
export async function pressChord(page: Page, modifiers: Modifier[], key: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const bits = modifiers.reduce((n, m) => n | MODIFIER_BITS[m], 0);
  const upper = key.toUpperCase();
  const keyCode = upper.charCodeAt(0);
  const base = { modifiers: bits, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, code: `Key${upper}`, key };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  await cdp.detach();
}

export interface AXTextNode {
  role: string;
  name: string;
}

/**
 * What assistive technology reads: CDP Accessibility.getFullAXTree, ignored nodes left out,
 * walked from the root through childIds (the node list is not in document order).
 * Piercing shadow roots (closed ones included) is what the AX tree does natively.
 */
export async function accessibilityText(page: Page): Promise<AXTextNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      nodeId: string;
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      childIds?: string[];
      parentId?: string;
    }[];
  };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const root = nodes.find((n) => !n.parentId) ?? nodes[0];
  const out: AXTextNode[] = [];
  const walk = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    if (!n.ignored && n.name?.value) out.push({ role: n.role?.value ?? '', name: n.name.value });
    for (const c of n.childIds ?? []) walk(c);
  };
  if (root) walk(root.nodeId);
  return out;
}
