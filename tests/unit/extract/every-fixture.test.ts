/**
 * The pipeline runs over every HTML fixture of the project (labelled pages, detector pages,
 * declutter pages, CLI inputs) without an error. The CLI inputs include real markup that once
 * crashed it: `<html ⚡>` (AMP), Angular's `[class]` binding and a stray quote in an attribute
 * name, which setAttribute refuses in jsdom (issue #11).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../scripts/cli/load-document';
import { runPipelineOnPage } from '../../../utils/article/run-page';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures');

function htmlFixtures(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(resolve(FIXTURES, 'pages')).sort()) out.push(`pages/${name}/source.html`);
  for (const dir of ['detect', 'declutter', 'cli']) {
    for (const f of readdirSync(resolve(FIXTURES, dir)).sort()) if (f.endsWith('.html')) out.push(`${dir}/${f}`);
  }
  return out;
}

const closers: (() => void)[] = [];
afterAll(() => closers.forEach((c) => c()));

function run(path: string) {
  const loaded = loadDocument(readFileSync(resolve(FIXTURES, path)), null);
  if (!loaded.document || !loaded.window) throw new Error(`${path}: ${loaded.error?.message}`);
  closers.push(() => loaded.close());
  return runPipelineOnPage(loaded.document, { url: null, window: loaded.window, removedHtml: false });
}

describe('every fixture', () => {
  const files = htmlFixtures();

  it('finds the fixtures of every folder', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  for (const path of files) {
    it(`${path} runs without an error`, () => {
      expect(() => run(path)).not.toThrow();
    });
  }
});

describe('attribute names setAttribute refuses, on <html>', () => {
  it('an AMP page (<html ⚡ lang="ja">) is read with its language', () => {
    const r = run('cli/attr-amp-bolt.html');
    expect(r.lang).toBe('ja');
    expect(r.text).toContain('東海道新幹線は2日午前');
  });

  it("an Angular page (<html [class]=…>) is read", () => {
    const r = run('cli/attr-angular-binding.html');
    expect(r.title).toBe('City council approves new bike lanes');
    expect(r.text).toContain('twelve miles of protected bike lanes');
  });

  it('a page with a stray quote in an attribute name (de-de") is read', () => {
    const r = run('cli/attr-malformed-quote.html');
    expect(r.lang).toBe('de-DE');
    expect(r.text).toContain('Sonderkündigungsrecht');
  });
});
