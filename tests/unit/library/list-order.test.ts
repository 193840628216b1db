/** The library page's sort (saved / published) and read filter (issue #14). */
import { expect, test } from 'vitest';
import { byReadState, readCounts, sortEntriesBy } from '../../../components/library/list-order';
import type { IndexEntry } from '../../../utils/library/schema';

const e = (id: string, savedAt: number, publishedAt: number | null | undefined, read = false) =>
  ({ id, savedAt, publishedAt, read, title: id }) as unknown as IndexEntry;

const list = [e('a', 50, 10), e('b', 40, null), e('c', 30, 30, true), e('d', 20, undefined, true), e('f', 10, 20), e('g', 5, Number.NaN)];

test('by date saved the list keeps its (newest saved first) order and identity', () => {
  expect(sortEntriesBy(list, 'saved')).toBe(list);
});

test('by date published: newest first, undated ones (none, unknown, not a number) after, newest saved first', () => {
  expect(sortEntriesBy(list, 'published').map((x) => x.id)).toEqual(['c', 'f', 'a', 'b', 'd', 'g']);
  expect(list.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'f', 'g']); // the input is not reordered
});

test('read filter and its counts', () => {
  expect(byReadState(list, 'all')).toBe(list);
  expect(byReadState(list, 'unread').map((x) => x.id)).toEqual(['a', 'b', 'f', 'g']);
  expect(byReadState(list, 'read').map((x) => x.id)).toEqual(['c', 'd']);
  expect(readCounts(list)).toEqual({ all: 6, unread: 4, read: 2 });
});
