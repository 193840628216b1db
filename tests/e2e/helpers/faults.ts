/**
 * Shared steps of the fault-injection tests (tests/e2e/faults*.test.ts, issue #6): an error
 * watcher that sees every JavaScript world of a page (the content scripts' isolated world too,
 * which Playwright's `pageerror` does not), the page's state for "no broken overlay" checks, and
 * the background toggle as an extension page sends it.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import type { ReaderToggleResponse } from '../../../utils/reader/messages';

/**
 * The one kind of error the test pages cause themselves: missing subresources (favicon, the
 * fixtures' images). Every other exception or console error is counted against Honbun: the
 * pages throw nothing, and code injected by the extension does not always carry its URL.
 */
const PAGE_OWN = /Failed to load resource/;

export interface ErrorWatch {
  /** every error seen so far (page's own included) */
  all: string[];
  /** everything but the pages' own missing-resource errors: exceptions and console errors */
  unexpected(): string[];
  stop(): Promise<void>;
}

/**
 * Collects uncaught exceptions and console errors from all worlds of `page` through CDP
 * (Runtime reports isolated-world exceptions with the extension's script URL in the stack),
 * plus Playwright's own console/pageerror events for the main world.
 */
export async function watchErrors(page: Page): Promise<ErrorWatch> {
  const all: string[] = [];
  const cdp: CDPSession = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; url?: string; exception?: { description?: string } } }) => {
    const d = e.exceptionDetails;
    all.push(`exception: ${d.text} ${d.exception?.description ?? ''} ${d.url ?? ''}`);
  });
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown; description?: string }[]; stackTrace?: { callFrames: { url: string }[] } }) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    const text = e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
    all.push(`console: ${text} ${e.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? ''}`);
  });
  cdp.on('Log.entryAdded', (e: { entry: { level: string; text: string; url?: string } }) => {
    if (e.entry.level === 'error') all.push(`log: ${e.entry.text} ${e.entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const onConsole = (m: { type(): string; text(): string; location(): { url: string } }) => {
    if (m.type() === 'error') all.push(`console: ${m.text()} ${m.location().url}`);
  };
  const onPageError = (e: Error) => all.push(`pageerror: ${e.message} ${e.stack ?? ''}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    all,
    unexpected: () => all.filter((s) => !PAGE_OWN.test(s)),
    async stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      await cdp.detach().catch(() => {});
    },
  };
}

export interface PageState {
  /** a Honbun host (a <div> with a shadow root appended to <html>) is present */
  overlay: boolean;
  inert: boolean;
}

/** Whether the page carries anything of the clean view right now. */
export function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const last = document.documentElement.lastElementChild;
    return {
      overlay: !!last && last.tagName.toLowerCase() === 'div' && last.previousElementSibling !== null && !document.body?.contains(last),
      inert: !!document.body?.hasAttribute('inert'),
    };
  });
}

/** The popup page opened in a tab: it sends `reader:toggle` with a tab id, as the popup does. */
export async function backgroundToggle(browser: ExtensionBrowser, extPage: Page, tabId: number): Promise<ReaderToggleResponse> {
  if (!extPage.url().startsWith(`chrome-extension://${browser.extensionId}/`)) {
    await extPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  }
  return extPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'reader:toggle', tabId: id }), tabId);
}

/**
 * The text of Honbun's UI (the view or a notice) in its closed shadow root, through CDP. Only
 * the host is described: the full pierced tree of a 10,000-deep page overflows the protocol's
 * own encoder, and that of a 200,000-element page takes a second to send.
 */
export async function honbunText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: ':root > div:last-child' })) as { nodeId: number };
    if (!nodeId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
      node: { shadowRoots?: { backendNodeId: number }[] };
    };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.textContent; }',
      returnByValue: true,
    })) as { result: { value: string } };
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
