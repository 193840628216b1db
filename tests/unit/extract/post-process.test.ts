// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captionsToFigures } from '../../../utils/extract/body/figures';
import { pickFromSrcset, resolveLazyImages } from '../../../utils/extract/body/lazy-images';
import { findLeadImage } from '../../../utils/extract/page/lead-image';
import { isCounter, isDateOnly, removeClosingBio, removeRepeatsAndLabels, removeTail, removeTopDuplicates } from '../../../utils/extract/body/post-process';

function article(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  return doc.getElementById('root')!;
}

describe('removeTopDuplicates', () => {
  it('removes the headline, the byline and a bare date line at the top, not later text', () => {
    const el = article(
      '<h2>メディア芸術祭賞が決定</h2><p><time>2019年3月1日 13時16分</time></p><div class="by">文● 竹内智子</div>' +
        '<p>本文の一段落目。</p><p>2019年3月1日</p>',
    );
    expect(removeTopDuplicates(el, 'メディア芸術祭賞が決定', '竹内智子')).toBe(3);
    expect([...el.children].map((c) => c.textContent)).toEqual(['本文の一段落目。', '2019年3月1日']);
  });

  it('removes byline-and-date lines and bare URLs at the top (CTV News, The Hill, Houston Chronicle shapes)', () => {
    const el = article(
      '<p>https://www.example.com/news/article/a-1.php</p><p>The Associated Press<br>Published Monday, November 18, 2019 8:22AM EST</p>' +
        '<p>By Justine Coleman - 11/18/19 11:04 PM EST</p><p>BERLIN -- The agency says the plan could work.</p>',
    );
    expect(removeTopDuplicates(el, null, null)).toBe(3);
    expect(el.textContent).toBe('BERLIN -- The agency says the plan could work.');
  });

  it('removes date-only lines in any word order, also right under a standfirst', () => {
    const el = article(
      '<p>Published 4:00 am CST, Wednesday, November 20, 2019</p><p>CHINA has sent troops to Hong Kong, officials said.</p>' +
        '<p>PUBLISHED: 10:48, Tue, Nov 19, 2019</p><p>| UPDATED: 11:05, Tue, Nov 19, 2019</p><p>The protests began in June 2019.</p><p>On 3 May 2020</p>',
    );
    expect(removeTopDuplicates(el, null, null)).toBe(3);
    expect([...el.children].map((c) => c.textContent)).toEqual(['CHINA has sent troops to Hong Kong, officials said.', 'The protests began in June 2019.', 'On 3 May 2020']);
  });

  it('keeps a first paragraph that merely mentions the author', () => {
    const el = article('<p>竹内智子記者が現地で取材したところ、協議は来月にも再開される見通しで、関係者は慎重な姿勢を崩していない。</p>');
    expect(removeTopDuplicates(el, 'x', '竹内智子')).toBe(0);
  });
});

describe('removeRepeatsAndLabels', () => {
  it('drops exact repeats of a block and records whole-block UI labels as removals', () => {
    const cap = 'In this Sunday, Nov. 10, 2019, photograph, a long row of unsold vehicles sits at a dealership.';
    const el = article(`<p>${cap}</p><p>Caption</p><p>Close</p><p>Sales fell in October.</p><p>${cap}</p><div>Advertisement</div><p>Close the deal, he said.</p>`);
    const removals = removeRepeatsAndLabels(el);
    expect(removals.map((r) => [r.category, r.text])).toEqual([
      ['other', 'Caption'],
      ['other', 'Close'],
      ['ads', 'Advertisement'],
    ]);
    expect([...el.children].map((c) => c.textContent)).toEqual([cap, 'Sales fell in October.', 'Close the deal, he said.']);
  });

  it('keeps a paragraph whose whole text names an Object property ("constructor", "toString"): labels are data, not a prototype', () => {
    const el = article('<p>Constructor</p><p>toString</p><p>__proto__</p><p>Caption</p>');
    expect(removeRepeatsAndLabels(el).map((r) => r.text)).toEqual(['Caption']);
    expect([...el.children].map((c) => c.textContent)).toEqual(['Constructor', 'toString', '__proto__']);
  });

  it('records one-line promotions and author contact lines as removals', () => {
    const el = article('<p>Sales fell.</p><p>SEE MORE: Hong Kong protests: 800 students under siege</p><p>【関連記事】円安が進む</p><p>More people read the news.</p><p>paul.takahashi@chron.com</p>');
    const removals = removeRepeatsAndLabels(el);
    expect(removals.map((r) => [r.category, r.rule])).toEqual([
      ['related', 'extract-promo-line'],
      ['related', 'extract-promo-line'],
      ['author-bio', 'extract-contact-line'],
    ]);
    expect([...el.children].map((c) => c.textContent)).toEqual(['Sales fell.', 'More people read the news.']);
  });
});

