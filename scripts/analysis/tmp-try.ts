import { analyseArticle } from '../../utils/analysis/index';
const blocks = process.argv.slice(2);
const r = analyseArticle({ blocks, captions: [], links: [], lang: 'en' });
console.log(JSON.stringify(r.sources.map((s) => [s.name, s.kind])), JSON.stringify(r.quotes.map((q) => q.speaker)));
