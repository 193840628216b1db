/**
 * The headline alone: no site name, no page counter, no byline. The page's <title> and og:title
 * carry the site name; the h1 often carries a page counter or a byline after a <br>; some pages
 * have no h1 at all. So the visible heading is taken when it agrees with the declared titles,
 * else the declared title with its site-name segment cut off.
 */
import { MAX_TITLE_LENGTH, RE_PAGE_COUNTER, RE_SERIES_KICKER, TITLE_SEPARATORS } from '../constants';
import type { PageScan } from './scan';
import { foldSpace } from '../fold-space';

/** A first-pass heading vouched for over this share of the declared title needs no second pass. */
const GOOD_ENOUGH_SHARE = 0.5;
const MAX_HEADLINE_CANDIDATES = 300;
/** Below this many characters in common with a declared title, a heading is not the headline. */
const MIN_MATCH_CHARS = 4;
/** Characters of a declared title read (a hostile page may declare megabytes). */
const MAX_DECLARED_CHARS = 2_000;
/** What follows a headline inside a title that also names the site. */
const RE_SITE_TAIL = /^\s*(?:[-－–—|｜:：·»]|l\s)\s*\S.{0,40}$/u;


/**
 * Folds whitespace before any pattern runs: every title pattern then meets runs of at most one
 * space, so none can backtrack over a long run (an unanchored `\s+` on 100,000 U+3000 spaces took
 * 9 s; issue #12, F2). Every title and metadata pattern here is linear in the text's length.
 */
export function stripPageCounter(s: string): string {
  return foldSpace(foldSpace(s).replace(RE_PAGE_COUNTER, ' '));
}

/** Characters left dangling when a site name is cut off the end of a title. */
const TAIL_PUNCTUATION = new Set([...' |｜:：-－–—']);

/** `s` without trailing separators (a loop, not `/[…]+$/`, which backtracks over long runs). */
function trimSeparatorsEnd(s: string): string {
  let end = s.length;
  while (end > 0 && TAIL_PUNCTUATION.has(s[end - 1])) end--;
  return s.slice(0, end);
}

/** The heading's first line: text up to a <br> or a block child (a byline often follows). */
export function headingText(el: Element): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'BR' || tag === 'P' || tag === 'DIV') {
          if (foldSpace(out)) return true;
          continue;
        }
        if (tag === 'SVG' || tag === 'svg' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'RT' || tag === 'RP') continue;
        if (walk(c)) return true;
      }
    }
    return false;
  };
  walk(el);
  return stripPageCounter(out);
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** How many characters of `cand` a declared title vouches for (whole substring or shared prefix). */
function matchScore(cand: string, refs: string[]): number {
  let best = 0;
  for (const r of refs) {
    if (r.includes(cand)) return cand.length;
    const p = commonPrefixLength(cand, r);
    if (p >= cand.length * 0.5) best = Math.max(best, p);
  }
  return best;
}

/** Cuts the site name off a declared title: keeps the longest segment between separators. */
export function cleanDeclaredTitle(raw: string, siteName: string | null): string {
  let t = stripPageCounter(raw);
  const site = siteName ? foldSpace(siteName) : null;
  for (const sep of TITLE_SEPARATORS) {
    const parts = t.split(new RegExp(sep.source, 'gu')).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) continue;
    const kept = parts.filter((p) => p !== site);
    const longest = kept.reduce((a, b) => (b.length > a.length ? b : a), '');
    // The headline comes first on most sites ("Headline | Site"); a first part much shorter than
    // the longest is a section or site prefix ("KBS WORLD l Headline").
    const pick = kept.length && kept[0].length >= 0.4 * longest.length ? kept[0] : longest;
    // A tail-only split (no spaces: "…！-新华网") is trusted only when the head is long.
    if (sep === TITLE_SEPARATORS[1] && pick.length < 2 * (t.length - pick.length)) continue;
    t = pick;
    break;
  }
  if (site && t.endsWith(site) && t.length > site.length + 4) t = trimSeparatorsEnd(t.slice(0, -site.length));
  return t;
}

export interface TitleRefs {
  /** <title>, og:title, twitter:title, JSON-LD headline: titles the page declares */
  declared: string[];
  siteName: string | null;
  /** the page's visible text (body), read only when a series kicker needs checking */
  bodyText?: () => string;
}

export interface HeadlineResult {
  title: string | null;
  /** the heading element in the document searched, when the title came from one */
  element: Element | null;
}

/**
 * Where the heading's first line splits between its child nodes, as prefixes of its text:
 * `<h1>見出し<span class="sub">米井嘉一・同志社大学教授</span></h1>` gives "見出し". A subtitle in a
 * child of the heading is cut off when a declared title ends where that child begins.
 */
function childBoundaries(el: Element): string[] {
  const out: string[] = [];
  let acc = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && /^(BR|P|DIV)$/.test((c as Element).tagName)) break;
    acc += c.textContent ?? '';
    const p = stripPageCounter(acc);
    if (p) out.push(p);
  }
  return out;
}

