/**
 * Chinese and Korean quotes (issue #10).
 *
 * Chinese: “…” / 「…」 with a reporting verb (说, 表示, 指出, 称, 认为, 介绍, 强调 …) and the
 * speaker before the colon (李博灏说：“…”) or after the quote (“…”安化县乐安镇大禾村村民陈福香说).
 * The speaker phrase is read at its joints: a role word, then the name after it (编剧张晓阳 →
 * 张晓阳, role 编剧); adverbials (动情地) and scene phrases (在接受质询前) are not part of it.
 *
 * Korean: “…” with 라고/고 + 말했다, 밝혔다, 강조했다, 설명했다 …, the speaker the sentence's
 * topic (X는/은/이/가) before the quote or between the quote and the verb; titles after the
 * name (씨, 대표, 원장) are its role or honorific; 그는 resolves to the last person.
 */
import { addQuote, resolve, type Ctx } from './context';
import { KO_PRONOUN_RE } from './names';
import { sentenceAt } from './sentences';
import { longEnough, type Span } from './spans';

const ZH_VERB =
  '(?:表示|说道|说|說|称(?![谓號号])|稱(?![謂號])|指出|强调|強調|认为|認為|透露|介绍|介紹|坦言|直言|回应|回應|告诉|告訴|写道|寫道|宣布|警告|感慨|感叹|回忆|谈起|談起|谈到|談到|补充|補充|解释|解釋|问道|問道|追问|追問|问(?![题題])|問(?![题題])|答道|回答|答(?![案应應])|喊道|喊|叮嘱|叮囑|嘱咐|囑咐|呼吁|呼籲|提醒|感言|说过|說過)';
/** “…”X说 — the phrase between the quote and the verb (lazy: the first verb ends it) */
const ZH_AFTER_RE = new RegExp(`^\\s*[，,。]?\\s*([^，。“”「」\\s]{0,24}?)${ZH_VERB}`, 'u');
/** X说：“…” / X表示，“…” — the phrase before the verb at the end of the prefix */
const ZH_BEFORE_RE = new RegExp(`([^，。“”「」：:\\s]{1,24}?)${ZH_VERB}[^，。“”「」]{0,6}[，,:：]?\\s*$`, 'u');
/** X：“…” with no verb: only a name after a role word, or a 2-4 character name, before the colon */
const ZH_COLON_RE = /(?:^|[，。！？\s])([^，。“”「」：:\s]{2,16})[：:]\s*$/u;
/** 梁振英在接受质询前的发言中说: the subject ends where 在/对/向/于 opens a phrase */
const ZH_PHRASE_CUT_RE = /(?:在|对|對|向|于|於|接受|通过|通過|日前|今天|昨天|近日|最近|当天|當天).*$/u;
/** 动情地, 激动地, 也, 还, 笑着: adverbials between the speaker and the verb */
const ZH_ADVERB_END_RE = /(?:[\p{Script=Han}]{2}地|也|还|還|又|则|則|都|便|就|曾|更|再次|接着|接著|笑着|笑著|深有感触地|不禁)+$/u;
/** Honorifics and titles that follow a name (赵立坚发言人 is rare; 先生/女士 are common). */
const ZH_TITLE_AFTER_RE = /(?:先生|女士|教授|博士|院士|总统|總統|主席|总理|總理)$/u;
/**
 * Role words a name follows (大禾村村民陈福香, 治安主任袁永红, 编剧张晓阳, 扮演者王慧杰, 58同城董事长姚劲波,
 * 香港行政长官梁振英): seen in the Xinhua, Banyuetan and BBC 中文 pages of the tuning set and common in wire copy.
 */
const ZH_ROLE_WORDS =
  '村民|居民|市民|农民|农户|村支书|支书|主任|会长|會長|书记|書記|院士|教授|主席|部长|部長|局长|局長|市长|市長|县长|縣長|镇长|鎮長|村长|村長|经理|經理|总裁|總裁|董事长|董事長|总经理|總經理|创始人|創始人|发言人|發言人|专家|專家|负责人|負責人|站长|站長|医生|醫生|警官|律师|律師|编剧|編劇|导演|導演|演员|演員|扮演者|作家|记者|記者|老师|老師|学生|學生|校长|校長|所长|所長|研究员|研究員|行政长官|行政長官|特首|议员|議員|大使|总统|總統|总理|總理|首相|官员|官員|代表|委员|委員|厅长|廳長|处长|處長|科长|科長|CEO';
