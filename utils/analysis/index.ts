/**
 * Source & quote analysis on an extracted article (issue #4): pure functions, no DOM, no
 * network. Blocks are read top to bottom so 同氏 / he / the statement resolve to the last
 * fitting speaker; each block uses the quote rules of its script (kana → Japanese,
 * Hangul → Korean, Han only → Chinese, else English).
 */
import type { AnalysisInput, AnalysisResult, Quote } from './types';

export type { AnalysisInput, AnalysisResult } from './types';
import { newCtx, type Ctx } from './context';
import { fullestForm } from './names';
import { findOutlet, findOutletSuffix } from './outlets';
import { enMentions, enQuotes } from './quotes-en';
import { jaQuotes } from './quotes-ja';
import { zhKoQuotes } from './quotes-zh-ko';
import { buildSources, findSourceHits } from './sources';
import { findSpans, maskSpans } from './spans';

const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL_RE = /\p{Script=Hangul}/u;
const HAN_RE = /\p{Script=Han}/u;

type Script = 'ja' | 'ko' | 'zh' | 'en';

function scriptOf(block: string, lang: string | null): Script {
  if (KANA_RE.test(block)) return 'ja';
  if (HANGUL_RE.test(block)) return 'ko';
  if (HAN_RE.test(block)) return 'zh';
  if (lang?.startsWith('ja') && /「/u.test(block)) return 'ja';
  return 'en';
}

function quotesFor(ctx: Ctx, blocks: string[], lang: string | null): Quote[] {
  const allText = blocks.join('\n');
  let offset = 0;
  blocks.forEach((raw, i) => {
    const block = raw.normalize('NFC');
    const spans = findSpans(block);
    const masked = maskSpans(block, spans);
    const script = scriptOf(block, lang);
    if (spans.length) {
      if (script === 'ja') jaQuotes(ctx, block, masked, spans, i);
      else if (script === 'en') enQuotes(ctx, block, masked, spans, i, allText, offset);
      else zhKoQuotes(ctx, block, masked, spans, i, script);
    } else if (script === 'ja') {
      jaQuotes(ctx, block, masked, spans, i);
    }
    if (script === 'en') enMentions(ctx, masked, i, allText, offset + block.length);
    offset += raw.length + 1;
  });
  // the fullest form the article gives: ノビコフ → ドミトリー・ノビコフ
  const full = new Map<string, string>();
  for (const q of ctx.quotes) {
    if (!q.speaker || full.has(q.speaker)) continue;
    full.set(q.speaker, findOutlet(q.speaker) || findOutletSuffix(q.speaker) ? q.speaker : fullestForm(q.speaker, allText));
  }
  return ctx.quotes.map((q) => ({ ...q, speaker: q.speaker ? (full.get(q.speaker) ?? q.speaker) : null }));
}

export function analyseArticle(input: AnalysisInput): AnalysisResult {
  const blocks = input.blocks.map((b) => b.normalize('NFC'));
  const captions = input.captions.map((c) => c.normalize('NFC'));
  const quotes = quotesFor(newCtx(), blocks, input.lang);
  const hits = findSourceHits(blocks, captions, input.links);
  // a medium a quote was given to, or an outlet that speaks, is a source too
  for (const q of quotes) {
    if (q.via) hits.push({ name: q.via, paragraph: q.paragraph });
    if (q.speaker && (findOutlet(q.speaker) || findOutletSuffix(q.speaker)?.alias === q.speaker)) hits.push({ name: q.speaker, paragraph: q.paragraph });
  }
  const { sources, anonymous } = buildSources(hits, blocks, captions);
  return { sources, quotes, anonymousSources: anonymous };
}
