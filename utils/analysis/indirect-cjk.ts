/**
 * People cited in indirect speech, Japanese, Chinese and Korean (round 13): a person named as the
 * topic or subject of a reporting verb whose complement is the article's own clause, not a
 * quotation in 「」 or “”. Sources of kind `other`, named with the fullest form the article gives.
 *
 *  - Japanese: 山田太郎氏は…と述べた / と指摘した / としている (the topic carries a personal title or
 *    honorific; the clause before と has words outside 「」, and is not only a quote).
 *  - Chinese: 研究员朱巍认为，… / 刘颖介绍说，… / 梁振英称，… (the subject read by the quote rules'
 *    speaker reader, zhSpeaker; a person by a surname, a role word, a foreign name or a Latin name).
 *  - Korean: 신현송 한국은행 총재가 …다고 강조했다 (a Hangul name with a title as the topic, 다고/라고
 *    not after a closing quotation mark).
 *
 * Each reads one sentence (Intl.Segmenter ranges of the masked block) with bounded patterns: linear.
 */
import { KO_TITLES, HAN_NAME_RE } from './constants';
import { bodyKind, classifySource, fullestForm, hasJaTitle, jaSpeakerFromPhrase } from './names';
import { findOutlet, findOutletSuffix } from './outlets';
import { zhPersonLike, zhSpeaker } from './quotes-zh-ko';
import type { SourceBlock, SourceHit } from './sources';
import { occurrences } from './occurrences';

/** Japanese: the cue that ends an indirect report: と述べた, と指摘した, とした, としている, との見方を示した, と発表した (round 14) */
const JA_CUE_RE = /(.)(?:と(?:述べ|指摘|説明|明らかに|話し|語っ|強調|付け加え|主張|証言|訴え|答え|発言|明か|批判|分析|予想|推測|発表)|と(?:した|している|しており)|との(?:見方|考え|認識|見解)を示)/gu;
/**
 * The topic that opens a Japanese sentence (after an optional lead clause): X氏は / X知事も. Up to 60
 * characters: a topic may carry a long description (round 14, ja-cnbcja-spr-stress: バラク・オバマ大統領の下で
 * 国務省の国際エネルギー問題担当特使を務めたデービッド・ゴールドウィン氏は).
 */
const JA_TOPIC_RE = /^([^、。「」はもが]{2,60}?)(?:は|も)、?/u;
const JA_LEAD_TOPIC_RE = /^[^、。「」]{0,24}、([^、。「」はもが]{2,60}?)(?:は|も)、?/u;
/** a relative clause before a name: を務めた, を率いる (its verb: one or two kanji, kana, た or る) */
const JA_RELATIVE_BEFORE_NAME_RE = /^.*を\p{sc=Han}{1,2}\p{sc=Hira}{0,3}(?:た|る)(?=[\p{sc=Kana}\p{sc=Han}])/u;
/** A short bracket after a name (リチャード・ブルーメンソール上院議員（民主党、コネチカット州）は): read past it (round 14) */
const JA_AFFILIATION_RE = /（[^（）「」。]{1,30}）|\([^()「」。]{1,30}\)/gu;
/** Chinese: the subject phrase, the verb of saying, then a comma or colon (no quotation after it) */
const ZH_IND_RE = /(?:^|[，。；：！？\s])([^，。；：！？“”「」〓]{2,40}?)(?:也|还|還|则|則|进一步|進一步|同时|同時)?(表示|认为|認為|指出|称|稱|介绍说|介紹說|介绍|介紹|强调|強調|坦言|透露|说|說|预计|預計)[，,：:]?\s*(?![“「『]?〓|[\s：:，,])/gu;
/** Korean: a topic with a title (신현송 한국은행 총재가) … 다고/라고 + a verb of saying */
const KO_TOPIC_RE = new RegExp(`^(?:\\S+\\s+){0,1}?(\\p{sc=Hang}{2,4})(?:\\s+\\S+){0,2}?\\s*(?:${KO_TITLES}|씨)(?:은|는|이|가)\\s`, 'u');
const KO_CUE_RE = /([^\s”"’])(?:다|라)고\s+(?:말했|밝혔|강조했|설명했|지적했|전했|덧붙였|주장했|분석했|내다봤|예상했)/u;

/** Words a surname's character opens that name no one: 方面 (the side of), 方案, 双方 */
const ZH_NOT_NAME_RE = /^(?:方面|方案|官方|双方|雙方|对方|對方|多方|各方|高层|高層|目前|同时|同時|此外|其中|相关|相關)|方面$/u;
/** Korean time and linking words that stand where a topic's name would (이날 = "that day") */
const KO_NOT_NAME_RE = /^(?:이날|당시|최근|지난|앞서|한편|이번|오늘|올해|지난해|현재|이후|이어|또한|특히)$/u;
const HAN_OR_KANA = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}]/gu;
/** Characters of the article's own words (quotations masked or cut out), counted up to `max`. */
function ownChars(s: string, max: number): number {
  let n = 0;
  for (const m of s.replace(/「[^」]*」|“[^”]*”|〓+/gu, '').matchAll(HAN_OR_KANA)) {
    void m;
    if (++n >= max) break;
  }
  return n;
}

