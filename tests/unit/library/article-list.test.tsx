// @vitest-environment jsdom
/**
 * Issue #12 F3: one stored entry with a date no Date can hold (left by an import before imports
 * were checked) made toISOString throw and the whole saved list render 0 rows, with no way to
 * delete the entry. Each row now renders in isolation.
 */
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleList } from '../../../components/library/article-list';
import { buildEntry, buildRecord, buildSearch } from '../../../utils/library/record';
import type { IndexEntry } from '../../../utils/library/schema';
import { payload } from '../../helpers/library';

function entry(url: string, over: Partial<IndexEntry> = {}): IndexEntry {
  const r = buildRecord(payload(url, { title: `Title ${url.slice(-1)}` }), 1_700_000_000_000);
  return { ...buildEntry(r, buildSearch(r)), ...over };
}

const host = document.createElement('div');
document.body.append(host);
beforeEach(() => {
  // the UI strings: the key itself is enough here
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
});
afterEach(() => {
  render(null, host);
  vi.restoreAllMocks();
});

test('a bad date in one entry breaks no other row; that row offers Delete', async () => {
  const onDelete = vi.fn();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const entries = [entry('https://a.example/1'), entry('https://a.example/2', { savedAt: 8640000000000001 }), entry('https://a.example/3', { title: { toString: () => { throw new Error('not a string'); } } as never })];
  render(<ArticleList entries={entries} pageSize={10} onOpen={() => undefined} onDelete={onDelete} onToggleRead={() => undefined} />, host);
  await new Promise((ok) => setTimeout(ok, 0)); // the boundary re-renders its row on the next tick
  const rows = Array.from(host.querySelectorAll('li.lib-row'));
  expect(rows).toHaveLength(3);
  expect(rows[0].textContent).toContain('Title 1');
  expect(rows[0].querySelector('time')?.getAttribute('datetime')).toBe(new Date(1_700_000_000_000).toISOString());
  // the bad date shows as a dash, the row stays usable
  expect(rows[1].textContent).toContain('Title 2');
  expect(rows[1].querySelector('time')?.getAttribute('datetime')).toBeNull();
  // the row whose title cannot even be read is replaced, and can be deleted
  expect(rows[2].classList.contains('broken')).toBe(true);
  (rows[2].querySelector('button') as HTMLButtonElement).click();
  expect(onDelete).toHaveBeenCalledWith(entries[2]);
});
