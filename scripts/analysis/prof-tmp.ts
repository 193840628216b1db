import { analyseArticle } from '../../utils/analysis/index';
const N = 400000;
const which = process.argv[2] ?? 'en';
const text = which === 'en' ? '"word" '.repeat(N / 7) : which === 'ja' ? '山田太郎氏は「今秋中に協議が開催され得る」と述べた。'.repeat(N / 27) : which === 'zh' ? '李博灏说：“这是一个非常好的消息。”'.repeat(N / 18) : '“We will not back down now,” he said. '.repeat(N / 38);
const t0 = performance.now();
for (let k = 0; k < 3; k++) analyseArticle({ blocks: [text], captions: [], links: [], lang: which });
console.log(((performance.now() - t0) / 3).toFixed(0), 'ms');
