/**
 * People cited in indirect speech, English (round 13): a person the article names as the subject
 * of a verb of saying whose complement is the article's own clause, not a quotation — "Smith said
 * the plant would close", "Smith told reporters that …", "…, Smith said.", "…, said Jane Smith, an
 * analyst." Such a person is a source of kind `other` (the fixtures README's round-13 convention),
 * named with the fullest form the article gives.
 *
 * Read on the masked block (quotations of four words or more are 〓), one verb at a time, in a
 * window of WINDOW characters on each side: linear in the text's length. The speaker of a quote
 * ("“…,” Smith said", "Smith said: “…”") is not cited here: the clause must be the article's own.
 * Kept small for the analysis bundle's budget (scripts/size.mjs) and fast (issue #10: every
 * article under 5 ms): the verbs of saying and three that cite only with "that"; a "he"/"she"
 * subject, two subjects joined by "and" and a parenthetical "X says," — the shapes of the first,
 * fuller reader (7f0be34) that found people on the tune pages (notes/perf14.md), each regex read on
 * the window only.
 */
import { EN_FUNCTION_WORDS, EN_ROLE_NOUNS } from './constants';
import { EN_BODY_HEAD_RE, bodyKind, classifySource, enSpeakerFromPhrase, fullestForm } from './names';
import { findOutlet } from './outlets';
import type { Publisher } from './publisher';
import { sentenceAt } from './sentences';
import { wordCount } from './spans';
import type { SourceBlock, SourceHit } from './sources';
import type { Quote } from './types';

