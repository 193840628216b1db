/**
 * The lead image: the picture between the headline and the body (with its caption and photo
 * credit), which Readability often leaves out because it sits outside the body container.
 * Found on the clone before Readability mutates it, put back after if the article lacks it.
 */
import { resolveLazyImage } from '../body/lazy-images';
import { resolveUrl } from './metadata';

/** Elements scanned after the headline before giving up (header rows, share bars, dates…). */
const MAX_SCAN_ELEMENTS = 80;
/** Text (chars) seen after the headline beyond which a picture is in the body, not the lead. */
const MAX_TEXT_BEFORE_LEAD = 400;
/** Images declared this small (icons, avatars, tracking pixels) are never the lead picture. */
const MIN_LEAD_SIDE = 100;
/** Declared this wide, a picture outside <figure> may be the lead one (else icons, QR codes…). */
const MIN_UNBOXED_LEAD_WIDTH = 300;
/** File names of page furniture: logos, icons, QR/WeChat codes (新华网 wx.png), share buttons. */
const RE_FURNITURE_SRC = /(?:^|[/_.-])(?:logo|icon|qr|qrcode|wx|weixin|wechat|share|btn|button|avatar|sprite|badge|banner|spacer)[^/]*$/i;
const RE_CAPTION_CLASS = /caption|credit|photo-?text|figcaption|cap(?:tion)?-?text|image-?text|photo-?desc/i;

function declaredTooSmall(img: Element): boolean {
  const w = parseInt(img.getAttribute('width') ?? '', 10);
  const h = parseInt(img.getAttribute('height') ?? '', 10);
  return (w > 0 && w < MIN_LEAD_SIDE) || (h > 0 && h < MIN_LEAD_SIDE);
}

function fileKey(src: string | null): string | null {
  if (!src) return null;
  const m = /([^/?#]+?)(?:\.\w{2,5})?(?:[?#].*)?$/.exec(src);
  return m ? m[1].toLowerCase() : null;
}

/** The figure-like box around a lead <img>: <figure>, or a small wrapper holding a caption. */
function leadBox(img: Element): Element {
  const fig = img.closest('figure');
  if (fig) return fig;
  let box: Element = img;
  for (let up = img.parentElement, i = 0; up && i < 3; up = up.parentElement, i++) {
    if (up.querySelectorAll('img').length > 1 || (up.textContent ?? '').length > 300) break;
    box = up;
    if (up.querySelector('figcaption, [class*="caption" i], [class*="credit" i]')) break;
  }
  return box;
}

export interface LeadImage {
  /** a detached deep clone of the picture with its caption, ready to insert */
  box: Element;
  /** file-name keys of the picture, to tell whether the article already shows it */
  keys: string[];
  /** the picture's absolute URL (http/https), or null */
  src: string | null;
}

/** Looks for the lead picture after `headline` (in the unmutated clone). */
export function findLeadImage(headline: Element | null, ogImage: string | null): LeadImage | null {
  if (!headline) return null;
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  let seenText = 0;
  const ogKey = fileKey(ogImage);
  for (let i = 0; i < MAX_SCAN_ELEMENTS; i++) {
    const el = walker.nextNode() as Element | null;
    if (!el) break;
    if (headline.contains(el)) continue;
    if (el.tagName === 'P') seenText += (el.textContent ?? '').trim().length;
    if (seenText > MAX_TEXT_BEFORE_LEAD) break;
    if (el.tagName !== 'IMG' || declaredTooSmall(el) || el.closest('a[href] li, nav, header nav, aside')) continue;
    const probe = el.cloneNode(false) as Element;
    resolveLazyImage(probe);
    const src = probe.getAttribute('src');
    if (!src || /^data:/i.test(src) || RE_FURNITURE_SRC.test(src.split(/[?#]/)[0])) continue;
    // Outside a <figure>/<picture>, only the page's declared share image or a wide picture.
    const boxed = !!el.closest('figure, picture');
    const wide = parseInt(el.getAttribute('width') ?? '', 10) >= MIN_UNBOXED_LEAD_WIDTH;
    if (!boxed && !wide && !(ogKey && fileKey(src) === ogKey)) continue;
    const box = leadBox(el).cloneNode(true) as Element;
    for (const im of box.querySelectorAll('img')) resolveLazyImage(im);
    if (box.tagName === 'IMG') resolveLazyImage(box);
    const keys = [fileKey(src), ogKey].filter((k): k is string => !!k);
    return { box, keys, src: resolveUrl(src, doc.baseURI) };
  }
  return null;
}

/** Inserts the lead picture at the top of `article` unless the article already shows it. */
export function restoreLeadImage(article: Element, lead: LeadImage | null): boolean {
  if (!lead) return false;
  const shown = new Set<string>();
  for (const img of article.querySelectorAll('img')) {
    const k = fileKey(img.getAttribute('src'));
    if (k) shown.add(k);
  }
  if (lead.keys.some((k) => shown.has(k))) return false;
  const doc = article.ownerDocument;
  let box = doc.importNode(lead.box, true) as Element;
  if (box.tagName !== 'FIGURE') {
    // Normalise to <figure> + <figcaption> so the reader and the text stage treat it alike.
    const fig = doc.createElement('figure');
    const img = box.tagName === 'IMG' ? box : box.querySelector('img');
    if (img) fig.appendChild(img);
    const cap = box.tagName === 'IMG' ? null : box;
    const capText = cap ? (cap.textContent ?? '').trim() : '';
    if (cap && capText) {
      const fc = doc.createElement('figcaption');
      for (const c of [...cap.querySelectorAll('*')].filter((e) => RE_CAPTION_CLASS.test(e.className) && !e.querySelector('*'))) {
        fc.appendChild(doc.createTextNode(`${fc.textContent ? ' ' : ''}${(c.textContent ?? '').trim()}`));
      }
      if (!fc.textContent) fc.textContent = capText;
      fig.appendChild(fc);
    }
    box = fig;
  }
  const container = article.firstElementChild && article.children.length === 1 && /^(?:DIV|SECTION|ARTICLE)$/.test(article.firstElementChild.tagName) ? article.firstElementChild : article;
  container.insertBefore(box, container.firstChild);
  return true;
}
