// @vitest-environment jsdom
/**
 * The sanitizer against our own vector set (tests/fixtures/xss/vectors.json): script, inline
 * handlers, obfuscated URL schemes, SVG/MathML, mutation-XSS shapes, DOM clobbering, frames,
 * forms, custom elements, stripped attributes, tracking pixels. Every assertion is made on the
 * output parsed into a fresh document, not on substrings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../utils/sanitize/sanitize';
import { findDangers, parseOutput } from '../../helpers/sanitize-dom-check';

interface Vector {
  name: string;
  html: string;
  /** overrides defaultBaseUrl; null = no base */
  baseUrl?: string | null;
  /** CSS selectors that must match nothing in the parsed output */
  absent?: string[];
  /** CSS selectors that must match in the parsed output */
  present?: string[];
  /** substrings of the output's text content */
  text?: string[];
  notText?: string[];
  /** exact expected output */
  expect?: string;
  /** input is not expected to look dangerous before sanitizing */
  benign?: boolean;
}

const FILE = resolve(process.cwd(), 'tests/fixtures/xss/vectors.json');
const data = JSON.parse(readFileSync(FILE, 'utf8')) as { defaultBaseUrl: string; vectors: Vector[] };

function run(v: Vector, html = v.html): string {
  const baseUrl = v.baseUrl === undefined ? data.defaultBaseUrl : v.baseUrl;
  return sanitizeArticleHtml(html, { window, baseUrl });
}

describe('sanitizer vector set', () => {
  it('has a substantial vector set', () => {
    expect(data.vectors.length).toBeGreaterThan(120);
  });

  it.each(data.vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    // The checker must see the danger in the raw input, or the vector proves nothing.
    if (!v.benign) expect(findDangers(v.html), 'raw input should look dangerous').not.toEqual([]);

    const out = run(v);
    expect(findDangers(out)).toEqual([]);

    const doc = parseOutput(out);
    for (const sel of v.absent ?? []) expect(doc.body.querySelector(sel), `absent: ${sel}`).toBeNull();
    for (const sel of v.present ?? []) expect(doc.body.querySelector(sel), `present: ${sel}`).not.toBeNull();
    const text = doc.body.textContent ?? '';
    for (const t of v.text ?? []) expect(text).toContain(t);
    for (const t of v.notText ?? []) expect(text).not.toContain(t);
    if (v.expect !== undefined) expect(out).toBe(v.expect);

    // Idempotent: a second pass over the output changes nothing.
    expect(run(v, out)).toBe(out);
  });
});
