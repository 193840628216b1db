/**
 * One photo for a saved article: fetched without cookies or referrer, decoded to check it is an
 * image and not a pixel, and re-encoded down to MAX_WIDTH when wider (OffscreenCanvas; WebP, or
 * JPEG where the browser cannot encode WebP). Runs in the background (Chrome's service worker,
 * Firefox's background page): no DOM needed.
 */
import { MAX_IMAGE_BYTES, MAX_WIDTH, PIXEL_MAX_SIDE } from './image-limits';
const ENCODE_QUALITY = 0.85;
const FETCH_TIMEOUT_MS = 20_000;

export interface PreparedImage {
  blob: Blob;
  width: number;
  height: number;
}

export type ImageOutcome = { ok: true; image: PreparedImage } | { ok: false; reason: 'failed' | 'not-image' | 'too-large' | 'tracker' };

export interface ImageCodec {
  /** decoded size (and a handle to draw it) */
  decode(blob: Blob): Promise<{ width: number; height: number; bitmap: ImageBitmap | null }>;
  /** the bitmap drawn at `width`×`height`, encoded */
  encode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob>;
}

/** The browser's own codec: createImageBitmap and OffscreenCanvas. */
export const browserCodec: ImageCodec = {
  async decode(blob) {
    const bitmap = await createImageBitmap(blob);
    return { width: bitmap.width, height: bitmap.height, bitmap };
  },
  async encode(bitmap, width, height) {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    const webp = await canvas.convertToBlob({ type: 'image/webp', quality: ENCODE_QUALITY });
    // an encoder that lacks WebP answers with PNG: use JPEG then, far smaller for photos
    return webp.type === 'image/webp' ? webp : canvas.convertToBlob({ type: 'image/jpeg', quality: ENCODE_QUALITY });
  },
};

export interface FetchImageOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  codec?: ImageCodec;
}

export async function fetchImage(url: string, opts: FetchImageOptions = {}): Promise<ImageOutcome> {
  const codec = opts.codec ?? browserCodec;
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let blob: Blob;
  try {
    const res = await (opts.fetch ?? fetch)(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache', signal });
    if (!res.ok) return { ok: false, reason: 'failed' };
    const type = res.headers.get('content-type') ?? '';
    if (type && !/^image\//i.test(type)) return { ok: false, reason: 'not-image' };
    if (Number(res.headers.get('content-length')) > MAX_IMAGE_BYTES) return { ok: false, reason: 'too-large' };
    blob = await res.blob();
  } catch {
    return { ok: false, reason: 'failed' };
  }
  if (blob.size > MAX_IMAGE_BYTES) return { ok: false, reason: 'too-large' };
  let decoded: Awaited<ReturnType<ImageCodec['decode']>>;
  try {
    decoded = await codec.decode(blob);
  } catch {
    return { ok: false, reason: 'not-image' };
  }
  const { width, height, bitmap } = decoded;
  try {
    if (width <= PIXEL_MAX_SIDE && height <= PIXEL_MAX_SIDE) return { ok: false, reason: 'tracker' };
    if (width <= MAX_WIDTH || !bitmap) return { ok: true, image: { blob, width, height } };
    const h = Math.max(1, Math.round((height * MAX_WIDTH) / width));
    const small = await codec.encode(bitmap, MAX_WIDTH, h);
    return { ok: true, image: { blob: small, width: MAX_WIDTH, height: h } };
  } catch {
    return { ok: false, reason: 'failed' };
  } finally {
    bitmap?.close();
  }
}