describe('captionsToFigures', () => {
  it('turns a picture followed by a short paragraph in its own box into figure + figcaption', () => {
    const el = article('<p>本文。</p><div><p><img src="a.jpg"></p><p> 引用:NPR</p></div>');
    expect(captionsToFigures(el)).toBe(1);
    expect(el.querySelector('figure figcaption')?.textContent?.trim()).toBe('引用:NPR');
    expect(el.querySelector('figure img')).not.toBeNull();
  });

  it('joins the credit line after a caption into the figcaption (caritas, hss shapes) and takes a bold caption the page names (l-mag)', () => {
    const el = article(
      '<p>Story.</p><p class="icaption"><img src="a.jpg"><span class="caption">Die neue Präsidentin nach der Wahl.</span><span class="credits">DCV / Oppitz</span></p>' +
        '<div class="media__image"><img src="b.jpg"><p class="media__caption--description">Protest im Sommer.</p><p class="media__caption--source">Ahmed Zarrouki, Tunis.</p></div>' +
        `<div class="textpic"><img src="c.jpg"><strong class="caption"><span class="copyright">A. Sackmann</span><span>${'Zwei Frauen mit dem Künstler Gunter Demnig vor dem neuen Stolperstein in der Kölner Innenstadt, '.repeat(2)}</span></strong></div><p>Next.</p>`,
    );
    expect(captionsToFigures(el)).toBe(3);
    expect([...el.querySelectorAll('figcaption')].map((f) => f.textContent)).toEqual([
      'Die neue Präsidentin nach der Wahl. DCV / Oppitz',
      'Protest im Sommer. Ahmed Zarrouki, Tunis.',
      expect.stringContaining('A. Sackmann'),
    ]);
    expect(el.querySelector('.credits, .media__caption--source')).toBeNull();
  });

  it('takes bare text after a break in the picture\'s own box as its caption (tierschutzpartei: div.newsBeitragsbild > a > img, br, text)', () => {
    const el = article(
      '<div class="newsBeitragsbild"><a href="x.jpg"><img src="a.jpg"></a><br>Wildvogelstation Ferlemann in Dortmund</div><h2>Ewald Ferlemann</h2><p>Rentner haben wenig Zeit.</p>' +
        // the same box as Readability hands it over (a div of phrasing content becomes a p)
        '<p><a href="y.jpg"><img src="b.jpg"></a><br>Ewald Ferlemann mit einem Mäusebussard</p>',
    );
    expect(captionsToFigures(el)).toBe(2);
    expect(el.querySelector('figure figcaption')?.textContent).toBe('Wildvogelstation Ferlemann in Dortmund');
    expect(el.querySelector('figure a img')).not.toBeNull();
    expect(el.querySelector('br')).toBeNull();
  });

  it('leaves a sentence after a break under a picture in a plain paragraph, text beside other elements, and a line in an inline box (alternatives-economiques) in the story', () => {
    const el = article(
      '<p><img src="a.jpg"><br>Am Montag begann die Saison.</p><div><img src="b.jpg"><br>Foto: <a href="/">mehr</a></div><p>Text<img src="c.jpg"><br>Ende</p>' +
        '<p><b><a href="/shop"><img src="d.gif"></a><br> 6,90 euros</b></p><b><p><a href="/shop"><img src="e.gif"></a><br> 7,65 euros</p></b>',
    );
    expect(captionsToFigures(el)).toBe(0);
  });

  it('leaves a bold line after a picture alone when nothing calls it a caption', () => {
    const el = article('<div><img src="a.jpg"><strong>Wichtig:</strong> Die Anmeldung endet am Freitag.</div>');
    expect(captionsToFigures(el)).toBe(0);
  });

  it('leaves a picture followed by story text alone', () => {
    const long = '東京都は1日、新しい交通計画を発表した。'.repeat(8);
    const el = article(`<p><img src="a.jpg"></p><p>${long}</p><p>次の段落。</p>`);
    expect(captionsToFigures(el)).toBe(0);
    expect(el.querySelector('figure')).toBeNull();
  });
});

