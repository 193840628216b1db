/**
 * People cited in indirect speech (round 13): sources of kind `other`, found by sentence structure
 * in the languages whose labels list them (English, Japanese, Chinese, Korean; the fixtures
 * README's round-13 convention). Each language's reader is its own file; this picks by the
 * block's script and the page's language. The English reader is round 13's compact one with the
 * fuller one's pronouns, compound subjects and parentheticals brought back (perf14; the fuller
 * reader, commit 7f0be34, cost twice the English CPU time: one regex of it was quadratic in its
 * window). `quotes` give a "he"/"she" the paragraph's speaker.
 */
import { findIndirectCjk } from './indirect-cjk';
import { findIndirectEn } from './indirect-en';
import type { Publisher } from './publisher';
import type { SourceBlock, SourceHit } from './sources';
import type { Quote } from './types';

export function findIndirectSources(blocks: SourceBlock[], allText: string, publisher: Publisher, lang: string | null, quotes: Quote[] = []): SourceHit[] {
  const hits: SourceHit[] = [];
  // (German and other Latin-script pages read their blocks as English: their labels do not list these people yet)
  if (!lang || /^en\b/u.test(lang)) hits.push(...findIndirectEn(blocks, allText, publisher, quotes));
  hits.push(...findIndirectCjk(blocks, allText));
  return hits;
}
