// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { lockPage } from '../../../utils/reader/view/page-lock';

const tick = () => new Promise((r) => setTimeout(r, 0));

test('makes <body> inert and restores exactly what the page had', async () => {
  document.body.removeAttribute('inert');
  const before = document.documentElement.outerHTML;
  const lock = lockPage(document);
  expect(document.body.getAttribute('inert')).toBe('');
  lock.release();
  expect(document.documentElement.outerHTML).toBe(before);
});

test('keeps a page-set inert value, and follows the page changing it while the view is open', async () => {
  document.body.setAttribute('inert', 'page');
  const lock = lockPage(document);
  expect(document.body.hasAttribute('inert')).toBe(true);
  lock.release();
  expect(document.body.getAttribute('inert')).toBe('page');

  const lock2 = lockPage(document);
  document.body.removeAttribute('inert'); // the page's own modal closes
  await tick();
  expect(document.body.hasAttribute('inert')).toBe(true); // still hidden under the view
  lock2.release();
  expect(document.body.hasAttribute('inert')).toBe(false); // the page's latest wish
});

test('gives focus back to the element that had it', () => {
  const button = document.createElement('button');
  document.body.append(button);
  button.focus();
  const lock = lockPage(document);
  const other = document.createElement('input');
  document.documentElement.append(other);
  other.focus();
  lock.release();
  expect(document.activeElement).toBe(button);
  other.remove();
  button.remove();
});
