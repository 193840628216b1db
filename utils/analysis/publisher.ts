/**
 * The page's own publisher (issue #10): from its site name, the outlet in its byline, its
 * domain and its copyright line. It is shown once as "published by" and is never one of the
 * article's sources, even when the text says "told the Asahi" or links to the site's own
 * topic pages (/topics/word/…).
 */
import { KANA_RE } from './constants';
import { findOutlet, findOutletSuffix, outletForDomain, type Outlet } from './outlets';
import { memo } from './memo';
import { domainStem } from '../text/domain-stem';

export interface PublisherInput {
  siteName?: string | null;
  byline?: string | null;
  url?: string | null;
  blocks: string[];
  captions: string[];
  lang: string | null;
}

export interface Publisher {
  name: string | null;
  /** Is this source name the publisher itself (or its own site)? */
  isSelf: (name: string) => boolean;
  /** Is this URL on the publisher's own site? */
  isOwnUrl: (href: string) => boolean;
  /** a copyright line naming another holder: the piece was syndicated from it (a source) */
  syndicatedFrom?: string | null;
}

/** "© 2019 The New York Times Company", "Copyright @ 2019 The New Arab", "(C) Sankei Digital All rights reserved." */
const COPYRIGHT_RE = /(?:©|ⓒ|\(c\)|copyright(?:\s*[©ⓒ@])?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.。|\n]{2,60}?)(?:\s*(?:,?\s*All rights reserved|\.|。|$|\|))/iu;
const COMPANY_TAIL_RE = /\s*(?:Company|Co\.|Inc\.?|Ltd\.?|LLC|GmbH|Corporation|Corp\.?|Group|Media|Digital|株式会社|All rights reserved\.?)\s*$/iu;
/** Site-name decorations: "（Impress Watch）", "［日本版］", " - Home", "| Reuters". */
const SITE_DECOR_RE = /\s*[（(［[][^）)］\]]*[）)］\]]\s*$/u;

/**
 * The page's own dateline, where a wire-style story names its publisher: (서울=연합뉴스), [서울=뉴시스]
 * (the place, then the outlet), [OSEN=잠실, … 기자] (the outlet, then the place and a comma);
 * 央视网消息： (the name before 消息/讯/电 and a colon); [环球时报报道 记者 …]. Read in the first two
 * blocks (a deck may come first), only when the page gives no URL and no site name.
 */
const DATELINE_RE = /^[[(【（]([^=\])】）\n]{1,16})=([^\])】）,\n]{1,16})(,?)|^(?!本)(\p{sc=Han}{1,7}[网網社报報台])(?:消息|[讯訊电電])[：:]|^[[【]([\p{sc=Han}\p{sc=Latn}]{2,10}?)(?:[报報]道|[讯訊])?\s*记者/u;
function datelineOutlet(blocks: string[]): string | null {
  for (const b of blocks.slice(0, 2)) {
    const m = DATELINE_RE.exec(b.trim());
    if (m) return (m[5] ?? m[4] ?? (m[3] ? m[1] : m[2])).trim();
  }
  return null;
}

export const normaliseName = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h.replace(/^(?:www\d?|edition|news|m|amp|mobile)\./u, '') || null;
  } catch {
    return null;
  }
}


/** The outlet's name in the article's script: "The New York Times" on an English page, ニューヨーク・タイムズ on a Japanese one. */
export function outletDisplayName(o: Outlet, lang: string | null): string {
  if (lang?.startsWith('ja')) return o.name;
  if (lang?.startsWith('zh')) return o.aliases.find((a) => /\p{sc=Han}/u.test(a) && !KANA_RE.test(a)) ?? o.name;
  if (lang?.startsWith('ko')) return o.aliases.find((a) => /\p{sc=Hang}/u.test(a)) ?? o.name;
  // an alias written wholly in Latin letters ("Associated Press", not "AP通信")
  return o.aliases.find((a) => /^[A-Za-z][\w .&'’-]{3,}$/u.test(a)) ?? o.aliases.find((a) => /^[A-Za-z][\w .&'’-]*$/u.test(a)) ?? o.name;
}

