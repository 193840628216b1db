/**
 * Body stage, after Readability: tidy its article. No headline or byline repeated at the top
 * of the body, lazy images resolved, captions made figures, repeats and UI labels dropped.
 * Works on the clone.
 */
import { MAX_PROMO_LINE_CHARS, RE_CONTACT_LINE, RE_PAGE_COUNTER, RE_PROMO_LINE, UI_LABELS } from '../constants';
import type { Removal } from '../types';
import { captionsToFigures } from './figures';
import { resolveLazyImages } from './lazy-images';
import { removeTopKicker } from './top-kicker';
import { removeOwnListCounters } from './list-counters';
import { removeSiteBox } from './site-box';
import { foldSpace } from '../fold-space';
import { descendants, elementsByTags, hasTag } from '../declutter/dom';
import { inRunningText } from '../declutter/measure';

/** How many leading text blocks may hold a repeated headline / byline / date line. */
const TOP_BLOCKS_CHECKED = 6;
/** A top block this much longer than the byline is prose that mentions the author, not a byline. */
const BYLINE_SLACK_CHARS = 40;
/**
 * A relative publish time, only after a publish word: elcolombiano "Jacobo Betancur Peláez |
 * Publicado hace 3 horas" (a bare "vor 20 Jahren" opens story lines).
 */
const RELATIVE = '(?:publicado|actualizado|veröffentlicht|aktualisiert|publié|mis à jour|opublikowano|published|updated|posted)\\s+(?:hace|vor|il y a)\\s+\\S+\\s+\\p{L}+';
/**
 * Date lines at the top of a body ("2019年3月1日 13時16分", "Published Monday, November 18, 2019
 * 8:22AM EST", "11/18/19 11:04 PM EST", "18 Feb 2020"): page furniture, not story text. Seen
 * on Asahi, CTV News, The Hill, Houston Chronicle. German dotted dates ("04.02.2022 | 13:10 Uhr | Uta
 * Helkenberg", a tuned trafilatura-dev output's first line) too.
 */
// Spanish, German, French and Polish months and weekdays too (trafilatura-dev tuned outputs:
// 100noticias "Managua, Nicaragua 26, Abril, 2022 7:43 p.m.", diaadia "Fama: Jueves 28 de Abril de
// 2022 5:03 PM", lebensmittelpraxis "Mittwoch, 01. November 2023 - Handel", elnuevodia "miércoles,
// 11 de mayo de 2022 - 3:40 a.m.")
const MONTH = '(?:jan|feb|m[aä]r|apr|abr|may|mai|jun|jul|aug|ago|sep|set|oct|okt|nov|dec|dez|dic|ene|avr|juil|déc|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)\\p{L}*\\.?';
const WEEKDAY =
  '(?:(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\\.?,?\\s+)';
const DATE = `(?:\\d{4}\\s*[年/.-]\\s*\\d{1,2}\\s*[月/.-]\\s*\\d{1,2}\\s*日?|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})(?!\\d)|${WEEKDAY}?${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|${WEEKDAY}?\\d{1,2}\\.?,?\\s+(?:de\\s+)?${MONTH},?\\s+(?:del?\\s+)?\\d{4}|${RELATIVE})`;
const TIME = '(?:\\s*[（(]?[月火水木金土日][）)]?)?(?:\\s*[,–-]?\\s*(?:at\\s+|a las\\s+|um\\s+)?\\d{1,2}\\s*[:時h]\\s*\\d{2}\\s*分?\\s*(?:[ap]\\.?\\s?m\\.?)?(?:\\s*[A-Z]{2,4}\\b)?)?';
const PREFIX = '(?:(?:last\\s+)?(?:updated|published|posted|公開日|更新日|更新|配信日?|发布时间|發佈時間|입력|수정)\\s*(?:on|at)?\\s*[:：]?\\s*)?';
const RE_DATELINE = new RegExp(`^${PREFIX}${DATE}${TIME}$`, 'iu');
const RE_DATE_ANYWHERE = new RegExp(`${PREFIX}${DATE}${TIME}`, 'giu');
/** Each date (with its time) as a NUL: where a byline's date starts (page/metadata.ts). */
export const markDates = (text: string): string => text.replace(RE_DATE_ANYWHERE, '\u0000');
/**
 * Words a date-and-time line is made of, in any order ("Published 4:00 am CST, Wednesday,
 * November 20, 2019", "Updated at 1:23 p.m.", "Published 1 day ago"): a line of only these and
 * numbers is a date line. Seen on Houston Chronicle, San Antonio Express-News, Fox Business.
 */
