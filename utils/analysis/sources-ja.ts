/**
 * Japanese bodies cited as the origin of information (round 14): government bodies, agencies,
 * courts, companies and institutes, and the documents they issue, by the structure of the sentence
 * that cites them (never by a list of names):
 *
 *  - a body as the topic of a reporting verb: エネルギー省は…と述べた, 「…」と政府会計検査院は報告書の中で
 *    警告した (the topic after the report's と), OpenAIは投稿の中で…を表明した; a document as the topic is
 *    the document (…と訴状は述べている, 5月の報告書は…と伝えている);
 *  - the document a body spoke in, between the topic and the verb (報告書の中で, 投稿の中で, 昨年発表した研究で);
 *  - the issuer of data or an analysis: エネルギー情報局のデータによると, ラピダン・エナジー社の7月の分析によると
 *    (the issuer, and the analysis when it is more than "data");
 *  - a platform a post was made on: ソーシャルメディアへの投稿で.
 *
 * Seen on the round-13 tune pages ja-cnbcja-spr-stress, ja-cnbcja-tariffs-lawsuit and
 * ja-register-openai-monitoring (CNBC and The Register in Japanese translation); the tests use
 * made-up sentences. A person (山田氏, トランプ大統領) is no body here: people cited in indirect speech
 * are read by indirect-cjk.ts, quoted ones by the quote rules. A body merely mentioned (a company
 * the story is about, no reporting verb) is not cited.
 *
 * Every pattern reads a bounded window before a cue, on the block with quotations masked: linear.
 */
import type { SourceKind } from './types';
import { findOutlet, findOutletSuffix } from './outlets';

type Push = (name: string, paragraph: number, at: number, extra?: { kind?: SourceKind }) => void;

/** Reporting verbs whose topic is cited (述べた, 警告した, 判断した, 表明した, 伝えている …) */
const JA_SAY_CUE_RE = /(?:述べ|警告し|指摘し|判断し|結論(?:付|づ)け|主張し|主張す|報告し|語っ|説明し|付け加え|強調し|明らかにし|明かし|発表し|表明し|推計し|予測し|分析し|伝えてい|伝え(?:た|る))/gu;
/** …と X は(、)(frame) — the topic right after the report's と (X holds no particle は/が/と/の) */
const JA_TOPIC_AFTER_TO_RE = /と([^、。「」〓\sとはがも]{2,24})(?:は|が)、?([^。「」〓はが]{0,24})$/u;
/** the sentence's own topic: X は(、) after an optional short lead clause (木曜日、) */
const JA_TOPIC_FIRST_RE = /^(?:[^、。「」〓はが]{0,12}、)?([^、。「」〓\sはがも]{2,30})(?:は|が)、?/u;
/** the body's own name ends a descriptive phrase: 米国の政府会計検査院 → 政府会計検査院 */
const JA_NAME_TAIL_RE = /^.*[のにをでと、]/u;
/** Endings that make a name a body (a ministry, agency, bureau, court, company, institute …). */
const JA_BODY_TAIL_RE =
  /(?:省|庁|局|署|銀行|研究所|研究院|検査院|委員会|裁判所|警察|当局|政府|社|協会|機構|センター|財団|連盟|組合|基金|取引所|事務所|公社|法人|機関|大学|グループ|ホールディングス)$/u;
/** Documents that can be the topic or the frame of a report. */
const JA_DOC_WORD = '報告書|声明|共同声明|書簡|訴状|判決文|論文|研究|分析|調査報告|白書|投稿';
const JA_DOC_TOPIC_RE = new RegExp(`(?:${JA_DOC_WORD})$`, 'u');
/** the document a body spoke in, between its topic and the verb: 報告書の中で, 昨年発表した研究で */
const JA_DOC_FRAME_IN_RE = new RegExp(`(${JA_DOC_WORD})(?:の中)?で`, 'u');
/** a platform a post was made on: ソーシャルメディアへの投稿で, Xへの投稿で */
const JA_PLATFORM_POST_RE = /(ソーシャルメディア|SNS|X|Twitter|ツイッター|Facebook|フェイスブック|Instagram|インスタグラム|Threads|スレッズ|Truth Social)(?:へ|に|上)の投稿/gu;
/** Xの(7月の)分析によると: the issuer before の, an optional qualifier, and what was issued */
const JA_ISSUED_RE = /^(.{2,24}?)の(?:([^の]{1,10})の)?(データ|分析|報告書|報告|統計|試算|推計|研究|論文|声明|資料|集計|予測|見積もり)$/u;
/** What an issuer issues that names no document of its own ("data", "materials"). */
const JA_BARE_ISSUE_RE = /^(?:データ|統計|資料|集計)$/u;
/** a body's spokesperson or officials speak for it: エネルギー省報道官 → エネルギー省 (round 13's convention) */
const JA_SPOKES_TAIL_RE = /(?:の)?(?:報道官|広報担当者?|報道担当者?|当局者(?:ら)?)$/u;
/** a body's head noun alone names no one body (政府は…と主張している: which government?), nor a count of companies (中小企業２社) */
const JA_BARE_HEAD_RE = /^(?:政府|当局|裁判所|警察|委員会|銀行|大学|会社|機関|事務所|グループ|センター)$|(?:[\d０-９]|数|各|両|他|自|当|本|弊|全|多|大手)社$/u;
/** topics that are anaphors a later pass resolves (同社, 同省) or pronouns: never a name here */
const JA_NOT_BODY_RE = /(?:氏|さん|者|者ら|人|人ら|員|員ら|長|官|相|手|家|彼|彼ら|彼女|首相|大統領|知事)$/u;

