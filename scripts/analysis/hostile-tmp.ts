import { analyseArticle } from '../../utils/analysis/index';
const N = Number(process.argv[2] ?? 400000);
const cases: Record<string, string> = {
  'en quoted words': '"word" '.repeat(N / 7),
  'en said quotes': '“We will not back down now,” he said. '.repeat(N / 38),
  'en one open quote': '“' + 'word and more '.repeat(N / 14),
  'en caps': 'The Big Red Federal Office Of Things said '.repeat(N / 42),
  'ja quoted': '「あいうえお」'.repeat(N / 7),
  'ja cue quotes': '山田太郎氏は「今秋中に協議が開催され得る」と述べた。'.repeat(N / 27),
  'ja open': '「' + 'あいうえお、'.repeat(N / 6),
  'ja no punct kanji': '漢字'.repeat(N / 2),
  'zh quotes': '李博灏说：“这是一个非常好的消息。”'.repeat(N / 18),
  'ko quotes': '김철수 대표는 "이것은 매우 좋은 소식이다"라고 말했다. '.repeat(N / 30),
  'de quotes': '„Das ist eine sehr gute Nachricht“, sagte Müller. '.repeat(N / 50),
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  const r = analyseArticle({ blocks: [text], captions: [], links: [], lang: name.slice(0, 2) });
  console.log(name.padEnd(22), text.length, (performance.now() - t0).toFixed(0) + ' ms', r.quotes.length, r.sources.length);
}
