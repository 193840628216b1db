/**
 * The name a site goes by in its address: "nytimes.com" → "nytimes", "japan.cnet.com" → "cnet",
 * "bbc.co.uk" → "bbc", "www.heise.de" → "heise". Shared by the publisher of the sources & quotes
 * analysis and the extraction's closing-box check (the site naming itself).
 */
export function domainStem(host: string): string {
  const parts = host.split('.');
  // drop a two-letter country second-level: co.jp, com.cn, co.uk, or.jp, ne.jp
  while (parts.length > 2 && /^(?:[a-z]{2}|com|net|org|gov|ac|co|or|ne|go)$/u.test(parts[parts.length - 2]) && parts[parts.length - 1].length === 2) parts.pop();
  return parts.length >= 2 ? parts[parts.length - 2] : parts[0];
}
