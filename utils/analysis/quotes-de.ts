/**
 * German quotes (issue #10, round 9): „…“ (or “…”) attributed by a reporting verb after the quote
 * („…“, sagte Björndalen / „…“, sagt der Sprecher / „…“, etwa wenn …, sagt Stefan Lukschy), or by
 * a subject and verb before it (Hape Kerkeling konstatiert: „…“ / Sarah Bosetti bemerkt, manches
 * sei „…“ / … sagte Loriot 1979 …: Satire richte sich „…“); a quote that opens its sentence
 * continues the paragraph's last speaker. „…“, heißt es names no one: unattributed.
 * Seen on the round-9 German pages (Tagesspiegel, Ostbelgien Direkt/dpa, IBU) and common in
 * German news copy. Every pattern reads a bounded slice around one quote, so the block's length
 * stays linear.
 */
import { addQuote, lastSpeakerWithin, type Ctx } from './context';
import { sentenceAt } from './sentences';
import type { Span } from './spans';
import { occurrences } from './occurrences';

/** Reporting verbs of German news copy (present and past); "so" as in „…“, so Müller. */
const DE_SAY =
  '(?:sag|beton|erklär|mein|erläuter|ergänz|füg|schilder|erzähl|berichte|konstatier|bemerk|warn|kritisier|forder|räum)te?n?|sagen|so';
const SAY_NAME = `(?:${DE_SAY})\\s+([^.,;:!?„“”»«〓]{1,80})`;
const AFTER_RE = new RegExp(`^\\s*[,.?!]?\\s*${SAY_NAME}`, 'u');
const LATER_RE = new RegExp(`,\\s*${SAY_NAME}`, 'u');
const VERB_RE = new RegExp(`(?:^|\\s)(${DE_SAY})\\b`, 'u');
/**
 * A name or role before a colon that opens the quote, with no verb: "Minister Axel Vogel: „…“" (a
 * press release's blockquote, mluk.brandenburg.de, stop 19; the interview and caption form too).
 * Up to five capitalised words (articles and name particles between), then the colon.
 */