const DATE_WORDS = new Set(
  ('published posted updated update last modified on at am pm a.m p.m ago just now today yesterday ' +
    'second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years ' +
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december ' +
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest jst kst ist aest aedt hkt sgt ' +
    // German, Spanish, French, Polish, Portuguese, Italian, Norwegian dates on trafilatura-dev
    // ("23.10.2018", "7. oktober 2020", "Stand: 12. März 2021, 14:05 Uhr", "25 de marzo de 2020")
    'stand aktualisiert veröffentlicht um uhr januar februar märz mai juni juli oktober dezember ' +
    'publicado actualizado de del enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'publié mis à jour le janvier février mars avril juin juillet août septembre octobre novembre décembre ' +
    'opublikowano zaktualizowano stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia ' +
    'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre ' +
    // (Norwegian months the lists above lack; a word is listed once)
    'desember ' +
    // Portuguese weekdays and "às" (scrapinghub autoracing: "sexta-feira, 22 de outubro de 2010 às 20:13")
    'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira às ' +
    // weekdays, "hs", "Date", "el … a las" (tuned outputs: losandes "miércoles, 4 de mayo de 2022 hs",
    // dw "Date 23.05.2011", lostiempos "Publicado el 03/05/2022 a las 22h03")
    'date datum fecha hs el a las lunes martes miércoles miercoles jueves viernes sábado sabado domingo montag dienstag ' +
    'mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche').split(' '),
);
/** A bare date: "23.10.2018", "7. oktober 2020", "2018-10-23" (no other word). */
const RE_BARE_DATE = /^(?:\d{1,2}\.?\s*(?:\p{L}+\.?|\d{1,2}\.)\s*\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$/u;
const MAX_DATE_ONLY_CHARS = 80;

/**
 * What is left of a line once its dates are cut out, and then its parts between separators ("|",
 * " - ") that are date words only: "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated
 * November 18 at 4:46 PM" (scrapinghub hawaiinewsnow, a yearless update time) leaves "By HNN Staff".
 */
function metaRest(text: string): string {
  const rest = text.replace(RE_DATE_ANYWHERE, ' ').trim();
  if (rest === text.trim()) return rest;
  return rest
    .split(/\s*\|\s*|\s+[-–—]\s+/)
    .filter((part) => part && !isDateOnly(part.replace(/^[-–—]\s*/, '')))
    .join(' | ');
}

/** A date with at most a short label beside it ("- Handel"). */
function isStampWithLabel(text: string): boolean {
  const rest = text.replace(RE_DATE_ANYWHERE, ' ').trim();
  return rest !== text.trim() && rest.length <= MAX_STAMP_REST_CHARS;
}

/**
 * A token that says "date" by itself: a month or publish word, a number with a date's or a clock's
 * separator ("23.10.2018", "10:48", "2018-10-23"), an ordinal ("18th"), a clock suffix ("8pm") or
 * a year. Bare numbers ("87", "6 808") do not: a line of those alone is a counter (isCounter).
 */
const isDateToken = (w: string): boolean =>
  DATE_WORDS.has(w) || (/^\d{1,4}(?:[:./h-]\d{1,4}){1,2}/.test(w) && !RE_GROUPED_COUNT.test(w)) || /^\d+(?:am|pm|a\.m|p\.m|st|nd|rd|th)$/.test(w) || /^(?:1[89]|20)\d\d$/.test(w);

/** A line of date words and numbers only, one of them saying "date" (isDateToken). */
export function isDateOnly(text: string): boolean {
  if (text.length > MAX_DATE_ONLY_CHARS || !/\d/.test(text)) return false;
  const tokens = text.toLowerCase().replace(/[|:,;–—()[\]]|(?<!\d)\.|\.(?!\d)/g, ' ').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  return (
    tokens.every((w) => DATE_WORDS.has(w) || /^\d{1,4}(?:[:./h-]\d{1,4}){0,2}(?:am|pm|a\.m|p\.m|st|nd|rd|th)?$/.test(w)) &&
    (tokens.some((w) => isDateToken(w)) || RE_CLOCK.test(text))
  );
}

/** A clock time (its colon is cut before the tokens are read). */
const RE_CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/;
/** A number with thousands groups ("6.808", "1,234,567"): a count, never a date. */
const RE_GROUPED_COUNT = /^\d{1,3}(?:[.,]\d{3})+$/;
/**
 * A line that is a bare count, with an optional K / M ("87", "6,808", "1.2K", "12 k"): the vote,
 * answer, share or comment counter a Q&A page or an agency story (AP) shows above its text.
 */
const RE_COUNTER_LINE = /^\d{1,3}(?:(?:[.,\s\u00a0\u202f]\d{3})+|\d{0,3})(?:[.,]\d{1,2})?\s?[kKmM]?$/u;
export const isCounter = (text: string): boolean => RE_COUNTER_LINE.test(text);

/**
 * A top line that is a byline: "By Jane Doe", "Von Max Muster", "Von: Max Muster", "Autoren: …",
 * "Texto: …", "Tekst: …" (trafilatura-dev), or the label alone ("Von:", "Autoren:").
 */
const RE_BYLINE_LINE =
  /^(?:(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|BY|VON|[Aa]utor(?:in|en)?|[Aa]utores?|[Aa]uteure?s?|[Tt]exto?|[Tt]ekst)\s*:?\s+\p{Lu}[^.!?。]{0,60}|(?:[Vv]on|[Aa]utor(?:in|en)?|[Aa]utores?|[Aa]uteure?s?|[Bb]y)\s*:)$/u;
/** What is left of a byline-and-date line once the date is cut out is at most this long. */
const MAX_META_REST_CHARS = 40;
const MAX_DATELINE_CHARS = 60;
/** What a publish stamp under a standfirst may carry besides its date: a section or source name. */
const MAX_STAMP_REST_CHARS = 30;
/** A publish word, a clock time or a weekday: the date is the page's stamp, not the story's. */
const RE_STAMP = new RegExp(`published|updated|posted|publicado|actualizado|veröffentlicht|aktualisiert|publié|\\d{1,2}\\s*[:h]\\s*\\d{2}|\\bhs\\b|^${WEEKDAY}`, 'iu');
const RE_WEEKDAY_START = new RegExp(`^${WEEKDAY}`, 'iu');
/** A kept top block this long is story text: nothing after it is page furniture. */
const BODY_TEXT_CHARS = 20;
const RE_SENTENCE_END = /[。．.!?！？」]$/u;
const TOP_TEXT_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'header', 'address', 'time', 'li'];
/** A block holding one of these is a container, not a line of its own (a header may hold them). */
const TOP_CONTAINER_TAGS = ['p', 'div', 'li', 'h1', 'h2', 'h3'];

