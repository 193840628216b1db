// @vitest-environment jsdom
/**
 * The reader path's bounds (utils/reader/page-bounds.ts): the depth check stops at the first
 * element past the limit, and the flattened copy caps nesting the way Chromium's parser does
 * while keeping every piece of text in document order. Small caps here; the real 10,000-deep
 * page is tested in Chromium (tests/e2e/faults-pages.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { deeperThan, flattenedCopy, tooManyElements, MAX_ELEMENTS } from '../../../utils/extract/page/bounds';

/** <body> holding `depth` nested <div>s, text at the bottom, and a sibling paragraph after. */
function nested(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('t');
  let node: Element = doc.body;
  for (let i = 0; i < depth; i++) node = node.appendChild(doc.createElement('div'));
  const p = node.appendChild(doc.createElement('p'));
  p.textContent = 'deep text';
  node.appendChild(doc.createElement('img'));
  const after = doc.body.appendChild(doc.createElement('p'));
  after.textContent = 'after';
  return doc;
}

function maxDepth(doc: Document): number {
  let max = 0;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    let d = 0;
    for (let n: Element | null = el; n && n !== doc.documentElement; n = n.parentElement) d++;
    max = Math.max(max, d);
  }
  return max;
}

describe('deeperThan', () => {
  test('counts levels below <html>', () => {
    // html > body > div×5 > p: the <p> is 7 levels below <html>
    const doc = nested(5);
    expect(deeperThan(doc, 7)).toBe(false);
    expect(deeperThan(doc, 6)).toBe(true);
  });
  test('a flat page is shallow', () => {
    expect(deeperThan(nested(0), 3)).toBe(false);
  });
});

describe('flattenedCopy', () => {
  test('caps the depth, keeps text and content in order, drops the emptied boxes', () => {
    const doc = nested(40);
    const flat = flattenedCopy(doc, 8);
    expect(maxDepth(flat)).toBeLessThanOrEqual(8);
    expect(flat.body.textContent).toBe('deep textafter');
    expect(flat.querySelectorAll('img')).toHaveLength(1);
    expect(flat.querySelectorAll('div').length).toBeLessThan(10);
    expect(flat.title).toBe('t');
    // the source is untouched
    expect(maxDepth(doc)).toBe(42);
  });
  test('a page within the cap comes out the same', () => {
    const doc = nested(3);
    expect(flattenedCopy(doc, 20).documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });
});

// tooManyElements over the limit is tested in Chromium (200,000 elements, faults-pages.test.ts):
// building 100,000 elements in jsdom alone takes ~1.7 s here.
test('tooManyElements: an ordinary page is within the limit', () => {
  expect(MAX_ELEMENTS).toBe(100_000);
  expect(tooManyElements(nested(3))).toBe(false);
});