/** Is this name a body (not a person, not a pronoun)? A katakana name needs 社 in the article (ラピダン・エナジー社). */
function jaBody(n: string, allText: string): boolean {
  if (n.length < 2 || n.length > 24 || JA_NOT_BODY_RE.test(n) || JA_BARE_HEAD_RE.test(n)) return false;
  if (/^同(?:省|社|庁|局|企業|会社|グループ)$/u.test(n)) return true;
  if (findOutlet(n) || findOutletSuffix(n) || JA_BODY_TAIL_RE.test(n)) return true;
  // OpenAI, CME, GAO: a Latin name with two capitals (a person's name in Latin letters has one each word)
  if (/^[A-Za-z][A-Za-z\d&.-]{1,20}$/u.test(n) && (n.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return true;
  return /^[\p{sc=Kana}ー・]{2,16}$/u.test(n) && allText.includes(n + '社');
}

/** 社 and Latin names are companies (OpenAI, CME); 検査院 an audit office; other endings are classified by names.ts */
const kindOf = (n: string): SourceKind | undefined => (findOutlet(n) ? undefined : /社$|^[A-Za-z]/u.test(n) ? 'company' : /検査院$/u.test(n) ? 'government' : undefined);

/** The topic's name: the last part of its phrase (米国の政府会計検査院 → 政府会計検査院), a country's initial off a katakana name (米エネルギー省). */
const tail = (x: string) => x.replace(JA_NAME_TAIL_RE, '').replace(/^(?:米|英|露|独|仏|中|韓)(?=\p{sc=Kana})/u, '');

/** Push the topic as a body or a document, and the document frame between it and the verb. */
function pushTopic(raw: string, frame: string, p: number, at: number, push: Push, allText: string): boolean {
  const t = tail(raw);
  const body = t.replace(JA_SPOKES_TAIL_RE, '');
  const n = body !== t && jaBody(body, allText) ? body : t;
  if (JA_DOC_TOPIC_RE.test(n)) {
    // 5月の報告書は, 訴状は: the document the sentence reports (its qualifier kept: 5月の報告書)
    push(/^[^、。]{0,8}の/u.test(raw) && raw.length <= 16 ? raw : n, p, at, { kind: 'document' });
    return true;
  }
  if (!jaBody(n, allText)) return false;
  push(n, p, at, { kind: kindOf(n) });
  const doc = JA_DOC_FRAME_IN_RE.exec(frame);
  if (doc) push(doc[1], p, at, { kind: 'document' });
  return true;
}

/** Bodies and documents as the topic of a reporting verb (see the file's comment). `masked` hides quotations. */
export function findJaBodyTopics(masked: string, p: number, push: Push, allText: string): void {
  if (masked.includes('投稿')) for (const m of masked.matchAll(JA_PLATFORM_POST_RE)) push(m[1], p, m.index!, { kind: 'social media' });
  let lastSentence = -1;
  for (const c of masked.matchAll(JA_SAY_CUE_RE)) {
    const at = c.index!;
    const from = Math.max(0, at - 200);
    const win0 = masked.slice(from, at);
    const stop = win0.lastIndexOf('。');
    const win = win0.slice(stop + 1);
    const after = JA_TOPIC_AFTER_TO_RE.exec(win);
    if (after && pushTopic(after[1], after[2], p, at, push, allText)) continue;
    // the sentence's own topic, once per sentence (a sentence may hold several verbs), when the window reaches its start
    const start = from + stop + 1;
    if (start === lastSentence || (stop < 0 && from > 0)) continue;
    lastSentence = start;
    const first = JA_TOPIC_FIRST_RE.exec(win);
    // (the frame is read on to the sentence's later verbs: 同社は昨年発表した研究で、…と述べた)
    if (first) pushTopic(first[1], masked.slice(start + first[0].length, start + first[0].length + 40).split('。')[0], p, at, push, allText);
  }
}

/**
 * Xの(7月の)分析によると, Xのデータによると: the issuer and what it issued, or null when the phrase is no
 * body's (報道によると). `raw` is what stands before によると.
 */
export function jaIssuerOfDoc(raw: string, allText: string): { issuer: string; issuerKind?: SourceKind; doc: string | null } | null {
  const m = JA_ISSUED_RE.exec(raw);
  if (!m) return null;
  const issuer = tail(m[1]);
  if (!jaBody(issuer, allText)) return null;
  const doc = JA_BARE_ISSUE_RE.test(m[3]) ? null : m[2] ? `${m[2]}の${m[3]}` : m[3];
  return { issuer, issuerKind: kindOf(issuer), doc };
}
