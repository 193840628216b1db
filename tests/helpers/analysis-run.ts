/**
 * The made-up articles of the analysis pattern tests (tests/unit/analysis/*-patterns.test.ts): a
 * list of paragraphs in one language, with no captions or links unless given, and what the tests
 * read from the result.
 */
import { analyseArticle } from '../../utils/analysis';
import type { AnalysisInput } from '../../utils/analysis/types';

export type Analysis = ReturnType<typeof analyseArticle>;

export const run = (blocks: string[], lang: string, extra: Partial<AnalysisInput> = {}): Analysis => analyseArticle({ blocks, captions: [], links: [], lang, ...extra });
export const speakers = (r: Analysis) => r.quotes.map((q) => q.speaker);
export const names = (r: Analysis) => r.sources.map((s) => s.name);
export const pairs = (r: Analysis) => r.quotes.map((q) => [q.speaker, q.text]);
export const source = (r: Analysis, name: string) => r.sources.find((s) => s.name === name);