const ZH_NAME_AFTER_ROLE_RE = new RegExp(`^(.*(?:${ZH_ROLE_WORDS}))([\\p{Script=Han}]{2,3})$`, 'u');
const ZH_ENDS_WITH_ROLE_RE = new RegExp(`^(.*(?:${ZH_ROLE_WORDS}))$`, 'u');
const ZH_PRONOUN_RE = /^(?:他|她|他们|她们|該|该)/u;

/** The quotative ending and a speech verb (Korean grammar: -라고/-고/-며/-면서 + 말하다, 밝히다, 전하다 …) */
const KO_AFTER_RE =
  /^\s*(?:라고|이라고|고|며|면서|라며|이라며|하고|라면서)\s*((?:\S+\s+){0,4}?)(?:말했|밝혔|전했|강조했|주장했|설명했|덧붙였|지적했|보도했|털어놨|털어놓|고백했|답했|말한|말하|했다|한다|했고|얘기했|이야기했|물었|토로했|언급했|강조한|설명한|밝힌|전한|당부했|호소했|덧붙인)/u;
/** “…”라는 게 김철수 대표의 설명이다 / “…” 김철수 씨의 말이다 */
const KO_NOUN_PREDICATE_RE = /^\s*(?:(?:라는|이라는|란)\s*(?:게|것이|것은|얘기가|말이)\s*)?([^\s.,"“”]{1,12}(?:\s+[^\s.,"“”]{1,6})?)의\s*(?:설명|말|주장|얘기|이야기|설명이자|답|답변|전언)(?:이다|이었다|입니다)/u;
/** 김철수 대표: “…” — the speaker and a colon right before the quote */
const KO_COLON_RE = /(?:^|[.!?]\s+)([^\s.,"“”:]{1,12}(?:\s+[^\s.,"“”:]{1,6})?)\s*[:：]\s*$/u;
/** The sentence topic before the quote: 김철수 대표는 / 그는 / 회사 측은 */
const KO_TOPIC_RE = /(?:^|[.,]\s*|\s)((?:[^\s.,"“”]{1,12}\s+){0,2}?[^\s.,"“”]{1,12}?)(?:은|는|이|가)\s/u;
/** Titles after a Korean name: role (대표, 원장) or honorific (씨) */
const KO_TITLE_RE = /\s*(대통령|장관|대변인|위원장|총리|의원|대표|교수|국장|차관|대사|원장|회장|사장|감독|작가|기자|소장|단장|씨|님)$/u;
const KO_HONORIFIC = new Set(['씨', '님']);

export interface ZhSpeaker {
  name: string;
  role: string | null;
}

/** The speaker and role out of a Chinese speaker phrase. */
export function zhSpeaker(raw: string): ZhSpeaker | null {
  let p = raw.trim().replace(/^[，,、：:\s]+/u, '');
  p = p.replace(ZH_PHRASE_CUT_RE, '') || p;
  p = p.replace(ZH_ADVERB_END_RE, '') || p;
  p = p.replace(/^(?:而|但|并|並|同时|同時|此外|另外)/u, '');
  if (!p || p.length > 30 || !/\p{Script=Han}|[A-Za-z]/u.test(p)) return null;
  const named = ZH_NAME_AFTER_ROLE_RE.exec(p);
  if (named) {
    const role = named[1].replace(/的$/u, '');
    return { name: named[2], role: role || null };
  }
  const titled = p.replace(ZH_TITLE_AFTER_RE, '');
  // a description (石家庄学院一位女生) stays whole; "X的Y" keeps Y when Y names someone
  return { name: titled || p, role: null };
}

/** The role a Chinese name is introduced with anywhere in the article: "58同城董事长姚劲波、…" → 58同城董事长. */
export function zhIntroRole(name: string, text: string): string | null {
  if (!/^[\p{Script=Han}]{2,4}$/u.test(name)) return null;
  let at = text.indexOf(name);
  for (let n = 0; at >= 0 && n < 20; n++, at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 24), at);
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('、'), before.lastIndexOf('”'), before.lastIndexOf('“'), before.lastIndexOf(' ')) + 1);
    const m = ZH_ENDS_WITH_ROLE_RE.exec(clause);
    if (m) return zhSpeaker(m[1] + name)?.role ?? null;
  }
  return null;
}

