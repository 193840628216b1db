/**
 * Source & quote analysis on an extracted article (issues #4, #10): pure functions, no DOM, no
 * network. Each block is masked (quote interiors hidden), cut into sentences with
 * Intl.Segmenter, and read top to bottom so 同氏 / he / the statement resolve to the last
 * fitting speaker; each block uses the quote rules of its script (kana → Japanese, Hangul →
 * Korean, Han only → Chinese, else English and other Latin-script languages).
 */
import type { AnalysisInput, AnalysisResult, Quote, SourceKind } from './types';
import { EN_VERB_RE, KANA_RE, LATIN_NAME_RE } from './constants';

export type { AnalysisInput, AnalysisResult } from './types';
import { newCtx, type Ctx } from './context';
import { LEADING_ARTICLE_RE, bodyKind, enRole, fullestForm, holderOf } from './names';
import { findOutlet, findOutletSuffix } from './outlets';
import { findPublisher, type Publisher } from './publisher';
import { enMentions, enQuotes, quoteKeys } from './quotes-en';
import { deQuotes, deRole } from './quotes-de';
import { jaQuotes } from './quotes-ja';
import { zhIntroRole, zhKoQuotes } from './quotes-zh-ko';
import { zhFullest } from './zh-fullest';
import { splitSentences } from './sentences';
import { buildSources, findSourceHits, type SourceBlock } from './sources';
import { findSpans, maskSpans, type Span } from './spans';
import { findIndirectSources } from './indirect-speech';

const HANGUL_RE = /\p{sc=Hang}/u;
const HAN_RE = /\p{sc=Han}/u;

export type Script = 'ja' | 'ko' | 'zh' | 'en';

export interface Block extends SourceBlock {
  index: number;
  masked: string;
  spans: Span[];
  script: Script;
}

/**
 * Code points that may be kana, Hangul or Han (a superset, checked over every code point): one
 * scan of an English block, not three, and plain ranges run about 5× faster than script classes.
 */
const CJK_RE = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef\u{10000}-\u{10ffff}]/u;

function scriptOf(block: string, lang: string | null): Script {
  if (CJK_RE.test(block)) {
    if (KANA_RE.test(block)) return 'ja';
    if (HANGUL_RE.test(block)) return 'ko';
    if (HAN_RE.test(block)) return 'zh';
  }
  if (lang?.startsWith('ja') && /「/u.test(block)) return 'ja';
  return 'en';
}

const SEGMENT_LANG: Record<Script, string> = { ja: 'ja', ko: 'ko', zh: 'zh', en: 'en' };

export function prepareBlocks(blocks: string[], lang: string | null): Block[] {
  return blocks.map((text, index) => {
    const spans = findSpans(text);
    const masked = maskSpans(text, spans);
    const script = scriptOf(text, lang);
    const seg = script === 'en' && lang && !/^en/u.test(lang) ? lang : SEGMENT_LANG[script];
    // English reporting verbs, found once for the quotes and the sources
    const verbs = script === 'en' ? [...masked.matchAll(EN_VERB_RE)].map((m) => [m.index!, m[0]] as [number, string]) : undefined;
    return { index, text, masked, spans, script, sentences: splitSentences(masked, seg), verbs };
  });
}

