/**
 * Export and import for the library page (it has a DOM: the sanitizer and Markdown conversion
 * need one). Export can carry the photos (base64, issue #13). Import checks the whole file
 * first, re-sanitizes every article, then sends the records (and their photos) to the background
 * writer in small batches, which sanitizes them once more; it never overwrites.
 */
import { sanitizeArticleHtml } from '../../utils/sanitize/sanitize';
import { buildExport, toMarkdown, toStandaloneHtml, type ExportedArticle, type LibraryExport } from '../../utils/library/export';
import { checkImport, type ImportedArticle } from '../../utils/library/import';
import { importBatch } from '../../utils/library/client';
import { loadArticlesWithPositions, loadIndex } from '../../utils/library/read';
import { loadArticleImages } from '../../utils/library/image-store';
import { blobToBase64 } from '../../utils/library/image-transfer';
import type { ArticleRecord, ImportReport } from '../../utils/library/schema';
import type { ImportedImage } from '../../utils/library/messages';

/** Articles per import message, and the base64 bytes of photos one message may carry. */
const IMPORT_BATCH = 25;
const IMPORT_BATCH_IMAGE_CHARS = 16 * 1024 * 1024;
const win = window as Window & typeof globalThis;

/** An article's stored photos as export entries (base64), in the order the record lists them. */
async function exportedImages(r: ArticleRecord): Promise<ImportedImage[]> {
  if (!r.images?.some((i) => i.stored)) return [];
  const stored = await loadArticleImages(r.id).catch(() => new Map());
  const out: ImportedImage[] = [];
  for (const info of r.images) {
    const im = stored.get(info.url);
    if (im) out.push({ url: info.url, type: im.blob.type || 'image/jpeg', data: await blobToBase64(im.blob), width: im.width, height: im.height });
  }
  return out;
}

export async function exportLibrary(opts: { images: boolean } = { images: true }): Promise<LibraryExport> {
  const saved = await loadArticlesWithPositions(await loadIndex());
  const articles: ExportedArticle[] = [];
  for (const { record, entry, position } of saved) {
    const a: ExportedArticle = { ...record, read: entry.read, position };
    if (opts.images) {
      const data = await exportedImages(record);
      if (data.length) a.imageData = data;
    }
    articles.push(a);
  }
  return buildExport(articles);
}

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const parseInert = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80) || 'article';

export const articleMarkdown = (r: ArticleRecord) => toMarkdown(r, parseInert);

/** A standalone HTML file; the stored photos go inside it (data: URLs), so it reads offline too. */
export async function articleHtml(r: ArticleRecord): Promise<string> {
  const photos = await exportedImages(r);
  const inline = new Map(photos.map((p) => [p.url, `data:${p.type};base64,${p.data}`]));
  return toStandaloneHtml(
    {
      ...r,
      html: sanitizeArticleHtml(r.html, { window: win, baseUrl: r.url }),
      pages: (r.pages ?? []).map((p) => ({ url: p.url, html: sanitizeArticleHtml(p.html, { window: win, baseUrl: p.url }) })),
    },
    parseInert,
    inline,
  );
}
export const fileNameFor = (r: ArticleRecord, ext: string) => `${safeName(r.title)}.${ext}`;

/** Batches of at most IMPORT_BATCH articles and IMPORT_BATCH_IMAGE_CHARS of photos. */
function batches(list: ImportedArticle[]): ImportedArticle[][] {
  const out: ImportedArticle[][] = [];
  let cur: ImportedArticle[] = [];
  let chars = 0;
  for (const a of list) {
    const size = a.images.reduce((n, im) => n + im.data.length, 0);
    if (cur.length && (cur.length >= IMPORT_BATCH || chars + size > IMPORT_BATCH_IMAGE_CHARS)) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
    cur.push(a);
    chars += size;
  }
  if (cur.length) out.push(cur);
  return out;
}

export async function importLibrary(text: string): Promise<ImportReport> {
  const check = checkImport(text, (html, baseUrl) => sanitizeArticleHtml(html, { window: win, baseUrl }));
  if (!check.ok) return { ok: false, added: 0, skipped: 0, rejected: 0, errors: [check.error] };
  const report: ImportReport = { ok: true, added: 0, skipped: 0, rejected: check.rejected.length, errors: [...check.rejected] };
  for (const batch of batches(check.articles)) {
    const r = await importBatch(
      batch.map((a) => a.record),
      batch.map((a) => a.read),
      batch.map((a) => a.images),
    );
    report.added += r.added;
    report.skipped += r.skipped;
    report.rejected += r.rejected;
    report.errors.push(...r.errors);
    if (!r.ok) {
      report.ok = false;
      break;
    }
  }
  return report;
}
