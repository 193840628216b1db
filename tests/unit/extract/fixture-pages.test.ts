/**
 * The acceptance test of the extraction engine on the 27 labelled pages (issue #2): the title
 * is the label's headline exactly, every must_have is in the reading text, no must_not is in
 * the text or the article html, and `truncated` agrees with the page's paywall label. Pages are
 * loaded by the CLI's own loader (browser-like decoding: one page is GB2312).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../scripts/cli/load-document';
import { type PipelineResult } from '../../../utils/article/pipeline';
import { runPipelineOnPage } from '../../../utils/article/run-page';
import { listPageFixtures, loadPageFixture, normaliseForMatch } from '../../helpers/fixtures';

const names = listPageFixtures();
const closers: (() => void)[] = [];
afterAll(() => closers.forEach((c) => c()));

function extract(name: string): { r: PipelineResult; htmlText: string } {
  const f = loadPageFixture(name);
  const url = (f.expected.url as string | null | undefined) ?? null;
  const loaded = loadDocument(f.bytes, url);
  if (!loaded.document || !loaded.window) throw new Error(`${name}: ${loaded.error?.message}`);
  closers.push(() => loaded.close());
  // removedHtml off, as in the CLI: this test is about the article, and it stays fast.
  const r = runPipelineOnPage(loaded.document, { url, window: loaded.window, removedHtml: false });
  const htmlDoc = new loaded.window.DOMParser().parseFromString(r.html ?? '', 'text/html');
  return { r, htmlText: normaliseForMatch(htmlDoc.body.textContent ?? '') };
}

describe('fixture pages', () => {
  it('has all 27 labelled pages', () => {
    expect(names).toHaveLength(27);
  });

  for (const name of names) {
    it(name, () => {
      const { expected } = loadPageFixture(name);
      const { r, htmlText } = extract(name);
      expect(normaliseForMatch(r.title ?? '')).toBe(normaliseForMatch(expected.title ?? ''));
      const text = normaliseForMatch(r.text ?? '');
      const missing = (expected.must_have ?? []).filter((s) => !text.includes(normaliseForMatch(s)));
      expect(missing, 'must_have not found in text').toEqual([]);
      const leakedText = (expected.must_not ?? []).filter((s) => text.includes(normaliseForMatch(s)));
      expect(leakedText, 'must_not leaked into text').toEqual([]);
      const leakedHtml = (expected.must_not ?? []).filter((s) => htmlText.includes(normaliseForMatch(s)));
      expect(leakedHtml, 'must_not leaked into html').toEqual([]);
      if (typeof expected.paywalled === 'boolean') expect(r.truncated).toBe(expected.paywalled);
      // The headline is the title, not a block of the body.
      expect(normaliseForMatch(r.text ?? '').startsWith(normaliseForMatch(r.title ?? ''))).toBe(false);
    });
  }
});
