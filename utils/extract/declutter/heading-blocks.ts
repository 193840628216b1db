/**
 * Heading blocks: a short heading that names clutter (ランキング, Related stories, 推荐阅读 …)
 * and the block it heads. The heading alone never decides: the block must also have the
 * rule's shape (a list of links, teaser cards, a short box), so an article *about* a ranking,
 * whose heading is followed by prose, keeps its body. When the heading's container also holds
 * prose (the heading sits between the article's paragraphs), only the heading and the
 * list-shaped siblings that follow it go.
 */
import { HEADING_RULES, type HeadingRule } from './rules';
import { fitsShape, collapseSpace, solidCharsUpTo, weight } from './measure';
import type { Pass } from './pass';
import { countTags, elementsByTags, hasTag, HEADING_TAGS, MEDIA_TAGS, RE_HEADING_TAG } from './dom';
import { escapeRe } from '../../text/escape-re';

/** Longest heading text considered (characters, folded). */
const MAX_HEADING_CHARS = 40;
/** A heading may carry this much weight beyond its phrase ("本日の" + 人気記事 + "ランキング"). */
const HEADING_SLACK = 20;
/** Text allowed before the heading inside its block (an icon label, a counter). */
const MAX_LEAD_CHARS = 12;
/** A block must hold this much besides its heading, else we climb to the next ancestor. */
const MIN_BODY_WEIGHT = 40;
const SKIP_TEXT_IN = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE|OPTION|TEXTAREA|BUTTON)$/;
const NOT_HEADING = /^(A|LI|OPTION|BUTTON|LABEL|TD|TH)$/;
/** A comment section's prose is the comments; its form gives it away. */
const COMMENT_CONTROLS = ['textarea', 'form'];
/** Punctuation, symbols and digits are decoration in a heading: 【話題】, ▼関連記事, [ニュース]. */
const DECORATION = /[\p{P}\p{S}\p{N}]+/gu;
const FULLWIDTH = /[\uff01-\uff5e\u3000]/u;
const TRAILING_PUNCTUATION = /[\p{P}\s]+$/u;
const LATIN = /^[\p{Script=Latin}\s]+$/u;

interface Phrase {
  rule: HeadingRule;
  text: string;
  weight: number;
  latin: boolean;
}

export function normaliseHeading(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(DECORATION, ' ').replace(/\s+/gu, ' ').trim();
}

const PHRASES: Phrase[] = HEADING_RULES.flatMap((rule) =>
  Object.values(rule.phrases).flatMap((list) =>
    (list ?? '').split('|').map((p) => {
      const text = normaliseHeading(p);
      return { rule, text, weight: weight(text), latin: LATIN.test(text) };
    }),
  ),
).filter((p) => p.text.length > 0);

/** One alternation of every phrase: most short texts on a page fail it and are skipped cheaply. */
const PREFILTER = new RegExp(
  PHRASES.map((p) => escapeRe(p.text)).join('|'),
  'u',
);

/** The rule a heading text names, or null; the longest matching phrase wins (most specific). */
export function matchHeading(raw: string): HeadingRule | null {
  const h = normaliseHeading(raw);
  if (!h || h.length > MAX_HEADING_CHARS) return null;
  const hw = weight(h);
  let best: Phrase | null = null;
  for (const p of PHRASES) {
    if (best && p.weight <= best.weight) continue;
    if (p.rule.exact ? h !== p.text && h.replace(/ /g, '') !== p.text.replace(/ /g, '') : hw - p.weight > HEADING_SLACK) continue;
    if (p.latin ? !(' ' + h + ' ').includes(' ' + p.text + ' ') : !h.includes(p.text)) continue;
    best = p;
  }
  return best?.rule ?? null;
}

/** `inner` is a descendant of `outer` holding `innerChars` non-space characters (≤ MAX_HEADING_CHARS). */
function hasMoreContent(outer: Element, inner: Element, innerChars: number): boolean {
  if (solidCharsUpTo(outer, innerChars) > innerChars) return true;
  return countTags(outer, MEDIA_TAGS) > countTags(inner, MEDIA_TAGS);
}

function headingAtStart(block: Element, headingText: string): boolean {
  const idx = collapseSpace(block.textContent ?? '').indexOf(headingText);
  return idx >= 0 && idx <= MAX_LEAD_CHARS;
}

interface Candidate {
  heading: Element;
  rule: HeadingRule;
}

/** One walk over the text nodes: short texts that name a clutter rule, lifted to their heading element. */
function findHeadings(pass: Pass): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  const title = pass.title ? normaliseHeading(pass.title) : null;
  for (const n of pass.texts) {
    const t = n.nodeValue ?? '';
    if (t.length > 200) continue;
    const f = collapseSpace(t);
    if (!f || f.replace(TRAILING_PUNCTUATION, '').length > MAX_HEADING_CHARS) continue;
    // NFKC only when there is something to collapseSpace (full-width letters): it is the costly part
    const q = FULLWIDTH.test(f) ? normaliseHeading(f) : f.toLowerCase().replace(DECORATION, ' ');
    if (!PREFILTER.test(q) || !pass.alive(n.parentElement ?? pass.root)) continue;
    const parent = n.parentElement;
    if (!parent || SKIP_TEXT_IN.test(parent.tagName)) continue;
    // a parent whose text is longer than a heading can only climb to longer text: not a heading
    const chars = solidCharsUpTo(parent, MAX_HEADING_CHARS);
    if (chars > MAX_HEADING_CHARS) continue;
    // the heading element is the outermost element holding just this text
    let h: Element = parent;
    while (h.parentElement && h.parentElement !== pass.root && !hasMoreContent(h.parentElement, h, chars)) h = h.parentElement;
    if (seen.has(h)) continue;
    seen.add(h);
    // a menu item or a link is not a heading ("トレンド" in the seed's nav bar)
    if (NOT_HEADING.test(h.tagName) || h.closest('a, li, option, button, label') !== null && !RE_HEADING_TAG.test(h.tagName)) continue;
    const ht = collapseSpace(h.textContent ?? '');
    // the length that counts is the phrase's: "Das Thema könnte dich auch interessieren:" (incurvy) is 40 without its colon
    if (normaliseHeading(ht).length > MAX_HEADING_CHARS || (title && normaliseHeading(ht) === title)) continue;
    const rule = matchHeading(ht);
    if (rule) out.push({ heading: h, rule });
  }
  return out;
}

