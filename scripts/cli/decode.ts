/**
 * Bytes → text, decoded the way a browser would, with the repairs the issue asks for.
 *
 * Order: (1) a BOM wins; (2) the charset declared by `<meta charset>` / `http-equiv` anywhere in
 * the head (browsers only look at the first 1024 bytes, but real pages put it after long
 * `<script>`/`<link>` blocks), else an `<?xml encoding?>` declaration; (3) no declaration:
 * ISO-2022-JP when its escape sequences are present, else UTF-8, else the best-scoring CJK
 * encoding, else windows-1252 (the browser default for Western locales).
 *
 * What "decodes cleanly" means here:
 * - for multi-byte encodings (UTF-8, Shift_JIS, EUC-JP, GBK, Big5, EUC-KR, ISO-2022-JP): a
 *   TextDecoder with `fatal: true` does not throw;
 * - a *lossy* decoding still counts as clean when U+FFFD stands for at most 2 % of its
 *   non-ASCII characters (a few stray bytes in a real page, shown by browsers as �);
 * - windows-1252 decodes every byte, so it is clean only when none of its five unassigned bytes
 *   (0x81 0x8D 0x8F 0x90 0x9D) occurs.
 * `decode-failed` is returned only when none of that holds (the lossy UTF-8 text comes with it
 * so the caller can still extract best effort).
 *
 * Deliberate deviation from browsers: bytes that are valid UTF-8 with non-ASCII content are
 * read as UTF-8 even when the page declares another charset. Legacy-encoded text is valid
 * UTF-8 by chance only for a handful of characters, while mislabelled UTF-8 pages are common
 * (templates that kept an old `<meta charset=shift_jis>`).
 */
import { decodeStrict, guessCjk, plausibility } from './charset-guess';

/** Labels seen on real pages that TextDecoder (WHATWG) does not know, mapped to what they mean. */
const LABEL_ALIASES: Record<string, string> = {
  eucjp: 'euc-jp', // seen on older Japanese CMS templates
  euc_jp: 'euc-jp',
  'x-euc': 'euc-jp',
  cp932: 'shift_jis', // Microsoft's name for Windows-31J
  'shift-jisx0213': 'shift_jis',
  shift_jisx0213: 'shift_jis',
  'gb-2312': 'gbk', // typo variants of gb2312 on Chinese portals
  gb_2312: 'gbk',
  'zh-cn': 'gbk',
  'euc-cn': 'gbk',
  cp936: 'gbk',
  uhc: 'euc-kr',
  cp949: 'euc-kr',
  'ks_c_5601': 'euc-kr',
  utf: 'utf-8',
};

/** Share of non-ASCII characters that may be U+FFFD in a lossy decoding still called clean. */
const LOSSY_TOLERANCE = 0.02;
/** The head is searched for a charset declaration up to `<body`/`</head>`, at most this far. */
const HEAD_SCAN_LIMIT = 2 * 1024 * 1024;
/** The HTML standard's prescan window. */
const BROWSER_PRESCAN_BYTES = 1024;
/** A CJK guess beats a lossy UTF-8 reading only when clearly more plausible. */
const GUESS_MARGIN = 0.1;