function copyrightHolder(texts: string[]): string | null {
  // the copyright line is at the end of the article: read the last blocks first
  for (let i = texts.length - 1; i >= 0 && i >= texts.length - 6; i--) {
    const t = texts[i];
    // a photo credit "(c)AFP/Aminu ABUBAKAR" names the picture's owner, not the page's
    const bare = t.replace(/\(?https?:\/\/[^\s)]+\)?/gu, ' '); // ⓒ중앙일보(https://joongang.co.kr)
    if (t.length > 300 || /\/|\bphoto\b|写真/iu.test(bare)) continue;
    const m = COPYRIGHT_RE.exec(bare);
    if (m) {
      const holder = m[1].replace(COMPANY_TAIL_RE, '').replace(COMPANY_TAIL_RE, '').split(/\s*,/u)[0].trim();
      if (holder.length >= 2 && /\p{L}/u.test(holder)) return holder;
    }
  }
  return null;
}

function cleanSiteName(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length >= 2 && t.length <= 80 ? t : null;
}

export function findPublisher(input: PublisherInput): Publisher {
  const host = hostOf(input.url);
  const stem = host ? domainStem(host) : null;
  const siteName = cleanSiteName(input.siteName);
  const byOutlet = input.byline ? (findOutlet(input.byline) ?? findOutletSuffix(input.byline)?.outlet ?? null) : null;
  const domainOutlet = host ? outletForDomain(host) : null;
  const siteOutlet = siteName ? (findOutlet(siteName.replace(SITE_DECOR_RE, '')) ?? null) : null;
  const copyright = copyrightHolder(input.blocks);
  const copyrightOutlet = copyright ? findOutlet(copyright) : null;
  // the copyright holder is the publisher only when nothing else names one or it agrees with the
  // domain (a syndicated piece ends "Copyright @ 2019 The New Arab" on Al Bawaba: a source)
  const copyrightAgrees = !!copyright && (!host || normaliseName(copyright).includes(stem ?? '\u0000') || (!!copyrightOutlet && copyrightOutlet === domainOutlet));
  const outlet = domainOutlet ?? siteOutlet ?? byOutlet ?? (copyrightAgrees ? copyrightOutlet : null);

  let name: string | null = null;
  // a site name that is only the domain's word ("usatoday", "livescience.com") reads better as the outlet's name
  const bareSite = !!siteName && (/^[\w.-]+\.[a-z]{2,}$/iu.test(siteName) || (!!stem && normaliseName(siteName) === stem));
  // …the site's own outlet only: an AP story on sportsnet.ca ("Sportsnet.ca", byline "Associated Press") is published by the site
  if (siteName && !(bareSite && (domainOutlet ?? siteOutlet))) name = siteName;
  else if (outlet) name = outletDisplayName(outlet, input.lang);
  else if (copyright && copyrightAgrees) name = copyright;
  else if (siteName) name = siteName;
  else if (host) name = host;
  else name = datelineOutlet(input.blocks);

  const keys = new Set<string>();
  const addKey = (s: string | null | undefined) => {
    const k = s ? normaliseName(s) : '';
    if (k.length >= 2) keys.add(k);
  };
  addKey(siteName);
  addKey(siteName?.replace(SITE_DECOR_RE, ''));
  // "ライフハッカー［日本版］", "クラウド Watch（Impress Watch）": the name and the part in brackets
  for (const m of (siteName ?? '').matchAll(/[（(［[]([^）)］\]]+)[）)］\]]/gu)) addKey(m[1]);
  addKey(stem);
  // thehill.com, thesun.co.uk: the domain glues the article the name drops ("told The Hill" gives "Hill")
  addKey(stem?.replace(/^the(?=\p{L}{3})/u, ''));
  addKey(host);
  if (copyrightAgrees) addKey(copyright);
  if (name) addKey(name);

  // (one answer per name: asked for every hit, speaker and via of the page)
  const isSelf = memo((source: string): boolean => {
    const o = findOutlet(source) ?? findOutletSuffix(source)?.outlet ?? null;
    if (o && outlet && o === outlet) return true;
    const k = normaliseName(source);
    if (k.length < 2) return false;
    for (const key of keys) {
      if (k === key) return true;
      // "Sky News" in "Sky News UK", "USA TODAY" ~ "usatoday": containment of a long enough name
      const [short, long] = k.length <= key.length ? [k, key] : [key, k];
      if (short.length >= 4 && long.startsWith(short)) return true;
      if (short.length >= 5 && long.includes(short)) return true;
    }
    return false;
  });
  const isOwnUrl = (href: string): boolean => {
    const h = hostOf(href);
    if (!h || !host) return false;
    if (h === host || h.endsWith('.' + host) || host.endsWith('.' + h)) return true;
    return domainStem(h) === stem || (!!outlet && outletForDomain(h) === outlet);
  };
  return { name, isSelf, isOwnUrl, syndicatedFrom: copyright && !copyrightAgrees && !isSelf(copyright) ? copyright : null };
}
