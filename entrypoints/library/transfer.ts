/**
 * Export and import for the library page (it has a DOM: the sanitizer and Markdown conversion
 * need one). Import checks the whole file first, re-sanitizes every article, then sends the
 * records to the background writer in small batches; it never overwrites.
 */
import { sanitizeArticleHtml } from '../../utils/sanitize/sanitize';
import { buildExport, toMarkdown, toStandaloneHtml, type ExportedArticle, type LibraryExport } from '../../utils/library/export';
import { checkImport } from '../../utils/library/import';
import { importBatch } from '../../utils/library/client';
import { loadArticlesWithPositions, loadIndex } from '../../utils/library/read';
import type { ArticleRecord, ImportReport } from '../../utils/library/schema';

const IMPORT_BATCH = 25;
const win = window as Window & typeof globalThis;

export async function exportLibrary(): Promise<LibraryExport> {
  const saved = await loadArticlesWithPositions(await loadIndex());
  const articles: ExportedArticle[] = saved.map(({ record, entry, position }) => ({ ...record, read: entry.read, position }));
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
export const articleHtml = (r: ArticleRecord) =>
  toStandaloneHtml({ ...r, html: sanitizeArticleHtml(r.html, { window: win, baseUrl: r.url }) });
export const fileNameFor = (r: ArticleRecord, ext: string) => `${safeName(r.title)}.${ext}`;

export async function importLibrary(text: string): Promise<ImportReport> {
  const check = checkImport(text, (html, baseUrl) => sanitizeArticleHtml(html, { window: win, baseUrl }));
  if (!check.ok) return { ok: false, added: 0, skipped: 0, rejected: 0, errors: [check.error] };
  const report: ImportReport = { ok: true, added: 0, skipped: 0, rejected: check.rejected.length, errors: [...check.rejected] };
  for (let i = 0; i < check.articles.length; i += IMPORT_BATCH) {
    const batch = check.articles.slice(i, i + IMPORT_BATCH);
    const r = await importBatch(
      batch.map((a) => a.record),
      batch.map((a) => a.read),
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
