/**
 * Detect stage: is this an article page? Runs on every page load (the per-page content script
 * imports it), so it is read-only on the live document, bounded in work (one walk capped by
 * node count, every other list capped) and small: Readability's readerable check is redone on
 * that walk's candidates (readerable.ts), never imported. The page is read only through
 * live-dom.ts: form controls named `parentNode`, `tagName` … cannot loop or break it.
 *
 * Every signal adds a weight to a score; the verdict is score > 0 and the confidence is the
 * logistic of the score. Metadata lies on real sites (section pages declaring og:type=article
 * or a NewsArticle, front pages made of dozens of <article> cards), so metadata weights are
 * moderate and the page's shape (one long body vs. many teasers) weighs the most.
 */
import { nonHtmlReason } from './document';
import { compareKey, metadataSignals } from './metadata';
import { liveDom } from '../live-dom';
import { tooManyElements } from '../page/bounds';
import { isReaderable } from './readerable';
import { pageShape } from './shape';
import { urlSignal } from './url';
import type { DetectResult } from '../types';

/** Readability's stock thresholds (English), scaled down by the page's script mix: a paragraph
 * of Japanese or Chinese carries about three times what the same number of English characters
 * does (upper end of 2–3×: stock thresholds miss real Japanese articles with short paragraphs),
 * Korean about 1.7×. minContentLength scales with the ratio; minScore, a sum of square roots of
 * lengths, with its square root. */
const READERABLE_MIN_CONTENT = 140;
const READERABLE_MIN_SCORE = 20;
const READERABLE_CJK = 3;
const READERABLE_HANGUL = 1.7;

/** Weights, in score units (logit). The prior: most pages a browser loads are not articles. */
const PRIOR = -0.3;
const READERABLE = 0.5;
const NOT_READERABLE = -0.4;
const ONE_ARTICLE_EL = 0.3;
/** per <article> element beyond three when the body is in none of them (front pages of cards) */
const MANY_ARTICLE_ELS = -0.05;
const MANY_ARTICLE_ELS_MIN = -0.8;
/** the first <h1> is a headline (long) that <title> repeats; the body sits right under it */
const H1_IN_TITLE = 0.4;
const H1_ABOVE_BODY = 0.4;
const MIN_H1_EQ = 25;
/** Bounds: characters of <title> compared, parents climbed (Chromium's parser nests ≤ 512). */
const MAX_TITLE_CHARS = 2_000;
const MAX_CLIMB = 600;

/** Page shape (eq = English-equivalent characters, see detect-shape.ts). A body of
 * BODY_PIVOT_EQ is neutral; each doubling adds BODY_SLOPE, within [BODY_MIN, BODY_MAX]. */
const BODY_PIVOT_EQ = 450;
const BODY_SLOPE = 1;
const BODY_MIN = -2.5;
const BODY_MAX = 2;
/** headline-link text beyond TEASER_PIVOT times the body counts against, per doubling */
const TEASER_PIVOT = 4;
const TEASER_SLOPE = -0.7;
const TEASER_MIN = -2.5;
/** headline+summary cards beyond CARDS_PIVOT count against, each */
const CARDS_PIVOT = 4;
const CARD_WEIGHT = -0.12;
const CARDS_MIN = -1.5;
/** several bodies of similar size; one peer is tolerated (a body split by an ad) */
const PEERS_PIVOT = 1;
const PEER_WEIGHT = -0.6;
const PEERS_MIN = -2;

export function detectArticle(doc: Document, url: string | null): DetectResult {
  try {
    return detect(doc, url);
  } catch (e) {
    return { isArticle: false, confidence: 0, reasons: [`error:${String(e instanceof Error ? e.message : e).slice(0, 80)}`] };
  }
}