const COLON_INTRO_RE = /^\s*((?:(?:\p{Lu}[\p{L}.’'-]*|von|van|de|zu|der|die|das)\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s*:\s*$/u;
const HEISST_ES_RE = /^\s*,?\s*h(?:eißt|ieß) es\b/u;
const CAP_RE = /^\p{Lu}[\p{L}.’'-]*$/u;
const PARTICLE_RE = /^(?:von|van|de|zu|di|da)$/u;
/**
 * Nouns of roles end like this: Kabarettist, Trainer, Sprecherin, Präsident, Direktor, Chef, (Staats)sekretär,
 * and the roles made of participles: (Datenschutz)beauftragte, (Partei)vorsitzende, (Bundestags)abgeordnete, Angestellte.
 */
const ROLE_END_RE = /(?:ist|er|in|ent|or|eur|är|[cC]hef|tragte|sitzende|ordnete|stellte)$/u;

const NOUN_MARK_RE = /^(?:d[eia][rsmn]|ein(?:e[rmsn]?)?)$|^[a-zäöüß]{3,}e[nrsm]?$/u;
/** Adverbs between the verb and the name: „…“, sagt auch Stenger. */
const DE_ADVERB_RE = /^(?:auch|nun|noch|dann)$/u;
/** Words ending like adjectives that are none (and past reporting verbs: "sagte Gaby Allendorf"). */
const NOT_ADJ_RE = new RegExp(`^(?:über|oder|aber|wieder|sehr|immer|sondern|${DE_SAY})$`, 'u');

/**
 * A German name in its fullest form: up to two capitalised words before it at any mention, unless
 * a word follows an article or adjective (a noun: "des Humoristen Loriot", "der norwegische Trainer
 * Tobias Torgersen") or is a role noun before a first and last name ("sagt Kabarettist Torsten Sträter").
 */
function deFullest(name: string, allText: string): string {
  let best = name;
  if (name.includes(' ')) return name;
  for (const at of occurrences(allText, name, 20, name.length)) {
    if (/[\p{L}]/u.test(allText[at + name.length] ?? '') || /[\p{L}]/u.test(allText[at - 1] ?? '')) continue;
    const before = allText.slice(Math.max(0, at - 80), at).split(/\s+/u).filter(Boolean);
    const run: string[] = [name];
    for (let i = before.length - 1; i >= 0 && run.length < 3; i--) {
      const w = before[i];
      const prev = before[i - 1] ?? '';
      if (!/^\p{Lu}[\p{L}’'-]*$|^\p{Lu}\.$/u.test(w) || (run.length === 2 && ROLE_END_RE.test(w))) break;
      if (NOUN_MARK_RE.test(prev) && !NOT_ADJ_RE.test(prev)) break;
      run.unshift(w);
    }
    if (run.length > best.split(' ').length) best = run.join(' ');
  }
  return best;
}

/**
 * A German speaker's role as the article introduces them: the role noun just before their first
 * and last name ("sagt Kabarettist Torsten Sträter", "Der norwegische Trainer Tobias Torgersen").
 */
export function deRole(name: string, allText: string): string | null {
  if (!name.includes(' ')) return null;
  // (after a lowercase verb or adjective, so a sentence's first word, "Aber Tobias …", is no role)
  for (const at of occurrences(allText, name, 20, name.length)) {
    const m = /\p{Ll} (\p{Lu}\p{Ll}{3,30}) $/u.exec(allText.slice(Math.max(0, at - 32), at));
    if (m && ROLE_END_RE.test(m[1])) return m[1];
  }
  return null;
}

/**
 * The speaker in a German phrase after or before the verb: the first run of capitalised words,
 * without a role noun before a first and last name ("der Chef Matthias Frankenstein am Telefon"
 * → Matthias Frankenstein); a lone noun after an article is a description ("der Sprecher"); a
 * lone capitalised word after an article and adjectives is a name when the article gives it a
 * fuller form ("der optimistische Torgersen" → Tobias Torgersen).
 */
function deSpeaker(raw: string, allText: string): string | null {
  const words = raw.replace(/[,;:].*/su, '').trim().split(/\s+/u).slice(0, 10);
  if (/^(?:er|sie)$/iu.test(words[0])) return words[0];
  let i = 0;
  while (i < words.length && !CAP_RE.test(words[i])) i++;
  if (i === words.length || i > 3) return null;
  const lead = words.slice(0, i);
  // only articles and adjectives before the name ("der optimistische Torgersen"); "am Samstag" is no speaker
  if (lead.some((w) => !DE_ADVERB_RE.test(w) && (!NOUN_MARK_RE.test(w) || NOT_ADJ_RE.test(w)))) return null;
  const run: string[] = [];
  for (let j = i; j < words.length; j++) {
    if (CAP_RE.test(words[j]) || (PARTICLE_RE.test(words[j]) && CAP_RE.test(words[j + 1] ?? ''))) run.push(words[j]);
    else break;
  }
  const afterArticle = /^(?:d|ein)/u.test(lead[0] ?? '') && NOUN_MARK_RE.test(lead[0]);
  // "sagt ATU-Organisator Gutierrez": a role noun before a surname the article gives in full
  if (run.length === 2 && !afterArticle && ROLE_END_RE.test(run[0]) && deFullest(run[1], allText) !== run[1]) return deFullest(run[1], allText);
  if (run.length >= 3 && (afterArticle || ROLE_END_RE.test(run[0]))) run.shift();
  else if (run.length === 2 && afterArticle) run.shift();
  if (run.length === 1 && afterArticle) {
    const full = deFullest(run[0], allText);
    return full !== run[0] ? full : [...lead, run[0]].join(' ');
  }
  return run.length ? deFullest(run.join(' '), allText) : null;
}

/** A first and last name (Tobias Lindner, Eva-Maria Welskop-Deffaa), not an article and a noun. */
const DE_NAME_RE = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const DE_ARTICLE_RE = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Einem|Einen)$/u;
const DE_LINK_RE = /^(?:des|der|den|dem|die|das|von|vom|aus|im|in|am|an|zum|zur|mit|für|und|oder|auf|bei|nach|über|unter|vor|seit|gegen|sind|waren|haben)$/u;

/**
 * The last person this block names as the subject of a sentence before `at`: the name that opens the
 * sentence, or the last two words of a run of capitalised words ("Der Hamburger Datenschutzbeauftragte
 * Johannes Caspar erklärt" → Johannes Caspar). At most the eight sentences before the quote.
 */
function subjectBefore(masked: string, sentences: [number, number][], at: number, allText: string): string | null {
  let found: string | null = null;
  // the sentences that start before `at`, found by binary search (filtering them all per quote was
  // quadratic: a paragraph of thousands of „…“, sagte er grew 7× from 100k to 400k characters)
  // (at 0 this takes the first sentence, whose slice before `at` is empty and names no one)
  const n = sentenceAt(sentences, at - 1) + 1;
  const before = sentences.slice(Math.max(0, n - 8), n);
  for (const [a, b] of before) {
    const words = masked.slice(a, Math.min(b, at, a + 160)).trim().split(/\s+/u).slice(0, 7);
    // the capitalised run that opens the sentence, up to a comma ("Tobias Lindner, … Sprecher, nennt")
    const run: string[] = [];
    for (const w of words) {
      const bare = w.replace(/,$/u, '');
      if (!CAP_RE.test(bare)) break;
      run.push(bare);
      if (bare !== w) break;
    }
    const n = run.length;
    if (n < 2 || n === words.length) continue;
    // a name is followed by its appositive's comma or its verb; "Interne Unterlagen des …" is a noun phrase
    if (!words[n - 1].endsWith(',') && DE_LINK_RE.test(words[n])) continue;
    // (a run of up to three words is the name; a longer one, or one after an article, ends in it)
    const tail = (n > 3 || DE_ARTICLE_RE.test(run[0]) ? run.slice(-2) : run).join(' ');
    if (DE_NAME_RE.test(tail) && !DE_ARTICLE_RE.test(tail.split(' ')[0])) found = deFullest(tail, allText);
  }
  return found;
}

export function deQuotes(ctx: Ctx, masked: string, spans: Span[], paragraph: number, sentences: [number, number][], allText: string): void {
  let prev: string | null = null;
  for (const s of spans) {
    if (s.cjk) continue;
    const inner = s.text.trim();
    // (four words or more, and not a name or title: „User Centric Payment System“ has no lowercase word)
    if (inner.split(/\s+/u).length < 4 || !/(?:^|\s)[a-zäöüß]/u.test(inner)) continue;
    // (the ranges are ordered and cover the block: a binary search, not a scan per quote)
    const sent = sentences[sentenceAt(sentences, s.open)];
    const prefix = masked.slice(Math.max(sent[0], s.open - 300), s.open);
    const rest = masked.slice(s.end, Math.min(s.end + 300, Math.max(sent[1], s.end)));
    let speaker: string | null | undefined;
    let m: RegExpExecArray | null;
    if (HEISST_ES_RE.test(rest)) speaker = '';
    else if ((m = AFTER_RE.exec(rest))) speaker = deSpeaker(m[1], allText) ?? '';
    else if ((m = COLON_INTRO_RE.exec(prefix))) speaker = deSpeaker(m[1], allText) ?? '';
    // (a quote after „…“, meinte Torgersen, reads the verb before it, below)
    else if (prefix.trim() === '') {
      m = LATER_RE.exec(rest);
      // (a block of its own: "Minister Axel Vogel:" before a blockquote holding the words)
      speaker = m ? (deSpeaker(m[1], allText) ?? '') : (prev ?? (s.open === 0 && ctx.colon?.paragraph === paragraph - 1 ? ctx.colon.name : null));
    } else if ((m = VERB_RE.exec(prefix))) {
      // Hape Kerkeling konstatiert: „…“ — the subject opens the sentence; … sagte Loriot 1979 …: „…“ — it follows the verb
      const before = prefix.slice(0, m.index).trim();
      speaker = (before && before.split(/\s+/u).length <= 4 ? deSpeaker(before, allText) : null) ?? deSpeaker(prefix.slice(m.index + m[0].length), allText) ?? '';
    } else if ((m = LATER_RE.exec(rest))) speaker = deSpeaker(m[1], allText) ?? '';
    if (speaker === undefined || speaker === null) continue;
    // „…“, sagte er: the paragraph's speaker, or a person the paragraph names as a sentence's subject
    // before the quote ("Tobias Lindner, … Sprecher der Grünen, nennt …"), or the last one just before
    // (the last speaker only from this or the paragraph before: across a subheading or a paragraph
    // about someone else, "Der Mann … schrieb er" is not them)
    if (speaker && /^(?:er|sie)$/iu.test(speaker)) speaker = prev ?? subjectBefore(masked, sentences, s.open, allText) ?? lastSpeakerWithin(ctx, paragraph, 1) ?? '';
    addQuote(ctx, speaker, inner, paragraph, null, /^\p{Lu}/u.test(speaker));
    prev = speaker || null;
  }
  // a short block that is only a name or role and a colon introduces the next block's quote
  const intro = masked.length <= 80 ? COLON_INTRO_RE.exec(masked) : null;
  const name = intro && deSpeaker(intro[1], allText);
  if (name) ctx.colon = { name, role: null, paragraph };
}
