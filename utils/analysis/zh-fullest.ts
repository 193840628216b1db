/**
 * A Chinese speaker given in part, resolved to the fullest name the article introduced before
 * (issue #10, class 3, for Chinese; Japanese and Korean use names.ts fullestForm):
 * - a surname, after its title or honorific was read off (李教授表示, 李先生说, 李说) → 李明华;
 *   王某 → 王某某 (the article's anonymised form);
 * - the end of a transliterated name (卡内尔, 迪亚兹 - 卡内尔) → 米格尔·迪亚兹 - 卡内尔.
 * A Chinese name is read at word boundaries: Intl.Segmenter knows no personal names, so a name
 * comes out as its surname and one or two one-character words (李|明|华|昨天). Only when exactly
 * one name fits: two people of one surname is no guess.
 */
import { occurrences } from './occurrences';
import { ZH_SURNAMES, zhSpeaker, zhTitleOrVerb } from './quotes-zh-ko';

/** One-character words that end a name's run (function words, verbs of saying, time and place words). */
const NOT_IN_NAME = new Set([...'的是在了和与及或对向把被从也都就还又着说称道讲问表指认为将已曾会要到给让以于但而并则等地得过来去上下中里后前年月日时个一不有这那他她它我你们很最更再今昨当']);
const SURNAME_RE = /^(\p{sc=Han})(某{0,2})$/u;
const TAIL_RE = /^\p{sc=Han}{2,8}(?:(?: - |[·・•])\p{sc=Han}{1,8}){0,2}$/u;
const DOTTED_BEFORE_RE = /(?:\p{sc=Han}{1,8}(?: - |[·・•])){1,3}$/u;

let segmenter: Intl.Segmenter | undefined;

/** The fullest name `name` is a part of, in `text` (the article up to the quote), else `name`. */
export function zhFullest(name: string, text: string, persons: Iterable<string>): string {
  const s = SURNAME_RE.exec(name);
  if (s && ZH_SURNAMES.has(s[1])) return only(bySurname(name, text, persons), (a, b) => a.startsWith(b)) ?? name;
  if (TAIL_RE.test(name)) return only(byTail(name, text), (a, b) => a.endsWith(b)) ?? name;
  return name;
}

/**
 * The one name found, or the longest when every other is a part of it (李明 / 李明华 read at two
 * places; 迪亚兹 - 卡内尔 written again without the given name).
 */
function only(found: Set<string>, partOf: (longer: string, n: string) => boolean): string | null {
  const all = [...found].sort((a, b) => b.length - a.length);
  return all.length && all.every((n) => partOf(all[0], n)) ? all[0] : null;
}

function bySurname(name: string, text: string, persons: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const p of persons) if (p.length > name.length && p.length <= 4 && p.startsWith(name) && /^\p{sc=Han}+$/u.test(p)) found.add(p);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  // (at most 40 places: a hostile page repeats one surname thousands of times)
  for (const at of occurrences(text, name, 40)) {
    if (found.size >= 3) break;
    const from = Math.max(0, at - 4);
    let given = '';
    let started = false;
    for (const w of segmenter.segment(text.slice(from, at + name.length + 6))) {
      if (w.index < at - from) continue;
      if (!started) {
        // the surname must be a word of its own (行李箱 holds 李 but no name)
        if (w.index !== at - from || !name.startsWith(w.segment)) break;
        started = true;
        given = w.segment.slice(1);
        continue;
      }
      const next = given + w.segment;
      // 李|建国: a two-character word right after the surname is its given name, unless a title or verb (李|教授, 李|强调)
      if (!given && w.segment.length === 2 && /^\p{sc=Han}+$/u.test(w.segment) && ![...w.segment].some((c) => NOT_IN_NAME.has(c)) && !zhTitleOrVerb(w.segment)) {
        given = next;
        break;
      }
      if (!/^\p{sc=Han}+$/u.test(w.segment) || next.length > 2 || (w.segment.length === 1 && NOT_IN_NAME.has(w.segment) && w.segment !== '某') || (w.segment.length > 1 && !/^某+$/u.test(w.segment))) break;
      given = next;
    }
    const full = name[0] + given;
    if (started && full.length > name.length && full.startsWith(name)) found.add(full);
  }
  return found;
}

/** 米格尔·迪亚兹 - 卡内尔 for 卡内尔 or 迪亚兹 - 卡内尔: the dotted name it ends, its role words read off. */
function byTail(name: string, text: string): Set<string> {
  const found = new Set<string>();
  for (const at of occurrences(text, name, 40)) {
    if (found.size >= 3) break;
    const run = DOTTED_BEFORE_RE.exec(text.slice(Math.max(0, at - 40), at));
    if (!run) continue;
    const whole = zhSpeaker(text.slice(Math.max(0, at - 40), at).replace(/^.*[，。！？；：、“”「」\s](?=[^ -])/u, '') + name)?.name;
    // (the given name before the first dot is one to four characters: longer is a clause run on)
    if (whole && whole.endsWith(name) && whole.length > name.length && /^\p{sc=Han}{1,4}(?: - |[·・•])/u.test(whole)) found.add(whole);
  }
  return found;
}