/** A person's name (not a body, an outlet, or an unnamed group) */
function personLike(name: string, allText: string): boolean {
  if (!name || findOutlet(name) || findOutletSuffix(name)) return false;
  return classifySource(name) === 'other' && !bodyKind(name, allText);
}

/**
 * fullestForm once per name and article (round 14): a katakana name's fullest form is read by a scan of
 * the whole article, and a hostile paragraph cites one name in every sentence (quadratic: 3.5 s at 100k).
 */
const fullestMemo = new Map<string, string>();
let fullestText = '';
function fullestOnce(name: string, allText: string): string {
  if (fullestText !== allText) {
    fullestText = allText;
    fullestMemo.clear();
  }
  let full = fullestMemo.get(name);
  if (full === undefined) {
    full = fullestForm(name, allText);
    if (fullestMemo.size < 200) fullestMemo.set(name, full);
  }
  return full;
}

function jaSentence(s: string, allText: string): string | null {
  const titled = (m: RegExpExecArray | null) => (m && hasJaTitle(m[1].split(/[のが、]/u).pop() ?? '') ? m : null);
  s = s.includes('（') || s.includes('(') ? s.replace(JA_AFFILIATION_RE, '') : s;
  const topic = titled(JA_TOPIC_RE.exec(s)) ?? titled(JA_LEAD_TOPIC_RE.exec(s));
  if (!topic) return null;
  // (a long description ends in a relative clause before the name: …特使を務めたデービッド・ゴールドウィン氏 → the name)
  const name = jaSpeakerFromPhrase(topic[1])?.replace(JA_RELATIVE_BEFORE_NAME_RE, '');
  if (!name || name.length < 2 || !personLike(name, allText)) return null;
  // (a name in katakana or kanji extended to its full form: ハレル → ピーター・ハレル)
  const rest = s.slice(topic[0].length);
  for (const m of rest.matchAll(JA_CUE_RE)) {
    // (the last 200 characters before the cue: a hostile sentence holds hundreds of cues)
    const clause = rest.slice(Math.max(0, m.index! + 1 - 200), m.index! + 1);
    // the article's own words before the cue: "…可能性が高いと述べた"; 「…」と述べた alone is a quote
    // (and a joint before a quote: "…だとして、「…」と明らかにした")
    const own = ownChars(clause, 12);
    if (own >= 12 && (m[1] !== '」' || /(?:が|として|とし|一方|ものの)、[^、]*「[^」]*」$/u.test(clause))) return fullestOnce(name, allText);
  }
  return null;
}

/** Is this Han name introduced with a role anywhere ("来电科技的高级市场总监刘颖", "业内资深人士张凡")? */
const introducedMemo = new Map<string, boolean>();
function introduced(name: string, allText: string): boolean {
  if (introducedText !== allText) {
    introducedText = allText;
    introducedMemo.clear();
  }
  let known = introducedMemo.get(name);
  if (known === undefined && introducedMemo.size >= 200) return false;
  if (known === undefined) introducedMemo.set(name, (known = introducedIn(name, allText)));
  return known;
}
let introducedText = '';

