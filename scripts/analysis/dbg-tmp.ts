import { readFileSync } from 'node:fs';
import { prepareBlocks, analyseArticle } from '../../utils/analysis/index';
const d = JSON.parse(readFileSync('/work/wt-analysis/tests/fixtures/analysis/' + process.argv[2] + '.json', 'utf8'));
const idx = Number(process.argv[3]);
const b = prepareBlocks([d.blocks[idx]], d.lang)[0];
console.log(b.spans.map((s) => [s.open, s.close, s.text.slice(0, 20)]));
console.log(b.sentences.map(([a, e]) => b.masked.slice(a, e)));
const r = analyseArticle({ blocks: d.blocks.slice(0, idx + 1), captions: [], links: [], lang: d.lang });
console.log(r.quotes.filter((q) => q.paragraph === idx));