function leafText(el: Element): string {
  // folded first: RE_PAGE_COUNTER's \s* would backtrack over long whitespace runs
  return foldSpace(foldSpace(el.textContent ?? '').replace(RE_PAGE_COUNTER, ' '));
}

/** Removes elements at the top of the article that repeat the headline or the byline. */
export function removeTopDuplicates(article: Element, title: string | null, byline: string | null): number {
  const t = title ? foldSpace(title) : null;
  const b = byline ? foldSpace(byline) : null;
  let removed = 0;
  let blocks = 0;
  let storyBegun = false;
  // A walk, not querySelectorAll(TOP_TEXT_TAGS.join()): jsdom returns some pages' matches grouped
  // by selector instead of in document order (9 of 740 bench pages), so the CLI kept top lines
  // ("Updated …", a logo) that Chromium drops. Document order is what "top" means here.
  const els = elementsByTags(article, TOP_TEXT_TAGS);
  for (const el of els) {
    if (!article.contains(el)) continue; // an earlier removal took it along
    if (el.tagName !== 'HEADER' && hasTag(el, TOP_CONTAINER_TAGS)) continue;
    const text = leafText(el);
    if (!text) continue;
    if (el.closest('figure')) continue;
    if (++blocks > TOP_BLOCKS_CHECKED) break;
    let drop: boolean;
    if (storyBegun) {
      // After the first story line only a pure date line goes ("PUBLISHED: 10:48, Tue, Nov 19, 2019"
      // under a standfirst, Express); names and headlines there may be the story's own.
      // A publish stamp with a weekday or a time goes there too, with a short section name or source
      // after it ("Mittwoch, 01. November 2023 - Handel", "miércoles, 4 de mayo de 2022 hs").
      // A clock time alone after a weekday ("Freitag, 18:00 Uhr") may be an event's: that needs a date.
      const dated = isStampWithLabel(text);
      const timed = /published|updated|posted|\d{1,2}:\d{2}/i.test(text) && (dated || !RE_WEEKDAY_START.test(text));
      drop = (isDateOnly(text) && (timed || RE_BARE_DATE.test(text))) || (dated && text.length <= MAX_DATELINE_CHARS && RE_STAMP.test(text));
    } else {
      const isTitle = !!t && (text === t || (text.startsWith(t) && text.length < t.length + 30 && /^H[1-6]$/.test(el.tagName)));
      const isByline = !!b && text.includes(b) && text.length <= b.length + BYLINE_SLACK_CHARS && el.tagName !== 'P';
      const isByLineP = !!b && el.tagName === 'P' && text.length <= b.length + 12 && text.includes(b);
      const isDateLine = (text.length <= MAX_DATELINE_CHARS && RE_DATELINE.test(text)) || isDateOnly(text);
      const rest = text.length <= MAX_DATELINE_CHARS + MAX_META_REST_CHARS ? metaRest(text) : text;
      const isMetaLine = rest !== text && rest.length <= MAX_META_REST_CHARS && !RE_SENTENCE_END.test(rest);
      const isUrlLine = /^https?:\/\/\S+$/.test(text);
      const isBylineLine = RE_BYLINE_LINE.test(text);
      // a bare count above the story: a vote, share or comment counter
      const isCounterLine = isCounter(text);
      drop = isTitle || isByline || isByLineP || isDateLine || isMetaLine || isUrlLine || isBylineLine || isCounterLine;
    }
    if (drop) {
      el.remove();
      removed++;
      blocks--;
    } else if (text.length >= BODY_TEXT_CHARS || RE_SENTENCE_END.test(text)) storyBegun = true;
  }
  return removed;
}

