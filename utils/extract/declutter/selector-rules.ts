/**
 * Selector rules: blocks recognised by their markup (CSS selectors and class/id name words from
 * the rule table). One pass over the elements classifies them; each match then goes through
 * the rule's shape check and the main-content guard before it is removed.
 */
import { SELECTOR_RULES, type SelectorRule } from './rules';
import { fitsShape, collapseSpace } from './measure';
import type { Pass } from './pass';
import { countTags, hasTag, MEDIA_TAGS, RE_HEADING_TAG } from './dom';
import { compileSelector } from './simple-selector';
import { escapeRe } from '../../text/escape-re';

/** Splits class/id tokens into lowercase words: `articleShare_box-2` → article-share-box-2. */
const WORD_SPLIT = /[-_\s:.]+|(?<=[a-z0-9])(?=[A-Z])/u;
/** Text a wrapper may hold besides the ad or share bar it wraps (the slot's label). */
const WRAPPER_LABEL =
  /^(?:広告|PR|AD|Ads?|Advertisement|Sponsored|スポンサーリンク|スポンサー|广告|광고|Anzeige|Werbung|Publicidad|Publicité|シェア|Share|分享)?$/i;
/** Ads and share bars sit in label-only wrappers; other categories are removed as matched. */
/** The longest label WRAPPER_LABEL accepts, in text weight. */
const MAX_LABEL_WEIGHT = 30;
/** A wrapper with more of these than the block it wraps is content, not a label. */
const WRAPPER_MEDIA = ['img', 'video', 'iframe', 'picture'];
const WRAPPED_CATEGORIES = new Set(['ads', 'share']);

interface RuleMatcher {
  order: number;
  rule: SelectorRule;
  pred: (el: Element) => boolean;
}

const NAME_RULES = SELECTOR_RULES.map((rule, order) => ({
  order,
  rule,
  names: rule.names ? new RegExp(`-(?:${rule.names.split('|').map(escapeRe).join('|')})-`) : null,
})).filter((r) => r.names !== null);
/** Any rule's name word: most class names fail this one test. */
const ANY_NAME = new RegExp(NAME_RULES.map((r) => r.names!.source).join('|'));

/** CSS matchers indexed by the tag or attribute they require: each element tries only its own. */
const BY_TAG = new Map<string, RuleMatcher[]>();
const BY_ATTR = new Map<string, RuleMatcher[]>();
SELECTOR_RULES.forEach((rule, order) => {
  for (const src of rule.css?.split('|') ?? []) {
    const c = compileSelector(src);
    const index = c.tag ? BY_TAG : BY_ATTR;
    const key = (c.tag ?? c.attr)!;
    index.set(key, [...(index.get(key) ?? []), { order, rule, pred: c.pred }]);
  }
});

const nameKey = (token: string): string => '-' + token.split(WORD_SPLIT).join('-').toLowerCase() + '-';

/**
 * The name keys of a class attribute, or null when no rule's name word is among them. Pages
 * repeat the same class strings hundreds of times (list items, cards): each is split once per
 * page (the cache is cleared when it grows past CLASS_CACHE_MAX).
 */
const classCache = new Map<string, string[] | null>();
const CLASS_CACHE_MAX = 20_000;
function classKeys(cls: string): string[] | null {
  let keys = classCache.get(cls);
  if (keys !== undefined) return keys;
  const all: string[] = [];
  for (const token of cls.split(/\s+/)) if (token) all.push(nameKey(token));
  keys = all.some((k) => ANY_NAME.test(k)) ? all : null;
  if (classCache.size >= CLASS_CACHE_MAX) classCache.clear();
  classCache.set(cls, keys);
  return keys;
}

/** The name keys of `el`'s class and id that some rule's name word matches (empty: none). */
function nameKeys(el: Element, names: string[]): string[] {
  const keys: string[] = [];
  if (names.includes('class')) keys.push(...(classKeys(el.getAttribute('class') ?? '') ?? []));
  if (names.includes('id')) {
    const k = nameKey(el.getAttribute('id') ?? '');
    if (ANY_NAME.test(k)) keys.push(k);
  }
  return keys;
}

