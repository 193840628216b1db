/**
 * People cited in indirect speech (round 13): sources of kind `other`, found by sentence structure
 * in the languages whose labels list them (the fixtures README's round-13 convention). English
 * pages only: German and other Latin-script pages read their blocks as English, and their labels
 * do not list these people. The Japanese and Chinese reader of this round (commit d7e7873,
 * indirect-cjk.ts) is left out for the analysis bundle's budget: it needs about 2 kB more.
 */
import { findIndirectEn } from './indirect-en';
import type { Publisher } from './publisher';
import type { SourceBlock, SourceHit } from './sources';

export const findIndirectSources = (blocks: SourceBlock[], allText: string, publisher: Publisher, lang: string | null): SourceHit[] =>
  !lang || /^en\b/u.test(lang) ? findIndirectEn(blocks, allText, publisher) : [];
