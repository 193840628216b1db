/**
 * Round 14: Japanese bodies cited as the origin of information (utils/analysis/sources-ja.ts), by
 * structure, on made-up sentences: a body or a document as the topic of a reporting verb (before
 * the report or after its と), the document it spoke in, the issuer of data or an analysis
 * (Xの…によると), a spokesperson's body, a platform a post was made on; and what stays no source
 * (a person, a bare 政府, a count of companies, a company merely in the story).
 */
import { describe, expect, it } from 'vitest';
import { names, run, source } from '../../helpers/analysis-run';

describe('a body as the topic of a reporting verb', () => {
  it('after the report’s と, with the report it spoke in', () => {
    const r = run(['「備蓄の放出能力は今後もリスクにさらされる」と中央会計検査院は報告書の中で警告した。'], 'ja');
    expect(source(r, '中央会計検査院')?.kind).toBe('government');
    expect(source(r, '報告書')?.kind).toBe('document');
  });

  it('as the sentence’s topic: a ministry, a company with 社, a Latin name', () => {
    const r = run(
      [
        '東西物流省は、港湾の処理能力が限界に近づいていると述べた。',
        'ミナト・ロジスティクス社は、来年の運賃が上がる可能性が高いと指摘した。',
        'NovaTechは投稿の中で、監視体制を強化する計画を改めて表明した。',
      ],
      'ja',
    );
    expect(source(r, '東西物流省')).toBeDefined();
    expect(source(r, 'ミナト・ロジスティクス社')?.kind).toBe('company');
    expect(source(r, 'NovaTech')?.kind).toBe('company');
    expect(source(r, '投稿')?.kind).toBe('document');
  });

  it('a document as the topic is the document', () => {
    const r = run(['関税は法令の範囲を超えて課されていると訴状は述べている。'], 'ja');
    expect(source(r, '訴状')?.kind).toBe('document');
  });

  it('a spokesperson speaks for the body', () => {
    const r = run(['最低貯蔵量は法律で定められていないと東西物流省報道官は記者団に語った。'], 'ja');
    expect(names(r)).toContain('東西物流省');
    expect(names(r)).not.toContain('東西物流省報道官');
  });

  it('同社 as the topic resolves to the company named before', () => {
    const r = run(['NovaTechは新たな方針を公表した。', '同社は昨年発表した研究で、監視は不正の検出に有効だと述べた。'], 'ja');
    expect(names(r)).toContain('NovaTech');
    expect(names(r)).toContain('研究');
    expect(names(r).filter((n) => n.startsWith('同'))).toEqual([]);
  });
});

describe('the issuer of data or an analysis', () => {
  it('Xのデータによると names the issuer; Xの7月の分析によると the analysis too', () => {
    const r = run(['東西統計局のデータによると、在庫は減少した。', 'これは、ミナト・ロジスティクス社の7月の分析によると、輸送力が足りないことを意味する。'], 'ja');
    expect(names(r)).toContain('東西統計局');
    expect(names(r)).not.toContain('データ');
    expect(source(r, 'ミナト・ロジスティクス社')?.kind).toBe('company');
    expect(source(r, '7月の分析')?.kind).toBe('document');
  });
});

describe('a platform a post was made on', () => {
  it('ソーシャルメディアへの投稿で', () => {
    const r = run(['山田太郎氏はソーシャルメディアへの投稿で、「訓練を一時停止することにした」と述べた。'], 'ja');
    expect(source(r, 'ソーシャルメディア')?.kind).toBe('social media');
  });
});

describe('what stays no source', () => {
  it('a person, a bare 政府, a count of companies, a topic inside a quotation, a mere mention', () => {
    const r = run(
      [
        '山田太郎氏は、港湾の処理能力が限界に近づいていると述べた。',
        '政府は景気が回復していると繰り返し主張している。',
        '関税は違法だと中小企業２社は主張している。',
        '山田太郎氏は「東西物流省は港湾の処理能力を誤っている」と述べた。',
        '山田太郎氏は、裁判所がどのような判決を下すかは分からないと述べた。',
        'ミナト・ロジスティクス社の倉庫は港の近くにある。',
      ],
      'ja',
    );
    for (const n of ['政府', '中小企業２社', '小企業２社', '東西物流省', '裁判所', 'ミナト・ロジスティクス社']) expect(names(r)).not.toContain(n);
  });
});

describe('people cited in indirect speech: long topics and affiliations (indirect-cjk.ts)', () => {
  it('a topic with a long description, and a bracketed affiliation before と発表した', () => {
    const ja = run(
      [
        '大統領の下で国務省の国際エネルギー問題担当特使を務めたデービッド・ゴールドマン氏は、備蓄には新たな危機に対処する十分な在庫が残っていると述べた。',
        'リチャード・ブルーム上院議員（民主党、コネチカット州）は、他の議員とともに火曜日、制裁を組み合わせることで合意に達したと発表した。',
      ],
      'ja',
    );
    expect(source(ja, 'デービッド・ゴールドマン')?.kind).toBe('other');
    expect(source(ja, 'リチャード・ブルーム')?.kind).toBe('other');
  });
});

describe('a body named inside a quotation is not the subject of the report (sources.ts reads the masked block)', () => {
  it('「…議会が認めなかった…」と主張している cites no 議会', () => {
    const r = run(['金曜の訴訟では、「当裁判所と東西高等裁判所が東西議会が認めなかったと判断した制度を維持するものだ」と主張している。'], 'ja');
    expect(names(r).filter((n) => /議会|裁判所/u.test(n))).toEqual([]);
  });
});
