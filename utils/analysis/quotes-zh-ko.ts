/**
 * Chinese and Korean quotes: “…” / 「…」 with 表示/说/称/指出 (before or after), and
 * "…"라고 말했다/밝혔다 with the sentence topic (X는/은) as speaker, 그는 resolved.
 */
import { addQuote, resolve, type Ctx } from './context';
import { KO_PRONOUN_RE } from './names';
import type { Span } from './spans';

const ZH_VERB = '(?:表示|说|說|称(?![谓號号])|稱(?![謂號])|指出|强调|強調|认为|認為|透露|介绍|介紹|坦言|回应|回應|告诉|告訴|写道|寫道|宣布|警告)';
const ZH_AFTER_RE = new RegExp(`^\\s*[，,。]?\\s*([^，。“”「」\\s]{0,16})${ZH_VERB}`, 'u');
const ZH_BEFORE_RE = new RegExp(`([^，。“”「」：:\\s]{1,24})${ZH_VERB}[^，。“”「」]{0,6}[，,:：]?\\s*$`, 'u');
/** 梁振英在接受质询前的发言中说: the subject ends where 在/对/向/于 opens a phrase */
const ZH_PHRASE_CUT_RE = /(?:在|对|對|向|于|於|接受|通过|通過|日前|今天|昨天|近日).*$/u;
/** Chinese titles after a name (外交部发言人赵立坚 → 赵立坚 needs the reverse; keep it simple). */
const ZH_TITLE_RE = /(?:总统|總統|主席|总理|總理|部长|部長|发言人|發言人|大使|先生|女士|教授|博士|局长|局長|主任|书记|書記|市长|市長|院长|院長|总裁|總裁|经理|經理|院士|会长|會長|董事长|董事長|首席执行官|研究员|研究員|所长|所長|校长|校長|专家|專家|记者|記者)$/u;
const ZH_NAME_AFTER_ROLE_RE = /(?:村民|居民|主任|会长|會長|书记|書記|院士|教授|主席|部长|部長|局长|局長|市长|市長|县长|縣長|镇长|鎮長|村长|村長|经理|經理|总裁|總裁|董事长|董事長|发言人|發言人|专家|專家|负责人|負責人|站长|站長|医生|醫生|警官|律师|律師)([\p{Script=Han}]{2,3})$/u;
const KO_AFTER_RE = /^\s*(?:라고|이라고|고|며)\s*(?:\S+\s+){0,4}?(?:말했|밝혔|전했|강조했|주장했|설명했|덧붙였|지적했|보도했|했다)/u;
const KO_TOPIC_RE = /(?:^|[.,]\s*)([^\s.,"“”]{1,20}?)(?:\s+[^\s.,"“”]{1,10}?)?(?:은|는|이|가)\s/u;
const KO_TITLE_RE = /\s*(?:대통령|장관|대변인|위원장|총리|의원|씨|대표|교수|국장|차관|대사)$/u;

export function zhKoQuotes(ctx: Ctx, block: string, masked: string, spans: Span[], paragraph: number, script: 'zh' | 'ko', sentences: [number, number][]): void {
  for (const s of spans) {
    const inner = s.text.trim();
    if (inner.length < 4) continue;
    const after = masked.slice(s.end, s.end + 40);
    const sentStart = Math.max(masked.lastIndexOf('。', s.open), masked.lastIndexOf('. ', s.open)) + 1;
    const prefix = masked.slice(sentStart, s.open);
    let speaker: string | null = null;
    if (script === 'zh') {
      // “一带一路”, “英雄的城市”: short terms in quotation marks are not quotes
      if (inner.length < 8 && !/[。！？!?]$/u.test(inner)) continue;
      const a = ZH_AFTER_RE.exec(after);
      const b = ZH_BEFORE_RE.exec(prefix);
      if (!a && !b) continue;
      speaker = (a && a[1]) || (b && b[1]) || ctx.lastSpeaker;
      if (speaker && /^(?:他|她|他们|該|该)/u.test(speaker)) speaker = resolve(ctx, 'person');
      if (speaker) speaker = speaker.replace(ZH_PHRASE_CUT_RE, '') || speaker;
      if (speaker) speaker = speaker.replace(/^.*的/u, '').replace(ZH_TITLE_RE, '') || speaker;
      // 大禾村村民陈福香 / 治安主任袁永红: the name after the last role word
      const named = speaker && ZH_NAME_AFTER_ROLE_RE.exec(speaker);
      if (named) speaker = named[1];
    } else {
      if (!KO_AFTER_RE.test(after)) continue;
      const t = KO_TOPIC_RE.exec(prefix);
      speaker = t ? t[1] : ctx.lastSpeaker;
      if (speaker && KO_PRONOUN_RE.test(speaker)) speaker = resolve(ctx, 'person');
      if (speaker) speaker = speaker.replace(KO_TITLE_RE, '') || speaker;
    }
    addQuote(ctx, speaker, inner, paragraph, null, true);
  }
}
