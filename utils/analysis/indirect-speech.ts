/**
 * People cited in indirect speech (round 13): sources of kind `other`, found by sentence structure
 * in the languages whose labels list them (English, Japanese, Chinese, Korean; the fixtures
 * README's round-13 convention). Each language's reader is its own file; this picks by the
 * block's script and the page's language. The English reader is round 13's compact one (verbs of
 * saying, the inverted orders, one subject per verb): the first, fuller one (pronouns, compound
 * subjects, parentheticals; commit 7f0be34) found a few more on tune (.85 against .81) at twice the
 * English CPU time per article (mean 1.7 → 3.4 ms, slowest 5.8 → 17.5 ms).
 */
import { findIndirectCjk } from './indirect-cjk';
import { findIndirectEn } from './indirect-en';
import type { Publisher } from './publisher';
import type { SourceBlock, SourceHit } from './sources';
import type { Quote } from './types';

export function findIndirectSources(blocks: SourceBlock[], allText: string, publisher: Publisher, lang: string | null, _quotes: Quote[] = []): SourceHit[] {
  const hits: SourceHit[] = [];
  // (German and other Latin-script pages read their blocks as English: their labels do not list these people yet)
  if (!lang || /^en\b/u.test(lang)) hits.push(...findIndirectEn(blocks, allText, publisher));
  hits.push(...findIndirectCjk(blocks, allText));
  return hits;
}
