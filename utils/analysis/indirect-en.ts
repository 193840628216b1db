/**
 * People cited in indirect speech, English (round 13): a person the article names as the subject
 * of a reporting verb whose complement is a clause, not a quotation — "Smith said the plant would
 * close", "Smith told reporters that …", "…, Smith said.", "…, said Jane Smith, an analyst.",
 * "according to Jane Smith". Such a person is a source of kind `other` (the fixtures README's
 * convention, round 13), named with the fullest form the article gives.
 *
 * Read on the masked block (quotations of four words or more are 〓), one reporting verb at a
 * time, in bounded windows around it (WINDOW_BEFORE / WINDOW_AFTER characters): linear in the
 * text's length. The speaker of a quote ("“…,” Smith said", "Smith said: “…”") is not cited here:
 * the clause after (or before) the verb must be the article's own words.
 */
import { EN_DATE_WORDS, EN_FUNCTION_WORDS, EN_PEOPLE_NOUNS, EN_ROLE_NOUNS } from './constants';
import { EN_BODY_HEAD_RE, bodyKind, classifySource, enSpeakerFromPhrase, fullestForm } from './names';
import { findOutlet, findOutletSuffix } from './outlets';
import type { Publisher } from './publisher';
import { sentenceAt } from './sentences';
import type { SourceBlock, SourceHit } from './sources';

const WINDOW_BEFORE = 200;
const WINDOW_AFTER = 240;
/** Distinct capitalised runs judged per article (each a few scans of the text around the name) */
const MAX_NAMES = 200;

