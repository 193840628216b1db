/**
 * Helpers for the clean-view browser tests (tests/e2e/reader*.test.ts). The view lives in a
 * closed shadow root that Playwright selectors cannot enter; CDP's DOM domain with `pierce`
 * still reaches it, so the tests inspect and click it through that.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { normaliseForMatch } from '../../helpers/fixtures';
import { accessibilityText, pressChord } from './browser';

export const toggleReader = (page: Page) => pressChord(page, ['Alt', 'Shift'], 'K');

export async function waitOpen(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.hasAttribute('inert') && document.documentElement.lastElementChild?.tagName === 'DIV', null, {
    timeout: 10_000,
  });
}

/**
 * Waits until the sources panel has filled in: the analysis is its own bundle, loaded after the
 * article has painted, and the panel shows a quiet loading line until it comes.
 */
export async function waitPanelFilled(page: Page): Promise<void> {
  await expect
    .poll(() => inView<boolean>(page, `function () { const sp = this.querySelector('aside .hb-sp'); return !!sp && !sp.hasAttribute('data-state'); }`), { timeout: 10_000 })
    .toBe(true);
}

export async function waitClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('inert') && document.documentElement.lastElementChild?.tagName === 'BODY', null, {
    timeout: 10_000,
  });
}

interface PiercedNode {
  nodeId: number;
  nodeName: string;
  children?: PiercedNode[];
  shadowRoots?: PiercedNode[];
}

/**
 * Runs `fn(shadowRoot)` on the view's closed shadow root (in the page's main world, through
 * CDP) and returns its JSON result. Test-only power that page scripts do not have.
 */
export async function inView<T>(page: Page, fn: string): Promise<T> {
  try {
    return await inViewOnce<T>(page, fn);
  } catch (e) {
    // The host was just re-attached (a hostile page removed it): node ids changed, ask again.
    if (!/No node with given id/.test(String(e))) throw e;
    await page.waitForTimeout(100);
    return inViewOnce<T>(page, fn);
  }
}

/** The view's closed shadow root as a CDP remote object (the host is the div on <html> that has one). */
async function viewShadowObject(cdp: CDPSession): Promise<string> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: PiercedNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  const host = html?.children?.find((n) => n.nodeName === 'DIV' && n.shadowRoots?.length);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('no clean view open');
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as { object: { objectId: string } };
  return object.objectId;
}

async function inViewOnce<T>(page: Page, fn: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const objectId = await viewShadowObject(cdp);
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Clicks the centre of the first element matching `selector` inside the view, with the mouse. The
 * element may still be coming (the removal list fills in after the removed blocks are sanitized,
 * which runs after the paint): it is looked for for up to 5 s, as a reader would wait for it.
 */
export async function clickInView(page: Page, selector: string): Promise<void> {
  let box: { x: number; y: number } | null = null;
  for (const end = Date.now() + 5000; !box && Date.now() < end; ) {
    box = await inView<{ x: number; y: number } | null>(
      page,
      `function () { const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return null;
         el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' }); const r = el.getBoundingClientRect();
         return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
    );
    if (!box) await page.waitForTimeout(50);
  }
  if (!box) throw new Error(`nothing matches ${selector} in the view`);
  await page.mouse.click(box.x, box.y);
}

/** The NFC + whitespace-folded form the fixtures' labels are matched in. */

/**
 * What assistive technology reads: the text nodes' names joined and folded. Labels may span
 * several text nodes (a link inside a sentence), so matching ignores spaces altogether.
 */
export async function axText(page: Page): Promise<string> {
  const nodes = await accessibilityText(page);
  return nodes
    .filter((n) => n.role === 'StaticText' || n.role === 'image')
    .map((n) => n.name)
    .join('')
    .normalize('NFC')
    .replace(/[\s\u3000]+/gu, '');
}

/**
 * The element focused inside the view, as assistive technology announces it: its AX role and
 * name. (The AX tree's own "focused" flag stays on the document in headless Chromium, whose window
 * has no OS focus, so the view's active element is looked up and its AX node asked for.)
 */
export async function axFocused(page: Page): Promise<{ role: string; name: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const objectId = await viewShadowObject(cdp);
    const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: 'function () { return this.activeElement; }' })) as {
      result: { objectId?: string };
    };
    if (!result.objectId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId })) as { node: { backendNodeId: number } };
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false })) as {
      nodes: { role?: { value: string }; name?: { value: string } }[];
    };
    return nodes[0] ? { role: nodes[0].role?.value ?? '', name: nodes[0].name?.value ?? '' } : null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Every name in the AX tree, for before/after comparisons. */
export async function axNames(page: Page): Promise<string[]> {
  return (await accessibilityText(page)).map((n) => `${n.role}:${n.name}`);
}

export function expectText(ax: string, mustHave: string[], mustNot: string[]): void {
  const bare = (s: string) => normaliseForMatch(s).replace(/ /g, '');
  const missing = mustHave.filter((s) => !ax.includes(bare(s)));
  const present = mustNot.filter((s) => ax.includes(bare(s)));
  expect({ missing, present }).toEqual({ missing: [], present: [] });
}

export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const t = tabs.find((x) => x.url === u);
    if (t?.id == null) throw new Error(`no tab for ${u}`);
    return t.id;
  }, url);
}

export async function badgeOf(sw: Worker, url: string): Promise<string> {
  const tabId = await tabIdOf(sw, url);
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The per-page script's own answer to `page:status` (what the popup asks). */
export async function pageStatus(sw: Worker, url: string): Promise<{ detect: { isArticle: boolean } | null; readerOpen: boolean }> {
  const tabId = await tabIdOf(sw, url);
  return sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page:status' }, { frameId: 0 }), tabId);
}