/** The earliest (table order) matcher of `list` that accepts `el`, or `best` when none comes before it. */
function earliest(list: RuleMatcher[] | undefined, el: Element, phase: 'pre' | 'post', best: RuleMatcher | null): RuleMatcher | null {
  if (!list) return best;
  for (const m of list) {
    if (best && m.order >= best.order) continue;
    if (m.rule.phase && m.rule.phase !== phase) continue;
    if (m.pred(el)) best = m;
  }
  return best;
}

/** The first rule (table order) matching `el`. */
export function ruleFor(el: Element, phase: 'pre' | 'post'): SelectorRule | null {
  const attrs = el.getAttributeNames();
  let best = earliest(BY_TAG.get(el.tagName), el, phase, null);
  for (const a of attrs) best = earliest(BY_ATTR.get(a), el, phase, best);
  const keys = attrs.length ? nameKeys(el, attrs) : [];
  if (keys.length) {
    for (const r of NAME_RULES) {
      if ((best && r.order >= best.order) || (r.rule.phase && r.rule.phase !== phase)) continue;
      if (keys.some((k) => r.names!.test(k))) {
        best = { order: r.order, rule: r.rule, pred: () => true };
        break;
      }
    }
  }
  return best?.rule ?? null;
}

/** Climbs from an ad slot or share bar to its wrapper while the wrapper holds only a label. */
export function expandToWrapper(pass: Pass, el: Element): Element {
  let cur = el;
  for (let p = cur.parentElement; p && p !== pass.root && pass.removable(p); p = p.parentElement) {
    // stats first: reading textContent of every ancestor up to a big wrapper is slow
    if (pass.stats(p).total - pass.stats(cur).total > MAX_LABEL_WEIGHT) break;
    const rest = collapseSpace(p.textContent ?? '').replace(collapseSpace(cur.textContent ?? ''), '').trim();
    if (!WRAPPER_LABEL.test(rest)) break;
    if (countTags(p, WRAPPER_MEDIA) > countTags(cur, WRAPPER_MEDIA)) break;
    cur = p;
  }
  return cur;
}

export interface SelectorMatch {
  el: Element;
  rule: SelectorRule;
}

/** Classifies every element under the root once; returns the matches in document order. */
export function findSelectorMatches(pass: Pass): SelectorMatch[] {
  const out: SelectorMatch[] = [];
  for (const el of pass.all) {
    if (!pass.alive(el)) continue;
    const rule = ruleFor(el, pass.phase);
    if (rule) out.push({ el, rule });
  }
  return out;
}

/** Applies the matches of one stage (0 = specific rules, 1/2 = late); outer blocks first. */
export function applySelectorRules(pass: Pass, matches: SelectorMatch[], stage: 0 | 1 | 2): boolean {
  let removed = false;
  for (const { el, rule } of matches) {
    if ((rule.late ?? 0) !== stage || !pass.removable(el)) continue;
    const target = WRAPPED_CATEGORIES.has(rule.category) ? expandToWrapper(pass, el) : el;
    const m = pass.stats(target);
    if (m.total === 0 && !hasTag(target, MEDIA_TAGS, true)) continue;
    if (!fitsShape(m, rule.shape, pass.phase)) continue;
    // A heading without a link is no menu, whatever its name: a subheading's id is often its
    // anchor in the page's table of contents (heise: h3#nav_nur_die_folie__1 "Nur die Folie bleibt
    // zurück", taken by menu-block's `nav`), and a restaurant review's "Menu" is a section.
    if (rule.shape === 'list' && RE_HEADING_TAG.test(target.tagName) && m.links === 0) continue;
    removed = pass.remove(target, rule.category, rule.id) || removed;
  }
  return removed;
}
