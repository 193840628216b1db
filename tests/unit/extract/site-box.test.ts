// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { removeSiteBox, siteNames } from '../../../utils/extract/body/site-box';

const STORY = '<p>' + 'Die Energieversorgung stützt sich noch stark auf fossile Brennstoffe, doch der Anteil erneuerbarer Energien wächst. '.repeat(6) + '</p>';

function article(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  return doc.getElementById('root')!;
}

describe('siteNames', () => {
  it('reads the declared name and the domain name, skipping www and second-level labels', () => {
    expect(siteNames('RENT A SALESMAN®', 'https://www.rent-a-salesman.eu/x')).toEqual(['rent a salesman']);
    expect(siteNames(null, 'https://www.psl.eu/actualites/a')).toEqual(['psl']);
    expect(siteNames('energiehoch3', null)).toEqual(['energiehoch3']);
    expect(siteNames(null, 'https://news.bbc.co.uk/a')).toEqual(['bbc']);
    expect(siteNames(null, 'https://ap.org/a')).toEqual([]);
  });
});

describe('removeSiteBox (trafilatura-dev tuned shapes: rent-a-salesman, energiehoch3, psl.eu)', () => {
  it('takes the closing box whose heading names the site, with the lines after it', () => {
    const a = article(`${STORY}<div id="sp-bottom"><h3>RENT A SALESMAN®</h3><p>Hahnenstraße 47, 71634 Ludwigsburg, Baden-Württemberg, Germany</p></div>`);
    expect(removeSiteBox(a, siteNames('RENT A SALESMAN®', null)).map((r) => r.rule)).toEqual(['extract-site-box']);
    expect(a.textContent).not.toContain('Hahnenstraße');
    const b = article(`<div>${STORY}<p> <b>Gut versorgt mit energiehoch3</b> </p><p>Ob Strom oder Gas, enegiehoch3 versorgt Dich zuverlässig mit günstiger Energie.</p></div>`);
    expect(removeSiteBox(b, ['energiehoch3'])).toHaveLength(1);
    expect(b.textContent).not.toContain('Gut versorgt');
    const c = article(`<div>${STORY}</div><div><h4>Université PSL</h4><p>Collège de France, École normale supérieure, Institut Curie.<br>CNRS, Inserm, Inria.</p></div>`);
    expect(removeSiteBox(c, siteNames(null, 'https://www.psl.eu/a'))).toHaveLength(1);
    expect(c.textContent).not.toContain('Inria');
  });

  it('keeps a site-named heading over a long closing section, one in the story, a heading of a sentence, and a short page', () => {
    const long = '<p>' + 'Das Unternehmen wurde 1998 gegründet und beschäftigt heute mehr als zweihundert Menschen. '.repeat(10) + '</p>';
    const cases = [
      `${STORY}<h3>Über energiehoch3</h3>${long}`,
      `<h2>energiehoch3 im Test</h2>${STORY}<p>Fazit: gut.</p>`,
      `${STORY}<h3>Warum wir bei energiehoch3 seit vielen Jahren so gern arbeiten und bleiben</h3><p>Kurz.</p>`,
      `<p>Kurzer Text.</p><h3>energiehoch3</h3><p>Adresse 1</p>`,
      `${STORY}<h3>energiehoch3</h3>`,
    ];
    for (const html of cases) {
      const el = article(html);
      expect(removeSiteBox(el, ['energiehoch3']), html.slice(-80)).toEqual([]);
    }
  });
});
