// @vitest-environment jsdom
// A post whose body is a list of links (a WordPress link roundup) is kept when the page's own
// description opens with it; the list rules alone take it for a "related" sidebar.
import { expect, test } from 'vitest';
import { declutter } from '../../../utils/extract/declutter';

const ITEMS = [
  ['Presseförderung: Studie zweifelt an Stütze vom Staat', 'Horizont'],
  ['Gewalt im Netz – Schuldzuweisung statt Opferschutz', 'netzpolitik.org'],
  ['Künstliche Intelligenz – EU erwägt Verbot von Gesichtserkennung', 'netzpolitik.org'],
  ['Instant Ink: HP sperrt Druckerpatrone bei Kündigung von Tintenabo', 't3n News'],
];
const PAGE = `<html><body>
  <nav><ul><li><a href="/">Start</a></li><li><a href="/blog">Blog</a></li><li><a href="/impressum">Impressum</a></li></ul></nav>
  <article><header><h1>Blogposting 01/23/2020</h1></header>
    <div class="entry-content"><ul class="diigo-linkroll">${ITEMS.map(([t, via], i) => `<li><p><a href="https://example.org/${i}">${t}</a></p><p>via ${via}</p></li>`).join('')}</ul>
    <p>Posted from <a href="https://diigo.com">Diigo</a>.</p></div>
  </article>
  <aside><h3>Neueste Beiträge</h3><ul>${[1, 2, 3, 4].map((i) => `<li><a href="/p/${i}">Blogposting 01/2${i}/2020 und noch ein langer Titel</a></li>`).join('')}</ul></aside>
</body></html>`;
const DESCRIPTION = 'Presseförderung: Studie zweifelt an Stütze vom Staat via Horizont Gewalt im Netz – Schuldzuweisung statt Opferschutz via netzpolitik.org …';

function run(description: string | null) {
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  const removed = declutter(doc, { phase: 'pre', title: 'Blogposting 01/23/2020', lang: 'de', description });
  return { doc, removed };
}

test('the described link list stays; the sidebar list beside it still goes', () => {
  const { doc, removed } = run(DESCRIPTION);
  expect(doc.querySelector('.diigo-linkroll')?.querySelectorAll('li')).toHaveLength(4);
  expect(doc.querySelector('aside ul')).toBeNull();
  expect(removed.some((r) => r.text.includes('Neueste Beiträge') || r.text.includes('noch ein langer Titel'))).toBe(true);
});

test('without a description (or one the page does not open a block with) the list is taken for clutter, as before', () => {
  for (const d of [null, 'Ein ganz anderer Text, der auf der Seite nirgends als Block beginnt, gar nicht.', 'Presseförderung']) {
    const { doc } = run(d);
    expect(doc.querySelector('.diigo-linkroll')).toBeNull();
  }
});
