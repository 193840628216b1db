#!/usr/bin/env node
// Size budgets for the built Chrome extension: prints each figure against its budget and exits 1
// when one is exceeded. Minified sizes (the build is minified), in kB of 1000 bytes.
// HONBUN_EXTENSION_DIR checks another build (several engineers share .output/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const out = resolve(process.cwd(), process.env.HONBUN_EXTENSION_DIR ?? '.output/chrome-mv3');
const BUDGETS = [
  // The per-page content script runs on every page load: keep it tiny (issue #3: < 24 kB).
  { name: 'per-page content script', file: 'content-scripts/content.js', kB: 24 },
  // The library's only writer: queue, migrations, sender checks, field validation, the photos
  // (fetch, re-encode, IndexedDB) and the offscreen document for Save (issue #13): 46.2 kB.
  { name: 'background service worker', file: 'background.js', kB: 48 },
  // The clean view (Readability, DOMPurify, Preact, UI), injected only when the reader is asked
  // for; everything the first paint needs and nothing else (277.8 kB measured; 355 kB with the analysis).
  { name: 'reader bundle', file: 'content-scripts/reader.js', kB: 300 },
  // The source & quote analysis (utils/analysis: sentence and quote rules per script, the outlet
  // and role tables), injected after the view has painted the article (issue #10: heavy analysis
  // code in its own chunk with its own budget). Round 4 of issue #10 raised it from 95 to 97 kB:
  // the speaker precision guards (no guess when a pronoun has two fitting people, speaker validity
  // by structure) halve the wrong speakers on the tune pages; they add 2.9 kB, of which 1.1 kB was
  // made back by sharing code (script aliases, one escapeRe, shared source extras). The chunk is
  // injected after the view paints, so it is off the critical path. Round 5 raised it from 97 to
  // 99 kB: the Korean and Chinese speaker rules of the fifth labelled set (surname + title to the
  // full name, role words around a name, acronym to the spelled-out body, -면서/-며 cues, the topic
  // after an "about" clause, Latin names and brackets in Chinese speaker phrases, 他说 after a
  // quote, a quote in the block after "X评价道：") take that set's speaker accuracy from 0.09 to
  // 0.98; with the round's Chinese source and Japanese speaker rules they add 1.8 kB, of which
  // 0.1 kB was made back by sharing the Korean topic pattern and writing the simplified /
  // traditional pairs of the Chinese verb and role tables as character classes. Measured 98.4 kB.
  // Round 6 held 99 kB (its rules paid for by compacting the outlet table, five measured rules
  // dropped to fit). A speed change then raised it to 100 kB: the gate that skips the Japanese
  // document-frame scan on paragraphs naming no document (0.1 kB) cuts a Japanese article's
  // analysis time by about a fifth. Measured 99.1 kB. Round 7 raised it to 104 kB: compiling and
  // running the whole 99 kB bundle costs about 17 ms, once, after the article has painted, so a few
  // kB more do not reach the reader. What the 4.7 kB buy, on the tune pages: the five source rules
  // round 6 measured and dropped only for size ('the agency said' as a pointer back, 'citing Taliban
  // violence', a dash ending an 'according to' phrase, one body written two ways as one source, the
  // 声明 issuer as topic) and the dateline publisher (央视网消息：, [OSEN=…], (서울=연합뉴스)): seven
  // false sources gone, two publishers named (1.4 kB); the speaker and quote rules of the round-7 pages
  // (ja: the quotative と before any verb, と…さん。, 高木毅国対委員長 → 高木毅; ko: 이들 단체, 짐 그린 박사;
  // zh: dotted and dashed foreign names, 帕特尔 → 洛基帕特尔) and their Chinese and Korean source rules.
  // Tune speaker right ja .83 → .96, zh+ko .81 → .96; zh+ko sources found .48 → .72. To fit, the
  // prosecutors/police merge was rewritten shorter, the Japanese quote rules use the names' title list,
  // and three one-page source rules were left out. Measured 103.8 kB.
  // Round 8 raised it to 108 kB (about 0.7 ms more to compile and run, once, after the paint). What
  // the 4.1 kB buy, on the 15 new English and German tune pages and the rest of tune: English sources
  // written as "According to X" at a sentence start, "per the X", "<Body> officials said", "the
  // public defender’s office said", a reporter "of the Washington Post" (the outlet), "a fresh Reuters
  // poll" / "in a NASA statement", "An Associated Press journalist … reported", "after sources told",
  // "experts expect", a ticker bracket, "from its Twitter account"; German outlets by class noun (die
  // Nachrichtenagentur Ansa), "hatte die F.A.S. berichtet", "(dpa/lno) –", titled reports, "in einer
  // Aussendung", "heißt es", "prognostizieren Fachleute", unnamed speakers and "© APA/AP" credits; and
  // four false-source classes (a person's employer, "reported in <places>", a "Twitter-like" site, and
  // the publisher as its own source: "told The Hill" on thehill.com). Tune source recall en .71 → .80
  // (precision .84 → .88, labels as before round 8's relabelling), other (de) .20 → .63. To fit, the German
  // "sagte X der Deutschen Presse-Agentur" rule was left out (no tune page gained from it). Measured 107.95 kB.
  // Round 9 raised it to 112 kB (about 0.7 ms more to compile and run, once, after the paint, at the
  // lead's 0.17 ms per kB). What the 4 kB buy, on the tune pages: German quotes „…“ (the other group
  // read none: tune quote F1 other n/a → .90, speaker right .94 with no wrong name; 2.7 kB), the
  // speaker guards of the round-9 pages (several appositives before the verb, a time clause after the
  // speaker, a title word as a surname, a position abbreviation before a name: six wrong English
  // names of the round-9 set gone) and their source rules (via <outlet>, <Body> spokesperson, an
  // appositive's employer is no source, round 8's open misses: an appositive body, a blog post, "are
  // reporting", "authorities in X announced", "a group representing …"). Tune source recall en
  // .78 → .80 with the round-9 pages. To fit, three measured rules were left out (a survey by a
  // named person, "agency officials said" as the named agency, "concluded its hearing" as no report)
  // and the English title table reads a trailing dot off instead of listing dotted forms. Measured 111.97 kB.
  // Round 10 raised it to 113 kB. What the kB buy, on the tune pages: German body sources after an
  // inverted verb ("schreibt xAI", "erklärt Nvidia", "nach Angaben von xAI") and German roles before
  // a name (Kabarettist, Trainer: role right other .63 → .80; other source recall .50 → .56), unknown
  // companies as subjects of reported/announced/disclosed with a time between ("Alden on Tuesday
  // announced", "Sacramento-based McClatchy": en recall .85 → .86) and "Schiff asked" no longer a body
  // (en source precision .91 → .92). The statement convention of round 10 freed 0.46 kB (two skip
  // rules gone) and the source gate lost its duplicated words; the rest is these rules. Measured 112.39 kB.
  // Round 11 raised it to 117 kB (0.7 ms more to compile and run, once, after the paint, at 0.17 ms
  // per kB). What the 4.5 kB buy, on the tune pages (164, with the 12 round-11 pages): English
  // coreference of descriptions and documents ("the insider" → an insider, "the statement read" → its
  // issuer, "the production company" → the body the text named last, a quote after a reporting
  // sentence → its subject; 2.2 kB), quotes after an earlier quote ("X said, adding, “…”"), present
  // tense verbs, acronyms spelled out (DEA → Drug Enforcement Administration), party tags, "That said,"
  // (0.6 kB), German »…« quotes (0.1 kB: other quote recall .69 → .80), sources by "obtained by X", "a
  // statement to X", "has also estimated", "according to police / state media / Reuters calculations"
  // (0.9 kB), unnamed speakers kept out of the anonymous sources (0.5 kB), and the bounds that make a
  // one-sentence paragraph of quotes linear (English and Japanese; 27 s and 52 s cases). Tune en speaker
  // right .92 → .95, quote F1 .96 → .97, source recall .82 → .83. To fit, two loops were merged and the
  // sentence search reuses sentenceAt (−0.3 kB). Measured 116.91 kB.
  // Round 12 raised it to 120 kB (the most the lead allowed; about 0.5 ms more to compile and run,
  // once, after the paint, at 0.17 ms per kB). What the 2.9 kB buy (shares estimated from minified
  // bundles with and without each file's change), for the classes the lead saw on unseen pages (stop
  // 19): "she said" after a quote is the one person the sentence before names within it ("… until the
  // novelist Jo Walton explained them to me"), in its paragraph or, for a quote opening a paragraph,
  // the one before; two such people, no guess; Ms./Mr. where the article gives them (1.5 kB); a work's
  // title after "a poem called" is no quote and a poem no speaker (0.3 kB); German "Minister Axel
  // Vogel: „…“", also as a block of its own before a blockquote (0.3 kB); "Everyone" no source, "his
  // friend Dale" / "Dale, who" a person not an organisation, no role read from a clause after a
  // name, two outlets joined by "and", three outlets (0.8 kB). Frozen en test2 speaker right .75 → .79,
  // no tune page changed. To fit, the word lists were cut to the forms that matter and the German
  // branch for quote-less blocks shares the quote branch (−0.3 kB). Measured 119.80 kB.
  // Round 13 raised it to 122 kB (the most the lead allowed; about 0.4 ms more to compile and run,
  // once, after the paint). What the 2.25 kB buy (119.75 → 122.00 kB, measured with and without the
  // reader's import): people cited in indirect speech, English (utils/analysis/indirect-en.ts) —
  // "X said/told … (that) <clause>", "…, X said.", "…, said X, …", the clause the article's own and not
  // a quotation, the person's fullest name, bodies, places and one-word names left out. Tune English
  // source recall .62 → .81 at precision .90 → .92, on the labels of round 13's relabelling. To fit,
  // the reader was cut from 11 kB (pronouns, compound subjects, parentheticals, "announced/testified
  // that", the Japanese, Chinese and Korean readers: commit 7f0be34, tune ja .77 → .84, zh+ko .61 → .75;
  // about 2 kB more for Japanese and Chinese alone) to the verbs of saying and the inverted orders.
  // The round's merge (stop 20) raised it to 135 kB: 119.75 → 134.39 kB, about 2.5 ms more to
  // compile and run, once, after the article has painted (0.17 ms per kB). The helpers above had each
  // cut measured rules to fit a +2 kB allowance; the lead merged them whole instead, since the chunk is
  // off the critical path and the rules they had cut were the ones the new frozen split (test3,
  // labelled to the round-13 convention) rewards. What the 14.6 kB buy: the Japanese, Chinese and
  // Korean indirect-speech readers (indirect-cjk.ts; tune source recall ja .69 → .76, zh+ko .62 → .76,
  // frozen test3 zh+ko .00 → .13; about 3 kB); the analysis13 rules (Chinese partial names to the
  // fullest name, zh-fullest.ts; anonymous-source wording and precision; English, Chinese and Korean
  // bodies cited by announcing, publishing and reporting verbs; frozen test2 zh+ko speaker right
  // .20 → .30; about 7 kB); the English indirect-speech reader above (2.25 kB); the lead's speaker and
  // source fixes from the round-13 tune pages (Japanese plural topics 議員らは, 同社 after a Latin name,
  // relative-clause roles 〜を務めた, Chinese speaker phrases cut mid-name, English title appositives;
  // about 1.6 kB). The fuller English indirect reader (7f0be34) stays out for its CPU time, not its bytes.
  // Round 14 raised it to 138 kB (the 3 kB the lead allowed; about 0.5 ms more to compile and run,
  // once, after the paint). What the 3.57 kB buy (134.39 → 137.96 kB): Japanese bodies cited as the
  // origin of information (sources-ja.ts) — a body or a document as the topic of a reporting verb,
  // before the report or after its と (エネルギー省は…と述べた, 「…」と政府会計検査院は報告書の中で警告した,
  // …と訴状は述べている), the document it spoke in (報告書の中で, 投稿の中で), a spokesperson's body
  // (X報道官 → X), the issuer of data or an analysis (Xの7月の分析によると), a platform a post was made on;
  // and Japanese people cited in indirect speech with a long description or a bracketed affiliation
  // (indirect-cjk.ts). Tune Japanese source recall .77 → .87 at precision .84 → .87.
  // perf14 raised it to 136 kB (134.39 → 135.58 kB): what the 1.2 kB buy is the fuller reader's
  // shapes that found people on the tune pages, ported into the compact English reader at about
  // 0.02-0.03 ms more per English article (the fuller reader's cost was one quadratic regex, not its
  // shapes): a "he"/"she" subject (4 tune people), two subjects joined by "and" (1), a parenthetical
  // "X says," (1), "tells" and "announced/testified/explained that" (4). Tune English source recall
  // .77 → .80 at precision .92 (notes/perf14.md). The whole fuller reader would be about 4.5 kB.
  // Merged, with the lead's German "sagte er" fix (0.8 kB: the person the paragraph names as a
  // subject before the quote), the whole measures 139.97 kB (stop 19: 119.75): budget 141 kB, about
  // 3.5 ms more than stop 19 to compile and run, once, after the article has painted. Round 15's
  // plural group descriptions (group-members.ts) and "…, says X" took it to 140.99 kB within the budget,
  // four unseen list words trimmed: the next analysis change must trim first.
  { name: 'analysis bundle', file: 'content-scripts/analysis.js', kB: 141 },
];
/**
 * The popup's JS before first paint: popup.html's module script and modulepreloads plus every
 * chunk they import statically (dynamic import() — the Save-only extraction — is not counted).
 * Measured 39 kB (Preact + hooks ~14, webextension-polyfill ~10, list/search/i18n ~15). 60 kB
 * leaves room for UI growth, while any static import of the extraction code (Readability alone
 * ~35 kB, DOMPurify ~22 kB) breaks it.
 */