const WINDOW = 200;
/** Distinct capitalised runs judged per article (each a few scans of the text around the name) */
const MAX_NAMES = 200;
/** The verbs of saying, which take a clause with or without "that" */
const VERB_RE = /^(?:said|says|told|tells|wrote|writes|added|announced|testified|explained)$/u;
/** Verbs that cite only with "that" after them ("Van Der Beek announced that …"; not "announced the exchange") */
const THAT_ONLY_RE = /^(?:announced|testified|explained)$/u;
/** A capitalised run of up to eight words (names, titles, initials) */
const RUN = "(?:\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.’'-]*|de|van|von|al)){0,7})";
/** The subject before the verb: a run, an appositive of up to three parts ("Jane Smith, a professor at Cornell,"), "has", "also" */
const SUBJECT_RE = new RegExp(`(${RUN})((?:,\\s+[^,〓“”"]{1,120}){1,3},|,)?(?:\\s+(?:has|had|also|later|then|still))?\\s*$`, 'u');
/** "…, said Juan Perez, senior strategist at Tempus." (a role in lower case may stand before the name) */
const AFTER_RE = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}(${RUN})(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))`, 'u');
/** "…, Smith said.": what was said is the sentence before the comma */
const BEFORE_RE = new RegExp(`[\\p{L}\\d%)’]\\s*,\\s+(${RUN})\\s*$`, 'u');
/** Where a subject may start: a sentence or clause start, a conjunction, a role word ("Jefferies analyst") */
const START_RE = /(?:^|[,;:—(]|\b(?:but|and|while|though|although|as|when|meanwhile|however|because|both|after|before))\s*$/iu;
/** "She said residents …", "…, he told police …": a pronoun subject, the person named last */
const PRONOUN_RE = /(?:^|[,;:—]|\b(?:[Bb]ut|[Aa]nd|[Ww]hile))\s*(?:[Hh]e|[Ss]he)(?:\s+(?:also|later|then|has|had))?\s*$/u;
/** "Both Vindman and Williams told lawmakers that …": the first of two subjects */
const FIRST_OF_TWO_RE = new RegExp(`(${RUN})\\s+and\\s*$`, 'u');
/** Every capitalised run of a pronoun's sentence, read for the subject named before it */
const RUN_G = new RegExp(RUN, 'gu');
const ROLE_BEFORE_RE = /([a-z-]+)\s+$/u;
/** "told reporters", "told the BBC", "told Polygraph.info" */
const TOLD_RE = /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3}|[a-z]+)/u;
const THAT_RE = /^[^〓“”".;:!?]{0,100}?\bthat\s+/u;
/** Complements that are no clause: "said on Tuesday", "said in a statement.", "added 25 points" */
const NOT_CLAUSE_RE = /^\s*(?:[,:“"‘〓\d]|(?:on|in|at|during|after|before|from|to|with|for|of|by|while|when|as|about|and|but|or)\b)/iu;
/** A place that stands as a subject ("South Korea said", "New York said") */
const PLACE_RE = /^(?:North|South|New|United|San|Los|Wall) /u;
/** Words outside quotations (a masked quotation has no letter), counted up to `max` */
const plainWords = (s: string, max: number) => wordCount(s.replaceAll('〓', ' '), max);

/**
 * The complement is the article's own clause: no quotation opens it, three words or more, and a
 * quotation inside it leaves the claim to the words around it ("said the president’s “…” had
 * complicated the task"; not "said the U.N. is “…”").
 */
function isClause(rest: string, needThat: boolean): boolean {
  const that = THAT_RE.exec(rest);
  if (!that && (needThat || NOT_CLAUSE_RE.test(rest))) return false;
  const c = (that ? rest.slice(that[0].length) : rest).trimStart().split(/[.;!?](?:\s|$)/u)[0];
  const q = c.indexOf('〓');
  if (q < 0) return plainWords(c, 3) >= 3;
  const head = plainWords(c.slice(0, q), 4);
  return !/^[“"‘]/u.test(c) && (head >= 4 || (head >= 1 && plainWords(c.slice(c.lastIndexOf('〓') + 1), 3) >= 3));
}

/** A person's fullest name out of a capitalised run, or null (a body, an outlet, a place, a one-word name with no full form) */
function personName(run: string, allText: string, publisher: Publisher): string | null {
  // ("The Afghan Taliban"; "CBS Sports NFL Insider …": the publisher's own staff are never its sources)
  if (/^(?:The|A|An)\s/u.test(run) || publisher.isSelf(run.split(/\s+/u)[0])) return null;
  const name = enSpeakerFromPhrase(run);
  // (an acronym is a body: "CBP announced that" is no "CBP McAllen", the article's fuller form of it)
  if (!name || /^\p{Lu}+$/u.test(name) || EN_FUNCTION_WORDS.has(name.split(' ')[0]) || findOutlet(name)) return null;
  const full = fullestForm(name, allText);
  return /\s/u.test(full) && !PLACE_RE.test(full) && !EN_BODY_HEAD_RE.test(full) && classifySource(full) === 'other' && !bodyKind(full, allText) ? full : null;
}

/**
 * The person a "he" or "she" in paragraph `p` stands for: the last person this reader cited before
 * it in the paragraph, else the one person who speaks the paragraph's quotes; else the same in the
 * paragraph before. Two speakers, or none, is no guess.
 */
function personBefore(lastCited: Map<number, string>, speakers: Map<number, Set<string>>, p: number): string | null {
  for (const q of [p, p - 1]) {
    const set = speakers.get(q);
    if (lastCited.has(q) || set?.size) return lastCited.get(q) ?? (set!.size === 1 ? [...set!][0] : null);
  }
  return null;
}

export function findIndirectEn(blocks: SourceBlock[], allText: string, publisher: Publisher, quotes: Quote[] = []): SourceHit[] {
  const hits: SourceHit[] = [];
  // (each run is judged once per article: a hostile page repeats one name thousands of times)
  const names = new Map<string, string | null>();
  const nameOf = (run: string) => {
    if (!names.has(run) && names.size < MAX_NAMES) names.set(run, personName(run, allText, publisher));
    return names.get(run);
  };
  const lastCited = new Map<number, string>();
  // the people who speak each paragraph's quotes (named in full: a body is no "he"), read at the first pronoun
  let speakers: Map<number, Set<string>> | undefined;
  const speakersOf = () => {
    speakers = new Map();
    for (const q of quotes)
      if (q.speaker && /^\p{Lu}\S*(?: \S+){1,4}$/u.test(q.speaker) && classifySource(q.speaker) === 'other' && !bodyKind(q.speaker, allText))
        speakers.set(q.paragraph, (speakers.get(q.paragraph) ?? new Set<string>()).add(q.speaker));
    return speakers;
  };
  blocks.forEach((b, p) => {
    if (b.script !== 'en' || !b.verbs) return;
    const text = b.masked ?? b.text;
    // the last quotation mask before the verb, by one cursor as the verbs ascend (a scan of the
    // sentence per verb was quadratic in one long sentence: ", says X" 100k → 400k took 10×)
    let mask = -1;
    let next = text.indexOf('〓');
    for (const [at, verb] of b.verbs) {
      if (!VERB_RE.test(verb)) continue;
      while (next >= 0 && next < at) next = text.indexOf('〓', (mask = next) + 1);
      const [s, e] = b.sentences[sentenceAt(b.sentences, at)];
      const from = Math.max(s, at - WINDOW);
      const before = text.slice(from, at);
      const after = text.slice(at + verb.length, Math.min(e, at + verb.length + WINDOW));
      const push = (run: string, where: number) => {
        const name = nameOf(run);
        if (name) {
          hits.push({ name, paragraph: p, at: where, kind: 'other' });
          lastCited.set(p, name);
        }
        return !!name;
      };
      const thatOnly = THAT_ONLY_RE.test(verb);
      // the inverted orders: what was said is the sentence before the comma, with no quotation
      const said = thatOnly || mask >= s || wordCount(text.slice(s, at), 5) < 5 ? null : /,\s*$/u.test(before) ? AFTER_RE.exec(after) : BEFORE_RE.exec(before);
      if (said && (/,\s*$/u.test(before) || /^\s*(?:[.;!?,]|$)/u.test(after)) && push(said[1], at)) continue;
      let rest = /^tel|^tol/u.test(verb) ? after.replace(TOLD_RE, '') : after;
      // (the speaker of a quotation earlier in the sentence is no indirect source unless "that" follows)
      const needThat = thatOnly || before.includes('〓');
      // "She said residents do not have …": the person named last, when the clause is the article's own
      const pronoun = PRONOUN_RE.exec(before);
      if (pronoun) {
        // ("When Afghan President Ashraf Ghani announced the exchange, he said …": the subject named before it in the sentence)
        const lead = before.slice(0, pronoun.index);
        const named = [...lead.matchAll(RUN_G)].map((m) => (START_RE.test(lead.slice(0, m.index)) ? nameOf(m[0]) : null)).filter(Boolean).pop();
        const who = isClause(rest, needThat) && (named ?? personBefore(lastCited, speakers ?? speakersOf(), p));
        if (who) hits.push({ name: who, paragraph: p, at: from + pronoun.index, kind: 'other' });
        continue;
      }
      // "Smith, a trade professor at Cornell, said the plant would close", "Smith told reporters that …"
      const subj = SUBJECT_RE.exec(before);
      if (!subj) continue;
      const lead = before.slice(0, subj.index);
      const role = ROLE_BEFORE_RE.exec(lead)?.[1];
      // ("Dana Kim of the Department of Health and Human Services says": a name inside a body's name is no subject)
      if (/〓|\bof\s+(?:the\s+)?(?:\p{Lu}\S*\s+)+(?:and\s+)?$/u.test(lead) || !((from === s && !lead.trim()) || START_RE.test(lead) || (role && EN_ROLE_NOUNS.has(role)))) continue;
      // "Meanwhile, Doctor says, they’re trying …": a parenthetical subject and verb, the clause after
      if (/,\s*$/u.test(lead) && /^\s*,/u.test(rest)) rest = rest.replace(/^\s*,/u, '');
      if (!isClause(rest, needThat) || !push(subj[1], from + subj.index)) continue;
      const first = /\sand\s*$/u.test(lead) ? FIRST_OF_TWO_RE.exec(lead) : null;
      if (first && START_RE.test(lead.slice(0, first.index))) push(first[1], from + first.index);
    }
  });
  return hits;
}
