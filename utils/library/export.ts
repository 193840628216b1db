/**
 * Exports: the whole library as versioned JSON (every stored field, plus read state and
 * reading position), and one article as Markdown or as a standalone HTML file.
 */
import type { ArticleRecord } from './schema';
import { LIBRARY_SCHEMA_VERSION } from './schema';

export const EXPORT_FORMAT = 'honbun-library';
export const EXPORT_VERSION = 1;

export interface ExportedArticle extends ArticleRecord {
  read: boolean;
  position: number;
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

/** A self-contained HTML file: no scripts allowed by its own CSP, images stay links to the original. */
export function toStandaloneHtml(r: ArticleRecord): string {
  const meta = [r.siteName ?? r.site, r.byline, r.publishedTime].filter(Boolean).map((s) => esc(String(s))).join(' · ');
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
${r.html}
</article>
</body>
</html>
`;
}

const INLINE: Record<string, [string, string]> = { STRONG: ['**', '**'], B: ['**', '**'], EM: ['*', '*'], I: ['*', '*'], CODE: ['`', '`'] };

function mdInline(n: Node): string {
  if (n.nodeType === 3) return (n.textContent ?? '').replace(/\s+/g, ' ');
  if (n.nodeType !== 1) return '';
  const el = n as Element;
  const inner = Array.from(el.childNodes).map(mdInline).join('');
  if (el.tagName === 'A') {
    const href = el.getAttribute('href');
    return href && /^https?:/i.test(href) ? `[${inner.trim()}](${href})` : inner;
  }
  if (el.tagName === 'IMG') return el.getAttribute('alt') ? `[${el.getAttribute('alt')}]` : '';
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

/** Markdown of one article; `doc` parses the stored (sanitized) HTML inertly. */
export function toMarkdown(r: ArticleRecord, parse: (html: string) => Document): string {
  const out: string[] = [`# ${r.title}`, [r.siteName ?? r.site, r.byline, r.publishedTime].filter(Boolean).join(' · '), `<${r.url}>`];
  const body = parse(r.html).body;
  for (const c of Array.from(body.children)) mdBlock(c, out);
  return out.filter((s) => s.trim()).join('\n\n') + '\n';
}
