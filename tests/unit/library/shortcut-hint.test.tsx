// @vitest-environment jsdom
/**
 * The popup footer's shortcut line (issue #14): the key the browser assigned, "no shortcut set"
 * when it left the command unassigned, the manifest's suggested key when the commands API
 * cannot tell, and Change opening the browser's own shortcut settings.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutHint, readerShortcut } from '../../../entrypoints/popup/shortcut-hint';

const host = document.createElement('div');
document.body.append(host);
const commands = fakeBrowser.commands as unknown as Record<string, unknown>;
const manifest = { manifest_version: 3, name: 'Honbun', version: '0.1.0', commands: { 'toggle-reader': { suggested_key: { default: 'Alt+Shift+K' } } } };

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
});
afterEach(() => {
  render(null, host);
  vi.restoreAllMocks();
  delete commands.getAll;
  delete commands.openShortcutSettings;
});

const hint = async () => {
  await act(() => render(<ShortcutHint />, host));
  await act(() => new Promise((ok) => setTimeout(ok, 0)));
  return host.querySelector('.popup-shortcut');
};

test('the assigned shortcut, as keys', async () => {
  commands.getAll = async () => [{ name: 'toggle-reader', shortcut: 'Ctrl+Shift+Y' }];
  expect(await readerShortcut()).toBe('Ctrl+Shift+Y');
  const p = await hint();
  expect(Array.from(p!.querySelectorAll('kbd'), (k) => k.textContent)).toEqual(['Ctrl', 'Shift', 'Y']);
  expect(p!.textContent).toContain('libShortcutLabel');
});

test('a command the browser left unassigned says so (never the suggested key it does not have)', async () => {
  commands.getAll = async () => [{ name: 'toggle-reader', shortcut: '' }];
  expect(await readerShortcut()).toBe('');
  const p = await hint();
  expect(p!.querySelectorAll('kbd')).toHaveLength(0);
  expect(p!.textContent).toContain('libShortcutNone');
});

test('without the commands API, or when it fails, the manifest’s suggested key', async () => {
  expect(await readerShortcut()).toBe('Alt+Shift+K');
  commands.getAll = async () => {
    throw new Error('not available');
  };
  expect(await readerShortcut()).toBe('Alt+Shift+K');
  const p = await hint();
  expect(Array.from(p!.querySelectorAll('kbd'), (k) => k.textContent)).toEqual(['Alt', 'Shift', 'K']);
});

test('Change: Chromium’s shortcuts page, or Firefox’s own settings where the API exists', async () => {
  commands.getAll = async () => [{ name: 'toggle-reader', shortcut: 'Alt+Shift+K' }];
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  let change = (await hint())!.querySelector('button')!;
  expect(change.getAttribute('aria-label')).toBe('libShortcutChangeName');
  expect(change.title).toBe('libShortcutHintChrome');
  await act(() => change.click());
  expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });

  render(null, host);
  const open = vi.fn(async () => undefined);
  commands.openShortcutSettings = open;
  change = (await hint())!.querySelector('button')!;
  expect(change.title).toBe('libShortcutHintFirefox');
  await act(() => change.click());
  expect(open).toHaveBeenCalledTimes(1);
  expect(create).toHaveBeenCalledTimes(1);
});