describe('lazy images', () => {
  it('replaces placeholder src from data-src or the widest srcset candidate, keeps real src', () => {
    const el = article(
      '<img id="i1" src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">' +
        '<img id="i2" src="/img/blank.gif" data-srcset="/s.jpg 320w, /l.jpg 1280w">' +
        '<img id="i3" src="/photo.jpg" data-src="/other.jpg">',
    );
    resolveLazyImages(el);
    expect(el.querySelector('#i1')?.getAttribute('src')).toBe('/real.jpg');
    expect(el.querySelector('#i2')?.getAttribute('src')).toBe('/l.jpg');
    expect(el.querySelector('#i3')?.getAttribute('src')).toBe('/photo.jpg');
    expect(pickFromSrcset('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
  });
});

describe('findLeadImage', () => {
  it('skips QR codes and icons after the headline and takes the real lead picture', () => {
    const doc = new DOMParser().parseFromString(
      '<h1>見出し</h1><div class="share"><img src="/images/wx.png"><span>关注新华网</span></div>' +
        '<figure><img src="/photo/2020/lead.jpg"><figcaption>会見する担当者</figcaption></figure><p>本文。</p>',
      'text/html',
    );
    const lead = findLeadImage(doc.querySelector('h1'), null);
    expect(lead?.box.tagName).toBe('FIGURE');
    expect(lead?.box.querySelector('img')?.getAttribute('src')).toBe('/photo/2020/lead.jpg');
  });

  it('takes no picture that is neither boxed, wide, nor the declared share image', () => {
    const doc = new DOMParser().parseFromString('<h1>見出し</h1><div><img src="/x/chart.png"></div><p>本文。</p>', 'text/html');
    expect(findLeadImage(doc.querySelector('h1'), null)).toBeNull();
    expect(findLeadImage(doc.querySelector('h1'), 'https://example.jp/x/chart.png')).not.toBeNull();
  });
});

describe('European page furniture at the top of a body (trafilatura-dev shapes)', () => {
  it('drops bare dates, bylines with a label and the label alone, keeps the story', () => {
    const el = article(
      '<h2>18 Kindersitze im Test</h2><p>23.10.2018</p><p>Im aktuellen Test wurden 18 Kindersitze geprüft.</p>' +
        '<p>7. oktober 2020</p><p>Von: Maria Schulz</p><p>Autoren:</p><p>Por eso el gobierno decidió</p>',
    );
    removeTopDuplicates(el, null, null);
    expect([...el.children].map((c) => c.textContent)).toEqual(['18 Kindersitze im Test', 'Im aktuellen Test wurden 18 Kindersitze geprüft.', 'Von: Maria Schulz', 'Autoren:', 'Por eso el gobierno decidió']);
    const top = article('<p>Von: Maria Schulz</p><p>Autoren:</p><p>Die Stadtwerke bauen eine Solaranlage am Hafen.</p>');
    removeTopDuplicates(top, null, null);
    expect(top.textContent).toBe('Die Stadtwerke bauen eine Solaranlage am Hafen.');
  });

  it('drops a German dotted date line with time and author, not a sentence that starts with a date', () => {
    const el = article('<p>04.02.2022 | 13:10 Uhr | Uta Helkenberg</p><p>Am 04.02.2022 beschloss der Rat die neue Satzung.</p>');
    removeTopDuplicates(el, null, null);
    expect(el.textContent).toBe('Am 04.02.2022 beschloss der Rat die neue Satzung.');
  });

  it('drops Spanish and German date lines with a weekday, a place or a time, and "Publicado hace 3 horas" (trafilatura-dev tuned outputs)', () => {
    const story = '<p>Der Text beginnt hier mit einem langen Satz über die Sache.</p>';
    const cases: [string, string][] = [
      ['<p>Managua, Nicaragua 26, Abril, 2022 7:43 p.m.</p>', ''],
      ['<p>Fama: Jueves 28 de Abril de 2022 5:03 PM</p>', ''],
      ['<p>Publicado el 03/05/2022 a las 22h03</p>', ''],
      ['<p>21. Jan 2022 // Dominik Ricker</p>', ''],
      // under a standfirst: a stamp with a weekday, a time or a publish word
      ['<p>La deuda externa aumentó en 884 millones de dólares.</p><p>Mittwoch, 01. November 2023 - Handel</p>', 'La deuda externa aumentó en 884 millones de dólares.'],
      ['<p>En las aulas coincidirán tres evaluaciones.</p><p>miércoles, 4 de mayo de 2022 hs</p>', 'En las aulas coincidirán tres evaluaciones.'],
      ['<p>Ada Álvarez Conde renunciará al puesto.</p><p>miércoles, 11 de mayo de 2022 - 3:40 a.m.</p>', 'Ada Álvarez Conde renunciará al puesto.'],
      ['<p>Los buses fueron vistos cerca a la Casa Petro.</p><p>Jacobo Betancur Peláez | Publicado hace 3 horas</p>', 'Los buses fueron vistos cerca a la Casa Petro.'],
      // story lines stay: a relative time with no publish word, a dated line with no stamp, an event's time
      ['<p>Vor 20 Jahren begann alles</p>', 'Vor 20 Jahren begann alles'],
      ['<p>Der Rat tagte lange.</p><p>Am 4. Mai 2022 in Berlin</p>', 'Der Rat tagte lange.Am 4. Mai 2022 in Berlin'],
      ['<p>Der Rat tagte lange.</p><p>Freitag, 18:00 Uhr</p>', 'Der Rat tagte lange.Freitag, 18:00 Uhr'],
      // round 7, scrapinghub: a Portuguese weekday date; a byline with a date and a yearless update time
      ['<p>sexta-feira, 22 de outubro de 2010 às 20:13</p>', ''],
      ['<p>By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</p>', ''],
      // not a line whose other part is words of its own
      ['<p>Rat der Stadt | 18. November 2019 | Die Sitzung war lang und laut</p>', 'Rat der Stadt | 18. November 2019 | Die Sitzung war lang und laut'],
    ];
    for (const [top, kept] of cases) {
      const el = article(top + story);
      removeTopDuplicates(el, null, null);
      expect(el.textContent).toBe(kept + 'Der Text beginnt hier mit einem langen Satz über die Sache.');
    }
  });

  it('drops "read also" lines in Spanish, German, French and Polish, not sentences that start alike', () => {
    const el = article(
      '<p>Nicaragua cerró 2021 con una deuda externa de 14.372 millones de dólares.</p>' +
        '<p>Lea también: <a href="/a">Impiden ingreso a Nicaragua a reportero</a></p><p>VEA TAMBIÉN: <a href="/b">Estrella de la educación</a></p>' +
        '<p>Lesen Sie auch: <a href="/c">Windpark geht ans Netz</a></p><p>Lire aussi : <a href="/d">La ville inaugure</a></p><p>Czytaj też: <a href="/e">Farma wiatrowa</a></p>' +
        '<p>Lea también la entrevista completa en nuestra edición impresa del domingo, con todos los detalles del caso.</p>',
    );
    const removed = removeRepeatsAndLabels(el);
    expect(removed.map((r) => r.rule)).toEqual(Array(5).fill('extract-promo-line'));
    expect(el.textContent).toContain('Nicaragua cerró 2021');
    expect(el.textContent).toContain('Lea también la entrevista completa');
  });

  it('drops "Related post:" and "more X: <address>" lines (round 7, scrapinghub), not sentences with those words', () => {
    const el = article(
      '<p>The council met on Tuesday.</p><h3>Related post: <a href="/r">Pickled Brussels Sprouts Recipe</a></h3>' +
        '<p>More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports</p>' +
        '<p>Follow AP’s full coverage of Brexit and British politics at https://www.apnews.com/Brexit</p>' +
        '<p>Mehr Infos: https://www.example.de/park</p>' +
        '<p>More news on the park will follow at the next council meeting, the mayor said.</p>',
    );
    expect(removeRepeatsAndLabels(el).map((r) => r.rule)).toEqual(Array(4).fill('extract-promo-line'));
    expect(el.textContent).toBe('The council met on Tuesday.More news on the park will follow at the next council meeting, the mayor said.');
  });
});

describe('UI labels of players and expanders', () => {
  it('drops "Escucha esta noticia", "mehr anzeigen", "Follow" as whole blocks only', () => {
    const el = article('<p>Escucha esta noticia</p><p>El gobierno anunció el plan.</p><p>mehr anzeigen</p><p>Follow</p><p>Follow the river to the old mill.</p>');
    expect(removeRepeatsAndLabels(el).map((r) => r.rule)).toEqual(['extract-ui-label', 'extract-ui-label', 'extract-ui-label']);
    expect(el.textContent).toBe('El gobierno anunció el plan.Follow the river to the old mill.');
  });
});

describe('UI labels of page tools (round 6)', () => {
  it('drops print, report and search-box labels and an emptied byline label as whole blocks, not sentences with those words', () => {
    const el = article(
      '<p>Imprimer Imprimer cette page</p><p>Seite drucken</p><p>REPORTE UN ERROR</p><p>Von:</p><p>Keine Suchergebnisse gefunden!</p>' +
        '<p>Audios et vidéos sur le sujet</p><p>Die Stadt will den Plan drucken und an alle Haushalte versenden.</p><p>Von: Mai bis Oktober ist der Park geöffnet.</p>',
    );
    expect(removeRepeatsAndLabels(el).map((r) => r.text)).toEqual([
      'Imprimer Imprimer cette page', 'Seite drucken', 'REPORTE UN ERROR', 'Von:', 'Keine Suchergebnisse gefunden!', 'Audios et vidéos sur le sujet',
    ]);
    expect(el.textContent).toBe('Die Stadt will den Plan drucken und an alle Haushalte versenden.Von: Mai bis Oktober ist der Park geöffnet.');
  });
});

describe('removeTail', () => {
  it('takes labels, names, credits and link lines after the last sentence, not the story or its lists', () => {
    const el = article(
      '<p>Die Anlage soll im Sommer fertig sein und rund 800 Haushalte versorgen.</p><ul><li>Leistung: 2,4 MW</li></ul>' +
        '<p>Bürger können sich beteiligen.</p><p>DCV / Oppitz</p><p>Autoren:</p><p>Mateusz Seroka</p><p><a href="/tags">Tags</a></p>',
    );
    expect(removeTail(el).map((r) => r.text)).toEqual(['DCV / Oppitz', 'Autoren:', 'Mateusz Seroka', 'Tags']);
    expect(el.textContent).toBe('Die Anlage soll im Sommer fertig sein und rund 800 Haushalte versorgen.Leistung: 2,4 MWBürger können sich beteiligen.');
  });

  it('takes a label left alone in its box once the line inside that box is gone, never the story beside it', () => {
    // sonnenenergie.de: "<span><b>Von:</b> <p>Götz Warnke</p></span>" after the last paragraph
    const byline = article('<p>Windgeschwindigkeit ist für die Windenergie eben durch nichts zu ersetzen.</p><br><span> <b>Von:</b> <p>  Götz Warnke</p></span>');
    expect(removeTail(byline).map((r) => r.text)).toEqual(['Von:', 'Götz Warnke']);
    expect(byline.textContent).toBe('Windgeschwindigkeit ist für die Windenergie eben durch nichts zu ersetzen.');
    // the box's own words are a sentence: the walk stops there
    const story = article('<p>Die Stadt meldet zwölf neue Fälle.</p><div>Der Park bleibt bis Oktober geöffnet. <p>Mateusz Seroka</p></div>');
    expect(removeTail(story).map((r) => r.text)).toEqual(['Mateusz Seroka']);
    expect(story.textContent).toBe('Die Stadt meldet zwölf neue Fälle.Der Park bleibt bis Oktober geöffnet. ');
  });

  it('keeps a name inside the last sentence (a span with words beside it), and still takes a name standing alone', () => {
    // zeit's last paragraph: "… als sich vor der Filiale von <span class="rtr-schema-org"><a>JPMorgan Chase</a></span>"
    const inSentence = article('<p>Die Stadt meldet zwölf neue Fälle.</p><p>Touristen waren überrascht, als sich vor der Filiale von <span class="org"><a href="/thema/jpmorgan">JPMorgan Chase</a></span></p>');
    expect(removeTail(inSentence)).toEqual([]);
    expect(inSentence.textContent).toContain('JPMorgan Chase');
    const alone = article('<p>Die Stadt meldet zwölf neue Fälle.</p><p><span class="author">Mateusz Seroka</span></p>');
    expect(removeTail(alone).map((r) => r.text)).toEqual(['Mateusz Seroka']);
    // a drop cap is the first letter of its sentence (eurailpress)
    const dropCap = article('<p>Die Stadt meldet zwölf neue Fälle.</p><p><span class="dropcap">D</span>er Anstieg geht auf neue Bahnshuttles zurück</p>');
    expect(removeTail(dropCap)).toEqual([]);
    // a line of labelled pieces is still taken piece by piece (bmel's "Erschienen am … im Format …")
    const pieces = article('<p>Die Stadt meldet zwölf neue Fälle.</p><p><span>Erschienen am</span> <span>26. Jan 2022</span> <span>im Format</span> <span>Aktuelles</span></p>');
    expect(removeTail(pieces).map((r) => r.text)).toEqual(['Erschienen am', '26. Jan 2022', 'im Format', 'Aktuelles']);
    // a label and its date as one line, the label bare beside the date's span: the line goes whole
    const stamp = article('<p>Die Stadt meldet zwölf neue Fälle.</p><p>First Published: <span class="date">Tuesday, November 19, 2019 08:38 AM</span></p>');
    expect(removeTail(stamp).map((r) => r.text)).toEqual(['First Published: Tuesday, November 19, 2019 08:38 AM']);
  });

  it('keeps a closing list, a parenthetical note and short CJK sentences', () => {
    const list = article('<p>Zutaten für den Teig.</p><ul><li>Mehl</li><li>Zucker</li></ul>');
    expect(removeTail(list)).toEqual([]);
    const note = article('<p>本文です。</p><p>（追記 2019/4/14：記事の一部を修正しました）</p><p>その判断は…</p>');
    expect(removeTail(note)).toEqual([]);
  });

  it('takes a heading with nothing after it (its list was clutter), not a closing heading of sentences or a paragraph ending in a colon', () => {
    const orphan = article('<p>Die Stadt meldet zwölf neue Fälle.</p><h3>Weitere Informationen zum Coronavirus in Thüringen:</h3>');
    expect(removeTail(orphan).map((r) => [r.rule, r.text])).toEqual([['extract-tail-furniture', 'Weitere Informationen zum Coronavirus in Thüringen:']]);
    expect(orphan.textContent).toBe('Die Stadt meldet zwölf neue Fälle.');
    const closing = article('<p>Die Stadt meldet zwölf neue Fälle.</p><h4>Das Amt rechnet mit weiteren Fällen.</h4>');
    expect(removeTail(closing)).toEqual([]);
    const colon = article('<p>Die Stadt meldet zwölf neue Fälle.</p><p>Lesen Sie dazu auch die Pressemitteilungen des Landes:</p>');
    expect(removeTail(colon)).toEqual([]);
  });

  it('judges a span that is all of its heading as the heading (nestle-family: h4 > i > span over a removed slider)', () => {
    const el = article(
      '<p>Spoon the rice onto a platter and arrange the chicken over it.</p>' +
        '<div class="slider"><h4><i></i><i>NEW AND EXCITING <span>SIMILAR DISHES FOR YOU TO TRY OUT</span></i></h4><ul> </ul></div>',
    );
    expect(removeTail(el).map((r) => r.text)).toEqual(['NEW AND EXCITING SIMILAR DISHES FOR YOU TO TRY OUT']);
    expect(el.textContent).toBe('Spoon the rice onto a platter and arrange the chicken over it.');
    // a long span inside a paragraph is still judged alone, and a box with a picture is never climbed
    const pic = article('<p>Der Rat stimmte zu.</p><div><img src="a.jpg"><h4><span>Mehr Bilder aus der Sitzung des Rates</span></h4></div>');
    expect(removeTail(pic).map((r) => r.text)).toEqual(['Mehr Bilder aus der Sitzung des Rates']);
    expect(pic.querySelector('img')).not.toBeNull();
  });
});

describe('removeClosingBio', () => {
  it('takes the italic author bio that closes a story (searchlight.vc)', () => {
    const el = article(
      '<p>Spring cleaning your social media means a deep clean of every profile you own.</p>' +
        '<p><em>Candice Sealey is the Founder &amp; Principal Consultant at Ignite! a Full-service Marketing &amp; PR Consultancy. Follow us on FB &amp; IG. Email: <a href="/cdn-cgi/l/email-protection">[email protected]</a></em></p>',
    );
    expect(removeClosingBio(el).map((r) => [r.category, r.rule])).toEqual([['author-bio', 'extract-closing-bio']]);
    expect(el.textContent).toBe('Spring cleaning your social media means a deep clean of every profile you own.');
  });

  it('keeps a closing paragraph in roman type, an italic note about a thing, and a bio that is not last', () => {
    const roman = article('<p>Intro of the story, long enough to be a sentence.</p><p>Jane Doe is the mayor and said the plan would go ahead next spring.</p>');
    expect(removeClosingBio(roman)).toEqual([]);
    const thing = article('<p>Intro of the story, long enough to be a sentence.</p><p><em>The Senate is expected to vote on the bill next week, aides said.</em></p>');
    expect(removeClosingBio(thing)).toEqual([]);
    const notLast = article('<p><em>Jane Doe is a reporter at the Daily Example covering city hall.</em></p><p>The story begins here and goes on for a while.</p>');
    expect(removeClosingBio(notLast)).toEqual([]);
    const partly = article('<p>Intro.</p><p><em>Jane Doe is a reporter</em> and she wrote this story for us last spring.</p>');
    expect(removeClosingBio(partly)).toEqual([]);
    const column = article('<p>Intro of the column.</p><p><em>Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips.</em></p>');
    expect(removeClosingBio(column)).toEqual([]);
  });
});

describe('counters are not dates (isDateOnly, isCounter)', () => {
  it('reads dates as dates and bare counts as counters, not the other way round', () => {
    for (const d of ['23.10.2018', '2018-10-23', '10:48', 'November 18, 2019', '18th May', '2019', 'Updated 8pm']) expect(isDateOnly(d), d).toBe(true);
    for (const c of ['87', '6,808', '6.808', '1.234.567', '12 k']) expect(isDateOnly(c), c).toBe(false);
    for (const c of ['87', '6,808', '6.808', '1.2K', '12 k', '1 234']) expect(isCounter(c), c).toBe(true);
    for (const n of ['23.10.2018', '10:48', '87 votes', '3.', 'Seite 2']) expect(isCounter(n), n).toBe(false);
  });

  it('still drops a vote or share counter above the story (Q&A page, AP story shapes) and a counter or labelled count after it', () => {
    const el = article('<div>6,808</div><span>87</span><p>BERLIN (AP) — The agency says the plan could work.</p><p>It was signed on Monday.</p><p>Kommentare: 12</p><p>1.2K</p>');
    removeTopDuplicates(el, null, null);
    removeTail(el);
    expect([...el.children].map((c) => c.textContent)).toEqual(['BERLIN (AP) — The agency says the plan could work.', 'It was signed on Monday.']);
  });
});
