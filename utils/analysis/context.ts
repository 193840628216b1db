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
  lastSpeakerParagraph: number;
  /** names the article gives with a personal title or honorific (田中一郎社長 → 田中一郎) */
  persons: Set<string>;
}

export function newCtx(): Ctx {
  return { quotes: [], mentions: [], lastSpeaker: null, lastSpeakerParagraph: -10, persons: new Set() };
}

export function remember(ctx: Ctx, name: string, person: boolean, paragraph: number): void {
  ctx.mentions.push({ name, person, paragraph });
}

/** The last mention that fits the pronoun: persons for 同氏/he/she, bodies for 同紙/it/they. */
export function resolve(ctx: Ctx, want: 'person' | 'body' | 'any'): string | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (want === 'any' || (want === 'person') === m.person) return m.name;
  }
  return want === 'any' ? null : resolve(ctx, 'any');
}

export function addQuote(ctx: Ctx, speaker: string | null, text: string, paragraph: number, via: string | null, person: boolean): void {
  const t = text.trim();
  if (!t) return;
  ctx.quotes.push({ speaker, text: t, paragraph, via });
  if (speaker) {
    ctx.lastSpeaker = speaker;
    ctx.lastSpeakerParagraph = paragraph;
    remember(ctx, speaker, person, paragraph);
  }
}
