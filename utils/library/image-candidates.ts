/**
 * Which photos Save keeps (issue #13): every <img> of the saved article's sanitized bodies, in
 * reading order, and the lead picture; never a tracking pixel. Runs where there is a DOM (the
 * offscreen document, Firefox's background page, jsdom); the list goes to the background, which
 * fetches, shrinks and stores them.
 */
import { TRACKING_PIXEL_URLS } from '../sanitize/profile';
import { PIXEL_MAX_SIDE } from './image-limits';

/**
 * Beacon hosts and paths beyond the sanitizer's own list (utils/sanitize/profile.ts), from the
 * EasyPrivacy list's image-beacon entries that appear on news sites. Each names where it is seen:
 */
const BEACONS: readonly RegExp[] = [
  /^https?:\/\/[^/]*\.(?:imrworldwide|nielsen)\.com\//i, // Nielsen DCR (Asahi, Nikkei, US broadcasters)
  /^https?:\/\/(?:bat\.bing|px\.ads\.linkedin|ct\.pinterest|analytics\.twitter)\.com\//i, // ad-network conversion pixels
  /^https?:\/\/t\.co\/i\/adsct/i, // X/Twitter ads pixel
  /^https?:\/\/pixel\.wp\.com\//i, // WordPress.com stats (blogs, WIRED.jp)
  /^https?:\/\/(?:hm\.baidu|[^/]*\.cnzz)\.com\//i, // 百度统计, CNZZ (新浪, 网易, 新华网)
  /^https?:\/\/mc\.yandex\.ru\/watch/i, // Yandex Metrica <noscript> pixel
  /^https?:\/\/[^/]*\.(?:chartbeat\.net|parsely\.com|quantserve\.com)\//i, // news analytics beacons
  /\/(?:pixel|beacon|tracking|1x1|spacer|blank)\.(?:gif|png)(?:[?#]|$)/i, // generic beacon file names
];

export interface ImageCandidate {
  url: string;
  width: number | null;
  height: number | null;
  lead?: boolean;
}

const sideOf = (v: string | null): number | null => {
  if (v == null || !/^\d+$/.test(v.trim())) return null;
  return Number(v);
};

/** Declared 2×2 px or less, or a known beacon host. */
export function isTrackingPixel(url: string, width: number | null, height: number | null): boolean {
  if ([...TRACKING_PIXEL_URLS, ...BEACONS].some((re) => re.test(url))) return true;
  if (width === null && height === null) return false;
  return (width ?? 0) <= PIXEL_MAX_SIDE && (height ?? 0) <= PIXEL_MAX_SIDE;
}

/** The URL Save fetches for an <img>, and the key its stored copy is found under. */
export function imageUrlOf(img: Element): string | null {
  const src = img.getAttribute('src');
  if (src && /^https?:/i.test(src)) return src;
  // the sanitizer keeps srcset-only images inside <picture>: the first candidate then
  const first = (img.getAttribute('srcset') ?? '').trim().split(/\s+/)[0];
  return first && /^https?:/i.test(first) ? first : null;
}

/** Photos of the saved article, in reading order, without trackers or duplicates, at most MAX_IMAGES + the lead. */
export function collectImages(bodies: string[], leadImage: string | null, win: Window & typeof globalThis): { candidates: ImageCandidate[]; trackers: string[] } {
  const out: ImageCandidate[] = [];
  const trackers: string[] = [];
  const seen = new Set<string>();
  for (const html of bodies) {
    if (!html) continue;
    const doc = new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    for (const img of Array.from(doc.body.querySelectorAll('img'))) {
      const url = imageUrlOf(img);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      const width = sideOf(img.getAttribute('width'));
      const height = sideOf(img.getAttribute('height'));
      if (isTrackingPixel(url, width, height)) trackers.push(url);
      else out.push({ url, width, height });
    }
  }
  if (leadImage && /^https?:/i.test(leadImage) && !seen.has(leadImage) && !isTrackingPixel(leadImage, null, null)) {
    out.push({ url: leadImage, width: null, height: null, lead: true });
  } else if (leadImage) {
    const shown = out.find((c) => c.url === leadImage);
    if (shown) shown.lead = true;
  }
  return { candidates: out, trackers };
}
