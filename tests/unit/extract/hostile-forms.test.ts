/**
 * Form controls named after DOM properties (issue #12, F1). In Chromium, even in the extension's
 * isolated world, `<input name="parentNode">` makes `form.parentNode` that input; jsdom does not
 * do this, so the test puts the same own properties on the form instance, exactly what Chromium's
 * named-property interceptor shows a script. Every walk over the live page (the detector, the
 * bounds checks, the clone) must finish and read the page correctly; the pipeline's copy must
 * carry no name or id that would shadow anything. (A loop here would hang the test run: it
 * cannot time out a synchronous loop, which is how today's code failed in Chromium.)
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runPipelineOnPage } from '../../../utils/article/run-page';
import { detectArticle } from '../../../utils/extract/detect';
import { deeperThan, flattenedCopy, tooManyElements } from '../../../utils/extract/page/bounds';
import { cloneForExtraction } from '../../../utils/extract/page/clone';

/** Every name listed in the issue. */
const SHADOWING_NAMES = [
  'parentNode', 'parentElement', 'nextSibling', 'nextElementSibling', 'firstChild', 'firstElementChild',
  'childNodes', 'children', 'nodeName', 'tagName', 'attributes', 'getAttribute', 'hasAttribute', 'remove',
  'contains', 'ownerDocument', 'textContent', 'style', 'id', 'className',
];

const PARAGRAPH =
  'The harbour authority said on Tuesday that the new container terminal would open in the spring, two years later than planned, after a review of its foundations found that more piles were needed.';

function hostilePage(): { doc: Document; window: Window & typeof globalThis } {
  const inputs = SHADOWING_NAMES.map((n) => `<input name="${n}" value="x">`).join('');
  const html = `<!doctype html><html lang="en"><head><title>Harbour terminal delayed to spring | Port News</title></head><body>
    <header><form id="search" action="/search">${inputs}<button name="submit">Search</button></form></header>
    <article><h1>Harbour terminal delayed to spring</h1>${`<p>${PARAGRAPH}</p>`.repeat(6)}
    <form class="newsletter">${inputs}</form></article>
    <footer><form>${SHADOWING_NAMES.map((n) => `<select id="${n}"><option>a</option></select>`).join('')}</form></footer>
    </body></html>`;
  const dom = new JSDOM(html, { url: 'https://port.example/news/2024/terminal-delayed', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  // What Chromium's interceptor does: each named control becomes a property of its form.
  for (const form of doc.querySelectorAll('form')) {
    for (const control of form.querySelectorAll('[name],[id]')) {
      const key = control.getAttribute('name') ?? control.getAttribute('id');
      if (key) Object.defineProperty(form, key, { value: control, configurable: true });
    }
  }
  return { doc, window: dom.window as unknown as Window & typeof globalThis };
}

describe('form controls that shadow DOM properties (Chromium behaviour, emulated)', () => {
  it('the emulation really shadows (form.parentNode is the input)', () => {
    const { doc } = hostilePage();
    const form = doc.querySelector('form')!;
    expect((form.parentNode as Element).tagName).toBe('INPUT');
    expect(typeof form.getAttribute).not.toBe('function');
  });

  it('the per-page detector finishes and still sees an article', () => {
    const { doc } = hostilePage();
    const r = detectArticle(doc, doc.URL);
    expect(r.reasons.some((x) => x.startsWith('error:'))).toBe(false);
    expect(r.isArticle).toBe(true);
  });

  it('the bounds checks finish', () => {
    const { doc } = hostilePage();
    expect(tooManyElements(doc)).toBe(false);
    expect(deeperThan(doc, 512)).toBe(false);
    expect(deeperThan(doc, 3)).toBe(true);
    const flat = flattenedCopy(doc, 512);
    expect(flat.querySelectorAll('p')).toHaveLength(6);
  });

  it('the pipeline copy keeps no name or id on a form control', () => {
    const { doc } = hostilePage();
    const copy = cloneForExtraction(doc);
    const controls = copy.querySelectorAll('input, select, button, textarea');
    expect(controls.length).toBe(2 * SHADOWING_NAMES.length + SHADOWING_NAMES.length + 1);
    for (const c of controls) {
      expect(c.hasAttribute('name')).toBe(false);
      expect(c.hasAttribute('id')).toBe(false);
    }
    // ordinary elements keep their ids
    expect(copy.querySelector('form')?.getAttribute('id')).toBe('search');
  });

  it('the pipeline reads the article', () => {
    const { doc, window } = hostilePage();
    const r = runPipelineOnPage(doc, { url: doc.URL, window });
    expect(r.title).toBe('Harbour terminal delayed to spring');
    expect(r.text).toContain('the new container terminal would open in the spring');
  });
});
