/**
 * Exports: the whole library as versioned JSON (every stored field, plus read state, reading
 * position and, when asked, the stored photos as base64), and one article as Markdown or as a
 * standalone HTML file. Page text never becomes markup in either: titles and text are escaped
 * (issue #12 "Also": a title used to reach the Markdown file as raw HTML).
 */
import type { ArticleRecord } from './schema';
import { LIBRARY_SCHEMA_VERSION } from './schema';
import type { ImportedImage } from './messages';

export const EXPORT_FORMAT = 'honbun-library';
export const EXPORT_VERSION = 1;

export interface ExportedArticle extends ArticleRecord {
  read: boolean;
  position: number;
  /** the stored photos (export with images) */
  imageData?: ImportedImage[];
}

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  schemaVersion: number;
  exportedAt: number;
  articles: ExportedArticle[];
}

export function buildExport(articles: ExportedArticle[], now = Date.now()): LibraryExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, schemaVersion: LIBRARY_SCHEMA_VERSION, exportedAt: now, articles };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `html` (sanitized) with each stored photo's src swapped for its data: URL, parsed inertly. */
function inlinePhotos(html: string, parse: (html: string) => Document, inline: Map<string, string>): string {
  if (!inline.size || !html.includes('<img')) return html;
  const doc = parse(`<!doctype html><body>${html}`);
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const data = inline.get(img.getAttribute('src') ?? '');
    if (!data) continue;
    img.setAttribute('src', data);
    img.removeAttribute('srcset');
  }
  return doc.body.innerHTML;
}

/**
 * A self-contained HTML file: no scripts allowed by its own CSP; stored photos inside it as
 * data: URLs, the others links to the original. `r`'s HTML must be sanitized already.
 */
export function toStandaloneHtml(r: ArticleRecord, parse?: (html: string) => Document, inline: Map<string, string> = new Map()): string {
  const meta = [r.siteName ?? r.site, r.byline, r.publishedTime].filter(Boolean).map((s) => esc(String(s))).join(' · ');
  const body = (html: string) => (parse ? inlinePhotos(html, parse, inline) : html);
  const total = 1 + (r.pages?.length ?? 0);
  const later = (r.pages ?? []).map((p, i) => `<hr>\n<p><small>${i + 2} / ${total}</small></p>\n${body(p.html)}`).join('\n');
  return `<!doctype html>
<html lang="${esc(r.lang ?? '')}" dir="${esc(r.dir ?? 'auto')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)}</title>
<style>body{max-width:40em;margin:2em auto;padding:0 1em;font:18px/1.8 serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<header><h1>${esc(r.title)}</h1><p>${meta}</p><p><a href="${esc(r.url)}">${esc(r.url)}</a></p></header>
<article>
${body(r.html)}
${later}
</article>
</body>
</html>
`;
}

const INLINE: Record<string, [string, string]> = { STRONG: ['**', '**'], B: ['**', '**'], EM: ['*', '*'], I: ['*', '*'], CODE: ['`', '`'] };

/**
 * Page text in Markdown: HTML special characters as entities (Markdown renders raw HTML) and
 * Markdown's own punctuation escaped where it would start markup.
 */
export function mdText(s: string): string {
  return s
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string)
    .replace(/([\\`*_[\]])/g, '\\$1');
}

/** A link target Markdown cannot misread: http(s) only, in angle brackets, no spaces or brackets. */
function mdUrl(href: string): string {
  return `<${href.replace(/[\s<>]/g, encodeURIComponent)}>`;
}

function mdInline(n: Node): string {
  if (n.nodeType === 3) return mdText((n.textContent ?? '').replace(/\s+/g, ' '));
  if (n.nodeType !== 1) return '';
  const el = n as Element;
  const inner = Array.from(el.childNodes).map(mdInline).join('');
  if (el.tagName === 'A') {
    const href = el.getAttribute('href');
    return href && /^https?:/i.test(href) ? `[${inner.trim()}](${mdUrl(href)})` : inner;
  }
  if (el.tagName === 'IMG') return el.getAttribute('alt') ? `[${mdText(el.getAttribute('alt') ?? '')}]` : '';
  if (el.tagName === 'BR') return '  \n';
  if (el.tagName === 'RT' || el.tagName === 'RP') return '';
  const wrap = INLINE[el.tagName];
  return wrap && inner.trim() ? wrap[0] + inner.trim() + wrap[1] : inner;
}

function mdBlock(el: Element, out: string[]): void {
  const tag = el.tagName;
  const h = /^H([1-6])$/.exec(tag);
  if (h) out.push(`${'#'.repeat(Math.min(6, Number(h[1]) + 1))} ${mdInline(el).trim()}`);
  else if (tag === 'P' || tag === 'FIGCAPTION' || tag === 'PRE') out.push(mdInline(el).trim());
  else if (tag === 'BLOCKQUOTE') out.push(mdInline(el).trim().split('\n').map((l) => `> ${l}`).join('\n'));
  else if (tag === 'UL' || tag === 'OL')
    out.push(Array.from(el.children).map((li, i) => `${tag === 'OL' ? `${i + 1}.` : '-'} ${mdInline(li).trim()}`).join('\n'));
  else if (el.children.length) for (const c of Array.from(el.children)) mdBlock(c, out);
  else if (el.textContent?.trim()) out.push(mdInline(el).trim());
}

/** Markdown of one article (all its pages); `parse` parses the stored (sanitized) HTML inertly. */
export function toMarkdown(r: ArticleRecord, parse: (html: string) => Document): string {
  const meta = [r.siteName ?? r.site, r.byline, r.publishedTime].filter((x): x is string => !!x).map(mdText).join(' · ');
  const out: string[] = [`# ${mdText(r.title)}`, meta, mdUrl(r.url)];
  const total = 1 + (r.pages?.length ?? 0);
  [r.html, ...(r.pages ?? []).map((p) => p.html)].forEach((html, i) => {
    if (i > 0) out.push('---', `*${i + 1} / ${total}*`);
    for (const c of Array.from(parse(html).body.children)) mdBlock(c, out);
  });
  return out.filter((s) => s.trim()).join('\n\n') + '\n';
}
