/**
 * A hostile page (tests/e2e/pages/hostile.html) against the clean view: scripts that try to
 * read or restyle the view and remove its host, XSS vectors in the article, !important page CSS
 * and a patched attachShadow. The view must stay unreadable to the page, inert to its code and
 * laid out as designed.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { clickInView, inView, toggleReader, waitClosed, waitOpen } from './helpers/reader';

let page: Page;

const session = useExtension({ server: true });
beforeAll(async () => {
  mkdirSync('artifacts/screenshots', { recursive: true });
  page = await session.context.newPage();
  await page.goto(session.server.url('/e2e/hostile.html'), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  await page.waitForTimeout(400); // let the page's observer and its delayed removal run
});

test('page scripts cannot reach the view: closed root, unpatched attachShadow, no text leaks', async () => {
  const log = await page.evaluate(() => {
    const w = window as unknown as { __hostile: { attachShadowCalls: number; shadowRoots: string[]; seen: string[]; errors: string[] }; __stolenRoot?: unknown };
    return { ...w.__hostile, stolen: w.__stolenRoot !== undefined };
  });
  expect(log.seen).toContain('host:DIV'); // the page did find the host…
  expect(log.attachShadowCalls).toBe(0); // …but our attachShadow is not the page's
  expect(log.stolen).toBe(false);
  expect(log.shadowRoots.every((r) => r === 'null')).toBe(true);
  expect(log.errors.some((e) => e.startsWith('attachShadow:'))).toBe(true); // a second root is refused
  const leaked = JSON.stringify(log);
  for (const s of ['Close clean view', 'Taken out of this page', 'Harbour authority approves']) expect(leaked).not.toContain(s);
  // the page's own view of the host: empty of our content
  const hostText = await page.evaluate(() => (document.documentElement.lastElementChild as HTMLElement).innerText ?? '');
  expect(hostText).not.toContain('Harbour');
});

test('no code from the article runs, and nothing executable is in the view', async () => {
  // The page's own markup runs its handlers ('page:…'); nothing may run from the view ('view:…').
  const ran = await page.evaluate(() => (window as unknown as { __xss: string[] }).__xss);
  expect(ran.filter((r) => !r.startsWith('page:'))).toEqual([]);
  const found = await inView<{ bad: number; handlers: number; styles: number; jsLinks: number; embeds: number; paragraphs: number }>(
    page,
    `function () { const q = (s) => this.querySelectorAll(s.split(',').map((x) => '.hb-body ' + x.trim()).join(',')).length;
       return { bad: q('script, iframe, svg, math, form, object, embed, style'),
                handlers: Array.from(this.querySelectorAll('.hb-body *')).filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
                styles: q('[style]'), jsLinks: q('a[href^="javascript"]'), embeds: q('a[data-embed]'), paragraphs: q('p') }; }`,
  );
  expect(found).toMatchObject({ bad: 0, handlers: 0, styles: 0, jsLinks: 0 });
  expect(found.paragraphs).toBeGreaterThan(3);
});

test('the page cannot break the layout: the view covers the viewport, styled by itself', async () => {
  const host = await page.evaluate(() => {
    const h = document.documentElement.lastElementChild as HTMLElement;
    const r = h.getBoundingClientRect();
    return { atCentre: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === h, w: r.width, h: r.height, vw: innerWidth, vh: innerHeight };
  });
  expect(host).toEqual({ atCentre: true, w: host.vw, h: host.vh, vw: host.vw, vh: host.vh });
  const view = await inView<{ h1Size: number; h1Width: number; bg: string; color: string; pwned: boolean }>(
    page,
    `function () { const h1 = this.querySelector('h1'); const root = this.querySelector('.hb-root'); const cs = getComputedStyle(h1);
       return { h1Size: parseFloat(cs.fontSize), h1Width: h1.getBoundingClientRect().width, bg: getComputedStyle(root).backgroundColor,
                color: cs.color, pwned: !!this.querySelector('#pwned') }; }`,
  );
  expect(view.h1Size).toBeGreaterThan(24);
  expect(view.h1Width).toBeGreaterThan(200);
  expect(view.bg).not.toBe('rgb(255, 0, 255)');
  expect(view.color).not.toBe('rgb(255, 0, 0)');
  expect(view.pwned).toBe(false);
  await page.screenshot({ path: 'artifacts/screenshots/clean-view-hostile.png' });
});

test('footnote anchors scroll inside the view; other links open a new tab without opener', async () => {
  const links = await inView<{ target: string | null; rel: string | null }[]>(
    page,
    `function () { return Array.from(this.querySelectorAll('.hb-body a[href^="http"]'), (a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') })); }`,
  );
  for (const l of links) expect(l).toEqual({ target: '_blank', rel: 'noopener noreferrer' });
  const urlBefore = page.url();
  await clickInView(page, '.hb-body a[href$="fn1"]');
  await page.waitForTimeout(800);
  const top = await inView<number>(
    page,
    `function () { const t = this.querySelector('[id$="fn1"]'); return t ? t.getBoundingClientRect().top : -1; }`,
  );
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(await page.evaluate(() => innerHeight));
  expect(page.url()).toBe(urlBefore); // no fragment navigation in the page
});

test('the second press still closes the view and frees the page', async () => {
  await toggleReader(page);
  await waitClosed(page);
  expect(await page.evaluate(() => document.body.hasAttribute('inert'))).toBe(false);
});
