/**
 * Character references left as text by a CMS that escaped twice: WordPress writes og:title
 * "Our BI Research Shows &#8211; A Mix of …" (my6sense, scrapinghub) and JSON-LD headlines with
 * "&#8216;The Medium is the Message&#8217;" (inexhibit), which the clean view then printed
 * literally. Decoded once: numeric references and the XML names plus nbsp, nothing else (this is
 * metadata text, never markup: the result is rendered as text).
 */
const RE_LITERAL_ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeLiteralEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(RE_LITERAL_ENTITY, (m, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name];
    const cp = dec ? Number(dec) : parseInt(hex ?? '', 16);
    // (a surrogate or out-of-range number stays as it was written)
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}
