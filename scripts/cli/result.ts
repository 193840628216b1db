/**
 * The CLI's output record: every ExtractResult field, always present, in the contract's order,
 * and nothing else (extra fields a stage may add are dropped; `removed[].html` is stripped).
 */
import type { PipelineResult } from '../../utils/article/pipeline';
import type { Removal } from '../../utils/extract/types';
import type { Quote, Source } from '../../utils/analysis/types';
import type { ExtractError, ExtractResult } from '../../utils/article/types';

/** Batch ids are echoed back as given (string or number); anything else becomes null. */
export type ResultId = ExtractResult['id'];

export function emptyResult(id: ResultId): ExtractResult {
  return {
    id,
    isArticle: false,
    confidence: 0,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    modifiedTime: null,
    readingMinutes: null,
    truncated: false,
    nextPage: null,
    text: null,
    html: null,
    removed: [],
    sources: [],
    quotes: [],
    anonymousSources: 0,
    publisher: null,
    ms: 0,
    parseMs: 0,
    error: null,
  };
}

export function errorResult(id: ResultId, error: ExtractError, ms = 0, parseMs = 0): ExtractResult {
  return { ...emptyResult(id), error, ms: round(ms), parseMs: round(parseMs) };
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

const stripRemoval = (r: Removal): Removal => ({ category: r.category, rule: r.rule, text: r.text });
/** The contract's quote and source fields, in order: `role` is always present; the panel's extras (credit, sentence) are not part of it. */
const contractQuote = (q: Quote): Quote => ({ speaker: q.speaker, role: q.role ?? null, text: q.text, paragraph: q.paragraph, via: q.via });
const contractSource = (s: Source): Source => ({ name: s.name, kind: s.kind, mentions: s.mentions, paragraphs: s.paragraphs });

/** Merges a pipeline result over the defaults, keeping only contract fields. */
export function fromPipeline(
  id: ResultId,
  p: Partial<PipelineResult>,
  ms: number,
  parseMs: number,
  error: ExtractError | null,
): ExtractResult {
  const base = emptyResult(id);
  const out = { ...base } as unknown as Record<string, unknown>;
  for (const key of Object.keys(base)) {
    const v = (p as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  const result = out as unknown as ExtractResult;
  result.id = id;
  result.removed = Array.isArray(p.removed) ? p.removed.map(stripRemoval) : [];
  result.quotes = Array.isArray(p.quotes) ? p.quotes.map(contractQuote) : [];
  result.sources = Array.isArray(p.sources) ? p.sources.map(contractSource) : [];
  result.ms = round(ms);
  result.parseMs = round(parseMs);
  result.error = error;
  if (error) result.isArticle = false;
  return result;
}

/**
 * One JSON line. U+2028/U+2029/U+0085 are escaped too: JSON allows them raw, but line-splitting
 * readers (Python's str.splitlines, some JSONL tools) treat them as line breaks.
 */
export function toJsonLine(result: ExtractResult): string {
  return (
    JSON.stringify(result).replace(/[\u2028\u2029\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) +
    '\n'
  );
}