function quotesFor(ctx: Ctx, blocks: Block[], publisher: Publisher, allText: string, de: boolean): Quote[] {
  // every quotation's opening and closing words, counted once for the article (pull quotes repeat them)
  ctx.quoteKeys = new Map();
  for (const b of blocks) for (const s of b.spans) for (const k of quoteKeys(s.text)) ctx.quoteKeys.set(k, (ctx.quoteKeys.get(k) ?? 0) + 1);
  ctx.quoteTexts = blocks.flatMap((b) => b.spans.map((s) => s.text)).join('\u0000');
  let offset = 0;
  for (const b of blocks) {
    const { text: block, masked, spans, script, index: i } = b;
    // (German blocks with no quotes too: "Minister Axel Vogel:" introduces the next block's)
    if (spans.length || (de && script === 'en')) {
      if (script === 'ja') jaQuotes(ctx, block, masked, spans, i, b.sentences);
      else if (script === 'en' && de) deQuotes(ctx, masked, spans, i, b.sentences, allText);
      else if (script === 'en') enQuotes(ctx, block, masked, spans, i, allText, offset, b.sentences);
      else zhKoQuotes(ctx, block, masked, spans, i, script, b.sentences, blocks[i + 1]?.text);
    } else if (script === 'ja') {
      jaQuotes(ctx, block, masked, spans, i, b.sentences);
    } else if (script !== 'en') {
      // no quotes, but the people it names speak later (张凡透露…, 박채규 대표가 …)
      zhKoQuotes(ctx, block, masked, spans, i, script, b.sentences, blocks[i + 1]?.text);
    }
    if (script === 'en') enMentions(ctx, masked, i, allText, offset + block.length, b.sentences, b.verbs);
    offset += block.length + 1;
  }
  // the fullest form the article gives: ノビコフ → ドミトリー・ノビコフ; 汉森 → 迈克尔·汉森 (a speaker named in full)
  const full = new Map<string, string>();
  let acronyms = 0;
  const dotted = new Map<string, string>();
  const ends: number[] = []; // where each block ends in allText (read when a Chinese speaker needs it)
  for (const q of ctx.quotes) if (q.speaker && /[·•]/u.test(q.speaker)) dotted.set(q.speaker.split(/[·•]/u).pop()!, q.speaker);
  for (const q of ctx.quotes) {
    if (!q.speaker || full.has(q.speaker)) continue;
    if (dotted.has(q.speaker)) {
      full.set(q.speaker, dotted.get(q.speaker)!);
      continue;
    }
    // 市は「…」と説明: the city the article names (大阪市福島区 … → 大阪市)
    if (/^[市県町村区]$/u.test(q.speaker)) {
      const named = new RegExp(`(?<!\\p{sc=Han})\\p{sc=Han}{2,3}${q.speaker}`, 'u').exec(allText);
      full.set(q.speaker, named ? named[0] : q.speaker);
      continue;
    }
    if (findOutlet(q.speaker) || findOutletSuffix(q.speaker)) full.set(q.speaker, q.speaker);
    // (at most 20 acronyms are spelled out: each is a scan of the article, and a hostile page may name thousands)
    else if (/^\p{Lu}{2,6}$/u.test(q.speaker) && blocks[q.paragraph]?.script === 'en' && acronyms++ < 20) full.set(q.speaker, spelledOut(q.speaker, allText) ?? q.speaker);
    else if (blocks[q.paragraph]?.script === 'en' && (/^(?:the|a|an)\s/iu.test(q.speaker) || /[’']s [a-z]/u.test(q.speaker))) {
      // a described role ("the Duchess of Sussex") resolves to the holder the article names, kept as the role
      const holder = holderOf(q.speaker, allText);
      full.set(q.speaker, holder ? fullestForm(holder, allText) : q.speaker);
      if (holder) ctx.roles.set(fullestForm(holder, allText), q.speaker.replace(LEADING_ARTICLE_RE, ''));
    } else if (blocks[q.paragraph]?.script === 'zh') {
      // 李 (李教授表示) → 李明华, 卡内尔 → 米格尔·迪亚兹 - 卡内尔: a name the article gave in full before
      // (the text up to the quote's block: a name introduced later is no antecedent)
      if (!ends.length) for (const b of blocks) ends.push((ends[ends.length - 1] ?? 0) + b.text.length + 1);
      const z = zhFullest(q.speaker, allText.slice(0, ends[q.paragraph]), ctx.persons);
      full.set(q.speaker, z !== q.speaker ? z : fullestForm(q.speaker, allText));
    } else full.set(q.speaker, de ? q.speaker : fullestForm(q.speaker, allText));
  }
  // 帕特尔说 after “…”洛基帕特尔说: a transliterated name cut to its end is the speaker named in full
  // (Han names of two or more characters; the longer one must be a quoted speaker of this article)
  const hanSpeakers = [...new Set(ctx.quotes.map((q) => q.speaker ?? ''))].filter((n) => /^\p{sc=Han}{2,}$/u.test(n));
  for (const n of hanSpeakers) {
    const longer = hanSpeakers.find((m) => m.length > n.length && m.endsWith(n) && m.length <= 8);
    if (longer && full.get(n) === n) full.set(n, longer);
  }
  // a Chinese speaker's role as the article introduced them, when the quote itself did not say
  // (each name is looked up once: a hostile page repeats one speaker thousands of times)
  const looked = new Set<string>();
  for (const q of ctx.quotes) {
    if (q.speaker && !q.role && !ctx.roles.has(q.speaker) && !looked.has(q.speaker) && /^\p{sc=Han}+$/u.test(q.speaker)) {
      looked.add(q.speaker);
      const role = zhIntroRole(q.speaker, allText);
      if (role) ctx.roles.set(q.speaker, role);
    }
  }
  // an English speaker's role: the titles before the name or the appositive after it, at first mention
  for (const q of ctx.quotes) {
    const sp = q.speaker ? (full.get(q.speaker) ?? q.speaker) : null;
    if (sp && looked.has(sp)) continue;
    if (sp) looked.add(sp);
    if (sp && !q.role && !ctx.roles.has(sp) && LATIN_NAME_RE.test(sp) && !findOutlet(sp)) {
      const role = de ? deRole(sp, allText) : enRole(sp, allText);
      if (role) ctx.roles.set(sp, role);
    }
  }
  return ctx.quotes.map((q) => {
    const speaker = q.speaker ? (full.get(q.speaker) ?? q.speaker) : null;
    // "told DW" on dw.com: the words reached the article through its own publisher, so no via
    const via = q.via && publisher.isSelf(q.via) ? null : q.via && /^\p{Lu}[\p{sc=Latn}\d_’'-]+$/u.test(q.via) && !findOutlet(q.via) ? fullestForm(q.via, allText) : q.via;
    // (the role may be noted under the short form the quote was first given with: 与田 for 与田剛)
    const role = q.role ?? (speaker ? (ctx.roles.get(speaker) ?? (q.speaker ? ctx.roles.get(q.speaker) : undefined) ?? null) : null);
    return { speaker, role, text: q.text, paragraph: q.paragraph, via };
  });
}

/**
 * The publisher of a saved article, from what its record keeps (site name, byline, URL): the
 * saved-article page can show "published by" without a new stored field.
 */
export function publisherOf(page: { siteName?: string | null; byline?: string | null; url?: string | null; lang?: string | null; text?: string | null }): string | null {
  const blocks = page.text ? page.text.split(/\n{2,}/u).slice(-6) : [];
  return findPublisher({ siteName: page.siteName, byline: page.byline, url: page.url, blocks, captions: [], lang: page.lang ?? null }).name;
}

/**
 * "the DEA says": the body the article spells out with those initials ("Drug Enforcement
 * Administration"; of/for/and/the/on are skipped), so one body is not two speakers. One scan per
 * acronym speaker (the caller looks each speaker up once).
 */
function spelledOut(acronym: string, allText: string): string | null {
  const link = '(?: (?:of|for|and|the|on))*';
  const re = new RegExp(`\\b${[...acronym].map((c) => `${c}[\\p{Ll}’'-]+`).join(`${link} `)}\\b`, 'u');
  return re.exec(allText)?.[0] ?? null;
}

/** The words of anonymous sourcing (not a description of someone unnamed who speaks) */
const SOURCING_NOUN_RE = /\b(?:sources?|insiders?|officials?|familiar|anonymity|identified|named)\b/iu;

export function analyseArticle(input: AnalysisInput): AnalysisResult {
  const texts = input.blocks.map((b) => b.normalize('NFC'));
  const captions = input.captions.map((c) => c.normalize('NFC'));
  const publisher = findPublisher({ siteName: input.siteName, byline: input.byline, url: input.url, blocks: texts, captions, lang: input.lang });
  const blocks = prepareBlocks(texts, input.lang);
  const allText = texts.join('\n');
  const quotes = quotesFor(newCtx(), blocks, publisher, allText, /^de\b/u.test(input.lang ?? ''));
  const hits = findSourceHits(blocks, captions, input.links, publisher, allText);
  // people cited in indirect speech ("Smith said the plant would close"): sources of kind other (round 13)
  hits.push(...findIndirectSources(blocks, allText, publisher, input.lang, quotes));
  // a medium a quote was given to, or an outlet or body that speaks, is a source too
  const bodyKinds = new Map<string, SourceKind | null>();
  // ("…?" Schiff asked: one unknown word that asks is a person the article names once, not a body,
  // round 10; looked up once per speaker, so a page of thousands of quotes stays linear)
  const asks = (n: string) => /^\p{Lu}\p{Ll}+$/u.test(n) && !findOutlet(n) && allText.includes(n + ' asked');
  for (const q of quotes) if (q.speaker && !bodyKinds.has(q.speaker)) bodyKinds.set(q.speaker, asks(q.speaker) ? null : bodyKind(q.speaker, allText));
  for (const q of quotes) {
    const at = blocks[q.paragraph]?.text.indexOf(q.text) ?? 0;
    // a title in quotation marks ("DWTS") is a programme the words were spoken on, not a source
    if (q.via && !publisher.isSelf(q.via) && !/[“"]$/u.test(texts[q.paragraph]?.split(q.via)[0] ?? '')) hits.push({ name: q.via, paragraph: q.paragraph, at });
    // a body that speaks (財務省は「…」, Tottenham said in a statement, 한국기자협회는 “…”) is cited
    const kind = q.speaker && !publisher.isSelf(q.speaker) ? bodyKinds.get(q.speaker) : null;
    if (kind) hits.push({ name: q.speaker!, paragraph: q.paragraph, at, kind });
  }
  // "Copyright @ 2019 The New Arab." on Al Bawaba, ⓒ중앙일보 on Naver: the outlet the piece came from
  if (publisher.syndicatedFrom) {
    const p = texts.findLastIndex((t) => t.includes(publisher.syndicatedFrom!));
    const known = findOutlet(publisher.syndicatedFrom) ?? findOutletSuffix(publisher.syndicatedFrom)?.outlet;
    hits.push({ name: publisher.syndicatedFrom, paragraph: p, at: Math.max(0, texts[p]?.indexOf(publisher.syndicatedFrom) ?? 0), kind: known?.kind ?? 'online outlet' });
  }
  const built = buildSources(hits, blocks, captions, allText);
  // an unnamed person who is a quote's speaker ("a doctor on the scene", "a company spokesperson")
  // is that quote's speaker, not an anonymous source (the labels' convention since round 8); a
  // sourcing phrase ("an insider", "a source", "officials familiar with …") stays one
  const bare = (n: string) => n.toLowerCase().replace(/^(?:an?|the|one)\s+/u, '');
  const speakers = new Set(quotes.flatMap((q) => (q.speaker ? [bare(q.speaker)] : [])));
  // (English only: the Chinese and Korean labels list 业内人士 and 관계자 who speak as sources)
  const sources = built.sources.filter((s) => s.kind !== 'anonymous' || !/^[\p{sc=Latn}\s’'-]+$/u.test(s.name) || !speakers.has(bare(s.name)) || SOURCING_NOUN_RE.test(s.name));
  const anonymous = built.anonymous - (built.sources.length - sources.length);
  return { sources, quotes, anonymousSources: anonymous, publisher: publisher.name };
}