const POPUP = { name: 'popup initial JS', html: 'popup.html', kB: 60 };

let failed = false;
const line = (ok, name, kB, budget) =>
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${name.padEnd(28)} ${kB.toFixed(2).padStart(7)} kB${budget == null ? '' : `  budget ${budget} kB`}`);

for (const b of BUDGETS) {
  const p = resolve(out, b.file);
  if (!existsSync(p)) {
    console.log(`MISSING  ${b.name}: ${b.file} (run npm run build)`);
    failed = true;
    continue;
  }
  const kB = readFileSync(p).length / 1000;
  const ok = kB <= b.kB;
  if (!ok) failed = true;
  line(ok, b.name, kB, b.kB);
}

// static imports only: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`
const STATIC_IMPORT = /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g;
const HTML_SCRIPTS = /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g;

function popupInitialFiles(htmlFile) {
  const html = readFileSync(resolve(out, htmlFile), 'utf8');
  const seen = new Set();
  const queue = [...html.matchAll(HTML_SCRIPTS)].map((m) => resolve(out, m[1].replace(/^\//, '')));
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(f), m[1]));
  }
  return [...seen];
}

if (!existsSync(resolve(out, POPUP.html))) {
  console.log(`MISSING  ${POPUP.name}: ${POPUP.html} (run npm run build)`);
  failed = true;
} else {
  const files = popupInitialFiles(POPUP.html);
  const sizes = files.map((f) => [f.slice(out.length + 1), readFileSync(f).length / 1000]);
  const kB = sizes.reduce((n, [, s]) => n + s, 0);
  const ok = kB <= POPUP.kB;
  if (!ok) failed = true;
  line(ok, POPUP.name, kB, POPUP.kB);
  for (const [f, s] of sizes) console.log(`        ${f.padEnd(36)} ${s.toFixed(2).padStart(7)} kB`);
}
process.exit(failed ? 1 : 0);