/**
 * A byline, a date line or a byline-and-date line ("By Jane Doe - 11/18/19 11:04 PM EST", "Von
 * Claudia Riedler 19. Oktober 2019 00:04 Uhr", "Updated Nov 19, 6:55 AM"): what the top check
 * drops, for stages that look at lines outside the article (page/standfirst.ts).
 */
export function isBylineOrDateLine(text: string): boolean {
  if (text.length > MAX_DATELINE_CHARS + MAX_META_REST_CHARS) return false;
  if (RE_BYLINE_LINE.test(text) || isDateOnly(text) || RE_DATELINE.test(text) || /\d{1,2}:\d{2}/.test(text)) return true;
  const rest = text.replace(RE_DATE_ANYWHERE, ' ').trim();
  return rest !== text && rest.length <= MAX_META_REST_CHARS && !RE_SENTENCE_END.test(rest);
}

/** Leaf blocks that may repeat or be UI labels. */
const LEAF_TAGS = new Set('P LI H2 H3 H4 H5 H6 DIV SPAN FIGCAPTION BLOCKQUOTE'.split(' '));
/** Elements whose presence inside a block makes it a container, not a leaf. */
const CONTAINER_MARKERS = new Set('P DIV LI H2 H3 H4 H5 H6 TABLE FIGURE IMG BLOCKQUOTE UL OL'.split(' '));
/** Repeats shorter than this may be legitimate (a refrain, "Yes.", a list bullet). */
const MIN_REPEAT_CHARS = 30;

/** The same by local name, for hasTag's early-stopping walk. */
const CONTAINER_MARKER_NAMES = [...CONTAINER_MARKERS].map((t) => t.toLowerCase());

/** Leaf candidates in document order, found in one pass (no per-element selector queries). */
function leafBlocks(article: Element): Element[] {
  const all = descendants(article);
  const containers = new Set<Element>();
  for (const el of all) {
    if (!CONTAINER_MARKERS.has(el.tagName)) continue;
    for (let up = el.parentElement; up && up !== article && !containers.has(up); up = up.parentElement) containers.add(up);
  }
  return all.filter((el) => LEAF_TAGS.has(el.tagName) && !containers.has(el));
}

