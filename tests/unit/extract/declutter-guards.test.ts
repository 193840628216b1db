/**
 * Declutter's checks before removing, on small pages: heading matching (whole heading, not a
 * headline that happens to contain a phrase), rank-list detection, the main-content guard and
 * the removal record.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutter } from '../../../utils/extract/declutter';
import { matchHeading } from '../../../utils/extract/declutter/heading-blocks';
import { isRankList } from '../../../utils/extract/declutter/rank-lists';

const PROSE =
  '市は20日、市内を走る路線バスの再編案を公表した。利用者が少ない5路線を廃止し、代わりに予約制の乗り合いタクシーを導入する。来年4月からの実施を目指し、来月から住民説明会を開く。';

function page(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html lang="ja"><body>${body}</body></html>`).window.document;
}

describe('matchHeading', () => {
  it('matches clutter headings with decoration and a little extra text', () => {
    expect(matchHeading('[ニュース] ランキング')?.category).toBe('ranking');
    expect(matchHeading('本日の人気記事ランキング')?.category).toBe('ranking');
    expect(matchHeading('OSS×Cloud ACCESS RANKING')?.category).toBe('ranking');
    expect(matchHeading('こんな記事も読まれています')?.category).toBe('related');
    expect(matchHeading('▼関連記事')?.category).toBe('related');
    expect(matchHeading('RELATED STORIES')?.category).toBe('related');
    expect(matchHeading('推荐阅读')?.category).toBe('recommended');
    expect(matchHeading('Mehr zum Thema')?.category).toBe('related');
    expect(matchHeading('広告')?.category).toBe('ads');
  });

  it('matches the German, Spanish, French and Polish list headings labelled on tuned trafilatura-dev pages (round 6)', () => {
    expect(matchHeading('Das könnte dich ebenfalls interessieren:')?.category).toBe('related');
    expect(matchHeading('Ähnliche Themen')?.category).toBe('related');
    expect(matchHeading('Themenrelevante Nachrichten')?.category).toBe('related');
    expect(matchHeading('Temas Relacionados')?.category).toBe('related');
    expect(matchHeading('Plus de sujets')?.category).toBe('related');
    expect(matchHeading('Inne artykuły autora')?.category).toBe('related');
    expect(matchHeading('Populäre Artikel der letzten 7 Tage')?.category).toBe('ranking');
    expect(matchHeading('Meist gelesen')?.category).toBe('ranking');
    expect(matchHeading('Neueste Beiträge')?.category).toBe('other');
    expect(matchHeading('DIE REDAKTION EMPFIEHLT')?.category).toBe('recommended');
    // a subheading that only shares a word stays unmatched
    expect(matchHeading('Was die Themen der Woche waren')).toBeNull();
  });

  it('does not take a headline that contains a phrase for a heading', () => {
    expect(matchHeading('【話題】155億円の宝石盗難された、ルーヴル美術館 セキュリティのパスワードがまさかの“LOUVRE”!')).toBeNull();
    expect(matchHeading('Unrelated thoughts on a quiet harbour town')).toBeNull();
    expect(matchHeading('PRの専門家に聞く')).toBeNull(); // ad labels must be the label alone
    expect(matchHeading('Shareholders approve the merger')).toBeNull();
    // digits are decoration: a "top 10" phrase would have matched every heading with "top"
    expect(matchHeading('Back To Top')).toBeNull();
  });
});

describe('isRankList', () => {
  it('sees 1, 2, 3 … items as a rank list and plain lists as not', () => {
    const doc = page('<ol id="a"><li>1. 甲</li><li>2. 乙</li><li>3. 丙</li></ol><ul id="b"><li>甲</li><li>乙</li><li>丙</li></ul><ul id="c"><li>2020年 甲</li><li>2021年 乙</li><li>2022年 丙</li></ul>');
    expect(isRankList(doc.getElementById('a')!)).toBe(true);
    expect(isRankList(doc.getElementById('b')!)).toBe(false);
    expect(isRankList(doc.getElementById('c')!)).toBe(false);
  });
});

describe('declutter guards', () => {
  it('keeps a ranking heading followed by prose (an article about a ranking)', () => {
    const doc = page(`<div class="main"><h1>人気ランキング発表</h1><div class="body"><p>${PROSE}</p><h2>ランキング</h2><p>${PROSE}</p><p>${PROSE}</p></div></div>`);
    const removed = declutter(doc, { phase: 'pre', title: '人気ランキング発表', lang: 'ja' });
    expect(removed).toEqual([]);
    expect(doc.body.textContent).toContain('ランキング');
  });

  it('never removes the main content, even when its container is named like clutter', () => {
    const doc = page(`<div class="comments-area"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div><div class="sidebar"><a href="/1">x</a></div>`);
    declutter(doc, { phase: 'pre', title: null, lang: 'ja' });
    expect(doc.body.textContent).toContain(PROSE);
  });

  it('removes a related list between paragraphs but not the paragraphs (post phase)', () => {
    const doc = page(
      `<div id="a"><p>${PROSE}</p><h3>関連記事</h3><ul><li><a href="/1">隣の町でも乗り合いタクシー導入　利用は好調</a></li><li><a href="/2">バス運転手不足、全国で減便相次ぐ</a></li><li><a href="/3">高齢者の免許返納、支援策を拡充へ</a></li></ul><p>${PROSE}</p></div>`,
    );
    const root = doc.getElementById('a')!;
    const removed = declutter(root, { phase: 'post', title: null, lang: 'ja' });
    expect(removed.map((r) => `${r.category}:${r.rule}`)).toEqual(['related:related-heading']);
    expect(removed[0].html).toMatch(/^<h3>関連記事<\/h3><ul>/);
    expect(removed[0].text).toBe('関連記事 隣の町でも乗り合いタクシー導入 利用は好調 バス運転手不足、全国で減便相次ぐ 高齢者の免許返納、支援策を拡充へ');
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes a list repeating the article headline and records it in document order', () => {
    const links = ['北海道で震度5強の地震', '市、バス路線の再編案を公表　来春から', '老舗旅館が営業を再開'];
    const doc = page(
      `<p>${PROSE}</p><p>${PROSE}</p><div class="x"><div class="y">${links.map((t, i) => `<p class="z"><a href="/${i}">${t}</a> <span>ニュース</span> <span>3時間前</span></p>`).join('')}</div></div><div class="ad"><ins class="adsbygoogle"></ins></div>`,
    );
    const removed = declutter(doc, { phase: 'pre', title: '市、バス路線の再編案を公表　来春から', lang: 'ja' });
    expect(removed.map((r) => r.rule)).toEqual(['own-headline-list', 'ad-slot']);
    expect(doc.body.textContent).not.toContain('老舗旅館');
  });

  it('takes the heading element that titles a headline list along with it, not a heading of the story (latercera)', () => {
    const links = ['El Café Diario: La Convención vista desde el extranjero', 'Lo que tienes que saber este miércoles en La Tercera', 'Servel rechazó reembolso de campañas de alcaldes y diputados']
      .map((t, i) => `<li><a href="/noticia/${i}">${t}</a></li>`)
      .join('');
    const other = ['Carabineros desplegará patrullas en las carreteras del sur del país', 'Fiscalía crea un equipo especial para delitos violentos en la capital', 'Defensoría de las víctimas: el proyecto que el gobierno enviará en junio']
      .map((t, i) => `<li><a href="/plan/${i}">${t}</a></li>`)
      .join('');
    const story = 'La ministra del Interior llegó este martes al Congreso en Valparaíso para presentar la agenda de seguridad del gobierno ante las comisiones.';
    const doc = page(
      `<article><p>${story}</p><div class="offer-content"><h5><small>Más sobre<a href="/etiqueta/la-tercera-am"> La Tercera AM</a></small></h5><ul>${links}</ul></div>` +
        `<p>${story}</p><h4>Las medidas del plan.</h4><ul>${other}</ul><p>${story}</p></article>`,
    );
    const removed = declutter(doc.body, { phase: 'post', title: null, lang: 'es' });
    expect(removed.map((r) => [r.rule, r.text.slice(0, 23)])).toEqual([
      ['headline-link-list', 'Más sobre La Tercera AM'],
      ['headline-link-list', 'Carabineros desplegará '],
    ]);
    expect(doc.body.textContent).toContain('Las medidas del plan.');
  });

  it('returns nothing for a document without elements', () => {
    const empty = new JSDOM('').window.document.implementation.createDocument(null, null);
    expect(declutter(empty, { phase: 'pre', title: null, lang: null })).toEqual([]);
  });

  it('gives each removal an html field that serialises, can be replaced and deleted', () => {
    const doc = page(`<p>${PROSE}</p><footer><a href="/a">会社概要</a></footer>`);
    const [r] = declutter(doc, { phase: 'pre', title: null, lang: 'ja' });
    expect(JSON.parse(JSON.stringify(r))).toEqual({ category: 'footer', rule: 'site-footer', text: '会社概要', html: '<footer><a href="/a">会社概要</a></footer>' });
    r.html = '<footer>clean</footer>';
    expect(r.html).toBe('<footer>clean</footer>');
    delete r.html;
    expect('html' in r).toBe(false);
  });
});
