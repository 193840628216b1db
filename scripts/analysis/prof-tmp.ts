import { readFileSync, readdirSync } from 'node:fs';
import { analyseArticle } from '../../utils/analysis/index';
const dir = 'tests/fixtures/analysis/';
const only = process.argv[2];
const arts = readdirSync(dir).filter((f) => f.endsWith('.json') && (!only || f.includes(only))).map((f) => JSON.parse(readFileSync(dir + f, 'utf8')));
const t0 = performance.now();
for (let k = 0; k < 30; k++) for (const a of arts) analyseArticle({ blocks: a.blocks, captions: a.captions ?? [], links: a.links ?? [], lang: a.lang, siteName: a.siteName, url: a.url });
console.log(((performance.now() - t0) / 30 / arts.length).toFixed(2), 'ms/article');
