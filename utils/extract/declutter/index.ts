/**
 * Declutter: removes what is not the article, before Readability (on the cloned page) and after
 * it (inside the extracted article), and records every removal so the reader can show and undo
 * it. Stages, in order (each its own file):
 *   hidden (pre only) → selector rules → share/skip link groups → notices by wording → notice
 *   lines by wording (post only)
 *   → heading blocks → comment forms → own headline in lists → footers → repeated blocks →
 *   link lists (rank lists decide `ranking`) → nav bars, headers, sidebars.
 * Specific stages run before broad ones so a ranking inside a sidebar is recorded as `ranking`,
 * not as part of the sidebar. Every removal passes the main-content guard in `Pass`.
 */
import type { Removal } from '../types';
import { Pass } from './pass';
import { removeHidden } from './hidden';
import { applySelectorRules, findSelectorMatches } from './selector-rules';
import { removeCommentForms, removeShareGroups, removeSkipLinks } from './link-groups';
import { removeHeadingBlocks } from './heading-blocks';
import { removeOwnHeadlineLists } from './own-headline';
import { removeLinkLists } from './link-lists';
import { removeRepeatedBlocks } from './repeated-blocks';
import { removeTextNotices } from './text-notices';
import { removeNoticeLines } from './notice-lines';
import { removeTeaserCards } from './teaser-cards';

export interface DeclutterContext {
  /** 'pre' runs on the whole cloned document before Readability; 'post' on the extracted body. */
  phase: 'pre' | 'post';
  /** the article's headline if known (used to spot the article's own headline repeated in lists) */
  title: string | null;
  /** declared or detected language (BCP 47), or null */
  lang: string | null;
  /** the page's declared description (og:description or description), pre phase */
  description?: string | null;
}

/**
 * Removes clutter under `root` in place (root is always an inert clone, never the live page)
 * and returns one Removal per removed block, in document order. Each Removal carries the raw
 * outerHTML in `html`; the pipeline sanitizes it before it leaves the engine.
 */
export function declutter(root: Document | Element, ctx: DeclutterContext): Removal[] {
  const el = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  if (!el) return []; // an empty document: nothing to remove
  const pass = new Pass(el, ctx.phase, ctx.title, ctx.description ?? null);
  if (ctx.phase === 'pre') removeHidden(pass);
  const matches = findSelectorMatches(pass);
  applySelectorRules(pass, matches, 0);
  removeShareGroups(pass);
  removeSkipLinks(pass);
  // also inside the article: consent placeholders stand where an embed was (amnesty.de's
  // "Wir respektieren deine Privatsphäre …" box in place of a tweet)
  removeTextNotices(pass);
  if (ctx.phase === 'post') removeNoticeLines(pass);
  removeHeadingBlocks(pass);
  removeTeaserCards(pass);
  removeCommentForms(pass);
  removeOwnHeadlineLists(pass);
  // twice: a footer refused for its size may fit once the footers nested in it are gone
  if (applySelectorRules(pass, matches, 1)) applySelectorRules(pass, matches, 1);
  removeRepeatedBlocks(pass);
  removeLinkLists(pass);
  if (applySelectorRules(pass, matches, 2)) applySelectorRules(pass, matches, 2);
  return pass.removals();
}