/**
 * Removes exact repeats of a block inside the article (gallery captions printed per slide, a
 * pull quote echoing a paragraph) and whole-block UI labels ("Advertisement", "Caption").
 * UI labels are returned as removals so the reader can show them; repeats are simply dropped.
 */
export function removeRepeatsAndLabels(article: Element): Removal[] {
  const seen = new Set<string>();
  const removals: Removal[] = [];
  for (const el of leafBlocks(article)) {
    if (!article.contains(el)) continue;
    const text = foldSpace(el.textContent ?? '');
    if (!text) continue;
    const label = UI_LABELS.get(text.toLowerCase());
    if (label) {
      removals.push({ category: label, rule: 'extract-ui-label', text, html: el.outerHTML });
      el.remove();
      continue;
    }
    if (text.length <= MAX_PROMO_LINE_CHARS && el.tagName !== 'SPAN' && (RE_PROMO_LINE.test(text) || RE_CONTACT_LINE.test(text))) {
      const contact = RE_CONTACT_LINE.test(text);
      removals.push({ category: contact ? 'author-bio' : 'related', rule: contact ? 'extract-contact-line' : 'extract-promo-line', text, html: el.outerHTML });
      el.remove();
      continue;
    }
    if (el.tagName === 'SPAN' || text.length < MIN_REPEAT_CHARS) continue;
    if (seen.has(text)) el.remove();
    else seen.add(text);
  }
  return removals;
}

/**
 * Readability makes every link absolute against the clone's base; links to a place in the page
 * itself ("#fn1") go back to fragment-only form so in-article anchors keep working.
 */
export function keepSameDocumentLinks(article: Element, pageUrl: string): void {
  if (!pageUrl || pageUrl === 'about:blank') return;
  const page = pageUrl.split('#')[0];
  for (const a of article.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith(`${page}#`)) a.setAttribute('href', href.slice(page.length));
  }
}

/**
 * Attributes the reader can use; everything else (class, style, data-*, event handlers, tracking
 * attributes) only mattered on the site. Dropping them here is not the security boundary (the
 * sanitizer is); it shrinks what the sanitizer must parse and check several times over.
 */
const KEPT_ATTRIBUTES = new Set('href src srcset sizes alt title id name lang dir colspan rowspan datetime cite width height start reversed type scope headers abbr data-p data-src data-srcset poster span value open'.split(' '));

export function stripSiteAttributes(article: Element): void {
  for (const el of [article, ...descendants(article)]) {
    const attrs = el.attributes;
    for (let i = attrs.length - 1; i >= 0; i--) {
      const name = attrs[i].name;
      if (!KEPT_ATTRIBUTES.has(name)) el.removeAttribute(name);
    }
  }
}

/** A label and a colon before a date: "First Published: Tuesday, November 19, 2019 08:38 AM", "Stand: 12.05.2022". */
const RE_LABELLED = /^[^:：\d]{1,24}[:：]\s*(.+)$/u;
/** …or a count ("Kommentare: 12", "Aufrufe: 1.234"): the tail drops both. */
const isLabelledDate = (text: string): boolean => {
  const value = RE_LABELLED.exec(text)?.[1] ?? '';
  return isDateOnly(value) || isCounter(value);
};

/** The tail: at most this many blocks, this many characters, go after the last story block. */
const MAX_TAIL_BLOCKS = 6;
const MAX_TAIL_CHARS = 400;
/**
 * A tail block this short, without a sentence end or a digit, is a label, a name or a credit
 * ("Tags", "Autoren:", "Mateusz Seroka", "DCV / Oppitz"); longer lines at the end are often the
 * story's own (a source line "Pressemitteilung Nr. 48/22 …", a petition URL, "2 Minuten vom
 * S-Bahnhof …" under a list of places: all content on trafilatura-dev).
 */
