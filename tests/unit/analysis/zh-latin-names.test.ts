/**
 * Chinese speaker phrases that hold a Latin-script name and its role (RedMonk 的联合创始人 James
 * Governor 在一份声明中表示:“…”) are longer than the 24 characters a speaker phrase was read with, so the
 * name lost its start ("ris Saunderson") or took a torn role word ("始人 James Governor"). Seen on the
 * round-13 tune page zh-tns-weaveworks-magalix (made-up sentences here).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/analysis-run';

const who = (block: string) => run([block], 'zh').quotes.map((q) => [q.speaker, q.role]);

describe('Chinese phrases with Latin-script names', () => {
  it('reads the whole name and its role when the phrase runs past 24 characters', () => {
    expect(who('RedMonk 的联合创始人 James Governor 在一份声明中表示:“策略即代码是一个重要的趋势，为企业提供了基础。”')).toEqual([['James Governor', 'RedMonk 的联合创始人']]);
    expect(who('Gartner 分析师 Chris Saunderson 在去年的一份报告中表示:“基础设施自动化增强了应用交付，支持云拓扑。”')).toEqual([['Chris Saunderson', 'Gartner 分析师']]);
  });

  it('keeps the whole role word before a short phrase', () => {
    expect(who('Gartner 分析师 Chris Saunderson 表示:“基础设施自动化增强了应用交付，支持云拓扑。”')).toEqual([['Chris Saunderson', 'Gartner 分析师']]);
  });
});
