/**
 * English direct quotes: "…," X said / X said, "…" / said X / partial quotes of four or more
 * words inside a reporting sentence / quote paragraphs that continue the last speaker.
 * Short scare quotes ("skinny", "Cleggmania") and quotes with no speaker are skipped.
 */
import { EN_DATE_WORDS, EN_FUNCTION_WORDS, EN_PEOPLE_NOUNS, EN_ROLE_NOUNS, EN_SAY, EN_WEEKDAYS, EN_CREATIVE_WORKS, EN_WORK_NOUNS } from './constants';
import { escapeRe } from '../text/escape-re';
import { addQuote, recentPerson, resolve, type Ctx } from './context';
import { EN_PRONOUN_RE, classifySource, enSpeakerFromPhrase, hasFullerForm } from './names';
import { PLATFORM_NAMES, findOutlet, findOutletSuffix } from './outlets';
import { memo } from './memo';
import { groupOfMembers } from './group-members';
import { sentenceAt } from './sentences';
import { longEnough, wordCount, type Span } from './spans';

const SAY = EN_SAY;
const SAY_RE = new RegExp(`\\b(?:${SAY})\\b`, 'u');
/** "…," Noem told the Argus Leader / "…," the statement said */
const AFTER_SUBJ_RE = new RegExp(`^\\s*[,.?!]?\\s*(?:—\\s*|–\\s*)?([^.;:?!〓]{1,200}?)\\s+(?:${SAY})\\b`, 'u');
/** "…," the statement read / concluded: a document speaks for its issuer (resolveEn) */
const DOC_READ_RE = /^\s*[,.?!]?\s*(the (?:[a-z-]+ )?(?:statement|letter|release|note|post))\s+(?:read|reads|concluded|concludes)\b/u;
/** "…," said White House Press Secretary Stephanie Grisham. */
const AFTER_VERB_RE = new RegExp(`^\\s*[,.?!]?\\s*(?:${SAY})\\s+([^.;:?!〓]{1,120}?)(?=[.;:?!]|,\\s|$)`, 'u');
/** …, Noem said in the campaign's announcement (attribution later in the sentence) */
const LATER_SUBJ_RE = new RegExp(`,\\s*([^,.;:〓]{1,60}?)\\s+(?:${SAY})\\b`, 'u');
/** …" announced in October, said Derek Scissors, a China scholar */
const LATER_VERB_RE = new RegExp(`,\\s*(?:${SAY})\\s+([^,.;:〓]{1,60}?)(?=[.,;]|$)`, 'u');
/** the “one country, two systems” formula: a quoted term modifying a noun */
const TERM_BEFORE_RE = /\b(?:the|a|an|its|their|his|her|this|that)\s+[“"]$/iu;
/** "a poem called “…”", "his 1985 novel, titled “…”": a work's title, not a quote (read in the 60 characters before it) */
const WORK_TITLE_BEFORE_RE = new RegExp(`\\b(?:${EN_WORK_NOUNS})s?,?\\s+(?:(?:was|is)\\s+)?(?:called|titled|entitled|named|dubbed)\\s*[“"]$`, 'iu');
/** "a poem", "the new song": a creative work is never a speaker */
const WORK_NP_RE = new RegExp(`^(?:an?|the|this|that|his|her|their|its)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:${EN_CREATIVE_WORKS})$`, 'iu');
const FUNCTION_WORDS = 'as|in|on|at|for|to|from|with|by|and|or|but|that|which|who|when|if|because|after|before|since|while|of';
const FUNCTION_WORD_RE = new RegExp(`^\\s*(?:${FUNCTION_WORDS})\\b`, 'u');
/** a phrase that opens with a function word or a linking adverb is no speaker (speakerLike) */
const FUNCTION_LEAD_RE = new RegExp(`^(?:${FUNCTION_WORDS}|speaking|then|so|now|just)\\b`, 'iu');
/** "But", "However,": a linking word before the subject */
const LINK_LEAD_RE = /^\s*(?:But|And|So|Yet|Still|Then|Now|Meanwhile|However),?\s+/u;
const TIGHT_AFTER_RE = new RegExp(
  `^\\s*(?:—\\s*)?(?:((?:\\p{Lu}[\\p{L}\\d.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}\\d.’'-]*|he|she|they|it|we)(?:,[^,.;:〓]{1,120},)?(?:\\s+[a-z]+ly)?\\s+(?:said|says|told|added|wrote|asked|replied|testified|explained|tweeted)\\b|(?:said|says|added|wrote|asked)\\s+((?:\\p{Lu}[\\p{L}\\d.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}\\d.’'-]*))`,
  'u',
);
const COMMA_HANDOVER_RE = /^\s*((?:(?:Mr|Mrs|Ms|Dr)\u2024\s)?(?:\p{Lu}\u2024\s|\p{Lu}[\p{L}\d’'-]+\s){0,3}\p{Lu}[\p{L}\d’'-]+|he|she|they|we)(?:\s+[a-z]+ly)?\s+[a-z]+(?:ed|s)\b/u;
const ACCORDING_NP_RE = /\baccording to (?:the |a |an )?((?:\p{Lu}[\p{L}\d.’'&-]{0,40}\s*){1,8})/u;
const APPOSITIVE_NAME_RE = /,\s*((?:\p{Lu}[\p{L}\d.’'&-]{0,40}\s*){1,8}),\s*$/u;
const FIRST_SAY_RE = new RegExp(`\\b(?:${SAY})\\b`, 'u');
const ALL_SAY_RE = new RegExp(`\\b(?:${SAY})\\b`, 'gu');
/** the prefix ends in the reporting verb: Liu said, warning: “…” / he said, “…” */
const PREFIX_CUE_RE = new RegExp(`\\b(?:${SAY})\\b(?:\\s+[^,:“"〓]{0,40})?[,:]\\s*$`, 'u');
const SAY_TAIL_RE = new RegExp(`\\s+(?:${SAY})\\s*,?\\s*$`, 'u');
/** "That being said, “…”", "That said, the DEA says": a linking phrase, not a reporting cue */
const THAT_SAID_LEAD_RE = /^\s*(?:That|This|Having|All) (?:being )?said,\s*/u;
/** One appositive before the verb: ", a nurse from Denver," / ", 45," / ", who …,". */
const APPOSITIVE_TAIL_RE = /,\s*(?:the|a|an|\d+|who|which|whose)\b[^,]*,\s*$/u;
const LEAD_PRONOUN_RE = /^(he|she|they|it|we|I)\s/u;
const CLAUSE_SPLIT_RE = /\b(?:when|as|after|before|while|because|and|but|that|where|since|though|although|if|which|who|whom|what)\b|[,;—–]/u;
const RELATIVE_RE = /^(?:who|which|that|whom|whose|where|when)$/iu;
const NP_OK_RE = /^(?:he|she|they|it|we|i|you|(?:the |a |an |one |two |three )?[\p{L}\d.’'&()-]+(?:\s+[\p{L}\d.’'&()-]+){0,8})$/iu;
const VERBISH_RE = /\b(?:is|was|were|are|has|had|have|will|would|could|can|be|been|not|do|does|did)\b/u;
const SENT_BREAK_RE = /[.!?][”"’)]{0,2}\s+(?=[A-Z“"‘'(])/gu;
/** "the president", "the prime minister": a title (a role noun) standing for the person who holds it */
const TITLE_ANAPHOR_RE = /^the ((?:prime |vice |attorney )?([a-z-]+))$/iu;
const isTitleAnaphor = (np: string) => {
  const m = TITLE_ANAPHOR_RE.exec(np);
  return m && EN_ROLE_NOUNS.has(m[2].toLowerCase()) && !EN_PEOPLE_NOUNS.has(m[2].toLowerCase()) ? m : null;
};
const TITLE_ABBR: Record<string, string> = { senator: 'Sen\\.', governor: 'Gov\\.', general: 'Gen\\.', president: 'Pres\\.' };
const VIA_RES: [RegExp, number][] = [
  [new RegExp(`\\b[Ii]n an? (?:post|message|statement|video|tweet) on (?:his |her |their |the )?(${PLATFORM_NAMES})\\b`, 'u'), 1],
  [/\btold (?:the )?(\p{Lu}[\p{L}\d&.’'-]{0,40}(?:\s+(?:\p{Lu}[\p{L}\d&.’'-]{0,40}|of|the)){0,6})/u, 1],
  [/\b(?:in|during) an? (?:interview|appearance|email|statement) (?:with|on|to) (?:the )?(\p{Lu}[\p{L}\d&.’'-]{0,40}(?:\s+\p{Lu}[\p{L}\d&.’'-]{0,40}){0,6})/u, 1],
  [/\b(?:posted|wrote|said|tweeted|announced) on (?:his |her |their |the )?[“"]?(\p{Lu}[\p{L}\d&.’'-]{0,40}(?:\s+\p{Lu}[\p{L}\d&.’'-]{0,40}){0,6})/u, 1],
  [new RegExp(`\\bin an? (?:(tweet)|(${PLATFORM_NAMES}) (?:post|video|message|statement))\\b`, 'u'), 0],
];

/** The sentence(s) a quote sits in: from the start of the sentence holding its opening mark to the end of the one holding its last word. */
function sentenceBounds(sentences: [number, number][], s: Span): [number, number] {
  const a = sentences[sentenceAt(sentences, s.open)];
  const b = sentences[sentenceAt(sentences, Math.max(s.open, s.close - 1))];
  return [a[0], Math.max(b[1], s.end)];
}

/** The words that open a leading adverbial or clause, which is not the subject (the two patterns below). */
const LEAD_WORDS = 'After|Before|In|On|At|During|When|While|As|Later|Earlier|Since|Speaking|Asked|Following|Separately|Meanwhile|However|Still|Also';
/** Leading adverbial pieces that are not the subject: "After the hearing, Hawk Sawyer …", "In a letter to the president in May, Zippy Duvall …". */
const LEAD_ADVERBIAL_RE = new RegExp(`^(?:${LEAD_WORDS}|Outside|Inside|Afterwards?)\\b`, 'u');
/** Adverbs and reflexives glued to the subject: "Thomas allegedly", "Montoya-Lewis herself". */
const TRAILING_ADVERB_RE = /\s+(?:allegedly|reportedly|also|then|later|again|previously|repeatedly|once|first|further|instead|too|finally|simply|herself|himself|themselves|itself|recently|earlier|previously|personally|publicly|privately|[a-z]{3,}ly)$/u;
/** Numbers and shares are never speakers: "Fifty-one percent", "3,000". */
const NUMBER_NP_RE = /^(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b|.*\b(?:percent|per cent)\b)/iu;
/** A party tag after a name: "R-Neb.", "D-Calif." — the name is before it. */
const PARTY_TAG_RE = /^[RDI]-\p{Lu}[\p{L}\d.]*$/u;
/** "the 56-year-old", "the former coach": a description that points back to the person just named. */
const DESCRIPTIVE_ANAPHOR_RE = /^(?:the )?(?:\d+-year-old|(?:former|veteran|new|embattled|outgoing) [a-z]+)$/iu;
/** A name run at the end of a phrase: "chairman, CEO and president Craig Menear" → Craig Menear. */
const TAIL_NAME_RE = /((?:\p{Lu}[\p{L}\d’'-]+\s+)(?:\p{Lu}\.\s+)?(?:(?:de|van|von|al|bin|da|di|le|la)\s+)?\p{Lu}[\p{L}\d’'-]+(?:\s+(?:Jr\.|Sr\.|III|II))?)$/u;

const cleanNp = memo((raw: string): string | null => {
  let np = raw.replace(/\u2024/gu, '.').trim();
  // "After the hearing, Hawk Sawyer": drop leading adverbial pieces
  while (LEAD_ADVERBIAL_RE.test(np) && np.includes(',')) np = np.slice(np.indexOf(',') + 1).trim();
  np = np.replace(/,[^,]*,\s*$/u, '').trim(); // "Cheuk Hau-yip, the commander of X," → Cheuk Hau-yip
  const pieces = np.split(',').map((x) => x.trim()).filter(Boolean);
  const lastPiece = pieces[pieces.length - 1] ?? '';
  const tail = pieces.length > 1 ? TAIL_NAME_RE.exec(lastPiece) : null;
  np = tail && /^[a-z]/u.test(pieces[0]) ? tail[1] : (pieces[0] ?? np);
  np = np.replace(LINK_LEAD_RE, '');
  // "Sen. Lindsey Graham (R-Texas)": a short bracket after a name (party, state, age) is no part of it
  np = np.replace(/(?<=\p{L})\s*\([^()]{1,20}\)$/u, '');
  np = np.replace(TRAILING_ADVERB_RE, '');
  // "The company flat-out (denied)": a lowercase hyphenated word after "the <noun>" is an adverb
  np = np.replace(/^([Tt]he [a-z]+)\s+[a-z]+-[a-z]+$/u, '$1');
  // "Leigh Sears who is the Lake Berryessa concessions manager": a name's relative clause is not part of it
  if (/ wh/u.test(np)) np = np.replace(/(?<=\p{Lu}[\p{L}’'-]{0,40})\s+(?:who|which|whose)\s.*$/u, '');
  // "Fadem in a Tuesday research report", "CEO Jo Bell in the company’s release": the channel is no part of the name
  // (the word before is bounded, as above: an unbounded lookbehind re-read the whole word at every
  // position, 1.4 s for a 50,000-letter word and 4x that for twice the length)
  // (asked first with a plain search: the lookbehind runs at every position, a hot spot of the English pass)
  if (/ (?:in|on|during) /u.test(np)) np = np.replace(/(?<=\p{Lu}[\p{L}’'.-]{0,40})\s+(?:in|on|during) (?:a|an|the|his|her|their|its)\s.*$/u, '');
  // "Paganini and his team" → Paganini
  np = np.replace(/\s+and\s+(?:his|her|their)\s+\w+$/u, '');
  // "a WeWork spokesperson when contacted by Reuters": a time clause is no part of the speaker
  np = np.replace(/\s+(?:when|while|after|before)\s.*$/u, '');
  if (RELATIVE_RE.test(np) || NUMBER_NP_RE.test(np) || PARTY_TAG_RE.test(np)) return null;
  // the “Pose” actor: a quoted title inside a description is a modifier
  if (/^the\s/iu.test(np)) np = np.replace(/\s[“"][^“”"]{1,40}[”"](?=\s)/gu, '');
  if (DESCRIPTIVE_ANAPHOR_RE.test(np)) return '=he';
  const pron = LEAD_PRONOUN_RE.exec(np) ?? /\s(he|she|they|we|it|I)$/u.exec(np);
  if (pron) return pron[1];
  if (!NP_OK_RE.test(np) || VERBISH_RE.test(np)) return null;
  return np;
});

/**
 * Periods inside names and abbreviations ("U.S. Attorney", "Sen.", "R-Neb.") would end the
 * speaker phrase: they become U+2024 (one dot leader, same length) while the phrase is read.
 */
const ABBR_DOT_RE =
  /\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Supt|Insp|Det|Rev|Hon|Atty)\.(?=\s)|\b\p{Lu}\.(?=\s+\p{Lu})|\b[RDI]-(?:\p{Lu}\.){1,3}|\b[RDI]-\p{Lu}[a-z]*\./gu;
const protectDots = (s: string) => s.replace(ABBR_DOT_RE, (m) => m.replace(/\./gu, '\u2024'));

/** Text before the first reporting verb, narrowed to its last clause ("Audience members laughed when he"). */
/** Leading adverbials of a sentence: "After the hearing, ", "In a letter to the president in May, ". */
// (a subordinate clause too: "While Stadia's lineup is light (…), Early says …", "Although …, Reyes said")
const LEAD_CLAUSE_RE = new RegExp(`^\\s*(?:${LEAD_WORDS}|Although|Though|Because|Despite|Amid|Unlike|Once|But|And|Critically|Yet)\\b[^,]*,\\s*`, 'u');
/** The subject before the main verb: a name, a pronoun or a short noun phrase, then a lowercase verb. */
const SUBJECT_BEFORE_VERB_RE = /^((?:\p{Lu}[\p{L}\d’'.\u2024-]*\s+){0,4}\p{Lu}[\p{L}\d’'.\u2024-]*|he|she|they|it|we|I|He|She|They|It|We|(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}\d’'-]+\s+){0,3}[\p{L}\d’'-]+?)(?:,[^,]{1,80},)?(?:\s+(?:even|also|then|later|once|still|just|[a-z]+ly))?\s+(?:[a-z]+(?:ed|s)|told|wrote|said|spoke|took|gave|made|sent|went|came|met|was|is|has|had)\b/u;

/** "Dräger, Inc.": a company suffix's comma is no clause boundary (nor an appositive's end) */
const COMPANY_COMMA_RE = /,\s+(Inc|Ltd|LLC|Corp|Co|plc|AG|GmbH|SA)\b/gu;
/** ", Senior Vice President of Sales for Dräger," / ", President Ascom North America,": a title-led appositive */
const ROLE_APPOSITIVE_RE = /,\s*(\p{Lu}[^,]{0,100}),\s*$/u;
const isRoleAppositive = (np: string): boolean => {
  const m = ROLE_APPOSITIVE_RE.exec(np);
  return !!m && m[1].split(/\s+/u, 4).some((w) => EN_ROLE_NOUNS.has(w.toLowerCase()));
};

/** ", says a report highlighting": the subject after an inverted verb, up to a participle, a relative or a comma */
const INVERTED_SUBJECT_RE = /^(?:said|says)\s+((?:an?|the)\s+[a-z-]+(?:\s+[a-z-]+)?(?=\s+(?:[a-z]+ing|who|which|that|from|by|of|on|in)\b|\s*[,.;]|\s*$)|(?:\p{Lu}[\p{L}\u2024.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?=\s*[,.;]|\s*$))/u;
/** "a report", "a new study": a document with no issuer */
const DOCUMENT_NP_RE = /^an?\s+(?:[a-z-]+\s+)?(?:report|study|survey|statement|letter|paper|analysis)$/u;

function subjectBefore(prefix0: string, last = false): string | null {
  // "That said, the DEA says …": a linking phrase is no reporting verb; "“…,” Dan McDowell said,
  // adding, “…”": the subject follows the earlier quote, whose closing mark ends what went before
  const prefix = prefix0.replace(THAT_SAID_LEAD_RE, '').replace(COMPANY_COMMA_RE, ' $1');
  let at = -1;
  if (last) {
    for (const m of prefix.matchAll(ALL_SAY_RE)) at = m.index ?? -1;
  } else at = FIRST_SAY_RE.exec(prefix)?.index ?? -1;
  if (at < 0) return null;
  // "… are treated as second-class citizens, says a report …": after a comma the verb is inverted,
  // so its subject follows it and the clause before is what was said; a document with no issuer
  // named there speaks for no one (resolveEn: "no guess")
  const inv = /,\s*$/u.test(prefix.slice(at - 3, at)) ? INVERTED_SUBJECT_RE.exec(prefix.slice(at)) : null;
  if (inv) return cleanNp(inv[1]);
  // "Trump, according to the White House, made …": the source is named after the verb
  if (/^according to/u.test(prefix.slice(at))) {
    const acc = ACCORDING_NP_RE.exec(prefix.slice(at));
    if (acc) return cleanNp(acc[1]);
  }
  const appositive = APPOSITIVE_NAME_RE.exec(prefix.slice(0, at));
  // ("Rob Goldman, President Ascom North America, says": a capitalised title describes the name before it)
  if (appositive && !(isRoleAppositive(appositive[0]) && /\p{Lu}[\p{L}.’'-]*\s+\p{Lu}[\p{L}.’'-]*\s*$/u.test(prefix.slice(Math.max(0, appositive.index - 40), appositive.index)))) return cleanNp(appositive[1]);
  const lead = LEAD_CLAUSE_RE;
  // (a quote's closing mark: after the filler of a masked quote, not a short term's — “terrorist”)
  let closed = -1;
  for (const m of prefix.slice(0, at).matchAll(/〓[.!?,]?[”"]/gu)) closed = m.index! + m[0].length;
  let np = prefix
    .slice(Math.max(0, closed), at)
    .replace(/^\s*,\s*/u, '')
    .replace(/,\s*(?:which|who|whose|where)\b[^,]*,/gu, '')
    .replace(/\s+(?:issued|released|put out|published|in) (?:a|an) (?:statement|report|note|email)\s*$/u, ' ');
  while (lead.test(np)) np = np.replace(lead, '');
  // a participle ("…, saying", "…, adding") has the main clause's subject: the sentence's first noun phrase
  if (/^\w+ing\b/u.test(prefix.slice(at))) {
    const subj = SUBJECT_BEFORE_VERB_RE.exec(np.trim());
    if (subj) return cleanNp(subj[1]);
    // "dealer Dana Holt said, adding": the main clause's verb ends it
    np = np.replace(SAY_TAIL_RE, '');
  }
  // "Maria Lopez, 45, a nurse from Denver, said": an appositive between the subject and the verb
  // (two in a row: "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told"; at most
  // three, each pass anchored at the end, so a long run of commas stays linear)
  let cut = 0;
  for (; cut < 3; cut++) {
    const re = APPOSITIVE_TAIL_RE.test(np) ? APPOSITIVE_TAIL_RE : isRoleAppositive(np) ? ROLE_APPOSITIVE_RE : null;
    if (!re) break;
    np = np.replace(re, ',');
  }
  if (cut) np = np.replace(/,\s*$/u, '');
  // "General Mark Milley, chairman of the Joint Chiefs of Staff, told": the appositive after a name
  // (read with lastIndexOf: a lookbehind tried at every comma was the slowest line on long sentences)
  const c2 = np.trimEnd().endsWith(',') ? np.lastIndexOf(',') : -1;
  const c1 = c2 > 0 ? np.lastIndexOf(',', c2 - 1) : -1;
  if (c1 > 0 && /\p{Lu}[\p{L}\d’'.\u2024-]*$/u.test(np.slice(Math.max(0, c1 - 40), c1))) np = np.slice(0, c1);
  // ages and numbers are not subjects: "Maria Lopez, 45, a nurse, said"
  // ("a spokesperson for the Universities and Colleges Employers’ Association", "for Customs and Border
  // Protection": an "and" between capitalised words after the/of/for joins a body's name, not two clauses)
  const pieces = np
    .replace(/(\b(?:the|of|for)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3})and(?=\s+\p{Lu})/gu, '$1an\u2060d')
    .split(CLAUSE_SPLIT_RE)
    .map((s) => s.replace(/\u2060/gu, '').trim())
    .filter((s) => s && !/^[\d\s]+$/u.test(s));
  np = pieces.length ? pieces[pieces.length - 1] : np;
  // "Van Der Beek even touched upon the idea …": a clause, whose subject is its leading name
  // (a shorter one too when the verb has an object: "Reyes criticised Governor Adams and asked" is Reyes)
  const clause = SUBJECT_BEFORE_VERB_RE.exec(np.trim());
  if (clause && (np.trim().split(/\s+/u).length > 4 || (clause[0].length < np.trim().length && !EN_FUNCTION_WORDS.has(clause[1])))) return cleanNp(clause[1]);
  return cleanNp(np.replace(/\s+(?:also|then|later|had|has|have|once|repeatedly|previously|again|first)$/u, ''));
}

const isPersonName = memo((n: string): boolean => {
  if (findOutlet(n) || findOutletSuffix(n)) return false;
  // a name the source table reads as a body ("Big Machine Records", "Nature Astronomy" aside) is no person
  if (/\s/u.test(n) && classifySource(n) !== 'other' && classifySource(n) !== 'anonymous') return false;
  if (/(?:Office|Department|Ministry|Commission|Council|Party|Productions|Inc|Corp|Group|Company|Agency|Authority|Administration|Service|Bureau|Directorate|Police|Army|Military|Government|House|Nations|Union|Court|Committee|Institute|University|Association|Foundation|military|office|police|statement|company)\b/u.test(n)) return false;
  return /^\p{Lu}[\p{L}\d.’'-]*(?:\s+\p{Lu}[\p{L}\d.’'-]*)*$/u.test(n);
});

const CAP_RUN_RE = /^((?:\p{Lu}\.\s+|\p{Lu}[\p{L}\d’'-]{0,40}\s+){0,3}\p{Lu}[\p{L}\d-]{0,40})(?![\p{L}\d’'])(?![’']s)/u;
const INVERTED_RE = /\b(?:said|says|added|wrote|according to|noted by)\s+(?:[a-z]+\s+){0,3}((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:\p{Lu}\.\s+|\p{Lu}[\p{L}\d’'-]+\s+){0,3}\p{Lu}[\p{L}\d’'-]+)(?=[,.;]|$)/u;
const notName = (w: string) => EN_FUNCTION_WORDS.has(w) || EN_DATE_WORDS.has(w) || /^(?:Ms|Mr|Mrs|Dr)$/u.test(w);

/**
 * The subject of the last earlier sentence of this paragraph that starts with a person's name
 * (a surname alone only when a fuller form appeared earlier): "Omar asked … She added, “…”".
 */
function lastPersonIn(before: string, allText: string, end: number, pronoun?: string): string | null {
  return personsOpening(before, allText, end, pronoun).pop() ?? null;
}

/**
 * The persons that open the sentences of `before` (or follow an inverted verb), in order. With
 * `pronoun` (the quote's he or she), a subject the sentence itself calls by the other one is left out.
 */
function personsOpening(before: string, allText: string, end: number, pronoun?: string): string[] {
  const found: string[] = [];
  // "Mr." does not end a sentence ("He urged Mr. Trump …" is one sentence that starts with He)
  const sentences = protectDots(before).split(SENT_BREAK_RE);
  for (const raw of sentences) {
    const sentence = raw.replace(/\u2024/gu, '.');
    // "…, said Mary E. Lovely, an economist.": the subject after the verb
    const inv = INVERTED_RE.exec(sentence);
    const invName = inv && enSpeakerFromPhrase(inv[1]);
    if (invName && isPersonName(invName)) {
      found.push(invName);
      continue;
    }
    // ("When the music didn’t go away, Steenburgen realized …": the subject after a leading clause)
    const base = sentence.replace(LINK_LEAD_RE, '');
    const main = base.replace(LEAD_CLAUSE_RE, '');
    // ("Although Ford had outlined the book …, he struggled": a main clause opening with he or she is
    // about the leading clause's subject, which follows its first word; not when the quote's own
    // pronoun is the other one: "When Ford visited his editor …, he would …. “…,” she recalled")
    const own = main !== base && /^(?:he|she)\b/u.exec(main);
    if (own && pronoun && own[0] !== pronoun) continue;
    const m = CAP_RUN_RE.exec(own ? base.replace(/^\s*\S+\s+/u, '') : main);
    CAP_RUN_RE.lastIndex = 0;
    // (people take no article: "The Portuguese boss", "The Hungarian" are descriptions)
    if (!m || m.index > 0 || /^The\s/u.test(m[1])) continue;
    const words = m[1].split(/\s+/u).filter((w) => !notName(w.replace(/\.$/u, '')));
    const name = words.length ? enSpeakerFromPhrase(words.join(' ')) : null;
    if (!name || !isPersonName(name)) continue;
    if (!/\s/u.test(name) && !hasFullerForm(name, allText, end)) continue;
    found.push(name);
  }
  return found;
}

/** A run of capitalised words (with initials), the raw form of a name anywhere in a sentence. */
const NAME_RUN_RE = /(?<![\p{L}\d’'.\u2024-])\p{Lu}[\p{Ll}’'-]+(?:\s+(?:\p{Lu}[.\u2024]\s+)?\p{Lu}[\p{Ll}’'-]+){1,4}(?![\p{L}\d])/gu;
/** A place or an institution is what follows these: "in New York", "at Boston College". */
const PLACE_PREP_RE = /\b(?:in|at|from|to|of|for|on)\s+(?:the\s+)?$/u;

/**
 * The people a sentence names anywhere, by a first and last name (outside quotations: they are
 * masked), distinct and in order: "after the novelist Jo Walton explained them to me". A place
 * after in/at/from is left out; so are outlets and bodies (isPersonName).
 */
function personsNamedIn(sentence: string): string[] {
  const found: string[] = [];
  for (const m of sentence.matchAll(NAME_RUN_RE)) {
    if (PLACE_PREP_RE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const words = m[0].replace(/\u2024/gu, '.').split(/\s+/u);
    while (words.length && notName(words[0].replace(/\.$/u, ''))) words.shift();
    if (words.length < 2) continue;
    const name = enSpeakerFromPhrase(words.join(' '));
    if (!name || !/\s/u.test(name) || !isPersonName(name) || EN_DATE_WORDS.has(name.split(' ')[0])) continue;
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (!found.some((f) => f.endsWith(' ' + last))) found.push(name);
  }
  return found;
}

/**
 * Gender only where the article's own words make it certain: of two or more people, "she" leaves
 * out those the article calls Mr., and keeps only those it calls Ms./Mrs. when there are any
 * ("he" the other way round). With one name, or no titles, the names stay as they are.
 */
function byTitle(names: string[], pronoun: string, text: string): string[] {
  if (names.length < 2) return names;
  const titled = (n: string, t: string) => new RegExp(`\\b(?:${t})\\.?\\s+${escapeRe(n.slice(n.lastIndexOf(' ') + 1))}\\b`, 'u').test(text);
  const [same, other] = pronoun === 'she' ? ['Ms|Mrs', 'Mr'] : ['Mr', 'Ms|Mrs'];
  const fit = names.filter((n) => !titled(n, other));
  const sure = fit.filter((n) => titled(n, same));
  return sure.length ? sure : fit;
}

/**
 * "he"/"she" after a quote, when the sentence before it opens with no one but names people
 * within it ("… until the novelist Jo Walton explained them to me. “…,” she said"): the one person
 * it names; two or more fit equally: "" (no guess); none: null (the other rules decide).
 */
function personNamedBefore(before: string, allText: string, end: number, pronoun: string, opensBlock = false): string | null {
  const pieces = protectDots(before).split(SENT_BREAK_RE);
  const own = pieces[pieces.length - 1] ?? '';
  const prev = opensBlock || /[.!?][”"’)]{0,2}\s*$/u.test(own) ? own : pieces[pieces.length - 2];
  if (!prev || /〓/u.test(prev)) return null;
  const names = byTitle(personsNamedIn(prev), pronoun, allText.slice(Math.max(0, end - 5000), end));
  // a sentence that opens with a person is theirs (lastPersonIn), unless two open it together
  // ("Ruth Okafor and Dana Pell joined …"): both fit, no guess
  // (the subject after a leading clause, with titles before it: "At a hearing, Rep. Robert Aderholt …")
  let head = prev.trimStart();
  while (LEAD_CLAUSE_RE.test(head)) head = head.replace(LEAD_CLAUSE_RE, '');
  const opener = names.length > 0 && /^(?:\p{Lu}[\p{L}\u2024.’'-]*\s+){0,3}$/u.test(head.slice(0, Math.max(0, head.indexOf(names[0].split(' ')[0]))));
  if (opener || personsOpening(prev.replace(/\u2024/gu, '.'), allText, end).length) return !opensBlock && names.length > 1 && prev.includes(`${names[0]} and ${names[1]}`) ? '' : null;
  return names.length === 1 ? names[0] : names.length > 1 ? '' : null;
}

/**
 * Further back than its paragraph, "the 56-year-old" is the one person the last sentences opened
 * with, by a first and last name; two people there (a coach who replaced another) fit: no guess.
 */
function onlyPersonBefore(window: string, allText: string, end: number): string | null {
  const names = personsOpening(window, allText, end);
  const surnames = new Set(names.map((n) => n.slice(n.lastIndexOf(' ') + 1)));
  const full = names.findLast((n) => /\s/u.test(n));
  return surnames.size === 1 && full ? full : null;
}

/** A quotation, blanked out of a look-back window (by replace, which resets lastIndex). */
const QUOTED_RE = /[“"][^“”"]*[”"]/gu;
/** An unnamed person opening a clause as the subject of a reporting verb: "But a spokesperson for the union said". */
const UNNAMED_SAYS_RE = new RegExp(`(?:^|[.!?]\\s+|\\b(?:[Bb]ut|[Aa]nd) )(?:[Aa]n?|[Oo]ne|[Tt]he) (?:[\\w-]+ ){0,2}(?:${[...EN_ROLE_NOUNS].join('|')})\\b[^.;:“”"]{0,100}?\\b(?:${SAY})\\b`, 'u');

/**
 * Between the last mention of `name` and the sentence of the pronoun, outside quotations, does
 * another person report: a person the article names as the subject of a reporting verb ("Early
 * says", "said Early") or an unnamed one ("a spokesperson … said")? Then "he" has two fitting
 * antecedents. Reads at most 1,500 characters and 40 names.
 */
function othersSince(ctx: Ctx, name: string, allText: string, end: number): boolean {
  const win = allText.slice(Math.max(0, end - 1500), end).replace(QUOTED_RE, (q) => ' '.repeat(q.length));
  const own = name.split(/\s+/u);
  const at = Math.max(...own.filter((w) => w.length > 2).map((w) => win.lastIndexOf(w)));
  if (at < 0) return false;
  // (up to the pronoun's own sentence: "the aide recalled that he said" is about someone else)
  let cut = at;
  for (const m of win.matchAll(/[.!?][”"’]?\s/gu)) cut = m.index;
  const since = win.slice(at, Math.max(at, cut));
  if (UNNAMED_SAYS_RE.test(since)) return true;
  // another person, by first and last name, as the subject of a clause ("Rep. Robert Aderholt (R-AL), …, pushed for")
  for (const m of since.matchAll(/(?:^|[.!?]\s+|,\s+)(?:(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms)\.\s+)?(\p{Lu}[\p{Ll}’'-]+ (?:\p{Lu}\. )?\p{Lu}[\p{Ll}’'-]+)(?: \([^)]{1,20}\))?(?:,[^,]{1,80},)? [a-z]+(?:ed|s)\b/gu))
    if (!own.some((w) => m[1].includes(w)) && isPersonName(m[1])) return true;
  const seen = new Set(own);
  for (let i = ctx.mentions.length - 1; i >= 0 && i >= ctx.mentions.length - 40; i--) {
    const m = ctx.mentions[i];
    const last = m.name.slice(m.name.lastIndexOf(' ') + 1);
    if (!m.person || seen.has(last) || last.length < 3 || !since.includes(last)) continue;
    seen.add(last);
    const n = escapeRe(last);
    if (new RegExp(`\\b${n}(?:,[^,]{1,60},)?\\s+(?:${SAY})\\b|\\b(?:said|says|added|wrote)\\s+(?:\\p{Lu}\\S*\\s+){0,3}${n}\\b`, 'u').test(since)) return true;
  }
  return false;
}

/** "the actor", "the former star", "the “Pose” actor": the, up to three modifiers, one lowercase singular head. */
const DEFINITE_ONE_RE = /^the (?!.*(?:[’']s\b|\b(?:of|for|from|at|in|who|and)\b))(?:\S+ ){0,3}[a-z-]+(?<!s)$/u;
const BODY_NOUN_RE = /\b(?:company|agency|ministry|department|government|police|military|court|office|union|board|club|team|league|party|firm|group|statement|report|letter|study|committee|council|commission|administration|authority|bureau|service|paper|newspaper|network|station|website|magazine|show)$/u;

/** "the production company", "the research firm": the, up to two lowercase modifiers, a body noun */
const BODY_DESCRIPTION_RE = /^the (?:[a-z-]+ ){0,2}(?:company|firm|agency|ministry|department|group|organization|organisation|statement)$/u;

/**
 * The subject of the last sentence before `end` (within 3,000 characters) that names a document
 * of this kind: "On Monday, Big Machine Records issued a statement", "X said in a statement". One
 * bounded backward scan: linear. Not "the statement" itself (that would point back again).
 */
function documentIssuer(allText: string, end: number, noun: string): string | null {
  const from = Math.max(0, end - 3000);
  const window = allText.slice(from, end);
  const re = new RegExp(`\\b(?:a|an|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\b`, 'gu');
  let at = -1;
  for (const m of window.matchAll(re)) at = m.index ?? at;
  if (at < 0) return null;
  const before = window.slice(0, at);
  // (the last sentence end, read backwards: a /[^.!?]*$/ search would rescan the tail from every position)
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  let sentence = protectDots(before.slice(start)).trimStart();
  while (LEAD_CLAUSE_RE.test(sentence)) sentence = sentence.replace(LEAD_CLAUSE_RE, '');
  const subj = SUBJECT_BEFORE_VERB_RE.exec(sentence);
  // ("The company flat-out denied the allegations": the subject stops at an adverb or a verb)
  const np = subj ? cleanNp(subj[1].replace(/\s+(?:[a-z]+-[a-z]+|[a-z]+ed)\b.*$/u, '')) : null;
  return np && !/^(?:the (?:[a-z-]+ )?(?:statement|letter|release)|he|she|it|they|we|i)$/iu.test(np) ? np : null;
}

/**
 * "the company": of the bodies the article has named as subjects, the one whose name (or, for a
 * name of three words or more, its first two: "Big Machine" for Big Machine Records) the text
 * before `end` shows last. Bounded: six names, a 2,000-character window.
 */
function latestBody(ctx: Ctx, allText: string, end: number): string | null {
  const window = allText.slice(Math.max(0, end - 2000), end);
  const seen = new Set<string>();
  let best: string | null = null;
  let bestAt = -1;
  for (let i = ctx.mentions.length - 1; i >= 0 && i >= ctx.mentions.length - 60 && seen.size < 6; i--) {
    const m = ctx.mentions[i];
    if (m.person || !m.name || seen.has(m.name) || !/^\p{Lu}/u.test(m.name) || /^(?:An?|One|Another|Some|Several|Two|Three)\s/u.test(m.name)) continue;
    seen.add(m.name);
    const words = m.name.split(' ');
    const at = window.lastIndexOf(words.length >= 3 ? words.slice(0, 2).join(' ') : m.name);
    if (at > bestAt) [best, bestAt] = [m.name, at];
  }
  return best;
}

/** A body a description points to, unless what was found is a person ("the company" is never Jane Doe): then the description. */
const notPerson = (found: string | null, np: string) => (found && isPersonName(found) ? np : found);

function resolveEn(ctx: Ctx, np: string, allText: string, end: number, paragraph: number, blockBefore: string): string | null {
  // "the 56-year-old" (cleanNp's "=he"): the person of this paragraph or the last speaker, never further back
  // (and, when neither has one, the one person the last sentences opened with: "Jose Mourinho has
  // been appointed … The 56-year-old said:"; see onlyPersonBefore)
  if (np === '=he')
    return lastPersonIn(blockBefore, allText, end) ?? (ctx.lastSpeaker && paragraph - ctx.lastPara <= 1 ? ctx.lastSpeaker : null) ?? onlyPersonBefore(allText.slice(Math.max(0, end - 1500), end), allText, end) ?? '';
  if (DOCUMENT_NP_RE.test(np)) return '';
  const lower = np.toLowerCase();
  // coreference of descriptions (issue #10 class 3): "the insider" after "an insider" is the same
  // unnamed speaker, so it keeps the article's first description; "the production company", "the
  // statement" (a body noun after up to two modifiers) is the body the article last named
  if (/^the\s/u.test(lower)) {
    const rest = lower.slice(4);
    // (first: a named group is fuller than "a group of doctors")
    // "the doctors stated", "says the letter signed by seven physicians": the group the article
    // says they are members of (group-members.ts)
    const plural = /^(?:(?:letter|statement) signed by (?:[\w-]+ ){0,2})?([a-z]{3,}s)$/u.exec(rest);
    const group = plural && groupOfMembers(plural[1], allText.slice(Math.max(0, end - 8000), end));
    if (group) return group;
    // (a speaker, or a subject the article reported with: "A hotel spokesperson said … the spokesperson said";
    // the earlier description may add up to three words before the head: "a hotel spokesperson")
    for (const n of [...ctx.quotes.slice(-30).map((q) => q.speaker ?? ''), ...ctx.mentions.slice(-30).map((m) => m.name)].reverse())
      if (/^an?\s/iu.test(n) && n.toLowerCase().endsWith(' ' + rest) && n.split(' ').length <= rest.split(' ').length + 4) return n;
    // "the statement said": whoever the article last said issued or spoke in a statement
    if (/^(?:[a-z-]+ )?(?:statement|letter|release)$/u.test(rest)) {
      const issuer = documentIssuer(allText, end, rest.slice(rest.lastIndexOf(' ') + 1));
      if (issuer) return resolveEn(ctx, issuer, allText, end, paragraph, blockBefore);
    }
    if (BODY_DESCRIPTION_RE.test(np.replace(/^The/u, 'the'))) return latestBody(ctx, allText, end) ?? notPerson(resolve(ctx, 'body'), np);
  }
  const title = isTitleAnaphor(np);
  if (title) {
    const word = title[1].replace(/^./, (c) => c.toUpperCase());
    const abbr = TITLE_ABBR[title[1].toLowerCase()];
    // "Director of PAHO Carissa F. Etienne", "President Trump", "Sen. Ben Sasse": the title, an optional "of X", the name
    const re = new RegExp(
      `\\b(?:${word}${abbr ? '|' + abbr : ''})(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.-]*){0,3}?)?,?\\s+((?:\\p{Lu}[\\p{L}\\d.’'-]+\\s+){0,3}\\p{Lu}[\\p{L}\\d’'-]+)`,
      'gu',
    );
    let last: string | null = null;
    for (const m of allText.slice(0, end).matchAll(re)) last = m[1];
    if (last) return enSpeakerFromPhrase(last);
    if (!/^the (?:spokesman|spokeswoman)$/i.test(np)) return np; // "the senator": better than a wrong name
  }
  if (EN_PRONOUN_RE.test(np)) {
    if (/^(?:he|she|i)$/.test(lower) || !!isTitleAnaphor(np) || /official|spokes|minister|president|senator|man|woman|prosecutor/.test(lower)) {
      // a person the sentence before names within it, when it opens with no one ("… until the novelist
      // Jo Walton explained them to me. “…,” she said"): that person, not an earlier speaker
      // (a quote that opens its paragraph: the last sentence of the paragraph before, its quotes
      // masked; a person opening that sentence is left to the rules below — round 4's "no guess")
      const opensBlock = !blockBefore.trim();
      const before = opensBlock ? allText.slice(Math.max(0, end - 600), end).replace(QUOTED_RE, (q) => '〓'.repeat(q.length)) : blockBefore;
      const named = /^(?:he|she)$/u.test(lower) ? personNamedBefore(before, allText, end, lower, opensBlock) : null;
      if (named != null) return named;
      // a person named earlier in this paragraph ("Omar asked … She added, “…”")
      const local = lastPersonIn(blockBefore, allText, end, lower);
      if (local) return local;
      // "But a spokesperson for the union said its members …. “…,” he said": the unnamed person who
      // reported in the sentence just before (an indefinite description opening it), not a speaker
      // named earlier
      const last = protectDots(before).split(SENT_BREAK_RE).pop() ?? '';
      const unnamed = UNNAMED_SAYS_RE.exec(last.replace(/\u2024/gu, '.'));
      const np = unnamed?.index === 0 ? unnamed[0].replace(/^\s*(?:(?:But|And) )?/u, '').replace(/\s+\S+$/u, '') : '';
      if (/^(?:an?|one)\s/iu.test(np)) return cleanNp(np);
      // "he said" right after a quote usually continues that speaker
      const cand = ctx.lastSpeaker && paragraph - ctx.lastPara <= 1 && isPersonName(ctx.lastSpeaker) ? ctx.lastSpeaker : resolve(ctx, 'person');
      // someone else has reported since ("Early says …", "a spokesperson … said"): two people fit, so no guess
      // (an acronym is no he or she: "NASA", "CPUC")
      return cand && (othersSince(ctx, cand, allText, end) || (/^(?:he|she)$/.test(lower) && /^[\p{Lu}\d&.-]{2,}$/u.test(cand))) ? '' : cand;
    }
    // "the company said", "the newspaper said", "the source said" with no body (or earlier "a source")
    // to point to: the description as written, never the last person named ("Jane Doe")
    const r = resolve(ctx, lower === 'we' || lower === 'they' || lower === 'it' || /statement|company|agency|ministry|department|group|firm|report|organi/.test(lower) ? 'body' : 'any');
    return /^the /u.test(lower) ? (lower === 'the source' ? np : notPerson(r, np)) : r;
  }
  // "said the actor", "the “Pose” actor said": a definite description of one person, with no
  // "of"/"for"/possessive that would make it a new person ("the victim's mother"), points back to
  // the person the paragraph or the last quote was about
  if (DEFINITE_ONE_RE.test(np) && !BODY_NOUN_RE.test(np) && !EN_PEOPLE_NOUNS.has(np.slice(np.lastIndexOf(' ') + 1))) {
    const back =
      lastPersonIn(blockBefore, allText, end) ??
      (ctx.lastSpeaker && paragraph - ctx.lastPara <= 2 && isPersonName(ctx.lastSpeaker) ? ctx.lastSpeaker : null) ??
      recentPerson(ctx, paragraph, 4);
    if (back) return back;
  }
  return enSpeakerFromPhrase(np);
}

/** what ends a channel phrase: "told reporters on Monday", "in an interview last week" */
const CHANNEL_TAIL_RE = new RegExp(`\\s+(?:on|in|at|that|this|last|${EN_WEEKDAYS})\\b.*$`, 'u');

export function enVia(sentence: string): string | null {
  for (const [re] of VIA_RES) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (m[1] === 'tweet') return 'X';
    const raw = (m[1] ?? m[2] ?? '').replace(/[.,;:!?]+$/u, '').replace(CHANNEL_TAIL_RE, '');
    // "said on Tuesday", "told reporters on Nov. 5": a day or a month is no channel
    if (!raw || EN_DATE_WORDS.has(/^\w+/u.exec(raw)?.[0] ?? '')) continue;
    const known = findOutlet(raw) ?? findOutletSuffix(raw)?.outlet;
    if (known) return known.kind === 'social media' ? known.name : raw.replace(/^the\s+/i, '');
    // "told Hawk Sawyer" in a hearing is no channel; "told the Argus Leader", "in an interview with Oprah Winfrey" are
    // said on "DWTS": a title in quotation marks after "on" is a programme
    const titled = /^[“"]/u.test(sentence.slice((m.index!) + m[0].length - m[1].length - 1));
    const channel = titled || classifySource(raw) !== 'other' || /\b(?:News|Times|Post|Journal|Herald|Tribune|TV|Radio|Magazine|Network|Daily|Press|Leader|Gazette|Chronicle|Wire)\b/u.test(raw) || /interview|show|programme|program|podcast/iu.test(sentence);
    if (/^\p{Lu}/u.test(raw) && raw.split(' ').length <= 5 && channel) return raw;
  }
  return null;
}

/** One block's English (and other Latin-script) quotes. */
export function enQuotes(ctx: Ctx, block: string, masked: string, spans: Span[], paragraph: number, allText: string, offset: number, sentences: [number, number][]): void {
  let prevSpeaker: string | null = null;
  for (const s of spans) {
    if (s.cjk) continue;
    const inner = s.text.trim();
    const words = wordCount(inner, 4);
    // the labels' rule: quoted words under four are names, titles and scare quotes, not quotes
    if (!longEnough(inner) || !/\p{L}/u.test(inner)) continue;
    const [sStart, sEnd] = sentenceBounds(sentences, s);
    // (bounded: a cue is read within 600 characters of its quote, so a paragraph that is one
    // 100,000-character sentence of quotes stays linear — it took 52 s at 400k)
    const prefix = protectDots(masked.slice(Math.max(sStart, s.open - 600), s.open));
    const rest = protectDots(masked.slice(s.end, Math.min(sEnd, s.end + 600)));
    const sentenceStartsWithQuote = prefix.trim() === '';
    const fullEnding = /[,.?!…—–-][’'"]?\s*$/u.test(inner) || s.close === block.length;
    let np: string | null = null;
    let m: RegExpExecArray | null;
    if (PREFIX_CUE_RE.test(prefix)) np = subjectBefore(prefix, true) ?? subjectBefore(prefix);
    if (!np && fullEnding && (m = AFTER_VERB_RE.exec(rest))) np = cleanNp(m[1]);
    if (!np && fullEnding && (m = AFTER_SUBJ_RE.exec(rest))) np = cleanNp(m[1]);
    if (!np && fullEnding && (m = DOC_READ_RE.exec(rest))) np = m[1];
    // “…right?” Sanborn said. — the quote's own ? ended the sentence, but a tight attribution follows
    if (!np && rest.trim() === '' && (m = TIGHT_AFTER_RE.exec(protectDots(masked.slice(s.end, s.end + 200))))) np = cleanNp(m[1] ?? m[2]);
    // “…,” Mr. Trump recounted: a quote that ends in a comma hands over to its attribution, whatever the verb
    if (!np && /,\s*$/u.test(inner) && (m = COMMA_HANDOVER_RE.exec(rest))) np = cleanNp(m[1]);
    if (!np && SAY_RE.test(prefix)) np = subjectBefore(prefix);
    if (!np && (m = LATER_SUBJ_RE.exec(rest))) np = cleanNp(m[1]);
    if (!np && (m = LATER_VERB_RE.exec(rest))) {
      // said another witness in the probe, former adviser Fiona Hill: the name is in the appositive
      const tail = /^[^,]*,\s*([^,.;]+)/u.exec(rest.slice((m.index!) + m[0].length));
      np = /^[a-z]/u.test(m[1]) && tail && /\p{Lu}/u.test(tail[1]) ? cleanNp(tail[1]) : cleanNp(m[1]);
    }
    if (TERM_BEFORE_RE.test(masked.slice(Math.max(0, s.open - 8), s.open + 1)) && /^\s*[a-z]/u.test(rest) && !FUNCTION_WORD_RE.test(rest)) continue;
    if (WORK_TITLE_BEFORE_RE.test(masked.slice(Math.max(0, s.open - 60), s.open + 1))) continue;
    let speaker: string | null = null;
    if (np) {
      // partial quotes need four words: "skinny", "tough on China" are scare quotes
      if (!sentenceStartsWithQuote && !/[:,]\s*$/u.test(prefix) && words < 4) continue;
      if (sentenceStartsWithQuote && !fullEnding && words < 4) continue;
      speaker = resolveEn(ctx, np, allText, offset + s.open, paragraph, masked.slice(Math.max(0, s.open - 600), s.open));
    } else {
      // a quote sentence continuing a speaker of this or the previous paragraph
      // a short quote sentence needs its speaker in the same paragraph ("It is working.")
      // (a pull quote, set apart, repeats words printed elsewhere: it is no new quote; within a
      // speaker's paragraph the repeat is theirs: a standfirst may have printed it first)
      if (!sentenceStartsWithQuote || words < (prevSpeaker ? 2 : 4) || (!prevSpeaker && printedTwice(ctx, inner))) continue;
      if (!/[.?!,…][’'"]?\s*$/u.test(inner) && s.close !== block.length) continue;
      speaker = prevSpeaker ?? (paragraph - ctx.lastPara <= 1 ? ctx.lastSpeaker : null);
      // a quote sentence right after a reporting sentence of the same paragraph, with no quote of its
      // own, is that sentence's subject's ("Swift's rep told Fox News that …. “…”")
      if (prevSpeaker == null) {
        // (the sentence before the quote's own, found by binary search: a scan per quote would be quadratic)
        const prev = sentences[sentenceAt(sentences, sStart) - 1];
        const text = prev && prev[1] > sStart - 400 ? protectDots(masked.slice(prev[0], prev[1])) : '';
        const np2 = text && !/[“"”]/u.test(text) && SAY_RE.test(text) ? subjectBefore(text) : null;
        const who = np2 ? resolveEn(ctx, np2, allText, offset + s.open, paragraph, masked.slice(Math.max(0, s.open - 600), s.open)) : null;
        if (who && speakerLike(who)) speaker = who;
      }
      // the paragraph opens with someone else, named ("Jo Bell said") or described ("Dan (not his real
      // name), a 19-year-old student, … “I was living …”"): no guess
      const lead = prevSpeaker == null && speaker ? /^\s*(\p{Lu}[\p{L}’'-]+)(?:\s*[,(]|\s+\p{Lu}[\p{L}’'-]+\s+[a-z])/u.exec(masked.slice(0, s.open)) : null;
      if (lead && !EN_FUNCTION_WORDS.has(lead[1]) && !speaker!.split(' ').includes(lead[1])) speaker = '';
      // a block that is all quote, after a block about a person (a post or letter quoted at length),
      // unless it repeats words printed elsewhere (a pull quote)
      if (speaker == null && s.open === 0 && s.end >= block.trimEnd().length - 1) speaker = recentPerson(ctx, paragraph, 1);
      if (speaker == null) continue;
    }
    // a reporting cue with no one it can point to ("he said" with no one named): unattributed, never a
    // guess; the quote sentences that continue it stay unattributed too, not the speaker before it
    if (speaker && !speakerLike(speaker)) speaker = '';
    const sentence = masked.slice(Math.max(sStart, s.open - 600), Math.min(sEnd, s.end + 600));
    addQuote(ctx, speaker, inner, paragraph, enVia(sentence), speaker ? isPersonName(speaker) : false);
    // "" (no one can be named): the quote paragraphs that continue it stay unattributed too
    if (speaker === '') [ctx.lastSpeaker, ctx.lastPara] = ['', paragraph];
    prevSpeaker = speaker;
  }
}

/** The opening and closing words of a quote, the keys a pull quote repeats (it may trim either end). */
export function quoteKeys(inner: string): string[] {
  const t = inner.replace(/[\s.,;:!?…’'"”]+$/u, '');
  return t.length < 20 ? [] : [t.slice(0, 30), t.slice(-30)];
}

/** Is this quote's opening or closing printed in two quotations of the article (a pull quote)? */
function printedTwice(ctx: Ctx, inner: string): boolean {
  return quoteKeys(inner).some((k) => (ctx.quoteKeys?.get(k) ?? 0) > 1);
}

/**
 * Can this be a speaker? A name, a body, or a description with a head noun ("the victim's
 * mother", "officers"); never a clause fragment ("as soon as possible", "Speaking through an
 * interpreter he"), a number, or a lone function word.
 */
const speakerLike = memo((s: string): boolean => {
  if (s.length > 80 || s.split(/\s+/u).length > 9) return false;
  if (WORK_NP_RE.test(s)) return false;
  if (/[“”"〓]/u.test(s) || /\)$/u.test(s)) return false;
  // "said someone in the public who": a reporting verb opening it or a relative pronoun ending it
  if (SAY_WORDS.has(s.slice(0, s.indexOf(' '))) || /\s(?:who|which|that|whom)$/u.test(s)) return false;
  if (VERBISH_RE.test(s) || /\b(?:might|may|should|must)$/u.test(s) || /(?<!\b(?:the|a|an|this|that|his|her|their|its|our|public) )\b(?:[a-z]+ing|as|soon|possible|through|when|if)\b\s*$/u.test(s)) return false;
  if (FUNCTION_LEAD_RE.test(s)) return false;
  // no word that can name anyone ("The", "Was", "You’re"); the rest of a relative clause ("feared
  // regime retaliation"); a clause ("Those include 1"); a count ("more than 4"); a day ("Black Friday");
  // a company suffix ("Inc.")
  const ws = s.split(/\s+/u);
  if (ws.every((w) => EN_FUNCTION_WORDS.has(w.replace(/[’']s$/u, '')) || w === 'One' || VERBISH_RE.test(w.toLowerCase()) || /[’'](?:re|ll|ve|d|m)$/u.test(w))) return false;
  if (/^[a-z]+ed\s|^\P{Lu}*\d|^(?:This|That|These|Those|There|It|What)\s+[a-z]|^(?:Inc|Ltd|Corp|Co|LLC|plc)\.?$/u.test(s) || ws.some((w) => WEEKDAY_RE.test(w))) return false;
  return /\p{L}{2}/u.test(s);
});

/** Sentence subjects that later pronouns may point to: "Patrick W. Carlineo Jr., 55, …", "the US military said". */
const LEAD_NAME_RE = /\s*((?:\p{Lu}\.\s+|\p{Lu}[\p{L}\d’'-]{0,40}\s+){0,3}\p{Lu}[\p{L}\d’'-]{0,40}(?:\s+Jr\.|\s+Sr\.)?)(?=,|\s+[a-z])/uy;

/**
 * The last words of the multi-word person mentions so far ("Carlineo" for "John Carlineo"): a
 * set kept in step with the append-only ctx.mentions, instead of scanning every mention for
 * every sentence-leading name (quadratic on long articles).
 */
const surnameIndex = new WeakMap<Ctx['mentions'], { seen: number; names: Set<string> }>();
function personSurnames(ctx: Ctx): Set<string> {
  let idx = surnameIndex.get(ctx.mentions);
  if (!idx || idx.seen > ctx.mentions.length) {
    idx = { seen: 0, names: new Set() };
    surnameIndex.set(ctx.mentions, idx);
  }
  for (; idx.seen < ctx.mentions.length; idx.seen++) {
    const x = ctx.mentions[idx.seen];
    const sp = x.name.lastIndexOf(' ');
    if (x.person && sp >= 0) idx.names.add(x.name.slice(sp + 1));
  }
  return idx.names;
}

const WEEKDAY_RE = new RegExp(`^(?:${EN_WEEKDAYS})$`, 'u');
const SAY_WORDS = new Set(SAY.split('|'));

export function enMentions(ctx: Ctx, masked: string, paragraph: number, allText = '', end = allText.length, sentences?: [number, number][], verbs?: [number, string][]): void {
  // the name that opens each sentence (read at the sentence's start only)
  for (const [a] of sentences ?? [[0, masked.length]]) {
    LEAD_NAME_RE.lastIndex = a;
    const m = LEAD_NAME_RE.exec(masked);
    if (!m) continue;
    const n = m[1].trim();
    if (EN_FUNCTION_WORDS.has(n.split(/\s+/u)[0])) continue;
    if (!/\s/u.test(n) && !personSurnames(ctx).has(n) && !hasFullerForm(n, allText, end)) continue;
    const name = enSpeakerFromPhrase(n);
    if (name) ctx.mentions.push({ name, person: isPersonName(name), paragraph });
  }
  // only the sentences that hold a reporting verb (the block's verbs were found once, in prepareBlocks)
  const ranges = sentences ?? [[0, masked.length]];
  let last = -1;
  for (const [at, verb] of verbs ?? [...masked.matchAll(ALL_SAY_RE)].map((m) => [m.index!, m[0]] as [number, string])) {
    if (!SAY_WORDS.has(verb)) continue;
    const k = sentenceAt(ranges, at);
    if (k === last) continue;
    last = k;
    const sentence = masked.slice(ranges[k][0], ranges[k][1]);
    if (sentence.includes('〓')) continue;
    const np = subjectBefore(sentence);
    if (!np || EN_PRONOUN_RE.test(np) || np === '=he') continue;
    // a subject that can name no one ("feared regime retaliation") still reported: a later "he" has
    // no fitting name, so it must not reach past it to someone earlier
    // (not a passive: in "the students were told" no one reports)
    if (!speakerLike(np)) {
      if (!VERBISH_RE.test(np)) ctx.mentions.push({ name: '', person: true, paragraph });
      continue;
    }
    const name = enSpeakerFromPhrase(np);
    if (name) ctx.mentions.push({ name, person: isPersonName(name), paragraph });
  }
}
