/**
 * People cited in indirect speech (round 13): sources of kind `other`, found by sentence structure
 * in the languages whose labels list them (the fixtures README's round-13 convention). English
 * pages only for the English reader: German and other Latin-script pages read their blocks as
 * English, and their labels do not list these people.
 */
import { findIndirectCjk } from './indirect-cjk';
import { findIndirectEn } from './indirect-en';
import type { Publisher } from './publisher';
import type { SourceBlock, SourceHit } from './sources';

export const findIndirectSources = (blocks: SourceBlock[], allText: string, publisher: Publisher, lang: string | null): SourceHit[] => [
  ...(!lang || /^en\b/u.test(lang) ? findIndirectEn(blocks, allText, publisher) : []),
  ...findIndirectCjk(blocks, allText),
];