/** A teaser's headline link: this heavy at least (KATAPULT's "Krieg und ..." is 13). */
const MIN_TEASER_LINK_WEIGHT = 8;
/** What each teaser may say besides its headline: a one- or two-sentence summary. */
const MAX_TEASER_TEXT_WEIGHT = 400;

/**
 * Teaser cards: each a headline link (in or around a heading) with at most a short summary
 * (KATAPULT's "Neueste Artikel": picture, kicker, h3 > a, one sentence). Their summaries are
 * prose, so they fail the `list` shape; under a heading that names clutter they are that
 * clutter all the same. The article's own sections never carry a linked heading each. One card
 * is enough (courage-online: "Noch mehr Infos für dich" over a single h2 > a and its summary).
 */
export function isTeaserCards(pass: Pass, block: Element): boolean {
  let teasers = 0;
  for (const h of elementsByTags(block, HEADING_TAGS)) {
    const a = h.closest('a[href]') ?? h.querySelector('a[href]');
    if (!a || !block.contains(a)) continue;
    if (weight(collapseSpace(a.textContent ?? '')) >= MIN_TEASER_LINK_WEIGHT) teasers++;
  }
  const m = pass.stats(block);
  return teasers >= 1 && m.proseBlocks <= teasers && m.total - m.links <= teasers * MAX_TEASER_TEXT_WEIGHT;
}

function fits(pass: Pass, block: Element, rule: HeadingRule): boolean {
  const m = pass.stats(block);
  if (fitsShape(m, rule.shape, pass.phase)) return true;
  if (rule.shape === 'list' && isTeaserCards(pass, block)) return true;
  // a comment section holds prose (the comments); its form or list gives it away
  return rule.category === 'comments' && hasTag(block, COMMENT_CONTROLS);
}

/** The heading plus the following siblings that hold no prose, until the next heading. */
function siblingRun(pass: Pass, heading: Element): Element[] {
  const run: Element[] = [heading];
  for (let s = heading.nextElementSibling; s; s = s.nextElementSibling) {
    if (RE_HEADING_TAG.test(s.tagName) || hasTag(s, HEADING_TAGS)) break;
    const m = pass.stats(s);
    if (m.proseBlocks > 0 || !pass.removable(s)) break;
    if (m.total === 0 && !hasTag(s, MEDIA_TAGS)) {
      run.push(s);
      continue;
    }
    if (matchHeading(collapseSpace(s.textContent ?? ""))) break;
    run.push(s);
  }
  // a heading with nothing list-like after it is an article subheading: leave it; but a heading
  // that ends its block is an empty widget whose list a script would fill (banyuetan's 热门推荐)
  if (run.length === 1) return heading.nextElementSibling === null && heading.parentElement !== pass.root ? run : [];
  return run.slice(1).some((e) => weight(collapseSpace(e.textContent ?? '')) > 0) ? run : [];
}

export function removeHeadingBlocks(pass: Pass): void {
  for (const { heading, rule } of findHeadings(pass)) {
    if (!pass.root.contains(heading)) continue;
    const ht = collapseSpace(heading.textContent ?? '');
    const hw = weight(ht);
    let block = heading.parentElement;
    if (!block || block === pass.root) {
      removeRun(pass, heading, rule);
      continue;
    }
    // an ad label's or share box's block is its wrapper (icons, no text: climbing from there
    // would reach the footer around it, gizmodo-jp); other headings head a block with a body
    if (!rule.exact && rule.category !== 'share') {
      while (
        block.parentElement &&
        block.parentElement !== pass.root &&
        weight(collapseSpace(block.textContent ?? '')) - hw < MIN_BODY_WEIGHT &&
        !hasTag(block, MEDIA_TAGS) &&
        headingAtStart(block.parentElement, ht)
      ) {
        block = block.parentElement;
      }
    }
    if (headingAtStart(block, ht) && pass.removable(block) && fits(pass, block, rule)) {
      pass.remove(block, rule.category, rule.id);
      continue;
    }
    // the heading sits inside a bigger block (between paragraphs): take the run that follows it
    let top: Element = heading;
    while (top.parentElement && top.parentElement !== block && top.parentElement !== pass.root) top = top.parentElement;
    removeRun(pass, top, rule);
  }
}

function removeRun(pass: Pass, top: Element, rule: HeadingRule): void {
  if (rule.exact || rule.shape !== 'list') return;
  const run = siblingRun(pass, top);
  if (run.length === 0) return;
  pass.removeGroup(run, rule.category, rule.id);
}
