// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { removeOwnListCounters } from '../../../utils/extract/body/list-counters';

const body = (html: string) => {
  const d = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  return d.body.firstElementChild!;
};
const items = (el: Element) => Array.from(el.querySelectorAll('li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

test("Springer's references lose the number the list already shows (the view read \"1. 1.\")", () => {
  const el = body(
    '<ol><li><meta itemprop="author" content="x"><span class="c-article-references__counter">1.</span><p>Shear NH. Anticonvulsant hypersensitivity syndrome.</p></li>' +
      '<li><span class="c-article-references__counter">2.</span><p>Bocquet H. Drug-induced pseudolymphoma.</p></li></ol>',
  );
  removeOwnListCounters(el);
  expect(items(el)).toEqual(['Shear NH. Anticonvulsant hypersensitivity syndrome.', 'Bocquet H. Drug-induced pseudolymphoma.']);
});

test('a list with start= counts from there', () => {
  const el = body('<ol start="5"><li><b>5)</b> five</li><li><b>6)</b> six</li></ol>');
  removeOwnListCounters(el);
  expect(items(el)).toEqual(['five', 'six']);
});

test('labels that are not the list\'s own numbers, numbers in only some items, and a reversed list stay', () => {
  const cases = [
    '<ol><li><b>2.</b> off by one</li><li><b>3.</b> still off</li></ol>',
    '<ol><li><b>1.</b> one</li><li>two without</li></ol>',
    '<ol reversed><li><b>1.</b> one</li><li><b>2.</b> two</li></ol>',
    // the number is the whole item: a list of numbers
    '<ol><li><span>1</span></li><li><span>2</span></li></ol>',
    // text before the number: part of a sentence
    '<ol><li>Step <b>1</b> mix</li><li>Step <b>2</b> bake</li></ol>',
  ];
  for (const html of cases) {
    const el = body(html);
    const before = el.innerHTML;
    removeOwnListCounters(el);
    expect(el.innerHTML).toBe(before);
  }
});
