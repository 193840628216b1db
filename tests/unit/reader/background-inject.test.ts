/**
 * The background injects the analysis bundle only for this extension's content script in a tab's
 * top frame (utils/reader/background.ts, `analysis:load`), into that tab's top frame.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { registerReader } from '../../../utils/reader/background';
import { EXT_ID, contentScript, libraryPageSender, popupSender } from '../library/background-harness';

/** Delivers `msg` as if `sender` sent it; the reader's listener answers with a Promise (webextension-polyfill style). */
async function sendAs(msg: unknown, sender: unknown): Promise<unknown> {
  const rets = await (fakeBrowser.runtime.onMessage as unknown as { trigger(...a: unknown[]): Promise<unknown[]> }).trigger(msg, sender, () => {});
  return Promise.all(rets).then((r) => r.find((x) => x !== undefined));
}

const executeScript = vi.fn(async (_: unknown) => [{ result: undefined }]);

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockClear();
  (browser.scripting as unknown as { executeScript: typeof executeScript }).executeScript = executeScript;
  // listeners fakeBrowser does not implement; this file drives only runtime messages
  vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => {});
  registerReader();
});

describe('analysis:load', () => {
  test('from a content script in a tab’s top frame: the analysis file goes into that tab’s top frame', async () => {
    expect(fakeBrowser.runtime.id).toBe(EXT_ID);
    expect(await sendAs({ type: 'analysis:load' }, contentScript('https://news.example.jp/a'))).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/analysis.js'] });
  });

  test.each([
    ['a subframe of the tab', contentScript('https://ads.example.net/frame', { frameId: 3 })],
    ['another extension', { ...contentScript('https://news.example.jp/a'), id: 'another-extension' }],
    ['an extension page opened in a tab', { ...libraryPageSender, frameId: 0 }],
    ['the popup (no tab)', popupSender],
    ['a sender without a frame id', contentScript('https://news.example.jp/a', { frameId: undefined })],
  ])('refused from %s, nothing injected', async (_name, sender) => {
    expect(await sendAs({ type: 'analysis:load' }, sender)).toEqual({ ok: false, error: 'not-top-frame' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('an injection that fails (a page Honbun may not script) answers with the error', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await sendAs({ type: 'analysis:load' }, contentScript('https://news.example.jp/a'))).toEqual({ ok: false, error: 'Cannot access contents of the page' });
  });
});
