// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findStandfirst, restoreStandfirst } from '../../../utils/extract/page/standfirst';

const TITLE = 'Stadtwerke bauen neue Solaranlage am Hafen';
const LEAD =
  'Die Stadtwerke investieren vier Millionen Euro in eine Anlage auf der alten Lagerhalle. Sie soll ab dem Sommer rund 800 Haushalte versorgen.';
const BODY =
  '<p>Die Stadtwerke haben am Montag mit dem Bau begonnen. Die Anlage soll im Sommer fertig sein, teilte das Unternehmen mit.</p>' +
  '<p>Ein Teil der Kosten wird vom Land gefördert, der Rest über Bürgeranteile finanziert.</p>';

/** A page whose standfirst sits in the header block, outside the body container (the shape Readability leaves out). */
function page(header: string): { doc: Document; article: Element } {
  const doc = new DOMParser().parseFromString(
    `<body><header><h1>${TITLE}</h1>${header}</header><div class="text">${BODY}</div></body>`,
    'text/html',
  );
  // what Readability returns: a copy of the body container
  const article = doc.createElement('div');
  const page = doc.createElement('div');
  page.className = 'page';
  page.append(...[...doc.querySelector('.text')!.children].map((p) => p.cloneNode(true)));
  article.append(page);
  return { doc, article };
}

describe('standfirst', () => {
  it('puts the lead paragraph between the headline and the body back on top of the article (h2.article-lead shape)', () => {
    const { doc, article } = page(`<div class="byline">Von Maria Schulz, 19. Oktober 2019</div><h2 class="article-lead">${LEAD}</h2>`);
    const sf = findStandfirst(doc.querySelector('h1'), TITLE);
    expect(restoreStandfirst(article, sf)).toBe(1);
    const paras = [...article.querySelectorAll('p')].map((p) => p.textContent);
    expect(paras[0]).toBe(LEAD);
    expect(paras).toHaveLength(3);
    expect(article.textContent).not.toContain('Maria Schulz');
  });

  it('puts back a one-sentence lead when its own class names it the lead, and not the same sentence in a plain block', () => {
    // auto-motor's h2.article-lead and oetv's p.news-description: one whole sentence under the headline
    const sentence = 'Die Stadtwerke investieren vier Millionen Euro in eine Solaranlage auf der alten Lagerhalle am Hafen.';
    const named = page(`<h2 class="article-lead entry-summary">${sentence}</h2>`);
    expect(restoreStandfirst(named.article, findStandfirst(named.doc.querySelector('h1'), TITLE))).toBe(1);
    expect(named.article.querySelector('p')?.textContent).toBe(sentence);
    const plain = page(`<p>${sentence}</p>`);
    expect(restoreStandfirst(plain.article, findStandfirst(plain.doc.querySelector('h1'), TITLE))).toBe(0);
    const noStop = page(`<h2 class="article-lead">${sentence.slice(0, -1)}</h2>`);
    expect(restoreStandfirst(noStop.article, findStandfirst(noStop.doc.querySelector('h1'), TITLE))).toBe(0);
  });

  it('puts back nothing when the blocks are a one-line dek, a caption or a byline, or the article already holds the lead', () => {
    const dek = page('<p class="dek">Der Bau beginnt am Montag</p><figure><figcaption>Die alte Lagerhalle am Hafen, auf deren Dach die Anlage entsteht. Foto: Stadtwerke</figcaption></figure>');
    expect(restoreStandfirst(dek.article, findStandfirst(dek.doc.querySelector('h1'), TITLE))).toBe(0);
    const held = page(`<p class="intro">${LEAD}</p>`);
    const sf = findStandfirst(held.doc.querySelector('h1'), TITLE);
    const lead = held.doc.createElement('p');
    lead.textContent = LEAD;
    held.article.firstElementChild!.prepend(lead);
    expect(restoreStandfirst(held.article, sf)).toBe(0);
  });
});