const MAX_TAIL_LABEL_CHARS = 24;
const MAX_TAIL_CJK_LABEL_CHARS = 8;
/** An orphan heading at the end: at most this long. */
const MAX_ORPHAN_CHARS = 100;
/** A box holding one of these is not furniture around a line, whatever its text. */
const TAIL_MEDIA = 'img, picture, video, iframe, figure, table';
/** A short line that is all link text (not a bare URL, which the story may point to). */
const MAX_TAIL_LINKS_CHARS = 40;
const RE_HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A sentence end, also before closing quotes and brackets, or a trailing ellipsis. */
const RE_TAIL_SENTENCE_END = /[。．.!?！？…][」』)）"”“'’»«›‹]*$|[)）」』“”»]$/u;

/**
 * Page furniture left after the story's last sentence: "Autoren:", "Von:", "Tags", an author's
 * name, a picture credit ("DCV / Oppitz"), "Permalien", a teaser title, a "more info at …" link.
 * Seen at the end of German, French, Spanish and Polish articles on the trafilatura-dev set.
 * Taken from the end while a block is short and has no sentence end, or is mostly a link, or is
 * a date or byline line; the first sentence stops it. Lists and tables end at once: their
 * items are content however short.
 */
export function removeTail(article: Element): Removal[] {
  const removed: Removal[] = [];
  const blocks = leafBlocks(article);
  let chars = 0;
  for (let i = blocks.length - 1; i >= 0 && removed.length < MAX_TAIL_BLOCKS; i--) {
    let el = blocks[i];
    if (!article.contains(el) || el.closest('figure')) continue;
    // a span with words of bare text beside it is a phrase of its paragraph, which is judged next
    if (el.tagName === 'SPAN' && inRunningText(el, true)) continue;
    let text = foldSpace(el.textContent ?? '');
    if (!text) continue;
    // a span inside a heading is judged as the heading: "<h4><i>NEW AND EXCITING <span>SIMILAR
    // DISHES FOR YOU TO TRY OUT</span></i></h4>" over a slider that declutter removed
    // (trafilatura-dev nestle-family); the inner span alone is neither a label nor a heading.
    // The heading goes with the boxes around it that hold nothing else.
    const head = el.tagName === 'SPAN' ? el.parentElement?.closest('h2, h3, h4, h5, h6') : null;
    if (head && article.contains(head) && head !== article) {
      el = head;
      text = foldSpace(el.textContent ?? '');
    }
    const heading = /^H[2-6]$/.test(el.tagName);
    for (let up = el.parentElement; heading && up && up !== article && !up.querySelector(TAIL_MEDIA) && foldSpace(up.textContent ?? '') === text; up = up.parentElement) el = up;
    if (el.tagName === 'LI' || el.closest('li, table, pre, blockquote')) break;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += foldSpace(a.textContent ?? '').length;
    // CJK carries a sentence in a few characters: only a very short CJK block is a label
    const maxLabel = RE_HAS_CJK.test(text) ? MAX_TAIL_CJK_LABEL_CHARS : MAX_TAIL_LABEL_CHARS;
    const label = text.length <= maxLabel && !RE_TAIL_SENTENCE_END.test(text) && !/\d/.test(text);
    const link = text.length <= MAX_TAIL_LINKS_CHARS && linked >= 0.8 * text.length && !/^(?:https?:|www\.)/i.test(text);
    const meta = text.length <= MAX_DATELINE_CHARS && (isDateOnly(text) || isCounter(text) || RE_BYLINE_LINE.test(text) || isLabelledDate(text));
    // a heading with nothing after it heads what is not there (its list was clutter, or stood
    // elsewhere): "Die Karte zum Abspeichern:", "Noch mehr Infos für dich", "Weitere Informationen
    // zum Coronavirus in Thüringen:" (trafilatura-dev). A heading of full sentences is the story's
    // own (spiegel.de's closing h4); a paragraph ending in a colon may be too ("Lesen Sie dazu
    // auch die Pressemitteilungen:", bundespolizei; "Twitter seemed a bit confused:", usatoday).
    const orphan = text.length <= MAX_ORPHAN_CHARS && heading && !/[.。]["”»)]*$/u.test(text);
    if (!(label || link || meta || orphan) || chars + text.length > MAX_TAIL_CHARS) break;
    chars += text.length;
    removed.unshift({ category: 'other', rule: 'extract-tail-furniture', text, html: el.outerHTML });
    const parent = el.parentElement;
    el.remove();
    // the box that held the block (no leaf while the block stood in it) is judged next when its own
    // words are all that is left of it: a label beside the line just taken ("<span><b>Von:</b> <p>Götz Warnke</p></span>",
    // trafilatura-dev sonnenenergie.de)
    const wasBox = parent && parent !== article && LEAF_TAGS.has(parent.tagName) && !blocks.includes(parent);
    if (wasBox && !hasTag(parent, CONTAINER_MARKER_NAMES)) blocks[i++] = parent;
  }
  return removed;
}

/** An author's note closing the story: this long at most. */
const MAX_BIO_CHARS = 600;
const MIN_BIO_CHARS = 40;
/**
 * "Candice Sealey is the Founder & Principal Consultant at …", "Jane Doe ist eine Journalistin …":
 * a person's name (two to four capitalised words), a copula and an article opening the note. A
 * story's closing sentence rarely begins so in italics. Not "Dear Abby is written by …", the
 * column's own closing line (scrapinghub counts it as the story's).
 */
const BIO_NAME_WORD = String.raw`\p{Lu}(?:[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\.)`;
/** …not a sentence about a thing or an office ("The Senate is expected to …", "Die Stadt ist …") */
const BIO_NOT_NAME = String.raw`(?:The|This|That|These|Those|It|He|She|We|They|Our|Der|Die|Das|Dies|Diese|Er|Sie|Es|Wir|Unser|El|La|Los|Las|Este|Esta|Le|Les|Il|Elle|Ce|Cette|To|Ten|Ta)\s`;
const RE_BIO_OPENING = new RegExp(
  String.raw`^[-–—*]?\s*(?!${BIO_NOT_NAME})(?:${BIO_NAME_WORD}\s+){1,3}${BIO_NAME_WORD},?\s+(?:is|was|ist|war|es|fue|est|était|jest|była?|è|é)\s+(?:a|an|the|ein|eine|der|die|un|una|el|la|le|une|il|lo)\s`,
  'u',
);
const ITALIC_TAGS = new Set(['EM', 'I']);

/** The text of `el` outside italic elements (em, i), whitespace removed. */
function plainText(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += c.nodeValue ?? '';
    else if (c.nodeType === 1 && !ITALIC_TAGS.has((c as Element).tagName)) out += plainText(c as Element);
  }
  return out.replace(/\s+/gu, '');
}

