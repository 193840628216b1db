/**
 * Pictures with a caption written as a plain paragraph (`<div><p><img></p><p>引用:NPR</p></div>`,
 * the seed's dense markup and many CMS templates) become <figure> + <figcaption>, so the
 * caption is shown as one and kept out of the reading text like any other caption.
 */

/** Longer than this, the text after a picture is a paragraph of the story, not its caption. */
const MAX_CAPTION_CHARS = 120;
/** …unless the box says it is a picture box (CTV News: div.image with a 230-character caption), or the caption says it is one (l-mag: strong.caption). */
const MAX_BOXED_CAPTION_CHARS = 400;
const RE_PICTURE_BOX = /image|photo|picture|figure|media|img|visual/i;
const RE_CAPTION_CLASS = /caption|credit|photo-?(?:text|desc)|img-?text/i;
const CAPTION_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'CITE']);
/**
 * Lines after the caption that the page also calls caption or credit: a description and its
 * source in two elements (trafilatura-dev: p.media__caption--description + p.media__caption--source,
 * span.caption + span.credits "DCV / Oppitz"). They join the figcaption, or the credit would be
 * read as a line of the story.
 */
const FOLLOWING_CAPTION_TAGS = new Set([...CAPTION_TAGS, 'STRONG', 'B']);
const RE_FOLLOWING_CAPTION_CLASS = /caption|credit|copyright|photographer/i;

/** The highest ancestor of `img` (below `stop`) that holds nothing but the picture. */
function pictureBox(img: Element, stop: Element): Element {
  let box = img;
  for (let up = img.parentElement; up && up !== stop; up = up.parentElement) {
    if (up.children.length !== 1 || (up.textContent ?? '').trim()) break;
    box = up;
  }
  return box;
}

/** Moves the caption-classed short lines right after `fig` into its caption, one space apart. */
function absorbCaptionLines(fig: Element, fc: Element): void {
  let length = (fc.textContent ?? '').trim().length;
  for (let next = fig.nextElementSibling; next; next = fig.nextElementSibling) {
    const text = (next.textContent ?? '').trim();
    if (!FOLLOWING_CAPTION_TAGS.has(next.tagName) || !RE_FOLLOWING_CAPTION_CLASS.test(next.getAttribute('class') ?? '')) return;
    if (next.querySelector('img, p, div, li, table') || length + text.length > MAX_BOXED_CAPTION_CHARS) return;
    length += text.length;
    fc.appendChild(fig.ownerDocument.createTextNode(' '));
    while (next.firstChild) fc.appendChild(next.firstChild);
    next.remove();
  }
}

/**
 * The caption written as bare text after a line break in the picture's own box: `<div
 * class="newsBeitragsbild"><a><img></a><br>Wildvogelstation Ferlemann in Dortmund</div>`
 * (trafilatura-dev tierschutzpartei, a WordPress theme's post picture). Only when the box holds the
 * picture, the breaks and that text alone, and the text is a caption's: short, and either without a
 * sentence end or in a box its class calls a picture box (a one-line paragraph of the story under
 * an inline picture ends with its full stop).
 */
/** Boxes a picture and its bare-text caption may share. */
// (Readability turns a div of phrasing content into a p: tierschutzpartei's box reaches here as one)
const BARE_CAPTION_BOX = new Set(['DIV', 'P', 'SECTION', 'TD']);
const INLINE_OR_P = 'p, b, strong, i, em, span, a, font, u, small';

function bareTextCaption(box: Element, wrapper: Element, article: Element): Node[] | null {
  // a block box only: a figure inside a <b> is broken markup (alternatives-economiques'
  // price lines "<b>… <a><img></a><br> 6,90 euros</b>", trafilatura-dev, tuned)
  if (wrapper === article || !BARE_CAPTION_BOX.has(wrapper.tagName) || box.nextElementSibling?.tagName !== 'BR') return null;
  // …nor in a box inside running text (Readability makes a <p> of a "<br><br>" run inside a <b>)
  const inline = wrapper.parentElement?.closest(INLINE_OR_P);
  if (inline && article.contains(inline)) return null;
  const after: Node[] = [];
  for (let n = box.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName !== 'BR') return null;
    if (n.nodeType === 3 || n.nodeType === 1) after.push(n);
  }
  for (let n = box.previousSibling; n; n = n.previousSibling) if (n.nodeType === 1 || (n.textContent ?? '').trim()) return null;
  const text = after.map((n) => n.textContent ?? '').join('').trim();
  if (!text || text.length > MAX_CAPTION_CHARS) return null;
  if (/[.!?。]["”»)]*$/u.test(text) && !RE_PICTURE_BOX.test(wrapper.getAttribute('class') ?? '')) return null;
  return after;
}

export function captionsToFigures(article: Element): number {
  let made = 0;
  for (const img of [...article.querySelectorAll('img')]) {
    if (img.closest('figure') || !article.contains(img)) continue;
    const box = pictureBox(img, article);
    const wrapper = box.parentElement;
    const bare = wrapper ? bareTextCaption(box, wrapper, article) : null;
    if (wrapper && bare) {
      const doc = article.ownerDocument;
      const fig = doc.createElement('figure');
      const fc = doc.createElement('figcaption');
      wrapper.insertBefore(fig, box);
      fig.appendChild(box);
      for (const n of bare) {
        if (n.nodeType === 3) fc.appendChild(n);
        else n.parentNode?.removeChild(n);
      }
      fc.textContent = (fc.textContent ?? '').trim();
      fig.appendChild(fc);
      made++;
      continue;
    }
    const cap = box.nextElementSibling;
    if (!wrapper || !cap || cap.querySelector('img, p, div, li, table')) continue;
    const classed = RE_CAPTION_CLASS.test(cap.getAttribute('class') ?? '');
    // bold captions only when the page names them (l-mag: strong.caption under the picture)
    if (!CAPTION_TAGS.has(cap.tagName) && !(classed && FOLLOWING_CAPTION_TAGS.has(cap.tagName))) continue;
    const text = (cap.textContent ?? '').trim();
    const boxed = RE_PICTURE_BOX.test(wrapper.getAttribute('class') ?? '');
    if (!text || text.length > (boxed || classed ? MAX_BOXED_CAPTION_CHARS : MAX_CAPTION_CHARS)) continue;
    // Only the picture and its caption in their box, or a caption the page calls one.
    const alone = wrapper !== article && wrapper.children.length === 2 && !(wrapper.textContent ?? '').replace(cap.textContent ?? '', '').trim();
    if (!alone && !classed) continue;
    const doc = article.ownerDocument;
    const fig = doc.createElement('figure');
    const fc = doc.createElement('figcaption');
    wrapper.insertBefore(fig, box);
    fig.appendChild(box);
    while (cap.firstChild) fc.appendChild(cap.firstChild);
    cap.remove();
    fig.appendChild(fc);
    absorbCaptionLines(fig, fc);
    made++;
  }
  return made;
}
