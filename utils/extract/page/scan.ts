/**
 * One walk over the page collecting everything the metadata and extract stages look up.
 * Under jsdom every querySelector costs a walk of its own (10–60 ms on a big news page, more
 * with case-insensitive attribute selectors), so a dozen lookups cost more than Readability;
 * one TreeWalker pass costs about one. Read-only.
 */
import { decodeLiteralEntities } from '../../text/literal-entities';
import { RE_PAYWALL_CLASS } from '../constants';

/** Class/id words of headline boxes on pages without a usable h1 (新华网 .h-title). */
const RE_TITLE_CLASS = /title|headline/i;
/** Caps: enough for any real page, bounded for hostile ones. */
const MAX_TITLE_BOXES = 300;
const MAX_SAMPLE_PARAGRAPHS = 40;

export interface PageScan {
  /** meta name/property/itemprop/http-equiv (lower-cased) → first non-empty content */
  metas: Map<string, string>;
  /** texts of <script type="application/ld+json"> */
  ldTexts: string[];
  /** h1 and [itemprop=headline], document order */
  headlines: Element[];
  /** h2 and elements whose class or id says title/headline (second-choice headline boxes) */
  titleBoxes: Element[];
  canonical: string | null;
  relNext: string | null;
  /** text of the first paragraphs, for guessing the language before extraction */
  sample: string;
  /** datetime of the first <time datetime> inside article/main, or with pubdate */
  timeDatetime: string | null;
  itemprop: { published: string | null; modified: string | null };
  /** an element whose class/id names a paywall (and that holds text) */
  paywallBox: boolean;
  anchors: Element[];
}

function isInArticle(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (e.tagName === 'ARTICLE' || e.tagName === 'MAIN') return true;
  return false;
}

/** Item types that are works of their own: a cited paper, a review, a comment. */
const RE_WORK_TYPE = /(?:Article|CreativeWork|Review|Comment|Book|Posting|Chapter|Thesis|Report)$/i;

/**
 * The element's nearest microdata item is another work nested in the page's (a citation, a
 * review), not the page's own item (itemprop="mainEntity") nor a person or organisation whose box
 * a CMS put the page's date in (Washington Examiner's byline box holds datePublished).
 */
function inNestedItem(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (!a.hasAttribute('itemscope')) continue;
    const prop = a.getAttribute('itemprop');
    return !!prop && !/^mainEntity/i.test(prop) && RE_WORK_TYPE.test(a.getAttribute('itemtype') ?? '');
  }
  return false;
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    metas: new Map(),
    ldTexts: [],
    headlines: [],
    titleBoxes: [],
    canonical: null,
    relNext: null,
    sample: '',
    timeDatetime: null,
    itemprop: { published: null, modified: null },
    paywallBox: false,
    anchors: [],
  };
  let paragraphs = 0;
  const root = doc.documentElement;
  if (!root) return scan;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const el = node as Element;
    const tag = el.tagName;
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    const itemprop = el.getAttribute('itemprop');
    switch (tag) {
      case 'META': {
        const named = el.getAttribute('property') || el.getAttribute('name');
        // microdata of an item nested in another (Springer's references: <li itemprop="citation"
        // itemscope> holding <meta itemprop="author">) describes that item, not the page
        if (!named && itemprop && inNestedItem(el)) continue;
        const key = (named || itemprop || el.getAttribute('http-equiv') || '').toLowerCase();
        const content = el.getAttribute('content')?.trim();
        if (key && content && !scan.metas.has(key)) scan.metas.set(key, decodeLiteralEntities(content));
        continue;
      }
      case 'SCRIPT':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') scan.ldTexts.push(el.textContent ?? '');
        continue;
      case 'LINK': {
        const rel = ` ${(el.getAttribute('rel') ?? '').toLowerCase()} `;
        if (!scan.canonical && rel.includes(' canonical ')) scan.canonical = el.getAttribute('href');
        if (!scan.relNext && rel.includes(' next ')) scan.relNext = el.getAttribute('href');
        continue;
      }
      case 'A':
        if (el.hasAttribute('href')) {
          scan.anchors.push(el);
          if (!scan.relNext && ` ${(el.getAttribute('rel') ?? '').toLowerCase()} `.includes(' next ')) scan.relNext = el.getAttribute('href');
        }
        break;
      case 'P':
        if (paragraphs++ < MAX_SAMPLE_PARAGRAPHS) scan.sample += `${el.textContent ?? ''} `;
        break;
      case 'TIME':
        if (!scan.timeDatetime && el.hasAttribute('datetime') && (el.hasAttribute('pubdate') || isInArticle(el))) scan.timeDatetime = el.getAttribute('datetime');
        break;
    }
    if (tag === 'H1' || itemprop === 'headline') scan.headlines.push(el);
    else if (scan.titleBoxes.length < MAX_TITLE_BOXES && (tag === 'H2' || RE_TITLE_CLASS.test(cls) || RE_TITLE_CLASS.test(id))) scan.titleBoxes.push(el);
    if (itemprop === 'datePublished' && !scan.itemprop.published) scan.itemprop.published = el.getAttribute('datetime') ?? el.getAttribute('content');
    if (itemprop === 'dateModified' && !scan.itemprop.modified) scan.itemprop.modified = el.getAttribute('datetime') ?? el.getAttribute('content');
    if (!scan.paywallBox && (cls || id) && RE_PAYWALL_CLASS.test(`${cls} ${id}`) && (el.textContent ?? '').trim()) scan.paywallBox = true;
  }
  return scan;
}
