/**
 * Extract stage, part 1: Mozilla Readability on the pipeline's clone (never the live page),
 * with options tuned by script. Returns the article container as a DOM element of the clone
 * (the serializer option hands it back untouched: no serialise-and-reparse round trip).
 */
// The class alone, not the package's entry: see readability-class.d.ts.
import Readability from '@mozilla/readability/Readability.js';
import { CHAR_THRESHOLD, NB_TOP_CANDIDATES } from '../constants';

export interface ReadabilityOutput {
  /** the article body, an element owned by the clone */
  content: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
}

/**
 * Readability counts commas to score paragraphs, but its list lacks the ideographic comma 、
 * (U+3001, and halfwidth U+FF64), the comma of Japanese prose, so Japanese paragraphs score as
 * if they had none and a comma-rich English footer can outscore a short Japanese body (seen on
 * ZDNet Japan). Set on the instance: the shared prototype stays stock for other users.
 */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001\uFF64]/g;

function tuneScoring(reader: object): void {
  const r = reader as { REGEXPS: Record<string, RegExp> };
  r.REGEXPS = { ...r.REGEXPS, commas: COMMAS };
}

/**
 * A runtime's own adjustment of each Readability instance before it parses, set once by the
 * runtime that needs one: the CLI registers its jsdom speedup (scripts/cli/readability-walk.ts);
 * browsers register none, so that code stays out of the reader bundle.
 */
let instanceHook: ((reader: object, doc: Document) => void) | null = null;

export function setReadabilityInstanceHook(hook: ((reader: object, doc: Document) => void) | null): void {
  instanceHook = hook;
}

function isCjk(lang: string | null): boolean {
  return !!lang && /^(?:ja|zh|ko)\b/i.test(lang);
}

/** Runs Readability on `clone` (mutated: it is the pipeline's private copy). Null if nothing found. */
export function runReadability(clone: Document, lang: string | null): ReadabilityOutput | null {
  const reader = new Readability<Element>(clone, {
    charThreshold: isCjk(lang) ? CHAR_THRESHOLD.cjk : CHAR_THRESHOLD.other,
    nbTopCandidates: NB_TOP_CANDIDATES,
    // Classes stay until the post-declutter pass has seen them (it matches on class names);
    // the pipeline drops them before sanitizing.
    keepClasses: true,
    serializer: (el) => el as Element,
  });
  tuneScoring(reader);
  instanceHook?.(reader, clone);
  const r = reader.parse();
  if (!r || !r.content) return null;
  return {
    content: r.content,
    title: r.title ?? null,
    byline: r.byline ?? null,
    siteName: r.siteName ?? null,
    lang: r.lang ?? null,
    dir: r.dir ?? null,
    publishedTime: r.publishedTime ?? null,
  };
}