/**
 * The author's bio set in italics as the story's last paragraph ("<p><em>Candice Sealey is the
 * Founder & Principal Consultant at Ignite! … Follow us on FB & IG …</em></p>", trafilatura-dev
 * searchlight.vc): written by the site about the writer, not part of the story. Only the very
 * last block, all of it in italics, opening with a name and a copula.
 */
export function removeClosingBio(article: Element): Removal[] {
  const blocks = leafBlocks(article);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i];
    if (!article.contains(el)) continue;
    const text = foldSpace(el.textContent ?? '');
    if (!text) continue;
    if (el.tagName !== 'P' && el.tagName !== 'DIV') return [];
    if (el.closest('li, table, pre, blockquote, figure')) return [];
    if (text.length < MIN_BIO_CHARS || text.length > MAX_BIO_CHARS || !RE_BIO_OPENING.test(text) || plainText(el)) return [];
    el.remove();
    return [{ category: 'author-bio', rule: 'extract-closing-bio', text, html: el.outerHTML }];
  }
  return [];
}

/** `site`: the names the page calls its site by (site-box.ts siteNames), for its closing box. */
export function postProcess(article: Element, title: string | null, byline: string | null, site: string[] = []): Removal[] {
  resolveLazyImages(article);
  // Captions first: a caption paragraph above the story would end the top check early.
  captionsToFigures(article);
  removeOwnListCounters(article);
  removeTopDuplicates(article, title, byline);
  const removed = [...removeTopKicker(article), ...removeRepeatsAndLabels(article)];
  // the site's own box first: its address line would stop the tail
  const tail = [...removeSiteBox(article, site), ...removeTail(article)];
  const bio = removeClosingBio(article);
  // the bio may have stood before the tail's furniture, or hidden a label above it
  return [...removed, ...tail, ...bio, ...(bio.length ? removeTail(article) : [])];
}
