// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { removeTopKicker } from '../../../utils/extract/body/top-kicker';

function article(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  return doc.getElementById('root')!;
}

const PROSE = 'Silvio Berlusconis „Rubygate“-Prozess um Sex mit einer minderjährigen Prostituierten kann weitergehen, entschied das Gericht am Mittwoch.';

describe('removeTopKicker', () => {
  it('takes a section label of one or two words above the story (stol.it "Politik", dw "Environnement" in an h4)', () => {
    const a = article(`<div><p><strong>Politik</strong></p><p>${PROSE}</p></div>`);
    expect(removeTopKicker(a).map((r) => [r.rule, r.text])).toEqual([['extract-top-kicker', 'Politik']]);
    expect(a.textContent).toBe(PROSE);
    const b = article(`<h4>Environnement</h4><p class="intro">${PROSE}</p>`);
    expect(removeTopKicker(b).map((r) => r.text)).toEqual(['Environnement']);
  });

  it('keeps a story heading of rank 1–3, a longer or numbered or punctuated line, and a label not followed by prose', () => {
    for (const html of [
      `<h2>At a Glance</h2><p>${PROSE}</p>`,
      `<p>Hingucker beim Flugplatzfest</p><p>${PROSE}</p>`,
      `<p>Dübendorf -</p><p>${PROSE}</p>`,
      `<p>Juli 2020</p><p>${PROSE}</p>`,
      `<p>Opinion</p><p>Opinion</p><p>${PROSE}</p>`,
      `<p>Standorte</p><p>Shuji: Japan.</p><p>${PROSE}</p>`,
      `<p>写真特集</p><p>${PROSE}</p>`,
      `<p>${PROSE}</p><p>Politik</p>`,
      `<div><b>Warning</b>: mysql_get_server_info(): Access denied<p>${PROSE}</p></div>`,
    ]) {
      const a = article(html);
      const before = a.textContent;
      expect(removeTopKicker(a), html.slice(0, 40)).toEqual([]);
      expect(a.textContent).toBe(before);
    }
  });
});

describe('removeTopKicker and datelines', () => {
  it('keeps a dateline the story names again or goes on from with a dash (timesunion\'s AP story, scrapinghub)', () => {
    for (const html of [
      `<p><i>Pittsburgh </i></p><p>Brock Nelson's second goal of the game 2:55 into overtime capped a frantic comeback to lift the New York Islanders over the Pittsburgh Penguins 5-4 Tuesday night.</p>`,
      `<p>Dübendorf</p><p>— Der Flugplatz bleibt auch im nächsten Sommer für Besucher offen, teilte die Gemeinde am Mittwoch mit, nach langem Streit.</p>`,
    ]) {
      const a = article(html);
      const before = a.textContent;
      expect(removeTopKicker(a), html.slice(0, 40)).toEqual([]);
      expect(a.textContent).toBe(before);
    }
  });

  it('still takes a label whose word comes back only later in the story, or inside a longer word', () => {
    const a = article(`<p>Politik</p><p>${PROSE} Die Politiker schwiegen.</p>`);
    expect(removeTopKicker(a).map((r) => r.text)).toEqual(['Politik']);
  });
});
