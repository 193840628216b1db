/**
 * Photos in library exports (issue #13): base64 inside the JSON file, next to the article they
 * belong to (`imageData`), and the checks an imported one must pass before it is stored.
 */
import { httpUrl } from './validate';
import { MAX_IMAGE_BYTES, MAX_IMAGES } from './image-limits';
import type { ImportedImage } from './messages';

export type { ImportedImage } from './messages';

const IMAGE_TYPE = /^image\/(?:jpeg|png|gif|webp|avif)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;
const MAX_SIDE = 100_000;

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

export function base64ToBlob(data: string, type: string): Blob {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** An article's `imageData` from a file: only well-formed images, at most MAX_IMAGES. */
export function checkImportedImages(v: unknown): ImportedImage[] {
  if (!Array.isArray(v)) return [];
  const out: ImportedImage[] = [];
  const seen = new Set<string>();
  for (const x of v) {
    if (out.length >= MAX_IMAGES + 1) break;
    if (!x || typeof x !== 'object') continue;
    const o = x as Record<string, unknown>;
    const url = httpUrl(o.url);
    const type = typeof o.type === 'string' && IMAGE_TYPE.test(o.type) ? o.type : null;
    const data = typeof o.data === 'string' && o.data.length <= MAX_BASE64 && BASE64.test(o.data) ? o.data : null;
    const side = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= MAX_SIDE ? n : null);
    const width = side(o.width);
    const height = side(o.height);
    if (!url || !type || !data || !width || !height || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, type, data, width, height });
  }
  return out;
}