/** Verbs whose subject reports information with a clause after them ("Smith said the plant …"). */
const CLAUSE_VERBS = new Set('said says told tells added adds wrote writes explained explains noted notes argued argues insisted insists stated warned claimed predicted cautioned stressed emphasized emphasised'.split(' '));
/** The verbs of saying, which take a clause without showing it ("said it depends on the price") */
const SAY_VERBS = new Set('said says told tells added adds wrote writes'.split(' '));
/** A clause shows itself by a pronoun subject, an auxiliary, a copula or a modal */
const CLAUSE_MARK_RE =
  /^\s*(?:he|she|it|they|we|I|there|you)\b|\b(?:is|was|were|are|will|would|could|can|should|may|might|must|has|had|have|did|does|do|been|isn’t|wasn’t|won’t|can’t|don’t|doesn’t|didn’t)\b|\p{L}[’'](?:s|re|ll|d)\b/u;
/** Verbs that report only with "that" after them ("Esper announced that …", "Morrison testified that …"). */
const THAT_VERBS = new Set('announced confirmed reported suggested acknowledged admitted recalled concluded testified estimated believes believed disclosed asserted'.split(' '));
/** Verbs of the inverted order: "…, Smith said." / "…, said Jane Smith, …". */
const INVERTED_VERBS = new Set('said says added adds told wrote writes noted explained estimated argued'.split(' '));

/** A capitalised run of up to eight words (names, titles, initials, name particles) ending right before `$`. */
const CAP = "(?:\\p{Lu}[\\p{L}\\d.&’'-]*|\\p{Lu}\\.)";
const RUN = `(?:${CAP}(?:\\s+(?:${CAP}|de|van|von|der|al|bin|da|di|le|la)){0,7})`;
/** Words between a subject and its verb: "has", "also", "later", "on Tuesday" */
const AUX =
  "(?:\\s+(?:has|have|had|also|later|then|previously|earlier|again|once|repeatedly|further|initially|publicly|recently|first|however|too|now|still|\\p{Lu}\\p{Ll}+day|on \\p{Lu}\\p{Ll}+day|and (?:his|her|their) (?:team|colleagues|co-authors))){0,3}";
/** "Joneigh Khaldun of the Michigan Department of Health and Human Services says": the body after "of" is no subject */
const OF_BODY = `(?:\\s+(?:of|at|from)\\s+(?:the\\s+)?${RUN}(?:\\s+(?:of|and|for|&)\\s+(?:the\\s+)?${RUN}){0,3})?`;
/** An appositive of up to three comma-separated parts ("Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report,") */
const APPOSITIVE = '(?:,\\s+[^,〓“”"]{1,120}){1,3},';
/** The subject run before the verb, with an appositive ("Jane Smith, a trade professor at Cornell,") */
const SUBJECT_RE = new RegExp(`(${RUN})${OF_BODY}(${APPOSITIVE}|,)?${AUX}\\s*$`, 'u');
/** "Vindman and Williams told lawmakers that …": the first of two subjects */
const FIRST_OF_TWO_RE = new RegExp(`(${RUN})\\s+and\\s*$`, 'u');
/** The inverted subject after the verb: "said Juan Perez, senior strategist at Tempus" */
const AFTER_SUBJECT_RE = new RegExp(`^\\s+((?:[\\p{Ll}-]+\\s+){0,3})(${RUN})(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))`, 'u');
/** "…, Smith said." — the content is the sentence before the comma. */
const INVERTED_SUBJECT_RE = new RegExp(`([^〓“”"]*?[\\p{L}\\d%)’])\\s*,\\s+(${RUN})${AUX}\\s*$`, 'u');
/** What may stand before a subject: a sentence or clause start, a conjunction, a role word ("Jefferies analyst"). */
const BEFORE_SUBJECT_RE =
  /(?:^|[,;:—–(]|\b(?:[Bb]ut|[Aa]nd|[Ww]hile|[Ss]o|[Yy]et|[Hh]owever|[Mm]eanwhile|[Aa]lso|[Tt]hen|[Ll]ater|[Ee]arlier|[Ss]till|[Bb]oth|[Tt]hough|[Aa]lthough|[Bb]ecause|[Aa]s|[Ww]hen|[Ss]ince|[Aa]fter|[Bb]efore|[Ii]f|[Ww]hereas|[Uu]ntil|[Oo]nce|[Ww]here))\s*$/u;
/** "… of the Department of Health and Human Services": "and" inside a body's name joins no second subject */
const AND_IN_NAME_RE = /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}\S*\s+)+(?:and|&)\s*$/u;
const WORD_BEFORE_RE = /([\p{Ll}-]+)\s+$/u;
/** A told object: "told reporters", "told the BBC", "told Polygraph.info", "told a few thousand teachers who …" (up to "that"). */
const TOLD_OBJECT_RE = /^\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}\d.&’'-]*(?:\s+\p{Lu}[\p{L}\d.&’'-]*){0,4}|[a-z]+)/u;
/** "… that" within reach of the verb, with no quotation or sentence end between */
const THAT_RE = /^[^〓“”".;:!?]{0,100}?\bthat\s+/u;
/** ", adding that …", ", saying …" after "said" */
const PARTICIPLE_RE = /^\s*,\s+(?:adding|noting|saying|explaining|arguing|warning|insisting)\s+(?:that\s+)?/u;
/** Adverbials right after the verb: "on Tuesday", "in an interview", "last week", "Monday" */
const LEAD_ADVERBIAL_RE =
  /^\s*(?:(?:on|in|at|during)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:\p{Lu}\p{Ll}+day|interview|statement|email|e-mail|blog post|post|letter|tweet|news conference|press conference|podcast|call|teleconference|hearing|speech|testimony)(?:\s+(?:with|to|on)\s+[^,〓“”"]{1,40}?)?|\p{Lu}\p{Ll}+day|(?:last|this|earlier this|late last)\s+(?:week|month|year))\s*,?/u;
/** A complement that opens with one of these is no clause ("said on …", "said in …") */
const NOT_CLAUSE_START_RE = /^(?:on|in|at|during|after|before|from|to|with|for|of|by|while|when|as|about|outside|inside|through|via|and|but|or|so|because|since|until|than|if|amid|over|under|into|yes|no|nothing|goodbye|hello)\b/iu;
const PRONOUN_SUBJECT_RE = /^(?:He|She|They|It|We|I|You|This|That|These|Those|There|Who|Which)$/u;
/** A place or a period, not a person: "in New York", "across South Korea", "on Wall Street" */
const PLACE_BEFORE_RE = /\b(?:in|across|near|into|throughout|visit(?:ed|ing)?)\s+(?:the\s+)?$/u;
/**
 * First and last words of places that stand as subjects ("South Korea said", "New York said"):
 * a person's name does not start or end with them (compass and "New" prefixes of countries,
 * states and cities; street and district words).
 */
const PLACE_FIRST = new Set('North South East West New United Saudi Hong Sri El Costa Puerto San Santa Los Las Saint St. Wall Capitol Silicon Middle Far Latin Central Upper Lower Greater'.split(' '));
const PLACE_LAST = new Set('Street Avenue County City Island Islands Valley Bay Coast Kingdom States Republic Province State Region District Hill Square'.split(' '));
const WORD_RE = /[\p{L}\d][\p{L}\d’'-]*/gu;

/** Words of the article's own (not masked) text, counted up to `max`. */
function plainWords(s: string, max: number): number {
  let n = 0;
  for (const w of s.replaceAll(/〓+/gu, ' ').matchAll(WORD_RE)) {
    void w;
    if (++n >= max) break;
  }
  return n;
}

/** The complement after the verb is the article's own clause: no quotation opens it, three words or more. */
function isClause(rest: string, needThat: boolean, verb: string): boolean {
  let c = rest;
  const that = THAT_RE.exec(c);
  if (that) c = c.slice(that[0].length);
  else {
    if (needThat) return false;
    const part = PARTICIPLE_RE.exec(c);
    if (part) c = c.slice(part[0].length);
    else c = c.replace(LEAD_ADVERBIAL_RE, '');
    if (/^\s*[,:]/u.test(c) || NOT_CLAUSE_START_RE.test(c.trimStart())) return false;
    // "Gallinari added 25 points": a number after "added" is a score, not a clause
    if (/^add/u.test(verb) && /^\s*[\d$£€]/u.test(c)) return false;
    // "claimed victory", "stressed the importance of …": verbs other than say/tell/write take a noun
    // as readily as a clause, so a clause must show itself (a pronoun subject, an auxiliary or copula)
    if (!SAY_VERBS.has(verb) && !part && !CLAUSE_MARK_RE.test(c.slice(0, 80))) return false;
  }
  c = c.trimStart();
  if (/^[“"‘〓]/u.test(c)) return false;
  // up to the sentence's end: a quotation that carries the claim ("that the U.N. is “〓〓〓”") makes
  // this a quote's attribution; a quotation inside the article's own clause is part of it ("said the
  // president’s “〓〓” had complicated the task", "said politicians have “vilified” educators")
  const upto = c.split(/[.;!?](?:\s|$)/u)[0];
  const masked = upto.indexOf('〓');
  if (masked < 0) return plainWords(upto, 3) >= 3;
  const head = plainWords(upto.slice(0, masked), 4);
  return head >= 4 || (head >= 1 && plainWords(upto.slice(upto.lastIndexOf('〓') + 1), 3) >= 3);
}

/**
 * A person's name out of a capitalised run, or null: not a body, outlet, place, date, pronoun or
 * title alone; a one-word name only when the article gives a fuller form of it.
 */
function personName(run: string, allText: string, publisher: Publisher): string | null {
  if (/^(?:The|A|An)\s/u.test(run)) return null; // people take no article ("The Afghan Taliban")
  // "CBS Sports NFL Insider Jason La Canfora": the publisher's own staff are never its sources;
  // "NPR’s Emily Feng": a reporter of another outlet (the outlet is the source)
  const words = run.split(/\s+/u);
  if (words.some((w) => /[’']s$/u.test(w) && findOutlet(w.replace(/[’']s$/u, '')))) return null;
  for (let i = 1; i < words.length; i++) if (publisher.isSelf(words.slice(0, i).join(' ')) || findOutlet(words.slice(0, i).join(' '))?.kind === 'broadcaster') return null;
  const name = enSpeakerFromPhrase(run);
  if (!name || PRONOUN_SUBJECT_RE.test(name)) return null;
  const first = name.split(/\s+/u)[0];
  if (EN_FUNCTION_WORDS.has(first) || EN_DATE_WORDS.has(first) || EN_DATE_WORDS.has(name)) return null;
  if (findOutlet(name) || findOutletSuffix(name) || EN_BODY_HEAD_RE.test(name)) return null;
  if (classifySource(name) !== 'other' || bodyKind(name, allText)) return null;
  const full = fullestForm(name, allText);
  const parts = full.split(/\s+/u);
  if (PLACE_FIRST.has(parts[0]) || PLACE_LAST.has(parts[parts.length - 1])) return null;
  if (!/\s/u.test(full) || full.length > 60) return null;
  if (classifySource(full) !== 'other' || bodyKind(full, allText) || EN_BODY_HEAD_RE.test(full)) return null;
  // a place the article writes after "in", "to", "from" (New York, South Korea, Wall Street)
  for (let at = allText.indexOf(full), n = 0; at >= 0 && n < 20; at = allText.indexOf(full, at + 1), n++) if (PLACE_BEFORE_RE.test(allText.slice(Math.max(0, at - 14), at))) return null;
  return full;
}

/** Is the word before a subject run a place for a subject to start (a clause boundary or a role word)? */
function subjectStarts(before: string): boolean {
  if (BEFORE_SUBJECT_RE.test(before)) return true;
  const w = WORD_BEFORE_RE.exec(before)?.[1];
  return !!w && roleWord(w);
}

/** "analyst", "co-author", "spokesman": a role word that may stand before a name */
const roleWord = (w: string) => EN_ROLE_NOUNS.has(w) || EN_PEOPLE_NOUNS.has(w) || /^co-/u.test(w);

/** "He said …", "… and she told reporters that …": a pronoun subject (resolved to the person named last) */
const PRONOUN_RE = new RegExp(`(?:^|[,;:—–]\\s*|\\b(?:[Bb]ut|[Aa]nd|[Ww]hile|[Tt]hough|[Aa]lthough|[Bb]ecause)\\s+)([Hh]e|[Ss]he)${AUX}\\s*$`, 'u');
const RUN_ONLY_RE = new RegExp(`^${RUN}$`, 'u');

/**
 * The person a "he" or "she" in paragraph `p` stands for: the last person this reader cited before
 * it in the paragraph, else the one person who speaks the paragraph's quotes; else the same in the
 * paragraph before. Two people, or none, is no guess. (`lastCited` holds each paragraph's last
 * citation so far: the verbs are read in order, so it stands before the pronoun.)
 */
function personBefore(lastCited: Map<number, string>, quoteSpeakers: Map<number, Set<string>>, p: number): string | null {
  for (const q of [p, p - 1]) {
    const cited = lastCited.get(q);
    if (cited) return cited;
    const speakers = quoteSpeakers.get(q);
    if (speakers?.size === 1) return [...speakers][0];
    if (speakers?.size) return null;
  }
  return null;
}

export function findIndirectEn(blocks: SourceBlock[], allText: string, publisher: Publisher, quotes: { speaker: string | null; paragraph: number }[] = []): SourceHit[] {
  const hits: SourceHit[] = [];
  const lastCited = new Map<number, string>();
  // (each capitalised run is judged once per article: a hostile page repeats one name thousands of times)
  const names = new Map<string, string | null>();
  const nameOf = (run: string) => {
    let n = names.get(run);
    // (each judgement reads the article around the name: a real article has tens, not hundreds)
    if (n === undefined && names.size >= MAX_NAMES) return null;
    if (n === undefined) names.set(run, (n = personName(run, allText, publisher)));
    return n;
  };
  // the people who speak each paragraph's quotes (named in full: a body or a description is no "he")
  const quoteSpeakers = new Map<number, Set<string>>();
  for (const q of quotes)
    if (q.speaker && /^\p{Lu}\S*(?: \S+){1,4}$/u.test(q.speaker) && classifySource(q.speaker) === 'other' && !bodyKind(q.speaker, allText)) {
      const set = quoteSpeakers.get(q.paragraph) ?? new Set<string>();
      quoteSpeakers.set(q.paragraph, set.add(q.speaker));
    }
  blocks.forEach((b, p) => {
    if (b.script !== 'en' || !b.verbs?.length) return;
    const text = b.masked ?? b.text;
    for (const [at, verb] of b.verbs) {
      const inverted = INVERTED_VERBS.has(verb);
      if (!CLAUSE_VERBS.has(verb) && !THAT_VERBS.has(verb) && !inverted) continue;
      const [s, e] = b.sentences[sentenceAt(b.sentences, at)] ?? [0, text.length];
      const from = Math.max(s, at - WINDOW_BEFORE);
      const before = text.slice(from, at);
      const after = text.slice(at + verb.length, Math.min(e, at + verb.length + WINDOW_AFTER));
      const push = (run: string, where: number): boolean => {
        const name = nameOf(run);
        if (name) {
          hits.push({ name, paragraph: p, at: where, kind: 'other' });
          lastCited.set(p, name);
        }
        return !!name;
      };
      // "…, said Juan Perez, senior strategist at Tempus." / "The key to it, says Buser, is …"
      const named = inverted && /,\s*$/u.test(before) ? AFTER_SUBJECT_RE.exec(after) : null;
      // ("said study co-author Anezina Solomonidou": lower-case words before the name are its role)
      const role = named?.[1].trim().split(/\s+/u).pop();
      if (named && (!role || roleWord(role))) {
        const content = before.replace(/,\s*$/u, '');
        // (a name after the verb that is no person — "told Polygraph.info the …" — leaves the subject before it to read)
        if (/[\p{L}\d%)’]$/u.test(content) && !content.includes('〓') && plainWords(content, 4) >= 4 && push(named[2], at)) continue;
      }
      // "…, Smith said." (what was said is the clause before the comma)
      const inv = inverted ? INVERTED_SUBJECT_RE.exec(before) : null;
      const tail = verb === 'told' ? after.replace(TOLD_OBJECT_RE, '') : after;
      if (inv && from === s && plainWords(inv[1], 4) >= 4 && /^\s*(?:[.;!?,]|$|(?:on|in|at|during)\s)/u.test(tail) && !THAT_RE.test(tail)) {
        const runAt = inv[1].length;
        if (!inv[1].includes('〓')) push(inv[2], from + runAt);
        continue;
      }
      // "She said residents do not have …": the person named last, when the clause is the article's own
      const pronoun = PRONOUN_RE.exec(before);
      if (pronoun) {
        const who = isClause(tail, THAT_VERBS.has(verb) || before.includes('〓'), verb) ? personBefore(lastCited, quoteSpeakers, p) : null;
        if (who) hits.push({ name: who, paragraph: p, at: from + pronoun.index, kind: 'other' });
        continue;
      }
      // "Smith said the plant would close", "Smith, a trade professor at Cornell, told reporters that …"
      const subj = SUBJECT_RE.exec(before);
      if (!subj) continue;
      // "NPR’s Feng, Li Jifeng, a doctor at …, wrote": a name standing alone as the appositive's first part is the subject
      const inner = subj[2]?.slice(1).split(',')[0].trim();
      const run = inner && RUN_ONLY_RE.test(inner) && nameOf(inner) ? inner : subj[1];
      const lead = before.slice(0, subj.index);
      // (the window may start inside the sentence: then only a boundary inside it counts)
      // (an appositive's name follows a comma: it starts a subject wherever the run before it stood)
      if ((run === subj[1] && !(from === s && lead.trim() === '') && !subjectStarts(lead)) || AND_IN_NAME_RE.test(lead)) continue;
      // the speaker of a quotation earlier in this sentence ("“…,” Smith said, and the …") is no indirect source unless "that" follows
      const needThat = THAT_VERBS.has(verb) || lead.includes('〓');
      // "Meanwhile, Doctor says, they’re trying …": a parenthetical subject and verb, the clause after
      const clause = /,\s*$/u.test(lead) && /^\s*,\s+/u.test(tail) ? tail.replace(/^\s*,\s+/u, '') : tail;
      if (!isClause(clause, needThat, verb)) continue;
      push(run, from + subj.index);
      const first = FIRST_OF_TWO_RE.exec(lead);
      if (first && subjectStarts(lead.slice(0, first.index))) push(first[1], from + first.index);
    }
  });
  return hits;
}
