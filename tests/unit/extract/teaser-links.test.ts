// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { removeTeaserLinkLines } from '../../../utils/extract/body/teaser-links';

const PAGE = 'https://www.example.de/news/2020/hochzeit-abgesagt.html';

function article(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  return doc.getElementById('root')!;
}

const STORY = '<p>Die Hochzeit war für den Sommer geplant, wurde nun aber wegen der Pandemie auf das nächste Jahr verschoben.</p>';

describe('removeTeaserLinkLines', () => {
  it('removes an italic "kicker: <a>headline</a>" line (polityka shape), not a two-word label over a short link or a sentence', () => {
    const kicker = '<p><em>Były dowódca wojsk USA w Europie: <a href="/swiat/1926578,1,byly-dowodca.read">Rosja jest groźna</a></em></p>';
    const source = '<p><em>Zum Hintergrund: <a href="/presse/2020/mitteilung.html">Bericht</a></em></p>';
    const sentence = '<p><em>Mehr dazu lesen Sie in unserem Bericht vom Montag. Hier: <a href="/news/2020/bericht.html">Der Bericht</a></em></p>';
    const el = article(STORY + kicker + STORY + source + sentence);
    const removed = removeTeaserLinkLines(el, PAGE);
    expect(removed.map((r) => [r.rule, r.text])).toEqual([['extract-teaser-link-line', 'Były dowódca wojsk USA w Europie: Rosja jest groźna']]);
    expect(el.textContent).toContain('Zum Hintergrund: Bericht');
    expect(el.textContent).toContain('Der Bericht');
  });

  it('removes a headline card, one site link wrapping kicker, title and time, between paragraphs (eurosport shape); a link around one picture or a link to another site stays', () => {
    const card =
      '<a href="/olympia/2022/fahnentraeger_sto8749357/story.shtml" class="content-card"><div><div></div></div><div><div>' +
      '<div>Olympia 2022 in Peking</div><div>Friedrich als Fahnenträger? "Wäre ein Ritterschlag"</div></div>' +
      '<div data-testid="content-card-display-date">VOR 14 STUNDEN</div></div></a>';
    const picture = '<a href="/bilder/hochzeit-2020.html"><div><img src="/a.jpg" alt=""></div><div>Das Brautpaar im Mai</div></a>';
    const other = '<a href="https://other.example.org/petition"><div>Petition</div><div>Jetzt unterschreiben und teilen</div></a>';
    const el = article(STORY + card + STORY + picture + other);
    const removed = removeTeaserLinkLines(el, PAGE);
    expect(removed.map((r) => [r.category, r.rule])).toEqual([['related', 'extract-teaser-card']]);
    expect(el.textContent).not.toContain('Fahnenträger');
    expect(el.textContent).toContain('Das Brautpaar im Mai');
    expect(el.textContent).toContain('Jetzt unterschreiben');
  });

  it('removes a paragraph that is a link to another story of the site, with or without a short label (tonight.de, foxnews shapes)', () => {
    const el = article(
      STORY +
        '<p>Wegen Corona: <a href="/news/2020/danni-buechner.html">Danni Büchner sagt ihre Hochzeit ab</a></p>' +
        '<p><strong><a href="https://example.de/politik/wahl-ergebnis">WAHL IN THÜRINGEN: DIE ERGEBNISSE IM ÜBERBLICK</a></strong></p>' +
        STORY,
    );
    const removed = removeTeaserLinkLines(el, PAGE);
    expect(removed.map((r) => [r.category, r.rule, r.text])).toEqual([
      ['related', 'extract-teaser-link-line', 'Wegen Corona: Danni Büchner sagt ihre Hochzeit ab'],
      ['related', 'extract-teaser-link-line', 'WAHL IN THÜRINGEN: DIE ERGEBNISSE IM ÜBERBLICK'],
    ]);
    expect(el.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes a labelled paragraph of several teaser links, one per line, also when a line break sits inside a link (nesselsetzer shape)', () => {
    const list =
      '<p>Siehe auch<br> <a href="/2012/11/21/chemtrails/">Die dümmste aller Verschwörungstheorien: Chemtrails</a><br> ' +
      '<a href="/2012/06/09/verschwoerung/">Immer mehr Verschwörungsbedürftige</a><br> ' +
      '<a href="/2012/10/03/zehn-minuten/">Sinnlose Astrologie, Nostradamus und ein wenig evolutionäres Gehirn<br> </a>' +
      '<a href="/2013/01/02/rationalitaet/">Der schleichende Rationalitätsverlust in der Gesellschaft</a></p>';
    const el = article(STORY + list + STORY);
    const removed = removeTeaserLinkLines(el, PAGE);
    expect(removed.map((r) => r.rule)).toEqual(['extract-teaser-link-line']);
    expect(el.textContent).not.toContain('Chemtrails');
    expect(el.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a paragraph of several site links in one line of text (an enumeration, not a list of teasers)', () => {
    const line =
      '<p><a href="/thema/energie">Energiepreise</a>, <a href="/thema/verkehr">Verkehrswende</a> und <a href="/thema/wohnen">Wohnungsbau in den Städten</a> sind die Themen der Woche</p>';
    const el = article(STORY + line);
    expect(removeTeaserLinkLines(el, PAGE)).toEqual([]);
    expect(el.innerHTML).toBe(STORY + line);
  });

  it('keeps links in running text, sentences that go on after the link, links to other sites, list items and the home page', () => {
    const kept = [
      '<p>Wie <a href="/news/2020/umfrage.html">eine Umfrage zeigt</a>, wollen viele Paare ihre Feier nachholen, sobald es wieder erlaubt ist.</p>',
      '<p>See <a href="/news/other-story">the earlier story</a>.</p>',
      '<p><a href="https://www.openpetition.de/petition/online/hochzeiten">Petition: Hochzeiten erlauben</a></p>',
      '<ul><li><a href="/news/2020/standesamt.html">Standesämter öffnen wieder</a></li></ul>',
      '<p><a href="/">Zur Startseite von example.de</a></p>',
    ];
    const el = article(STORY + kept.join(''));
    expect(removeTeaserLinkLines(el, PAGE)).toEqual([]);
    expect(el.innerHTML).toBe(STORY + kept.join(''));
  });

  it('does nothing without the page address (no site to compare links with)', () => {
    const el = article('<p><a href="/news/2020/x.html">Danni Büchner sagt Hochzeit ab</a></p>');
    expect(removeTeaserLinkLines(el, null)).toEqual([]);
  });
});
