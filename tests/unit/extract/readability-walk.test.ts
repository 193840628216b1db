// @vitest-environment node
/**
 * Readability's element collection by a walk (scripts/cli/readability-walk.ts, collectByWalk): under jsdom it
 * replaces querySelectorAll and must return the same elements in document order, with a type
 * selector's case rules (HTML elements by the lower-cased name, SVG by the exact name); under a
 * native selector engine it is not installed.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { collectByWalk } from '../../../scripts/cli/readability-walk';

type Collector = { _getAllNodesWithTag: (node: ParentNode, tags: string[]) => ArrayLike<Element> };

const HTML = `<!doctype html><html><head><title>T</title></head><body>
  <h1>A</h1><div><p>one <span>s</span></p><h2>B</h2><ul><li>x</li><li>y<ol><li>z</li></ol></li></ul></div>
  <svg><title>svg title</title><a href="#x"><text>t</text></a><foreignObject><div><p>in svg</p></div></foreignObject></svg>
  <table><tr><td>c</td></tr></table><font>f</font><p>two</p></body></html>`;

function setUp() {
  const doc = new JSDOM(HTML).window.document;
  const reader = new Readability(doc.cloneNode(true) as Document);
  collectByWalk(reader, doc);
  return { doc, reader: reader as unknown as Collector };
}

/** What a type-selector list gives, in document order (jsdom's own order is not always that). */
function bySelector(root: ParentNode, tags: string[]): Element[] {
  const found = [...root.querySelectorAll(tags.join(','))];
  return found.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

describe('Readability collecting elements by a walk under jsdom', () => {
  const cases = [['p'], ['h1', 'h2'], ['a'], ['title'], ['li'], ['foreignobject'], ['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'P'], ['font', 'td']];
  for (const tags of cases) {
    it(`finds what querySelectorAll('${tags.join(',')}') finds, in document order`, () => {
      const { doc, reader } = setUp();
      for (const root of [doc, doc.body, doc.querySelector('div')!] as ParentNode[]) {
        const walked = Array.from(reader._getAllNodesWithTag(root, tags));
        expect(walked).toEqual(bySelector(root, tags));
      }
    });
  }

  it('counts SVG elements by their exact name and HTML elements by the lower-cased one', () => {
    const { doc, reader } = setUp();
    expect(Array.from(reader._getAllNodesWithTag(doc, ['a'])).map((e) => e.namespaceURI)).toEqual(['http://www.w3.org/2000/svg']);
    expect(reader._getAllNodesWithTag(doc, ['TITLE'])).toHaveLength(1); // <head>'s title, not the SVG one
    expect(reader._getAllNodesWithTag(doc, ['P'])).toHaveLength(3);
  });

  it('leaves a native selector engine in charge', () => {
    const doc = new JSDOM(HTML).window.document;
    // a bound function prints as native code, as the browser's querySelectorAll does
    doc.querySelectorAll = doc.querySelectorAll.bind(doc) as typeof doc.querySelectorAll;
    const reader = new Readability(doc.cloneNode(true) as Document);
    collectByWalk(reader, doc);
    expect((reader as unknown as Collector)._getAllNodesWithTag).toBe((Readability.prototype as unknown as Collector)._getAllNodesWithTag);
  });
});
