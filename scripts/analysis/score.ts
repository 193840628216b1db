/**
 * Scoring of analysis output against hand labels (issue #4's matching rule). Pure, used by
 * scripts/bench-analysis.ts and the unit tests.
 */
import { foldSpace } from '../../utils/extract/fold-space';
import { findOutlet, findOutletSuffix } from '../../utils/analysis/outlets';
import type { AnalysisResult } from '../../utils/analysis';

export interface LabelledArticle {
  id: string;
  lang: string;
  /** "test": the frozen split no rule is tuned on; "tune" (or absent, or the older "holdout"): the rest */
  split?: string;
  blocks: string[];
  captions?: string[];
  links?: { href: string; text: string; paragraph: number }[];
  quotes: { speaker: string | null; text: string }[];
  sources: { name: string }[];
}


/** Length of the longest common substring (dynamic programming, O(n·m) on short strings). */
export function lcsLength(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best) best = cur[j];
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best;
}

export function quoteMatches(a: string, b: string): boolean {
  const x = foldSpace(a);
  const y = foldSpace(b);
  return lcsLength(x, y) >= 0.8 * Math.max(x.length, y.length);
}

export function speakerMatches(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = foldSpace(a).toLowerCase();
  const y = foldSpace(b).toLowerCase();
  return x.includes(y) || y.includes(x);
}

function outletKey(n: string): string | null {
  return (findOutlet(n) ?? findOutletSuffix(n)?.outlet)?.name ?? null;
}

export function sourceMatches(predicted: string, label: string): boolean {
  if (speakerMatches(predicted, label)) return true;
  const k = outletKey(label);
  return !!k && k === outletKey(predicted);
}

/**
 * Strict speaker match (the issue's "speaker right"): the same name after NFKC, case folding and
 * dropping spaces, middle dots, periods and a trailing honorific (氏, さん, 씨, 様). "山本" for
 * 山本一太 or "Etienne" for Carissa F. Etienne is wrong here; both null (unattributed) is right.
 */
export function speakerExact(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\u3000・·.'’]/gu, '')
      .replace(/(?:氏|さん|씨|様)$/u, '');
  return norm(a) === norm(b);
}

export interface ArticleScore {
  tp: number;
  fp: number;
  fn: number;
  /** matched quotes whose speaker is exactly right (speakerExact) */
  speakerOk: number;
  /** matched quotes whose speaker contains or is contained in the label (the older, lenient rule) */
  speakerLoose: number;
  /** labelled sources some predicted source matches (recall numerator) */
  sourcesFound: number;
  /** predicted sources that match some labelled source (precision numerator), and how many were predicted */
  sourcesReal: number;
  sourcesPredicted: number;
  details: string[];
}

export function scoreArticle(art: LabelledArticle, got: AnalysisResult): ArticleScore {
  const used = new Set<number>();
  let tp = 0;
  let speakerOk = 0;
  let speakerLoose = 0;
  const details: string[] = [];
  for (const q of got.quotes) {
    const i = art.quotes.findIndex((l, k) => !used.has(k) && quoteMatches(q.text, l.text));
    if (i < 0) {
      details.push(`FP  [${q.speaker}] ${q.text.slice(0, 70)}`);
      continue;
    }
    used.add(i);
    tp++;
    const label = art.quotes[i].speaker;
    if (speakerExact(q.speaker, label)) speakerOk++;
    else details.push(`SPK [${q.speaker} ≠ ${label}] ${q.text.slice(0, 50)}`);
    if (speakerExact(q.speaker, label) || speakerMatches(q.speaker, label)) speakerLoose++;
  }
  art.quotes.forEach((l, k) => {
    if (!used.has(k)) details.push(`FN  [${l.speaker}] ${l.text.slice(0, 70)}`);
  });
  let sourcesFound = 0;
  for (const s of art.sources) {
    if (got.sources.some((g) => sourceMatches(g.name, s.name))) sourcesFound++;
    else details.push(`SRC missing ${s.name}`);
  }
  let sourcesReal = 0;
  for (const g of got.sources) {
    if (art.sources.some((s) => sourceMatches(g.name, s.name))) sourcesReal++;
    else details.push(`SRC not a source: ${g.name} (${g.kind})`);
  }
  details.push(`    sources: ${got.sources.map((s) => `${s.name}(${s.kind},${s.mentions})`).join(', ')}`);
  return { tp, fp: got.quotes.length - tp, fn: art.quotes.length - tp, speakerOk, speakerLoose, sourcesFound, sourcesReal, sourcesPredicted: got.sources.length, details };
}
