/**
 * Running state while reading an article top to bottom: who spoke last, which bodies and
 * people were last the subject of a sentence, so 同氏 / he / the statement can be resolved.
 */
import type { Quote } from './types';

export interface Mention {
  name: string;
  person: boolean;
  paragraph: number;
}

export interface Ctx {
  quotes: Quote[];
  /** attribution subjects and speakers in reading order */
  mentions: Mention[];
  lastSpeaker: string | null;
  lastPara: number;
  /** names the article gives with a personal title or honorific (田中一郎社長 → 田中一郎) */
  persons: Set<string>;
  /** the role each named person is introduced with (セルゲイ・リャブコフ → ロシア外務次官), first one wins */
  roles: Map<string, string>;
  /** title → the named holder introduced with it (首相 → 岸田文雄, president → Trump) */
  holders: Map<string, string>;
  /** how many quotations of the article open or close with each key (see quoteKeys): pull quotes repeat one */
  quoteKeys?: Map<string, number>;
  /** every quotation of the article, joined: a cross-head repeats a piece of another (jaQuotes) */
  quoteTexts?: string;
  /** the speaker of a Chinese block ending in X表示： (its quote stands in the next block) */
  colon?: { name: string; role: string | null; paragraph: number };
}

export function newCtx(): Ctx {
  return { quotes: [], mentions: [], lastSpeaker: null, lastPara: -10, persons: new Set(), roles: new Map(), holders: new Map() };
}

export function remember(ctx: Ctx, name: string, person: boolean, paragraph: number): void {
  ctx.mentions.push({ name, person, paragraph });
}

const INDEFINITE_RE = /^(?:an?|one|another|some|several|two|three)\s/iu;

/** The last mention that fits the pronoun: persons for 同氏/he/she, bodies for 同紙/it/they. */
export function resolve(ctx: Ctx, want: 'person' | 'body' | 'any'): string | null {
  // bounded look-back: a pronoun points at someone named recently, and hostile text holds thousands
  for (let i = ctx.mentions.length - 1; i >= 0 && i >= ctx.mentions.length - 200; i--) {
    const m = ctx.mentions[i];
    // ("" — a reporter no one can name — blocks both: see enMentions)
    // an unnamed description ("an insider", "one user") is no body a later "the statement" or
    // "the company" can point to: it is someone the article would not name
    if (want === 'body' && INDEFINITE_RE.test(m.name)) continue;
    if (want === 'any' || !m.name || (want === 'person') === m.person) return m.name;
  }
  return want === 'any' ? null : resolve(ctx, 'any');
}

/** The last person mentioned no more than `within` blocks before `paragraph` (a description points back only so far). */
export function recentPerson(ctx: Ctx, paragraph: number, within: number): string | null {
  for (let i = ctx.mentions.length - 1; i >= 0 && i >= ctx.mentions.length - 60; i--) {
    const m = ctx.mentions[i];
    if (paragraph - m.paragraph > within) break;
    if (m.person) return m.name;
  }
  return null;
}

/**
 * The last speaker, if they spoke no more than `within` blocks before `paragraph` and no other
 * person has been named as a subject since (then two fit: "" — no guess).
 */
export function lastSpeakerWithin(ctx: Ctx, paragraph: number, within: number): string | null {
  if (!ctx.lastSpeaker || paragraph - ctx.lastPara > within) return null;
  for (let i = ctx.mentions.length - 1; i >= 0 && i >= ctx.mentions.length - 60; i--) {
    const m = ctx.mentions[i];
    if (m.person) return m.name !== ctx.lastSpeaker && m.paragraph >= ctx.lastPara ? '' : ctx.lastSpeaker;
  }
  return ctx.lastSpeaker;
}

/** Remember the role a person is introduced with, and the person as the holder of that title. */
export function noteRole(ctx: Ctx, name: string, role: string | null, title?: string | null): void {
  if (role && !ctx.roles.has(name) && role !== name && role.length <= 60) ctx.roles.set(name, role);
  if (title) ctx.holders.set(title.toLowerCase(), name);
}

export function addQuote(ctx: Ctx, speaker: string | null, text: string, paragraph: number, via: string | null, person: boolean, role: string | null = null): void {
  const t = text.trim();
  if (!t) return;
  // ("" is an attribution no one can be named for, see quotes-en: unattributed)
  ctx.quotes.push({ speaker: speaker || null, role, text: t, paragraph, via });
  if (speaker && role) noteRole(ctx, speaker, role);
  if (speaker) {
    ctx.lastSpeaker = speaker;
    ctx.lastPara = paragraph;
    remember(ctx, speaker, person, paragraph);
  }
}
