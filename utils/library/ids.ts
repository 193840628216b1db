/**
 * Article ids: a stable hash of the normalised URL, so the same article always lands on the
 * same storage key (saves are idempotent) without putting long URLs into keys.
 * Two 32-bit FNV-1a lanes with different offsets → 64 bits: collisions at 10^5 articles ~ 3e-10.
 */
const FNV_PRIME = 0x01000193;
const OFFSET_A = 0x811c9dc5;
const OFFSET_B = 0x050c5d1f;

function fnv1a(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

export function articleIdFor(normalisedUrl: string): string {
  const a = fnv1a(normalisedUrl, OFFSET_A).toString(16).padStart(8, '0');
  const b = fnv1a(normalisedUrl, OFFSET_B).toString(16).padStart(8, '0');
  return a + b;
}

/** Index shard of an id (the first two hex digits → 0..255, then folded to SHARD_COUNT). */
export function shardOf(id: string, shardCount: number): number {
  return parseInt(id.slice(0, 4), 16) % shardCount;
}