const WINDOWS_1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const HEAD_END_RE = /<body[\s>]|<\/head\s*>/i;
const COMMENT_RE = /<!--[\s\S]*?-->/g;
const RAW_TEXT_RE = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;
const META_RE = /<meta\b[^>]*>/gi;
const ATTR_RE = /([^\s=/>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const CONTENT_CHARSET_RE = /charset\s*=\s*["']?([^"';\s]+)/i;
const XML_DECL_RE = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/;
const ISO_2022_JP_ESCAPE_RE = /\x1b(?:\$[@B]|\([BJI])/;

export type DecodeHow = 'bom' | 'declared' | 'utf-8' | 'guess' | 'lossy' | 'fallback' | 'failed';

export interface Decoded {
  text: string;
  /** the WHATWG name of the encoding used */
  encoding: string;
  /** the charset the page declared (WHATWG name), or null */
  declared: string | null;
  how: DecodeHow;
  /** true when nothing decoded cleanly (the text is lossy UTF-8) */
  failed: boolean;
}

/** A charset label → WHATWG encoding name, or null when unknown to TextDecoder. */
export function normaliseCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  const mapped = LABEL_ALIASES[l] ?? l;
  let name: string;
  try {
    name = new TextDecoder(mapped).encoding;
  } catch {
    return null;
  }
  // HTML spec: a meta that claims UTF-16 is read as UTF-8 (the bytes were ASCII-compatible to
  // be read at all); x-user-defined as windows-1252.
  if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
  if (name === 'x-user-defined') return 'windows-1252';
  return name;
}

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR_RE.lastIndex = 0;
  for (const m of tag.slice(5).matchAll(ATTR_RE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** The charset declared in the head (first usable declaration wins, like the HTML prescan). */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_SCAN_LIMIT)).toString('latin1');
  // the head, but never less than the browsers' 1024-byte prescan window (which also sees a
  // meta that sloppy markup put just inside <body>)
  const end = raw.search(HEAD_END_RE);
  const head = (end >= 0 ? raw.slice(0, Math.max(end, BROWSER_PRESCAN_BYTES)) : raw).replace(COMMENT_RE, '').replace(RAW_TEXT_RE, '');
  for (const [tag] of head.matchAll(META_RE)) {
    const a = attrs(tag);
    let label = a.get('charset');
    if (label === undefined && a.get('http-equiv')?.toLowerCase() === 'content-type') {
      label = CONTENT_CHARSET_RE.exec(a.get('content') ?? '')?.[1];
    }
    const name = label ? normaliseCharset(label) : null;
    if (name) return name;
  }
  const xml = XML_DECL_RE.exec(raw);
  return xml ? normaliseCharset(xml[1]!) : null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

/** Lossy decoding, or null when more than LOSSY_TOLERANCE of its non-ASCII chars are U+FFFD. */
function decodeTolerant(bytes: Uint8Array, encoding: string): string | null {
  const text = new TextDecoder(encoding).decode(bytes);
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) nonAscii++;
    if (c === 0xfffd) bad++;
  }
  return bad <= nonAscii * LOSSY_TOLERANCE ? text : null;
}

function bestPlausibility(text: string): number {
  return Math.max(plausibility('euc-jp', text), plausibility('gbk', text), plausibility('euc-kr', text));
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  const done = (text: string, encoding: string, declared: string | null, how: DecodeHow): Decoded => ({
    text,
    encoding,
    declared,
    how,
    failed: how === 'failed',
  });

  // 1. BOM (TextDecoder strips it).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return done(new TextDecoder('utf-8').decode(bytes), 'utf-8', null, 'bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(new TextDecoder('utf-16le').decode(bytes), 'utf-16le', null, 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(new TextDecoder('utf-16be').decode(bytes), 'utf-16be', null, 'bom');

  const declared = findDeclaredCharset(bytes);
  const nonAscii = hasNonAscii(bytes);
  const utf8 = decodeStrict(bytes, 'utf-8');

  // 2. Valid UTF-8 with real non-ASCII content is UTF-8, whatever the label says (see above).
  if (utf8 !== null && (nonAscii || declared === null || declared === 'utf-8')) {
    if (!nonAscii && ISO_2022_JP_ESCAPE_RE.test(utf8)) {
      const jis = decodeStrict(bytes, 'iso-2022-jp');
      if (jis !== null) return done(jis, 'iso-2022-jp', declared, declared === 'iso-2022-jp' ? 'declared' : 'guess');
    }
    return done(utf8, 'utf-8', declared, declared === 'utf-8' ? 'declared' : 'utf-8');
  }
  if (declared) {
    const strict = decodeStrict(bytes, declared);
    if (strict !== null) return done(strict, declared, declared, 'declared');
  }

  // 3. Nothing clean so far: the best CJK guess, compared with lossy readings of the declared
  //    charset and of UTF-8 (a real page with a few stray bytes).
  const guess = guessCjk(bytes);
  const guessScore = guess ? plausibility(guess.encoding, guess.text) : -1;
  if (declared && declared !== 'utf-8') {
    const lossy = decodeTolerant(bytes, declared);
    if (lossy !== null && (!guess || plausibility(declared, lossy) >= guessScore)) {
      return done(lossy, declared, declared, 'lossy');
    }
  }
  const utf8Lossy = decodeTolerant(bytes, 'utf-8');
  if (utf8Lossy !== null && (!guess || guessScore < Math.max(GUESS_MARGIN, bestPlausibility(utf8Lossy) + GUESS_MARGIN))) {
    return done(utf8Lossy, 'utf-8', declared, 'lossy');
  }
  if (guess) return done(guess.text, guess.encoding, declared, 'guess');

  if (!bytes.some((b) => WINDOWS_1252_UNASSIGNED.has(b))) {
    return done(new TextDecoder('windows-1252').decode(bytes), 'windows-1252', declared, 'fallback');
  }
  return done(new TextDecoder('utf-8').decode(bytes), 'utf-8', declared, 'failed');
}