function detect(doc: Document, url: string | null): DetectResult {
  const dom = liveDom(doc);
  const notHtml = nonHtmlReason(doc);
  if (notHtml) return { isArticle: false, confidence: 0.01, reasons: [notHtml + '(veto)'] };
  // A page past the element bound is never read (the clean view refuses it as too large); one
  // native count, so a huge page costs no walk on every load.
  if (tooManyElements(doc)) return { isArticle: false, confidence: 0.01, reasons: ['too-large(veto)'] };

  let score = 0;
  const reasons: string[] = [];
  const add = (name: string, weight: number) => {
    score += weight;
    reasons.push(`${name}(${weight < 0 ? '' : '+'}${weight.toFixed(2)})`);
  };
  add('prior', PRIOR);

  const s = pageShape(doc);
  add(`body:${s.bodyEq}eq/${s.bodyBlocks}blocks`, clamp(BODY_SLOPE * Math.log2(Math.max(s.bodyEq, 50) / BODY_PIVOT_EQ), BODY_MIN, BODY_MAX));
  const ratio = s.headlineEq / Math.max(s.bodyEq, 200);
  if (ratio > TEASER_PIVOT) add(`teasers:${s.headlineLinks}links/${s.headlineEq}eq`, Math.max(TEASER_MIN, TEASER_SLOPE * Math.log2(ratio / TEASER_PIVOT)));
  if (s.peers > PEERS_PIVOT) add(`peers:${s.peers}`, Math.max(PEERS_MIN, PEER_WEIGHT * (s.peers - PEERS_PIVOT)));
  if (s.cards > CARDS_PIVOT) add(`cards:${s.cards}`, Math.max(CARDS_MIN, CARD_WEIGHT * (s.cards - CARDS_PIVOT)));
  if (s.capped) add('shape:capped', 0);

  const scale = 1 + (READERABLE_CJK - 1) * s.cjkShare + (READERABLE_HANGUL - 1) * s.hangulShare;
  const readerable = isReaderable(dom, s.readerable, {
    minContentLength: READERABLE_MIN_CONTENT / scale,
    minScore: READERABLE_MIN_SCORE / Math.sqrt(scale),
  });
  add(`${readerable ? '' : 'not-'}readerable(/${scale.toFixed(1)})`, readerable ? READERABLE : NOT_READERABLE);

  const articles = s.articles;
  if (articles === 1) add('article-element:1', ONE_ARTICLE_EL);
  else if (articles > 3 && !insideArticle(dom, s.body)) add(`article-elements:${articles}`, Math.max(MANY_ARTICLE_ELS_MIN, MANY_ARTICLE_ELS * (articles - 3)));

  // Article pages put their headline in the first <h1> and repeat it in <title> ("Headline |
  // Site"); listing pages' h1 is a logo or a section name ("政治", "World"), too short to count.
  const h1s = s.h1s;
  const h1 = h1s.length < 3 && h1s[0] ? compareKey(dom.textContent(h1s[0]).slice(0, 400)) : '';
  const title = compareKey(dom.title(doc).slice(0, MAX_TITLE_CHARS));
  if (h1.length * s.weight >= MIN_H1_EQ && title.includes(h1.slice(0, 30))) {
    add('h1:headline-in-title', H1_IN_TITLE);
    const above = s.body && s.parentOf(s.body);
    const grand = above && s.parentOf(above);
    if (grand && dom.contains(grand, h1s[0])) add('h1:above-body', H1_ABOVE_BODY);
  }

  metadataSignals(dom, title, s, h1, add);
  urlSignal(url || dom.url(doc), add);

  reasons.push(`score:${score.toFixed(2)}`);
  return { isArticle: score > 0, confidence: Math.round(1000 / (1 + Math.exp(-score))) / 1000, reasons };
}

/** Whether `el` sits inside an <article> (climbs at most MAX_CLIMB parents, read unshadowably). */
function insideArticle(dom: ReturnType<typeof liveDom>, el: Element | null): boolean {
  let n: Node | null = el;
  for (let i = 0; n && i < MAX_CLIMB; i++, n = dom.parent(n)) if (dom.nodeType(n) === 1 && dom.tagName(n as Element) === 'ARTICLE') return true;
  return false;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
