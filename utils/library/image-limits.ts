/**
 * The limits on a saved article's photos (issue #13), in one place. No imports: the background
 * bundle reads these without pulling in the DOM-side candidate code.
 */

/** At most this many photos per article. */
export const MAX_IMAGES = 30;
/** Bytes of photos per article. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;
/** Wider photos are re-encoded down to this width. */
export const MAX_WIDTH = 1_600;
/** A single download larger than this is not a news photo. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** Images this small on both sides (declared, or decoded) are tracking pixels. */
export const PIXEL_MAX_SIDE = 2;
