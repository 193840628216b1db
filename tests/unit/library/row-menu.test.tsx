// @vitest-environment jsdom
/**
 * One action menu per row (issue #14), the WAI-ARIA menu button pattern under jsdom: its name,
 * keyboard, Esc closing with focus back on the button, Tab and outside clicks closing, and
 * Delete moving focus to the row that takes the deleted one's place. (Real Chromium covers
 * the same with the real keyboard in tests/e2e/library-ui.test.ts.)
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleList } from '../../../components/library/article-list';
import { buildEntry, buildRecord, buildSearch } from '../../../utils/library/record';
import type { IndexEntry } from '../../../utils/library/schema';
import { payload } from '../../helpers/library';

function entry(n: number, over: Partial<IndexEntry> = {}): IndexEntry {
  const r = buildRecord(payload(`https://a.example/${n}`, { title: `Title ${n}` }), 1_700_000_000_000 + n);
  return { ...buildEntry(r, buildSearch(r)), ...over };
}

const host = document.createElement('div');
document.body.append(host);
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => (subs?.length ? `${key}(${subs.join(',')})` : key)) as never);
});
afterEach(() => {
  render(null, host);
  vi.restoreAllMocks();
});

const key = (el: Element, k: string, opts: KeyboardEventInit = {}) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...opts })));
const menuButton = (row = 0) => host.querySelectorAll<HTMLButtonElement>('.lib-menu-button')[row];
const items = () => Array.from(host.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
const labels = () => items().map((b) => b.textContent);

function List({ onToggleRead = vi.fn(), extra = false, initial = [entry(1), entry(2, { read: true }), entry(3)] }) {
  const [entries, setEntries] = useState(initial);
  return (
    <ArticleList
      entries={entries}
      pageSize={10}
      onOpen={() => undefined}
      onOpenOriginal={() => undefined}
      onToggleRead={onToggleRead}
      onDelete={(e) => setTimeout(() => setEntries((l) => l.filter((x) => x.id !== e.id)), 5)}
      extraActions={extra ? () => [{ id: 'export-md', label: 'libMenuExportMarkdown', onSelect: () => undefined }] : undefined}
    />
  );
}

test('each row has one menu button, named after its article, and no other buttons', () => {
  render(<List />, host);
  const rows = host.querySelectorAll('li.lib-row');
  expect(rows).toHaveLength(3);
  for (const row of Array.from(rows)) expect(row.querySelectorAll('button')).toHaveLength(1);
  const b = menuButton(0);
  expect(b.getAttribute('aria-label')).toBe('libRowActions(Title 1)');
  expect(b.getAttribute('aria-haspopup')).toBe('menu');
  expect(b.getAttribute('aria-expanded')).toBe('false');
  expect(host.querySelector('[role="menu"]')).toBeNull();
});

test('click opens on the first item; ↓/↑ wrap, Home/End, a letter jumps; Esc closes and focus returns', async () => {
  render(<List extra />, host);
  const b = menuButton(0);
  b.focus();
  await act(() => b.click());
  const menu = host.querySelector('[role="menu"]')!;
  expect(b.getAttribute('aria-expanded')).toBe('true');
  expect(menu.getAttribute('aria-labelledby')).toBe(b.id);
  expect(b.getAttribute('aria-controls')).toBe(menu.id);
  expect(labels()).toEqual(['libMarkRead', 'libOpenOriginal', 'libMenuExportMarkdown', 'libDelete']);
  expect(document.activeElement).toBe(items()[0]);
  await key(document.activeElement!, 'ArrowDown');
  expect(document.activeElement).toBe(items()[1]);
  await key(document.activeElement!, 'ArrowUp');
  await key(document.activeElement!, 'ArrowUp');
  expect(document.activeElement).toBe(items()[3]); // wrapped to the last
  await key(document.activeElement!, 'Home');
  expect(document.activeElement).toBe(items()[0]);
  await key(document.activeElement!, 'End');
  expect(document.activeElement).toBe(items()[3]);
  await key(document.activeElement!, 'l'); // libMarkRead… : the next item starting with "l" after Delete
  expect(document.activeElement).toBe(items()[0]);
  await key(document.activeElement!, 'Escape');
  expect(host.querySelector('[role="menu"]')).toBeNull();
  expect(document.activeElement).toBe(b);
  expect(b.getAttribute('aria-expanded')).toBe('false');
});

test('↑ on the button opens on the last item; Tab closes; a press outside closes', async () => {
  render(<List />, host);
  const b = menuButton(1);
  b.focus();
  await key(b, 'ArrowUp');
  expect(document.activeElement).toBe(items()[items().length - 1]);
  await key(document.activeElement!, 'Tab');
  expect(host.querySelector('[role="menu"]')).toBeNull();
  await key(b, 'ArrowDown');
  expect(document.activeElement).toBe(items()[0]);
  await act(() => void document.body.dispatchEvent(new Event('pointerdown', { bubbles: true })));
  expect(host.querySelector('[role="menu"]')).toBeNull();
});

test('an item acts on its row and gives focus back to the button; a read row offers Mark unread', async () => {
  const onToggleRead = vi.fn();
  render(<List onToggleRead={onToggleRead} />, host);
  const b = menuButton(1);
  await act(() => b.click());
  expect(labels()[0]).toBe('libMarkUnread');
  await act(() => items()[0].click());
  expect(onToggleRead).toHaveBeenCalledTimes(1);
  expect((onToggleRead.mock.calls[0][0] as IndexEntry).title).toBe('Title 2');
  expect(host.querySelector('[role="menu"]')).toBeNull();
  expect(document.activeElement).toBe(b);
});

test('Delete from the menu: once the row is gone, focus is on the title now in its place', async () => {
  render(<List />, host);
  await act(() => menuButton(1).click());
  await act(() => items().find((i) => i.dataset.action === 'delete')!.click());
  await act(() => new Promise((ok) => setTimeout(ok, 20)));
  const titles = Array.from(host.querySelectorAll('a.lib-title'), (a) => a.textContent);
  expect(titles).toEqual(['Title 1', 'Title 3']);
  expect(document.activeElement?.textContent).toBe('Title 3');
});

test('the list keys belong to the titles: ↓ on a menu button opens its menu, it does not move rows', async () => {
  render(<List />, host);
  const first = host.querySelector<HTMLElement>('a.lib-title')!;
  first.focus();
  await key(first, 'ArrowDown');
  expect(document.activeElement?.textContent).toBe('Title 2');
  const b = menuButton(0);
  b.focus();
  await key(b, 'ArrowDown');
  expect(host.querySelector('[role="menu"]')).not.toBeNull();
  expect(document.activeElement).toBe(items()[0]);
});
