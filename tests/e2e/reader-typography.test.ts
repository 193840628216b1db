/**
 * The clean view's typography and print in real Chromium (issue #14), the browser in English in
 * New York (TZ=America/New_York): Japanese body text justified with kinsoku, phrase breaking
 * only in headings, an English measure of 60–70 characters a line, publication times in the
 * reader's zone with the zone named, and printing that gives the article alone.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { inView, toggleReader, waitClosed, waitOpen } from './helpers/reader';

const SHOTS = 'artifacts/screenshots';
let page: Page;

const session = useExtension({ server: true, lang: 'en', env: { TZ: 'America/New_York' } });
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
});

async function openView(path: string): Promise<void> {
  await page.goto(session.server.url(path), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
}

async function closeView(): Promise<void> {
  await toggleReader(page);
  await waitClosed(page);
}

/** Per body paragraph: the right edge of each line (from its text's client rects) and the measure's. */
const LINE_ENDS = `function () {
  return Array.from(this.querySelectorAll('.hb-body p')).map((p) => {
    const r = document.createRange(); r.selectNodeContents(p);
    const lines = [];
    for (const x of r.getClientRects()) {
      if (!x.width) continue;
      const mid = x.top + x.height / 2;
      const line = lines.find((l) => Math.abs(l.mid - mid) < x.height / 3);
      if (line) line.right = Math.max(line.right, x.right); else lines.push({ mid, right: x.right });
    }
    lines.sort((a, b) => a.mid - b.mid);
    const box = p.getBoundingClientRect();
    return { measureRight: box.right, em: parseFloat(getComputedStyle(p).fontSize), ends: lines.map((l) => l.right) };
  });
}`;

test('Japanese body text: every line but a paragraph’s last ends within one character of the measure', async () => {
  await openView('/pages/seed-us-russia-talks/');
  const paras = await inView<{ measureRight: number; em: number; ends: number[] }[]>(page, LINE_ENDS);
  const full = paras.filter((p) => p.ends.length > 1);
  expect(full.length).toBeGreaterThan(4);
  const short: string[] = [];
  for (const p of full) {
    p.ends.slice(0, -1).forEach((end, i) => {
      if (p.measureRight - end > p.em) short.push(`line ${i + 1}: ${Math.round(p.measureRight - end)} px short`);
    });
  }
  expect(short).toEqual([]);
  // kinsoku and justification in the body, phrase breaking only in the headline
  const css = await inView<Record<string, string>>(
    page,
    `function () { const b = getComputedStyle(this.querySelector('.hb-body p')); const h = getComputedStyle(this.querySelector('h1'));
       return { bodyBreak: b.wordBreak, lineBreak: b.lineBreak, align: b.textAlign, headBreak: h.wordBreak }; }`,
  );
  expect(css).toEqual({ bodyBreak: 'normal', lineBreak: 'strict', align: 'justify', headBreak: 'auto-phrase' });
  await page.screenshot({ path: `${SHOTS}/reader-light-ja-ui-en.png` });
  await closeView();
});

test('the publication time in the reader’s zone, the zone named: 10:12 in Tokyo is 21:12 the day before in New York', async () => {
  await openView('/pages/seed-us-russia-talks/');
  const time = await inView<{ text: string; datetime: string }>(
    page,
    `function () { const t = this.querySelector('time'); return { text: t.textContent, datetime: t.getAttribute('datetime') }; }`,
  );
  expect(time).toEqual({ text: '29 September 2025 at 21:12 GMT-4', datetime: '2025-09-30T10:12:00+09:00' });
  await closeView();
});

test('English text: 60 to 70 characters a line at about 1.55 line spacing', async () => {
  await openView('/pages/trafilatura-japantimes/');
  const m = await inView<{ perLine: number[]; leading: number }>(
    page,
    `function () {
      const perLine = [];
      for (const p of Array.from(this.querySelectorAll('.hb-body p')).slice(0, 10)) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const lines = []; let top = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < n.data.length; i++) {
            const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
            const rect = r.getClientRects()[0]; if (!rect) continue;
            if (top === null || Math.abs(rect.top - top) > 4) { lines.push(0); top = rect.top; }
            lines[lines.length - 1]++;
          }
        }
        perLine.push(...lines.slice(0, -1));
      }
      const cs = getComputedStyle(this.querySelector('.hb-body p'));
      return { perLine, leading: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize) };
    }`,
  );
  const avg = m.perLine.reduce((a, b) => a + b, 0) / m.perLine.length;
  console.log(`English measure: ${avg.toFixed(1)} characters a line over ${m.perLine.length} full lines`);
  expect(m.perLine.length).toBeGreaterThan(8);
  expect(avg).toBeGreaterThanOrEqual(60);
  expect(avg).toBeLessThanOrEqual(70);
  expect(m.leading).toBeGreaterThanOrEqual(1.5);
  expect(m.leading).toBeLessThanOrEqual(1.6);
  await page.screenshot({ path: `${SHOTS}/reader-english.png` });
  await closeView();
});

test('printing gives the article alone: no bar or summary, the panel after it as endnotes, URLs after links, the page hidden', async () => {
  await openView('/pages/seed-us-russia-talks/');
  await page.emulateMedia({ media: 'print' });
  // what Chromium does around a print: beforeprint, the print, afterprint
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = await inView<{ bar: string; summary: string; panel: string; panelAfter: boolean; linkAfter: string; hostPos: string }>(
    page,
    `function () {
      const panel = this.querySelector('.hb-panel'); const article = this.querySelector('article');
      const link = this.querySelector('.hb-article a[href^="http"]');
      return { bar: getComputedStyle(this.querySelector('.hb-bar')).display, summary: getComputedStyle(this.querySelector('.hb-removed')).display,
        panel: getComputedStyle(panel).display, panelAfter: !!(article.compareDocumentPosition(panel) & 4) && panel.getBoundingClientRect().top >= article.getBoundingClientRect().bottom - 1,
        linkAfter: getComputedStyle(link, '::after').content, hostPos: getComputedStyle(this.host).position };
    }`,
  );
  expect(printed).toMatchObject({ bar: 'none', summary: 'none', panel: 'block', panelAfter: true, hostPos: 'static' });
  expect(printed.linkAfter).toMatch(/https?:\/\//);
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  expect(await page.evaluate(() => document.body.getAttribute('style'))).toBeNull();
  await closeView();
});
