/**
 * Japanese plural topics (議員らは「…」と述べた): ら and たち are hiragana, so the topic reader stopped
 * short of them and the quote went to whoever spoke before (issue #10 class 2: a wrong person is worse
 * than none). Seen on the round-13 tune page ja-cnbcja-russia-sanctions (made-up sentences here).
 */
import { describe, expect, it } from 'vitest';
import { run, speakers } from '../../helpers/analysis-run';

describe('Japanese plural topics', () => {
  it('a described group that speaks keeps its description, plural and all', () => {
    const r = run(
      [
        'ウクライナのウォロディミル・ゼレンスキー大統領が火曜日にワシントンを訪れる。',
        '議員らは共同声明で、「この超党派の合意を発表できることを誇りに思う」と述べた。',
        '「今回の決定は運営上きわめて困難だった」と会計監査人らは述べた。',
        '研究者たちは「データが示す傾向ははっきりしている」と説明した。',
      ],
      'ja',
    );
    expect(speakers(r)).toEqual(['議員ら', '会計監査人ら', '研究者たち']);
  });

  it('a named person and others (山田太郎議員らは) is that person', () => {
    const r = run(['自民党の山田太郎議員らは「法案の早期成立を目指したい」と語った。'], 'ja');
    expect(speakers(r)).toEqual(['山田太郎']);
  });

  it('彼らは (they) names no one person: it is not resolved to the last speaker', () => {
    const r = run(['田中一郎社長は「売り上げは伸びている」と述べた。', '彼らは「来年も同じ計画で進めるつもりだ」と述べた。'], 'ja');
    expect(speakers(r)[1]).not.toBe('田中一郎');
  });
});

describe('Japanese "they" (彼ら)', () => {
  it('points to the group that spoke just before', () => {
    const r = run(['エネルギー省は「計画は順調だ」と述べた。', '「修理はきわめて困難だった」と監査人らは述べた。「予算も足りていない」と彼らは述べた。'], 'ja');
    expect(speakers(r)).toEqual(['エネルギー省', '監査人ら', '監査人ら']);
  });
});

describe('Japanese roles given by a relative clause (Yを務めたX氏)', () => {
  it('takes the post the person served in as their role', () => {
    const r = run(['前政権の下で国務省の国際エネルギー問題担当特使を務めたデービッド・ゴールドウィン氏は、在庫は十分だと述べた。「準備金の安定性については心配していない」とゴールドウィン氏は語った。'], 'ja');
    expect(r.quotes.map((q) => [q.speaker, q.role])).toEqual([['デービッド・ゴールドウィン', '国務省の国際エネルギー問題担当特使']]);
  });
});
