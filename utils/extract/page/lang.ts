/**
 * Language (BCP 47) and direction. Declared language first (html lang, Content-Language,
 * og:locale); detected from the script of the text when nothing is declared, or when the
 * declaration contradicts the text (CJK templates often keep lang="en" from a theme).
 */
import { RE_HAN, RE_HANGUL, RE_KANA, RE_LATIN, RTL_LANGS } from '../constants';

/** German function words: enough to tell German from English in a few hundred words. */
const RE_GERMAN_WORDS = /\b(?:der|die|und|nicht|ist|das|mit|auch|sich|für|auf|ein|eine|dem|den|wird|sind)\b/giu;
const RE_ENGLISH_WORDS = /\b(?:the|and|of|to|is|that|with|for|was|are|on|it)\b/giu;
/** Characters of the text sample used for detection (enough, and cheap). */
const SAMPLE_CHARS = 4000;

/** "en_US" → "en-US", "JA" → "ja", "zh-hans-cn" → "zh-Hans-CN"; null when not a language tag. */
export function normaliseLangTag(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const parts = raw.trim().split(/[-_]/).filter(Boolean);
  if (!parts.length || !/^[a-z]{2,3}$/i.test(parts[0])) return null;
  const out = [parts[0].toLowerCase()];
  for (const p of parts.slice(1)) {
    if (/^[a-z]{4}$/i.test(p)) out.push(p[0].toUpperCase() + p.slice(1).toLowerCase());
    else if (/^(?:[a-z]{2}|\d{3})$/i.test(p)) out.push(p.toUpperCase());
    else if (/^[a-z\d]{5,8}$/i.test(p)) out.push(p.toLowerCase());
    else break;
  }
  return out.join('-');
}

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return s.match(re)?.length ?? 0;
}

/** Guesses the language from the script mix of `text`; null when there is too little text. */
export function detectLang(text: string): string | null {
  const s = text.slice(0, SAMPLE_CHARS);
  const kana = count(RE_KANA, s);
  const hangul = count(RE_HANGUL, s);
  const han = count(RE_HAN, s);
  const latin = count(RE_LATIN, s);
  const total = kana + hangul + han + latin;
  if (total < 20) return null;
  // Japanese news prose is ~30–40% kana; a few katakana loanwords in Chinese stay far below 5%.
  if (kana > 0.05 * (kana + han) && kana + han > latin * 0.5) return 'ja';
  if (hangul > han && hangul > latin * 0.3) return 'ko';
  if (han > latin * 0.3) return 'zh';
  const de = count(RE_GERMAN_WORDS, s);
  const en = count(RE_ENGLISH_WORDS, s);
  return de > en ? 'de' : 'en';
}

/** True when a declared primary language cannot be the language of `detected`. */
function contradicts(declared: string, detected: string | null): boolean {
  if (!detected) return false;
  const d = declared.split('-')[0];
  // Only a CJK script is strong evidence: Latin text under lang="ja" is often an English
  // footer or a quoted passage, and en vs de guesses are too weak to overrule a declaration.
  return (detected === 'ja' || detected === 'zh' || detected === 'ko') && d !== detected;
}

export function resolveLang(declaredRaw: (string | null | undefined)[], bodyText: string): string | null {
  const detected = detectLang(bodyText);
  for (const raw of declaredRaw) {
    const tag = normaliseLangTag(raw);
    if (tag) return contradicts(tag, detected) ? detected : tag;
  }
  return detected;
}

export function resolveDir(declared: string | null | undefined, lang: string | null): 'ltr' | 'rtl' | null {
  const d = declared?.trim().toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  if (!lang) return null;
  return RTL_LANGS.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}
