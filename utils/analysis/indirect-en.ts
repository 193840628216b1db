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
 * Kept small for the analysis bundle's budget (scripts/size.mjs): the verbs of saying only, no
 * pronouns, one subject per verb.
 */
import { EN_FUNCTION_WORDS, EN_ROLE_NOUNS } from './constants';
import { EN_BODY_HEAD_RE, bodyKind, classifySource, enSpeakerFromPhrase, fullestForm } from './names';
import { findOutlet } from './outlets';
import type { Publisher } from './publisher';
import { sentenceAt } from './sentences';
import { wordCount } from './spans';
import type { SourceBlock, SourceHit } from './sources';

const WINDOW = 200;
/** Distinct capitalised runs judged per article (each a few scans of the text around the name) */
const MAX_NAMES = 200;
/** The verbs of saying, which take a clause with or without "that" */
const VERB_RE = /^(?:said|says|told|wrote|writes|added)$/u;
/** A capitalised run of up to eight words (names, titles, initials) */
const RUN = "(?:\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.’'-]*|de|van|von|al)){0,7})";
/** The subject before the verb: a run, an appositive of up to three parts ("Jane Smith, a professor at Cornell,"), "has", "also" */
const SUBJECT_RE = new RegExp(`(${RUN})((?:,\\s+[^,〓“”"]{1,120}){1,3},|,)?(?:\\s+(?:has|had|also|later|then|still))?\\s*$`, 'u');
/** "…, said Juan Perez, senior strategist at Tempus." (a role in lower case may stand before the name) */
const AFTER_RE = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}(${RUN})(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))`, 'u');
/** "…, Smith said.": what was said is the sentence before the comma */
const BEFORE_RE = new RegExp(`[\\p{L}\\d%)’]\\s*,\\s+(${RUN})\\s*$`, 'u');
/** Where a subject may start: a sentence or clause start, a conjunction, a role word ("Jefferies analyst") */
const START_RE = /(?:^|[,;:—(]|\b(?:but|and|while|though|although|as|when|meanwhile|however|because))\s*$/iu;
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
function isClause(rest: string): boolean {
  const that = THAT_RE.exec(rest);
  if (!that && NOT_CLAUSE_RE.test(rest)) return false;
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
  if (!name || EN_FUNCTION_WORDS.has(name.split(' ')[0]) || findOutlet(name)) return null;
  const full = fullestForm(name, allText);
  return /\s/u.test(full) && !PLACE_RE.test(full) && !EN_BODY_HEAD_RE.test(full) && classifySource(full) === 'other' && !bodyKind(full, allText) ? full : null;
}

export function findIndirectEn(blocks: SourceBlock[], allText: string, publisher: Publisher): SourceHit[] {
  const hits: SourceHit[] = [];
  // (each run is judged once per article: a hostile page repeats one name thousands of times)
  const names = new Map<string, string | null>();
  blocks.forEach((b, p) => {
    if (b.script !== 'en' || !b.verbs) return;
    const text = b.masked ?? b.text;
    for (const [at, verb] of b.verbs) {
      if (!VERB_RE.test(verb)) continue;
      const [s, e] = b.sentences[sentenceAt(b.sentences, at)];
      const from = Math.max(s, at - WINDOW);
      const before = text.slice(from, at);
      const after = text.slice(at + verb.length, Math.min(e, at + verb.length + WINDOW));
      const push = (run: string, where: number) => {
        if (!names.has(run) && names.size < MAX_NAMES) names.set(run, personName(run, allText, publisher));
        const name = names.get(run);
        if (name) hits.push({ name, paragraph: p, at: where, kind: 'other' });
        return !!name;
      };
      // the inverted orders: what was said is the sentence before the comma, with no quotation
      const content = text.slice(s, at);
      const said = content.includes('〓') || plainWords(content, 5) < 5 ? null : /,\s*$/u.test(before) ? AFTER_RE.exec(after) : BEFORE_RE.exec(before);
      if (said && (/,\s*$/u.test(before) || /^\s*(?:[.;!?,]|$)/u.test(after)) && push(said[1], at)) continue;
      // "Smith, a trade professor at Cornell, said the plant would close", "Smith told reporters that …"
      const subj = SUBJECT_RE.exec(before);
      const lead = subj ? before.slice(0, subj.index) : '';
      const role = ROLE_BEFORE_RE.exec(lead)?.[1];
      // ("Dana Kim of the Department of Health and Human Services says": a name inside a body's name is no subject)
      if (!subj || /〓|\bof\s[^,]*$/u.test(lead) || !((from === s && !lead.trim()) || START_RE.test(lead) || (role && EN_ROLE_NOUNS.has(role)))) continue;
      if (isClause(verb === 'told' ? after.replace(TOLD_RE, '') : after)) push(subj[1], from + subj.index);
    }
  });
  return hits;
}
