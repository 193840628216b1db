// @vitest-environment jsdom
/**
 * The sanitizer on the real fixture pages: the whole <body> of each page (scripts, ads, forms,
 * iframes, tracking pixels and all) comes out free of anything dangerous, keeps the article's
 * text, and is a fixpoint (a second pass changes nothing).
 */
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../utils/sanitize/sanitize';
import { decodedPage, listPageFixtures, loadPageFixture, normaliseForMatch } from '../../helpers/fixtures';
import { findDangersIn, parseOutput } from '../../helpers/sanitize-dom-check';

/** What every real page body has that the sanitizer must take out. */
const RAW_DANGER = 'script, style, iframe, form, input, svg, noscript, [style], [class], [onclick], [onload]';

describe('sanitizer on fixture pages', () => {
  const pages = listPageFixtures();

  it('has the fixture pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(27);
  });

  it.each(pages)('%s', (name) => {
    const page = loadPageFixture(name);
    const source = new DOMParser().parseFromString(decodedPage(page), 'text/html');
    const baseUrl = typeof page.expected.url === 'string' ? page.expected.url : null;
    const raw = source.body.innerHTML;

    const out = sanitizeArticleHtml(raw, { window, baseUrl });
    expect(source.body.querySelector(RAW_DANGER), 'the raw page should have something to remove').not.toBeNull();
    const parsedDoc = parseOutput(out);
    expect(findDangersIn(parsedDoc)).toEqual([]);

    // Nothing of the article is lost: every labelled sentence is still in the text.
    const parsed = parsedDoc.body;
    const text = normaliseForMatch(parsed.textContent ?? '');
    for (const sentence of page.expected.must_have ?? []) expect(text).toContain(normaliseForMatch(sentence));
    // Images survive with absolute URLs when the page has them.
    if (baseUrl && source.body.querySelector('img[src$=".jpg"]:not([width="1"])')) {
      expect(parsed.querySelector('img[src^="http"]')).not.toBeNull();
    }

    expect(sanitizeArticleHtml(out, { window, baseUrl })).toBe(out);
  });
});