function introducedIn(name: string, allText: string): boolean {
  for (const at of occurrences(allText, name, 20)) {
    const before = allText.slice(Math.max(0, at - 24), at);
    const clause = before.slice(Math.max(...[...'，。、“”：:\n '].map((c) => before.lastIndexOf(c))) + 1);
    const sp = clause ? zhSpeaker(clause + name) : null;
    if (sp?.name === name && (sp.role?.length ?? 0) >= 2) return true;
  }
  return false;
}

/** 阿克拉姆 → 哈立德·泰穆尔·阿克拉姆: the dotted full name the article gives (looked up once per name) */
const dottedMemo = new Map<string, string>();
let dottedText = '';
function dottedFull(name: string, allText: string): string {
  if (!/^\p{sc=Han}{2,6}$/u.test(name)) return name;
  if (dottedText !== allText) {
    dottedText = allText;
    dottedMemo.clear();
  }
  let full = dottedMemo.get(name);
  // (each lookup is a scan of the article: at most 20 names, as for acronyms in index.ts)
  if (full === undefined && dottedMemo.size >= 20) return name;
  if (full === undefined) {
    const m = new RegExp(`\\p{sc=Han}{1,8}(?:(?: - |[·•・-])\\p{sc=Han}{1,8}){0,3}(?: - |[·•・-])${name}(?!\\p{sc=Han})`, 'u').exec(allText);
    dottedMemo.set(name, (full = m ? m[0] : name));
  }
  return full;
}

function zhSentence(s: string, allText: string, out: (name: string, at: number) => void): void {
  for (const m of s.matchAll(ZH_IND_RE)) {
    // what follows the verb: the article's own words up to the sentence's end (a quote is the quote rules')
    // (a window, not the rest of the sentence: a block with no 。 is one sentence of any length)
    const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 120);
    if (ownChars(after.split(/[。！？]/u)[0], 6) < 6) continue;
    const sp = zhSpeaker(m[1]);
    if (!sp || !zhPersonLike(sp.name) || !personLike(sp.name, allText) || ZH_NOT_NAME_RE.test(sp.name)) continue;
    // a bare two- or three-character Han name is a person when the article gives it a role somewhere
    // (研究员朱巍, 来电科技的高级市场总监刘颖): "多方爆料称" has a surname's character and no one behind it
    if (HAN_NAME_RE.test(sp.name) && !((sp.role?.length ?? 0) >= 2) && !introduced(sp.name, allText)) continue;
    // 阿克拉姆 → 哈立德·泰穆尔·阿克拉姆: the dotted full name the article gives
    out(dottedFull(sp.name, allText), m.index!);
  }
}

function koSentence(s: string, allText: string): string | null {
  const topic = KO_TOPIC_RE.exec(s);
  if (!topic || !KO_CUE_RE.test(s.slice(topic[0].length)) || ownChars(s.slice(topic[0].length), 12) < 12) return null;
  const name = topic[1];
  return personLike(name, allText) && !KO_NOT_NAME_RE.test(name) ? fullestOnce(name, allText) : null;
}

export function findIndirectCjk(blocks: SourceBlock[], allText: string): SourceHit[] {
  const hits: SourceHit[] = [];
  blocks.forEach((b, p) => {
    if (b.script !== 'ja' && b.script !== 'zh' && b.script !== 'ko') return;
    const text = b.masked ?? b.text;
    for (const [a, e] of b.sentences) {
      const s = text.slice(a, e);
      if (b.script === 'zh') zhSentence(s, allText, (name, at) => hits.push({ name, paragraph: p, at: a + at, kind: 'other' }));
      else {
        const name = b.script === 'ja' ? jaSentence(s, allText) : koSentence(s, allText);
        if (name) hits.push({ name, paragraph: p, at: a, kind: 'other' });
      }
    }
  });
  return hits;
}
