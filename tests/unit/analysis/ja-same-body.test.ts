/**
 * 同社 / 同企業 ("the said company") is an anaphor, never a source's name: it is the company named
 * before it, also when that name is written in Latin letters (OpenAI), and no source when nothing
 * fits. Seen on the round-13 tune page ja-register-openai-monitoring (made-up sentences here).
 */
import { describe, expect, it } from 'vitest';
import { names, run } from '../../helpers/analysis-run';

describe('同社 and 同企業 point back to the company named before', () => {
  it('resolves to a company named in Latin letters', () => {
    const r = run(
      ['OpenAIは新たな監視体制を発表した。', '同企業によると、一部の作業は一時停止されるという。', '同社によると、費用は顧客に転嫁されない。'],
      'ja',
    );
    expect(names(r).filter((n) => /同/u.test(n))).toEqual([]);
    expect(names(r)).toContain('OpenAI');
  });

  it('names no source when no company came before', () => {
    const r = run(['同社によると、費用は顧客に転嫁されないという。'], 'ja');
    expect(names(r)).toEqual([]);
  });

  it('still resolves 同省 to the ministry written before it', () => {
    const r = run(['財務省は予算案を公表した。', '同省によると、歳出は過去最大になる。'], 'ja');
    expect(names(r)).toContain('財務省');
    expect(names(r).filter((n) => /同/u.test(n))).toEqual([]);
  });
});