function koSpeaker(raw: string): ZhSpeaker | null {
  // sentence adverbs before the topic: 특히 한국기자협회는, 또 그는
  let p = raw.trim().replace(/^(?:특히|또한|또|이어|한편|그러면서|다만|이에|이날|당시)\s+/u, '');
  if (!p) return null;
  const t = KO_TITLE_RE.exec(p);
  let role: string | null = null;
  if (t) {
    p = p.slice(0, t.index).trim();
    if (!KO_HONORIFIC.has(t[1])) role = t[1];
  }
  // "대표 김철수" (title first) also happens
  const lead = /^(대표|원장|회장|사장|감독|교수|장관)\s+(\S+)$/u.exec(p);
  if (lead) return { name: lead[2], role: lead[1] };
  return p ? { name: p, role } : null;
}

export function zhKoQuotes(ctx: Ctx, block: string, masked: string, spans: Span[], paragraph: number, script: 'zh' | 'ko', sentences: [number, number][]): void {
  for (const s of spans) {
    const inner = s.text.trim();
    if (!longEnough(inner)) continue;
    const si = sentenceAt(sentences, s.open);
    const sStart = Math.max(sentences[si][0], s.open - 200);
    const prefix = masked.slice(sStart, s.open);
    const after = masked.slice(s.end, Math.min(s.end + 60, Math.max(sentences[sentenceAt(sentences, Math.max(s.open, s.close - 1))][1], s.end + 60)));
    let who: ZhSpeaker | null = null;
    let found = false;
    if (script === 'zh') {
      const a = ZH_AFTER_RE.exec(after);
      // the verb, a few characters and the colon end the prefix: 40 characters hold any speaker phrase
      const b = ZH_BEFORE_RE.exec(prefix.slice(-40));
      // 钟南山院士：“…” — a name (after its role) and a colon, with no verb (interviews, features)
      const c = !a && !b ? ZH_COLON_RE.exec(prefix.slice(-30)) : null;
      if (!a && !b && !c) continue;
      found = true;
      const phrase = (a && a[1]) || (b && b[1]) || (c && c[1]) || '';
      if (phrase && ZH_PRONOUN_RE.test(phrase)) {
        const r = resolve(ctx, 'person');
        who = r ? { name: r, role: null } : null;
      } else if (phrase) who = zhSpeaker(phrase);
      else if (ctx.lastSpeaker && paragraph - ctx.lastSpeakerParagraph <= 1) who = { name: ctx.lastSpeaker, role: null };
    } else {
      // “…”라는 게 X의 설명이다 / “…” X의 말이다: the noun-predicate attribution of Korean news copy
      const noun = KO_NOUN_PREDICATE_RE.exec(after);
      // X: “…” / X는 “…” at the start of a sentence with the colon form
      const colon = !noun ? KO_COLON_RE.exec(prefix) : null;
      if (noun || colon) {
        const who2 = koSpeaker((noun ?? colon)![1]);
        addQuote(ctx, who2?.name ?? null, inner, paragraph, null, true, who2?.role ?? null);
        continue;
      }
      const k = KO_AFTER_RE.exec(after);
      if (!k) continue;
      found = true;
      // "…"라고 LJ는 말했다: the topic between the quote and the verb, else the one before the quote
      const between = k[1] ? KO_TOPIC_RE.exec(' ' + k[1]) : null;
      const t = between ?? KO_TOPIC_RE.exec(' ' + prefix);
      const phrase = t ? t[1] : null;
      if (phrase && KO_PRONOUN_RE.test(phrase)) {
        const r = resolve(ctx, 'person');
        who = r ? { name: r, role: null } : null;
      } else if (phrase) who = koSpeaker(phrase);
      else if (ctx.lastSpeaker && paragraph - ctx.lastSpeakerParagraph <= 1) who = { name: ctx.lastSpeaker, role: null };
    }
    if (!found) continue;
    addQuote(ctx, who?.name ?? null, inner, paragraph, null, true, who?.role ?? null);
  }
}
