/**
 * "the doctors said": a plural description standing for the group the article says they form
 * (issue #10 class 3; round 15, sh-en-msn-flu-shots: "A group of physicians … The doctors, members
 * of a recently formed group Doctors for Camp Closure, … the physicians stated").
 */
const GROUP = '(?:group|organi[sz]ation|coalition|association|campaign)';
/** The group's name: capitalised words, with "for/of/and/the" inside it ("Doctors for Camp Closure"). */
const NAME = "(\\p{Lu}[\\p{L}\\d’'-]*(?: (?:for|of|and|the) \\p{Lu}[\\p{L}\\d’'-]*| \\p{Lu}[\\p{L}\\d’'-]*){0,6})";
/** "members of a recently formed group Doctors for Camp Closure" / "Doctors for Camp Closure, a group of physicians" */
const NAMED_RE = new RegExp(`\\bmembers of (?:an?|the) (?:[\\w-]+ ){0,3}${GROUP},? ${NAME}|${NAME}, an? (?:[\\w-]+ ){0,3}${GROUP} of\\b`, 'gu');

/**
 * The one group the text (the article before the quote) names by apposition, when the plural
 * `head` ("doctors") is tied to a group there ("the doctors, members of …", "a group of
 * physicians"); two groups named, or no tie: null (no guess). Linear: two bounded regex scans.
 */
export function groupOfMembers(head: string, text: string): string | null {
  const names = new Set<string>();
  for (const m of text.matchAll(NAMED_RE)) names.add(m[1] ?? m[2]);
  if (names.size !== 1) return null;
  const tie = new RegExp(`\\b(?:[Tt]he ${head}, members of|${GROUP} of (?:[\\w-]+ ){0,2}${head})\\b`, 'u');
  return tie.test(text) ? [...names][0] : null;
}
