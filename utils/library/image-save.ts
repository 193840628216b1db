/**
 * Fetching the photos of an article being saved (issue #13): in reading order, a few at a time,
 * at most MAX_IMAGES and MAX_ARTICLE_BYTES in all. Every candidate gets an ImageInfo (stored, or
 * why not), so the saved page can say "photo not saved" where one is missing.
 */
import type { ImageInfo } from './schema';
import type { ImageCandidate } from './image-candidates';
import { fetchImage, type FetchImageOptions } from './image-fetch';
import type { StoredImage } from './image-store';
import { MAX_ARTICLE_BYTES, MAX_IMAGES } from './image-limits';
/** Downloads in flight at once: a photo-heavy article, without flooding the site. */
const CONCURRENCY = 3;

export interface SavedImages {
  images: StoredImage[];
  infos: ImageInfo[];
}

export async function fetchArticleImages(candidates: ImageCandidate[], trackers: string[], opts: FetchImageOptions = {}): Promise<SavedImages> {
  const infos: ImageInfo[] = candidates.map((c) => ({ url: c.url, stored: false, ...(c.lead ? { lead: true } : {}) }));
  const results: (StoredImage | null)[] = candidates.map(() => null);
  // over the count: never fetched
  for (let i = MAX_IMAGES; i < candidates.length; i++) infos[i].reason = 'count';
  const todo = candidates.slice(0, MAX_IMAGES).map((c, i) => ({ c, i }));
  const worker = async () => {
    for (let job = todo.shift(); job; job = todo.shift()) {
      const r = await fetchImage(job.c.url, opts);
      if (r.ok) results[job.i] = { url: job.c.url, ...r.image };
      else infos[job.i].reason = r.reason;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // the byte budget in reading order, so the first photos of the article are the ones kept
  let used = 0;
  const images: StoredImage[] = [];
  results.forEach((im, i) => {
    if (!im) return;
    if (used + im.blob.size > MAX_ARTICLE_BYTES) {
      infos[i].reason = 'budget';
      return;
    }
    used += im.blob.size;
    images.push(im);
    Object.assign(infos[i], { stored: true, bytes: im.blob.size, width: im.width, height: im.height });
    delete infos[i].reason;
  });
  for (const url of trackers) infos.push({ url, stored: false, reason: 'tracker' });
  return { images, infos };
}
