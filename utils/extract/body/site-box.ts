/**
 * The publisher's own box after the story: a heading that names the site, then a line or two
 * about it (an address, a sales pitch, its member institutions). Read by structure: it is the
 * last heading of the article, it names the site (og:site_name or the address's domain name), and
 * only a few short blocks follow it. Seen on trafilatura-dev (tuned pages): rent-a-salesman's
 * `#sp-bottom` "RENT A SALESMAN®" over its street address, energiehoch3's page card "Gut versorgt
 * mit energiehoch3" over a supplier pitch, psl.eu's "Université PSL" over its member schools.
 */
import type { Removal } from '../types';
import { foldSpace } from '../fold-space';
import { elementsByTags } from '../declutter/dom';
import { domainStem } from '../../text/domain-stem';

/** The blocks read from the end: the heading and what follows it. */
const BLOCK_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'div', 'blockquote'];
/** At most this many blocks, this many characters, after the heading. */
const MAX_AFTER_BLOCKS = 2;
const MAX_AFTER_CHARS = 700;
/** A heading of a few words: the site's name with a word or two beside it. */
const MAX_HEADING_WORDS = 6;
/** The story before the box: at least this many characters of text. */
const MIN_STORY_CHARS = 600;
/** A name shorter than this matches too many words ("ap", "tz"). */
const MIN_NAME_CHARS = 3;

const fold = (text: string): string =>
  foldSpace(text.replace(/[®™©]/g, ' ').replace(/[-_.]/g, ' '))
    .toLowerCase()
    .trim();

/** The names a page calls its site by: its declared site name and its domain name. */
export function siteNames(siteName: string | null, url: string | null): string[] {
  const out: string[] = [];
  if (siteName) out.push(fold(siteName));
  try {
    if (url) out.push(fold(domainStem(new URL(url).hostname.toLowerCase())));
  } catch {
    // not a URL: the declared name alone
  }
  return [...new Set(out)].filter((n) => n.length >= MIN_NAME_CHARS);
}

/** A block that is a heading: an h2–h6, or a paragraph whose whole text is bold. */
function isHeading(el: Element, text: string): boolean {
  if (/^H[2-6]$/.test(el.tagName)) return true;
  if (el.tagName !== 'P' || el.children.length !== 1 || !/^(?:B|STRONG)$/.test(el.firstElementChild!.tagName)) return false;
  return foldSpace(el.firstElementChild!.textContent ?? '') === text;
}

const namesSite = (text: string, names: string[]): boolean => {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return names.some((n) => t.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
};

export function removeSiteBox(article: Element, names: string[]): Removal[] {
  if (!names.length) return [];
  const blocks = elementsByTags(article, BLOCK_TAGS);
  // from the end: the deepest blocks come last in document order; a box holding blocks already
  // read is skipped (its text is theirs)
  const read: Element[] = [];
  let afterChars = 0;
  for (let i = blocks.length - 1; i >= 0 && read.length <= MAX_AFTER_BLOCKS; i--) {
    const el = blocks[i];
    if (read.some((r) => el.contains(r))) continue;
    const text = foldSpace(el.textContent ?? '');
    if (!text) continue;
    if (el.querySelector('img, table, figure, video, iframe')) return [];
    if (read.length > 0 && isHeading(el, text) && text.split(' ').length <= MAX_HEADING_WORDS && namesSite(text, names)) {
      const box = [el, ...read.reverse()];
      const boxText = box.map((b) => foldSpace(b.textContent ?? '')).join(' ');
      if (foldSpace(article.textContent ?? '').length - boxText.length < MIN_STORY_CHARS) return [];
      const removal: Removal = { category: 'footer', rule: 'extract-site-box', text: boxText, html: box.map((b) => b.outerHTML).join('') };
      for (const b of box) b.remove();
      return [removal];
    }
    read.push(el);
    afterChars += text.length;
    if (afterChars > MAX_AFTER_CHARS) return [];
  }
  return [];
}