/** Headline text that stops where a declared title stops, when it stops at a child boundary. */
function withoutSubtitle(el: Element, text: string, declared: string[], cleaned: string[]): string {
  const refs = new Set([...declared, ...cleaned]);
  const cut = childBoundaries(el).find((p) => p.length >= MIN_MATCH_CHARS && p.length < text.length && refs.has(p));
  return cut ?? text;
}

/** The tails the page's declared titles carry after the headline (" - 産経ニュース", "_教育频道_中国青年网"). */
function siteTails(declared: string[], cleaned: string[]): string[] {
  const tails: string[] = [];
  declared.forEach((d, i) => {
    const c = cleaned[i];
    if (c && d.length > c.length && d.startsWith(c)) tails.push(d.slice(c.length));
  });
  return tails;
}

/**
 * The last touches on a headline from any source: a site tail the declared titles carry is cut
 * off, and so is a series kicker in brackets (【経済インサイド】) that no visible heading shows.
 */
function finish(title: string, headings: readonly Element[], tails: string[], bodyText: (() => string) | undefined): string {
  let t = title;
  for (const tail of tails) {
    if (tail.trim() && t.endsWith(tail) && t.length > tail.length + MIN_MATCH_CHARS) t = trimSeparatorsEnd(t.slice(0, -tail.length));
  }
  const kicker = RE_SERIES_KICKER.exec(t);
  if (kicker && t.length > kicker[0].length + MIN_MATCH_CHARS) {
    const k = kicker[0].trim();
    // shown: in a heading, or in the page text right before the headline (a headline in a plain div)
    const lead = k + t.slice(kicker[0].length, kicker[0].length + 10);
    const shown = headings.some((h) => headingText(h).includes(k)) || (bodyText !== undefined && foldSpace(bodyText()).includes(lead));
    if (!shown) t = t.slice(kicker[0].length);
  }
  return t;
}

/**
 * Finds the headline among the scan's headings (h1/itemprop=headline first; h2 and
 * title-classed boxes only when those are not enough). Read-only.
 */
export function findHeadline(scan: Pick<PageScan, 'headlines' | 'titleBoxes'>, refs: TitleRefs): HeadlineResult {
  const declared = refs.declared.map((d) => foldSpace(d.slice(0, MAX_DECLARED_CHARS))).filter(Boolean);
  const site = refs.siteName ? foldSpace(refs.siteName) : null;
  const cleaned = declared.map((d) => cleanDeclaredTitle(d, site));
  const tails = siteTails(declared, cleaned);
  const visible = scan.headlines.slice(0, MAX_HEADLINE_CANDIDATES).filter((h) => !h.closest('head'));
  let best: { text: string; el: Element; score: number } | null = null;
  const matched: { text: string; el: Element }[] = [];
  const consider = (el: Element): void => {
    if (el.closest('head, a, nav, footer, li')) return;
    const text = headingText(el);
    if (text.length < 2 || text.length > MAX_TITLE_LENGTH || text === site) return;
    let score = matchScore(text, declared);
    if (score < MIN_MATCH_CHARS && score < text.length) return;
    // An h1 or itemprop=headline is the page's own claim to be the headline.
    if (el.tagName === 'H1' || el.getAttribute('itemprop') === 'headline') score += 2;
    matched.push({ text, el });
    if (!best || score > best.score) best = { text, el, score };
  };
  for (let i = 0; i < scan.headlines.length && i < MAX_HEADLINE_CANDIDATES; i++) consider(scan.headlines[i]);
  const cleanLength = cleaned.length ? cleaned[0].length : 0;
  const firstPass = best as { text: string; score: number } | null;
  const needMore =
    !firstPass || firstPass.score < GOOD_ENOUGH_SHARE * cleanLength || (declared.includes(firstPass.text) && cleanLength < firstPass.text.length);
  if (needMore) {
    // Second pass, only when needed: h2 and title-classed boxes.
    for (const el of scan.titleBoxes) consider(el);
  }
  if (best) {
    const found = best as { text: string; el: Element; score: number };
    // A heading that is the whole declared title may carry the site name ("…-新华网") while a
    // shorter heading holds the headline alone: prefer that one.
    const head = found.text;
    const whole = declared.includes(head);
    const shorter = whole
      ? matched.find((m) => m.text.length < head.length && !found.el.contains(m.el) && head.startsWith(m.text) && RE_SITE_TAIL.test(head.slice(m.text.length)))
      : undefined;
    const pick = shorter ?? found;
    const text = withoutSubtitle(pick.el, pick.text, declared, cleaned);
    return { title: finish(text, visible, tails, refs.bodyText), element: pick.el };
  }
  const first = cleaned.find((d) => d.length > 0);
  if (!first) {
    const h1 = scan.headlines[0];
    const t = h1 ? headingText(h1) : '';
    return { title: t || null, element: t ? h1 : null };
  }
  return { title: finish(first, visible, tails, refs.bodyText), element: null };
}
