/**
 * Speaker and source names: strip titles and honorifics, classify unknown names by suffix,
 * recognise pronouns and anaphora (同氏, the official), and find the fullest form of a name.
 */
import type { SourceKind } from './types';
import { EN_FUNCTION_WORDS, EN_PEOPLE_NOUNS, EN_ROLE_NOUNS, KO_SURNAMES, KO_TITLES, HAN_NAME_RE, LATIN_NAME_RE, LATIN_WORD_RE } from './constants';
import { escapeRe } from '../text/escape-re';
import { findOutlet, findOutletSuffix } from './outlets';
import { memo } from './memo';
import { words } from './sentences';
import { occurrences } from './occurrences';

/**
 * Japanese titles and honorifics that follow a name (トランプ大統領, ノビコフ第1副委員長,
 * リャブコフ氏). Seen on the seed page and in Japanese wire copy (共同/時事 style); 投手 … コーチ in sports copy
 * (大谷翔平投手, round-7 pages).
 */
const JA_TITLES =
  '大統領|副大統領|首相|副首相|外相|防衛相|財務相|国防相|経済相|蔵相|法相|首席補佐官|補佐官|国務長官|国防長官|長官|副長官|報道官|大臣|副大臣|官房長官|' +
  '議員|上院議員|下院議員|委員長|副委員長|委員|代表|社長|会長|副社長|専務|常務|取締役|CEO|CTO|COO|最高経営責任者|最高技術責任者|' +
  '教授|准教授|名誉教授|博士|監督|選手|投手|捕手|内野手|外野手|コーチ|議長|副議長|知事|市長|町長|村長|区長|主席|国家主席|総書記|書記長|党首|幹事長|総裁|副総裁|総理|大使|公使|領事|' +
  '次官|外務次官|事務次官|審議官|局長|部長|課長|室長|所長|院長|学長|理事長|理事|事務総長|総長|司令官|将軍|元帥|報道担当者|広報担当者|' +
  '被告|容疑者|弁護士|検事|判事|裁判長|氏|さん|様|さま|君|くん|ちゃん|殿|女史|師';
export const JA_BARE_TITLE_RE = new RegExp(`^(?:${JA_TITLES})$`, 'u');
/** The titles and honorifics that may follow a kanji name (氏 and さん included). */
const JA_TITLE_ALT = `(?:${JA_TITLES})`;
const JA_TITLE_RE = new RegExp(
  // (not 中 alone: it ends names far more often than it means China before a title, 田中監督 is 田中)
  `(?:(?:米|露|ロ|中国|韓|韓国|英|仏|独|日|北朝鮮|朝|前|元|現|新|副|代理|第\\d+|第[一二三四五]|筆頭|首席|国営|同)*(?:${JA_TITLES}))$`,
  'u',
);
/** What may follow a person's name: a title, an honorific or a particle (not 米政権: that is a modifier). */
const JA_AFTER_NAME_RE = new RegExp(`^(?:(?:米|露|ロ|中|韓|英|仏|独|日|前|元|現|新|副|第\\d+)*(?:${JA_TITLES})|[はがもとにの、。」（(])`, 'u');
/** Prefixes that describe rather than name: 国営タス通信, 米フォックス・ニュース, ロシア紙イズベスチヤ. */
const JA_DESCRIPTOR_RE =
  /^(?:(?:米|露|ロシア|英|仏|独|中国|中|韓国|韓|北朝鮮|日本|米国|英国|ドイツ|フランス|国営|政府系|地元|大手|有力)(?:紙|誌|テレビ|放送|通信社?|メディア|高級紙|経済紙|日刊紙)?)+(?=[\p{sc=Kana}A-Z])/u;

/**
 * English titles and modifiers before a name ("White House Press Secretary Stephanie Grisham"),
 * besides the role nouns (constants.ts), which count capitalised too: honorifics, their
 * abbreviations, offices, nationalities, and titles of wire copy (scrapinghub pages of the tuning
 * set and common US/UK usage).
 */
const EN_TITLE_ONLY = new Set(
  'Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Rev Reverend Sen Rep Gov Prime Foreign Press CEO Gen Lt Col Colonel Major Admiral Adm Sgt Commander Capt Justice Pope Speaker State White House Defense Defence Interior Trade Finance Home Health Treasury Commerce US U.S UK U.K EU Taliban Australian American British Chinese Russian Japanese Korean French German Indian Afghan Israeli Iranian Ukrainian Former Acting St Supt Insp Prosecution District Assistant Special Agent Councilman Councilwoman Alderman Assemblyman Assemblywoman Dean Principal Pastor Bishop Cardinal Rabbi Imam Sheikh Emir Earl Baron Baroness Premier Solicitor Registrar Treasurer Auditor Comptroller Marshal Warden Constable Chairperson Envoy Consul Coordinator Administrator Producer Actor Actress Striker Midfielder Defender Goalkeeper Quarterback Cofounder Attorney-General Secretary-General President-elect Whip Supervisor Host Chef Cmdr Maj'.split(' '),
);
// (a trailing dot is read off: "Sen.", "U.S.")
const EN_TITLE_WORDS = { has: (w: string) => EN_TITLE_ONLY.has(w.endsWith('.') ? w.slice(0, -1) : w) || (/^\p{Lu}[a-z-]+$/u.test(w) && EN_ROLE_NOUNS.has(w.toLowerCase())) };
/** The head nouns of bodies: what ends "Swedish Prosecution Authority", "the US military", "French foreign ministry". */
export const EN_BODY_HEAD_RE =
  /\b(?:Authority|Office|Ministry|ministry|Department|department|Commission|Council|Police|police|military|Military|Army|army|Government|government|Agency|agency|Court|Committee|Institute|University|Association|Foundation|Party|Union|Service|Bureau|Administration|Company|Inc\.?|Corp\.?|Group|Club|FC|League|Federation|Organi[sz]ation|Centre|Center|Board|Embassy|Parliament|Senate|Congress|UK|US|EU|UN)$/u;
const EN_LINK_WORDS = new Set(['of', 'for', 'the', 'and', 'to', 'on']);
const EN_NAME_PARTICLES = new Set(['de', 'van', 'der', 'von', 'al', 'bin', 'la', 'le', 'da', 'di', 'Jr.', 'Jr', 'Sr.', 'III', 'II']);

/** Spaces, commas and dashes at either end of a phrase. */
const EDGE_PUNCT_RE = /^[\s,—–-]+|[\s,—–-]+$/gu;
/** "the", "a", "an" opening a description. */
export const LEADING_ARTICLE_RE = /^(?:the|a|an)\s+/iu;
export const JA_PRONOUN_RE = /^(?:同氏|同紙|同社|同誌|同局|同省|同庁|同大統領|同首相|同相|同長官|同報道官|同議員|同教授|同容疑者|同被告|同団体|同党|同国|同機関|同通信|彼|彼女|彼ら)$/u;
export const EN_PRONOUN_RE =
  /^(?:he|she|they|it|we|i|the (?:official|spokesman|spokeswoman|spokesperson|company|statement|agency|ministry|department|newspaper|paper|report|group|organization|organisation|firm|minister|president|senator|lawmaker|source|officials|prosecutor|police))$/i;
export const KO_PRONOUN_RE = /^(?:그|그녀|그들|이들)$/u;

/** Katakana common nouns that look like names but are not (Monotypeのチーム). */
const KATAKANA_NOUNS = /^(?:チーム|グループ|メンバー|スタッフ|ユーザー|ファン|メディア|サービス|システム|デザイン|データ|ニュース|プロジェクト|イベント|アプリ|モデル|フォント|サイト|ページ|メーカー|ブランド|コメント|レポート|リリース|アナリスト|エコノミスト|コンサルタント|ジャーナリスト)$/u;
export const isKatakanaNoun = (s: string) => KATAKANA_NOUNS.test(s);

/** Japanese/Chinese/Korean words that are topics but never speakers. */
const CJK_TOPIC_STOP = new Set(
  '今回 今後 一方 同日 当時 現在 今年 昨年 今月 先月 来月 本日 結果 問題 理由 目的 狙い 背景 内容 これ それ あれ 前者 後者 実際 最近 将来 以前 その後 当初 今日 次回 最終判断 議題 時期 射程'.split(' '),
);

/** Strip Japanese titles and honorifics repeatedly (ノビコフ第1副委員長 → ノビコフ). */
export function stripJaTitles(name: string): string {
  let n = name.trim();
  for (let i = 0; i < 4; i++) {
    const m = JA_TITLE_RE.exec(n);
    // 同社の広報担当者: a description, not a name with a title
    if (!m || m.index === 0 || /の$/u.test(n.slice(0, m.index))) break;
    n = n.slice(0, m.index);
  }
  return n.replace(/[・・\s]+$/u, '');
}

export function hasJaTitle(name: string): boolean {
  const m = JA_TITLE_RE.exec(name);
  return !!m && m.index > 0;
}

/**
 * Pick the speaker out of a Japanese topic phrase: "ロシア外務次官のセルゲイ・リャブコフ氏" →
 * セルゲイ・リャブコフ; "ロシアの専門家" stays whole (専門家 alone says too little).
 */
export function jaSpeakerFromPhrase(phrase: string): string | null {
  let p = phrase.replace(/^[、,\s]+/u, '').trim();
  if (!p || CJK_TOPIC_STOP.has(p)) return null;
  const parts = p.split('の');
  const last = parts[parts.length - 1];
  if (!last) return null;
  const namey =
    hasJaTitle(last) || /・/u.test(last) || (/^[\p{sc=Kana}ー]{3,}$/u.test(last) && !KATAKANA_NOUNS.test(last)) || /^\p{Lu}[\p{sc=Latn}\d_.-]*(?: \p{Lu}[\p{sc=Latn}\d_.-]*)*$/u.test(last);
  if (parts.length > 1 && namey) p = last;
  const stripped = stripJaTitles(p);
  p = stripped || p;
  p = cutJaRoleTail(p, !!stripped && stripped !== phrase.trim());
  // 客員研究員ピーター・ハレル: a role in kanji written right before a foreign name in katakana
  p = /^[\p{sc=Han}\w]+?([\p{sc=Kana}ー]+(?:・[\p{sc=Kana}ー]+)+)$/u.exec(p)?.[1] ?? p;
  const suffixed = findOutletSuffix(p);
  if (suffixed && p !== suffixed.alias && JA_DESCRIPTOR_RE.test(p)) p = suffixed.alias;
  else p = p.replace(JA_DESCRIPTOR_RE, '') || p;
  if (CJK_TOPIC_STOP.has(p) || p.length > 30) return null;
  return p;
}

/**
 * A section post written between a kanji name and its title (窪田勝彦国際交流担当課長: 国際交流担当 is the
 * post, 課長 the title): words a post ends with, after which a title follows.
 */
const JA_POST_END_RE = /(?:担当|係|主任|主査|参事|補佐|調整官|専門官)$/u;

/**
 * 窪田勝彦国際交流担当 → 窪田勝彦: a kanji name runs into its post when both are written without a
 * particle. A Japanese name in kanji is at most four or five characters, so the name is the longest
 * run of whole words (Intl.Segmenter) of two to four characters at the start.
 */
function cutJaRoleTail(p: string, titled: boolean): string {
  if (p.length < 5 || !/^\p{sc=Han}+$/u.test(p)) return p;
  const ws = words(p, 'ja');
  // (高木毅国対委員長, 小川淳也政調会長: a committee's short name between a person's name and the title
  // cut off, when the words are a surname, a given name and more)
  if (!(p.length >= 6 && JA_POST_END_RE.test(p)) && !(titled && ws.length >= 3)) return p;
  let name = '';
  for (const w of ws) {
    if (name.length + w.length > 4) break;
    name += w;
  }
  return name.length >= 2 ? name : p;
}

/** Is this Japanese topic something that can speak (a person, a body, a paper)? */
export function jaSpeakerLike(phrase: string): boolean {
  if (JA_PRONOUN_RE.test(phrase)) return true;
  // a bare title (知事は…) points back to its holder
  if (JA_BARE_TITLE_RE.test(phrase) && !/^(?:氏|さん|様|さま|君|くん|ちゃん|殿|女史|師)$/u.test(phrase)) return true;
  if (hasJaTitle(phrase)) return true;
  if (findOutletSuffix(phrase)) return true;
  if (/(?:者|家|員|官|長|相|局|省|庁|府|社|党|紙|誌|団|部|側|筋|政府|当局|首脳|チーム|グループ|協会|連盟|委員会|機構|大学|研究所|センター|銀行|病院|警察|軍|隊|氏|アナリスト|エコノミスト|専門家|関係者|司令部|声明|報告書|男性|女性|男児|女児|住民|市民|患者|学生|生徒|母親|父親|店主|幹部|担当者|人)$/u.test(phrase))
    return true;
  if (/・/u.test(phrase)) return true;
  if (/^[\p{sc=Kana}ー]{2,}$/u.test(phrase)) return true;
  if (/^\p{Lu}[\p{sc=Latn}\d_&.-]*(?: \p{Lu}[\p{sc=Latn}\d_&.-]*)*$/u.test(phrase)) return true;
  // a Japanese personal name is 2-4 kanji; accept it only with the particle context checked by the caller
  return false;
}

/**
 * The person's name out of an English noun phrase: "Taliban spokesman Zabihullah Mujahid" →
 * Zabihullah Mujahid; "the U.S. attorney's office" stays (minus the article).
 */
export const enSpeakerFromPhrase = memo((phrase: string): string | null => {
  let p = phrase.replace(EDGE_PUNCT_RE, '').replace(LEADING_ARTICLE_RE, '');
  p = p.replace(/\s*,.*$/u, '');
  if (!p) return null;
  const words = p.split(/\s+/u);
  // trailing run of capitalised non-title words = the name
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const bare = w.replace(/[’']s$/u, '');
    // "NASA's Steve Clarke": a possessive before a first and last name is their body, not their name
    if (bare !== w && name.length > 1 && /^\p{Lu}/u.test(bare)) break;
    // ("He" is also a surname: He Jianxiong)
    if (EN_FUNCTION_WORDS.has(bare) && !(bare === 'He' && name.length)) break;
    if (EN_NAME_PARTICLES.has(w) && name.length) {
      name.unshift(w);
      continue;
    }
    // a title qualifies the name after it, so a title word ending the phrase after a given name is a
    // surname ("veteran industry analyst Ken Doctor")
    const surnameTitle = i === words.length - 1 && /^\p{Lu}[a-z]+$/u.test(words[i - 1]) && !EN_TITLE_WORDS.has(words[i - 1]) && !EN_FUNCTION_WORDS.has(words[i - 1]);
    // an abbreviation before a first and last name is a position or team, not a name ("Browns DL Sheldon Richardson")
    if (name.length >= 2 && /^\p{Lu}{2,4}$/u.test(bare) && /^\p{Lu}[a-z]/u.test(name[0]) && !EN_BODY_HEAD_RE.test(name[name.length - 1])) break;
    if (LATIN_WORD_RE.test(bare) && ((!EN_TITLE_WORDS.has(bare) && !EN_TITLE_WORDS.has(bare.replace(/\.$/, ''))) || surnameTitle)) {
      name.unshift(w);
      continue;
    }
    if (/^\p{Lu}\.$/u.test(w) && name.length) {
      name.unshift(w);
      continue;
    }
    break;
  }
  if (name.length && name.length === words.length) return p;
  // "Swedish Prosecution Authority", "the US military": a body keeps its whole name, without the article
  if (EN_BODY_HEAD_RE.test(p) && /\p{Lu}/u.test(p)) return p;
  const link = words[words.length - name.length - 1] ?? '';
  if (name.length && (link === 'of' || link === 'for')) {
    // "Supervisor Alfredo Pedroza of Napa County": a person's name before "of <place>";
    // "The United Nations High Commissioner for Human Rights": a described role stays whole
    const before = enSpeakerFromPhrase(words.slice(0, words.length - name.length - 1).join(' '));
    if (before && /^\p{Lu}\S* \p{Lu}/u.test(before) && !EN_BODY_HEAD_RE.test(before) && !/\b(?:the|of|for)\b/iu.test(before) && !EN_TITLE_WORDS.has(before.split(' ').pop() ?? '')) return before;
    if (words.length > name.length + 2 && EN_TITLE_WORDS.has(words[words.length - name.length - 2])) return phrase.trim().replace(/\s*,.*$/u, '');
  }
  if (name.length && !EN_LINK_WORDS.has(link)) {
    // "Secretary of State Mike Pompeo": the run after the titles is the name
    return name.join(' ');
  }
  if (name.length >= 2) return name.join(' ');
  // a description keeps the article's words, determiner included ("the victim's mother")
  const described = phrase.replace(EDGE_PUNCT_RE, '').replace(/\s*,.*$/u, '');
  return described.length <= 60 ? described : null;
});

/** Kind of a source from the table, then from suffix cues in its name. */
// (the same names are asked about many times per article: every candidate subject)
export const classifySource = memo(classifyUncached);
function classifyUncached(name: string): SourceKind {
  const known = findOutlet(name) ?? findOutletSuffix(name)?.outlet;
  if (known) return known.kind;
  if (/(?:情報筋|関係者|消息筋|消息人士|소식통|familiar with|anonymity|briefed|\bsources?\b|insider)/iu.test(name)) return 'anonymous';
  if (/(?:紙|新聞|日報|日报|时报|時報|일보|신문|Times|Post|Journal|Herald|Tribune|Gazette|Daily|Leader|Chronicle|Examiner|Inquirer)$/u.test(name)) return 'newspaper';
  if (/(?:通信|通信社|News Agency|Press Agency|通讯社|통신)$/u.test(name)) return 'news agency';
  if (/(?:テレビ|放送|電視台|电视台|TV|Radio|ラジオ|방송|Broadcasting)$/u.test(name)) return 'broadcaster';
  if (/(?:誌|杂志|Magazine|매거진)$/u.test(name)) return 'magazine';
  if (/(?:省|庁|政府|当局|警察|軍|裁判所|検察|議会|国会|委員会|(?<!干)部|局|(?<=\p{sc=Han})[市県府]|ministry|Ministry|Department|department|Office|office|Agency|agency|Government|government|police|Police|military|Military|Army|Navy|Court|court|[Cc]ommission|Council|Parliament|Congress|Senate|Authority|authority|authorities|Administration|Service|Bureau|Directorate|Inspector General|prosecutors?|White House|外交部|国防部|부|처|청|정부)$/u.test(name))
    return 'government';
  if (/(?:社|株式会社|Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|LLC|Group|Company|company|Productions|Technologies|Holdings|Machine|Equities|Securities|Capital|Partners|Bank|Motors|Airlines|Records|Entertainment|Studios|Pictures|Labs|Systems|Networks|公司|集团|(?<=\p{sc=Han}{2})科技|회사)$/u.test(name)) return 'company';
  if (/(?:報告書|白書|声明|調査|試算|リポート|レポート|法律|法案|改正案|注意書き|答弁|決定|通知書|議事録|ファイル|report|Report|study|Study|survey|Survey|website|statement|release|filing|documents?|records|data|evidence|footage|video|testimony|analysis|poll|letter|complaint|legislation|resolutions?|Vorlesungsverzeichnis|Mitteilung|Brief|报告|通知|보고서)$/u.test(name)) return 'document';
  if (/(?:協会|連盟|団体|機構|研究所|大学|財団|組合|党|Institute|University|Foundation|Association|Union|Organization|Organisation|Center|Centre|Fund|Clinic|Hospital|League|Forum|Federation|Alliance|Collaboration|International|Club|unions?|groups?|associations?|researchers|scientists|Initiative|协会|협회|中心|研究院|(?<=\p{sc=Hang}{3})연구원|연구소|재단|단체|연합회|협의회)$/u.test(name)) return 'organisation';
  return 'other';
}

/** Honorifics and personal titles written before a person's name (never before a body's). */
const EN_PERSON_TITLE_RE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady|President|Senator|Representative|Governor|Judge|Justice|Coach|Professor|Prof|Pope|Rev|Reverend|Sheriff|Mayor|Officer|Detective|Sgt|Lt|Capt|Col)\.?\s+$/u;

/**
 * Is this one-word name a person, by how the article treats it? A title or honorific before it
 * ("Mr. Nomura", "Coach Vogel"), an age after it ("Lopez, 45,"), or a fuller personal form
 * ("Trump" of "Donald Trump"). Bodies are written bare: "Tottenham said in a statement".
 */
function personByUse(name: string, text: string): boolean {
  for (const at of occurrences(text, name, 20)) {
    if (EN_PERSON_TITLE_RE.test(text.slice(Math.max(0, at - 16), at))) return true;
    if (/^,\s*(?:\d{1,3},|who\s)/u.test(text.slice(at + name.length, at + name.length + 8))) return true;
    // "his friend Dale", "her brother Ford": a person named by kin or a people noun after a
    // possessive (a slate.com obituary, stop 19, listed its subject's friends as organisations)
    const kin = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:[a-z-]+ )?([a-z]+) $/u.exec(text.slice(Math.max(0, at - 40), at));
    if (kin && (EN_PEOPLE_NOUNS.has(kin[1]) || /^(?:brother|sister|partner|colleague|cousin|editor)$/u.test(kin[1]))) return true;
  }
  return hasFullerForm(name, text);
}

const EN_BODY_REPORTS_RE = /^(?: (?:on|last|this|also|has|have|had) ?\S*)? (?:announced|reported|reports|confirmed|warned|disclosed|estimated|expects|posted|sees)\b([^.;]{0,60})/u;
const EN_IT_RE = /\b(?:it|its)\b/u;
const EN_HE_RE = /\b(?:he|she|his|her|him)\b/iu;
const EN_RESULTS_RE = /\b(?:earnings|revenue|sales|profits?|losses|results|shares|dividend|guidance)\b/u;

/** How a name that reports acts in its sentence: "it"/"its" after the verb (a body), or a company's results. */
function reportsAsBody(name: string, text: string): SourceKind | null {
  for (const at of occurrences(text, name, 20)) {
    const m = EN_BODY_REPORTS_RE.exec(text.slice(at + name.length, at + name.length + 90));
    if (!m || EN_HE_RE.test(m[1])) continue;
    if (EN_RESULTS_RE.test(m[1])) return 'company';
    if (EN_IT_RE.test(m[1])) return 'organisation';
  }
  return null;
}

/** Is `word` written in `text` as a whole word (not inside a longer one)? */
function wordIn(word: string, text: string): boolean {
  for (const at of occurrences(text, word, 50)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/**
 * The kind of body a speaker is, when it is one (財務省, 한국기자협회, Tottenham, the US military,
 * NASA): outlets and names with a body's ending, acronyms, and capitalised names the article
 * does not use as a person's. Null for people and descriptions ("the victim's mother").
 */
export function bodyKind(name: string, text: string): SourceKind | null {
  if (text !== bodyText) {
    bodyText = text;
    bodyMemo.clear();
  }
  let kind = bodyMemo.get(name);
  if (kind === undefined) bodyMemo.set(name, (kind = bodyKindOf(name, text)));
  return kind;
}
let bodyText = '';
const bodyMemo = new Map<string, SourceKind | null>();
const PLACE_BEFORE_RE = /(?:\b(?:in|across|to|near|with)|\p{Lu}\S{0,30} of) $/u;

function bodyKindOf(name: string, text: string): SourceKind | null {
  const known = findOutlet(name) ?? findOutletSuffix(name)?.outlet;
  if (known) return known.kind;
  const kind = classifySource(name);
  if (kind !== 'other' && kind !== 'anonymous' && kind !== 'document') return kind;
  // Centers for Disease Control, University of Colorado: capitalised words joined by of/for name an institution
  // (Centers for Disease Control and Prevention: "and" inside the part after for/of; "Chinese Center for …": a title-like first word before a body head)
  if (/^\p{Lu}\S*(?: \p{Lu}\S*)* (?:of|for) (?:the )?\p{Lu}\S*(?: (?:and )?\p{Lu}\S*)*$/u.test(name) && (!EN_TITLE_WORDS.has(name.split(' ')[0]) || EN_BODY_HEAD_RE.test(name.split(/ (?:of|for) /u)[0])))
    return 'organisation';
  // National Institute on Drug Abuse, Council on Foreign Relations: a body's head noun, then "on" and its field
  const on = / on (?:the )?\p{Lu}/u.test(name) ? name.split(' on ') : null;
  if (on?.length === 2 && /^\p{Lu}\S*(?: \p{Lu}\S*)*$/u.test(on[0]) && EN_BODY_HEAD_RE.test(on[0])) return 'organisation';
  // Home Depot (ticker: HD), Apple (NASDAQ: AAPL): a stock ticker after the name makes it a company
  const at = text.indexOf(name + ' (');
  const ticker = at >= 0 ? /^ \((?:ticker|NYSE|NASDAQ|Nasdaq)?:? ?(\p{Lu}{1,5})\)/u.exec(text.slice(at + name.length, at + name.length + 24)) : null;
  if (ticker && !findOutlet(ticker[1])) return 'company';
  // CBS DFW: an outlet's name and a local or desk suffix
  const first = findOutlet(name.split(' ')[0]);
  if (first && /^[\p{Lu}\d]+(?: [\p{Lu}\d][\p{sc=Latn}\d]*){1,2}$/u.test(name)) return first.kind;
  // "Acme Robotics announced … that it would", "Home Depot reported third-quarter earnings": a
  // capitalised name that reports and is then "it", or reports a company's results, is a body
  // (two to four words: a lone word is China or Tesla, read by the rules below; "said" is what people do too)
  const acts = /^\p{Lu}[\p{L}\d&.’'-]*(?: \p{Lu}[\p{L}\d&.’'-]*){1,3}$/u.test(name) && !personByUse(name, text) ? reportsAsBody(name, text) : null;
  if (acts) return acts;
  // NASA, DEA, UCU (a country's initials are a place: UK, US)
  if (/^\p{Lu}{2,6}$/u.test(name)) return /^(?:UK|US|USA|UAE)$/u.test(name) ? null : 'organisation';
  // one capitalised word the article never uses as a person's name (Tottenham, Nomura), a place's
  // ("in China") or a common word's (it is written in lower case too: "Others", "Prosecutors")
  if (/^\p{Lu}[\p{sc=Latn}\d&.-]+$/u.test(name) && !EN_TITLE_WORDS.has(name) && !EN_FUNCTION_WORDS.has(name) && !personByUse(name, text)) {
    let place = false;
    for (const at of occurrences(text, name, 30)) if ((place = PLACE_BEFORE_RE.test(text.slice(Math.max(0, at - 32), at)))) break;
    if (!place && !wordIn(name.toLowerCase(), text)) return 'organisation';
  }
  return null;
}

/** A capitalised word of a name run: "Frank", "(Frank)", "W.", "Jr." (not "Inaba." ending a sentence, not "Brexit-weary"). */
const CAP_TOKEN_RE = /^(?:\(?\p{Lu}(?:[\p{sc=Latn}\d_’']|-\p{Lu})*\)?|\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Lt|Col|Prof)\.)$/u;
const FULL_AFTER_RE = /(?: \p{Lu}[\p{sc=Latn}\d_’'-]{1,40}){0,3}(?: Jr\.| Sr\.)?(?![\p{sc=Latn}\d_])/uy;

/** The last article's text and the fullest forms found in it */
let fullestText: string | undefined;
let fullest = new Map<string, string>();

/**
 * The fullest form of a name the article gives: "ノビコフ" → "ドミトリー・ノビコフ",
 * "Carlineo" → "Patrick W. Carlineo Jr.". Only extends at word joints (・ or space).
 */
export function fullestForm(name: string, text: string): string {
  // the article's answers, kept until the next article: quotes, sources and indirect speech ask
  // the same names of the same text again (a long article's slowest lookup, 0.1 ms a call)
  if (text !== fullestText) [fullestText, fullest] = [text, new Map()];
  let v = fullest.get(name);
  if (v === undefined) fullest.set(name, (v = fullestFormOf(name, text)));
  return v;
}

function fullestFormOf(name: string, text: string): string {
  // (a Korean surname alone is one syllable: 백 의장 → 백승욱)
  if ((name.length < 2 && !/^\p{sc=Hang}$/u.test(name)) || name.length > 40 || /\s{2,}/.test(name)) return name;
  let best = name;
  const esc = escapeRe(name);
  // KIEP → 대외경제정책연구원 where the article writes 대외경제정책연구원(KIEP): the Hangul or Han name an acronym abbreviates
  const expanded = /^[A-Z]{2,6}$/u.test(name) ? new RegExp(`([\\p{sc=Hang}\\p{sc=Han}]{2,20})[(（]${name}[)）]`, 'u').exec(text) : null;
  if (expanded) return expanded[1];
  // (高木毅 is a surname and a given name already: 高木毅国対委員長 is 高木毅 of the 国対)
  if (HAN_NAME_RE.test(name) && !(name.length === 3 && words(name, 'ja').length > 1)) {
    // 山本 → 山本一太 when the article writes 山本一太知事 / 山本一太氏 (a given name of 1-3 kanji, then a title)
    const re = new RegExp(`${esc}(\\p{sc=Han}{1,3}?)(?=${JA_TITLE_ALT})`, 'u');
    for (const at of occurrences(text, name, 30)) {
      const m = re.exec(text.slice(at, at + name.length + 12));
      if (m && m.index === 0 && m[0].length > best.length && m[0].length <= 6) best = m[0];
    }
  } else if (/^\p{sc=Hang}{1,4}$/u.test(name)) {
    best = koFullest(name, text);
  } else if (/^[\p{sc=Kana}ー・]+$/u.test(name)) {
    const re = new RegExp(`(?:[\\p{sc=Kana}ー]{1,20}・){1,4}${esc}(?![\\p{sc=Kana}ー])`, 'gu');
    for (const m of text.matchAll(re)) {
      const follow = text.slice((m.index!) + m[0].length, (m.index!) + m[0].length + 8);
      if (m[0].length > best.length && (follow === '' || JA_AFTER_NAME_RE.test(follow))) best = m[0];
    }
  } else if (LATIN_NAME_RE.test(name) && !findOutlet(name)) {
    // read only around each occurrence (indexOf), word by word: a regex tried from every capital
    // letter of a window around each occurrence was the slowest part of long articles
    const found: [string | undefined, string][] = [];
    for (const at of occurrences(text, name, 50, name.length)) {
      if (at > 0 && !/[\s(]/u.test(text[at - 1])) continue;
      if (text[at - 1] === '\n' || at === 0) {
        FULL_AFTER_RE.lastIndex = at + name.length;
        const after = FULL_AFTER_RE.exec(text)?.[0];
        if (after !== undefined) found.push([undefined, name + after]);
        continue;
      }
      const before = text.slice(Math.max(0, at - 120), at);
      const tokens = before.slice(before.lastIndexOf('\n') + 1).split(' ');
      if (tokens[tokens.length - 1] === '') tokens.pop(); // the space before the name
      else continue; // "(Frank)Vogel", a new line: no run
      const run: string[] = [];
      // "Coach (Frank) Vogel": a first name in brackets, written inside a quote
      while (run.length < 4 && tokens.length && CAP_TOKEN_RE.test(tokens[tokens.length - 1])) run.unshift(tokens.pop()!);
      // "Hosting Cook on stage, …": a participle opening the sentence is no first name
      if (/^\p{Lu}\p{Ll}+ing$/u.test(run[0] ?? '') && (!tokens.length || /[.!?:]$/u.test(tokens[tokens.length - 1]))) run.shift();
      const prep = run.length && /^(?:to|of|in|from|for|at)$/u.test(tokens[tokens.length - 1] ?? '') ? tokens[tokens.length - 1] : undefined;
      FULL_AFTER_RE.lastIndex = at + name.length;
      const after = FULL_AFTER_RE.exec(text)?.[0];
      if (after !== undefined) found.push([prep, [...run, name].join(' ') + after]);
    }
    for (const [prep, whole] of found) {
      // after a preposition of place the first capitalised word is its object: "to Britain Liu Xiaming"
      // (not after "by": "a survey by Penelope Muse Abernathy")
      // (only when the run is longer than a first and last name: "to Julie Graham" is Julie Graham)
      const run = prep && whole.trim().split(/\s+/u).length > 2 ? whole.replace(/^\S+\s+/u, '') : whole;
      if (!run.includes(name)) continue;
      const cleaned = enSpeakerFromPhrase(run.replace(/[()]/gu, ''));
      if (cleaned && cleaned.length > best.length && cleaned.includes(name) && cleaned.split(' ').length <= 5) best = cleaned;
    }
  }
  return best;
}

/** A Korean title, after at most one word naming its body (백승욱 이사회 의장, 로렌스 웡 싱가포르 총리). */
/** Korean particles that follow a noun (a title, a name): 의장과, 대표의, 로렌스는 */
const KO_PARTICLES = '은|는|이|가|을|를|의|에|와|과|도|께|로';
// (박재열(중장) 군단장, 이시욱 KIEP 원장: a bracketed rank, a Latin body, a title word that ends in a title)
const KO_TITLED_AFTER_RE = new RegExp(`^(?:\\([^)]{1,6}\\))?\\s+(?:[\\p{sc=Hang}\\p{sc=Latn}]+\\s+)?\\p{sc=Hang}{0,3}?(?:${KO_TITLES})(?:${KO_PARTICLES})?(?!\\p{sc=Hang})`, 'u');
const KO_AGED_OR_GLUED_RE = new RegExp(`^(?:\\(\\d{1,3}(?:세)?(?:[·,]\\s?\\p{sc=Hang}{1,8})?\\)\\s?(?:씨|님)?(?:${KO_PARTICLES})|(?:\\(\\d{1,3}[^)]{0,10}\\))?(?:씨|님)(?:${KO_PARTICLES})?(?!\\p{sc=Hang}))`, 'u');
const KO_TITLE_WORD_RE = new RegExp(`^(?:${KO_TITLES})$`, 'u');
/** A Korean word ending in a particle is no given name (로렌스 웡, but not 총리는 웡). */
const KO_PARTICLE_END_RE = new RegExp(`(?:${KO_PARTICLES}|서)$`, 'u');

/**
 * 백 (백 의장) → 백승욱; 웡 (웡 총리) → 로렌스 웡: the one person the article introduces with a title
 * whose name starts with this surname (Korean names are written together) or ends with this word
 * (foreign names, written with spaces). Only when exactly one fits.
 */
function koFullest(name: string, text: string): string {
  const found = new Set<string>();
  let first = true;
  for (const at of occurrences(text, name, 40)) {
    if (found.size >= 3) break;
    if (at > 0 && /\p{sc=Hang}/u.test(text[at - 1])) continue;
    const firstWritten = first;
    first = false;
    // 백승욱 이사회 의장: the surname and one to three syllables, then a title
    const own = /^\p{sc=Hang}{1,3}/u.exec(text.slice(at + name.length, at + name.length + 3));
    if (name.length === 1 && own) {
      const full = name + own[0];
      if (KO_TITLED_AFTER_RE.test(text.slice(at + full.length, at + full.length + 20))) found.add(full);
      // 박영희씨, 박영희(45)씨는, 박영희(45·회사원)는: an honorific glued on, or an age in brackets then a particle
      // (the given name is what stands before it: one or two syllables)
      else
        for (const g of [2, 1]) {
          const rest = text.slice(at + name.length + g, at + name.length + g + 16);
          if (g <= own[0].length && KO_AGED_OR_GLUED_RE.test(rest)) {
            found.add(name + own[0].slice(0, g));
            break;
          }
        }
    }
    // 로렌스 웡 싱가포르 총리: a given name before, a title after
    // (a one-syllable given name too: 짐 그린 박사; not 전 (former), 및, 등, 故)
    const before = /(?:^|[\s(“"‘'])(\p{sc=Hang}{1,6}) $/u.exec(text.slice(Math.max(0, at - 8), at));
    if (before && /^(?:전|현|및|등|또|즉|고|새|각|총|약|첫|그|이|저|한|두|세|네|뒤|앞|위|옆)$/u.test(before[1])) before[1] = '';
    // (a Korean surname takes its given name after it, never a word before: 위해 백 의장과 is no name;
    // a foreign name is given whole where it is first written, later ones are "마중 나온 웡 총리")
    if (firstWritten && before?.[1] && !KO_SURNAMES.has(name[0]) && !KO_PARTICLE_END_RE.test(before[1]) && !KO_TITLE_WORD_RE.test(before[1]) && KO_TITLED_AFTER_RE.test(text.slice(at + name.length, at + name.length + 20)))
      found.add(`${before[1]} ${name}`);
  }
  return found.size === 1 ? [...found][0] : name;
}

/**
 * text.indexOf(' ' + name, from), found by looking for the name and checking the space before it:
 * a search for the space tried a match every few characters, the slowest line of long English
 * articles (names here are never empty).
 */
function spaceThen(text: string, name: string, from: number): number {
  let k = from;
  while ((k = text.indexOf(name, k + 1)) > 0 && text[k - 1] !== ' ' && name);
  return k > 0 ? k - 1 : -1;
}

/**
 * Does `text` (before `end`) name someone "<Capitalised> <name>"? Then a surname alone
 * ("Carlineo faces …") refers to that person. Plain string search: names are page text.
 */
export function hasFullerForm(name: string, text: string, end = text.length): boolean {
  // Callers ask about the same text paragraph after paragraph with a growing `end`: each name's
  // scan resumes where the last one stopped instead of starting over (quadratic on long pages).
  if (text !== fullerText) {
    fullerText = text;
    fullerMemo.clear();
  }
  let memo = fullerMemo.get(name);
  if (!memo) {
    memo = { found: false, next: 0 };
    fullerMemo.set(name, memo);
  }
  if (memo.found) return (memo.foundAt ?? 0) < end;
  let i = spaceThen(text, name, memo.next);
  for (; i >= 0 && i < end; i = spaceThen(text, name, i + 1)) {
    const after = text[i + 1 + name.length];
    if (after && /\w/u.test(after)) continue;
    let j = i - 1;
    if (text[j] === ')') j--; // "Coach (Frank) Vogel"
    while (j >= 0 && /[\p{sc=Latn}\d_’'.-]/u.test(text[j])) j--;
    // ("Matthesen. Lacking …": a word and a full stop end a sentence; "W. Carlineo", "Mr. Carlineo" do not)
    // ("Sacramento-based McClatchy": a place-based adjective is no given name, round 10)
    if (/\p{Lu}/u.test(text[j + 1] ?? '') && !/\p{Ll}{2}\.$|-\p{Ll}+$/u.test(text.slice(j + 1, i)) || /^(?:Mrs|Sen|Rep|Gov|Gen|Rev|Prof)\.$/u.test(text.slice(j + 1, i))) {
      memo.found = true;
      memo.foundAt = i;
      return true;
    }
  }
  // resume from the first occurrence not yet judged (or past the end when there is none)
  memo.next = i >= 0 ? i : text.length;
  return false;
}

interface FullerMemo {
  found: boolean;
  /** index of the first occurrence not yet judged */
  next: number;
  foundAt?: number;
}
let fullerText = '';
const fullerMemo = new Map<string, FullerMemo>();

/** Abbreviated titles, spelled out in a role ("Sen. Ben Sasse" → Senator). */
const EN_TITLE_ABBR: Record<string, string> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Gen.': 'General',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
  'Prof.': 'Professor',
  'Supt.': 'Superintendent',
  'Insp.': 'Inspector',
  'Sgt.': 'Sergeant',
  'Capt.': 'Captain',
};
const EN_ROLE_LINKS = new Set(['of', 'the', 'for', 'and', 'to', 'at', '&']);
const isRoleNoun = (w: string) => EN_ROLE_NOUNS.has(w.toLowerCase());

/**
 * The role an English article introduces a person with: the titles right before the name
 * ("US Secretary of State Mike Pompeo", "chairman, CEO and president Craig Menear") or, failing
 * that, the appositive right after it ("John Williams, the president of the Federal Reserve Bank
 * of New York,"). Read at the name's first mention; null when the article gives none.
 */
export function enRole(name: string, text: string): string | null {
  if (!/^\p{Lu}/u.test(name) || findOutlet(name)) return null;
  let at = text.indexOf(name);
  for (let n = 0; at >= 0 && n < 10; n++, at = text.indexOf(name, at + 1)) {
    if (/\w/u.test(text[at + name.length] ?? '')) continue;
    // titles before: read words backwards while they are titles, proper adjectives or links
    const before = text.slice(Math.max(0, at - 80), at).split(/\s+/u).filter(Boolean);
    const run: string[] = [];
    let titled = false;
    for (let i = before.length - 1; i >= 0; i--) {
      const w = before[i];
      const bare = w.replace(/[,]$/u, '').replace(/[’']s$/u, '');
      if (/[.!?;:“”"]$/u.test(w) && !/^(?:\p{Lu}\.)+$|^(?:Sen|Rep|Gov|Gen|Lt|Col|Dr|Prof|Supt|St)\.$/u.test(w)) break;
      const isTitle = EN_TITLE_WORDS.has(bare) || EN_TITLE_WORDS.has(bare.replace(/\.$/u, '')) || isRoleNoun(bare);
      // "a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem": a comma after anything but a
      // title ends the run ("chairman, CEO and president Craig Menear" lists titles)
      if (w.endsWith(',') && !isTitle) break;
      // "Prince Harry and Meghan": an "and" joins two people unless it joins two titles ("CEO and president")
      if ((bare === 'and' || bare === '&') && !(EN_TITLE_WORDS.has(before[i - 1]?.replace(/,$/u, '') ?? '') || isRoleNoun(before[i - 1]?.replace(/,$/u, '') ?? ''))) break;
      if (isTitle || LATIN_WORD_RE.test(bare) || EN_ROLE_LINKS.has(bare)) {
        if (/^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/u.test(bare) && !run.length) break; // an honorific is not a role
        run.unshift(w);
        titled ||= isTitle;
        continue;
      }
      break;
    }
    while (run.length && (EN_ROLE_LINKS.has(run[0]) || /^(?:The|A|An)$/u.test(run[0]))) run.shift();
    // a capitalised word before the titles is a sentence opener, not part of the role: "But"
    if (titled && run.length) {
      const party = /^,\s*([RDI]-\p{Lu}[\p{sc=Latn}\d_.]*?)\.?,/u.exec(text.slice(at + name.length, at + name.length + 20));
      const role = run.map((w) => EN_TITLE_ABBR[w] ?? w).join(' ').replace(/,$/u, '') + (party ? ` (${party[1]}.)` : '');
      if (role.length <= 80 && !/^(?:Mr|Mrs|Ms|Dr)\.?$/u.test(role)) return role;
    }
    // the appositive after: ", 45, a nurse from Denver," / ", the president of X,"
    // "U.S." inside the appositive must not end it
    const after = text.slice(at + name.length, at + name.length + 160).replace(/\b(\p{Lu})\.(\p{Lu})\./gu, '$1\u2024$2\u2024');
    const m = /^,\s*(?:\d{1,3},\s*)?((?:a |an |the )?[a-zA-Z][^,.;:“"]{2,110}?)(?=,|\.\s|;|\s+(?:said|says|told|wrote|added)\b|$)/u.exec(after);
    const first = m ? m[1].split(' ')[0] : '';
    // a role: "the president of X", "a trade professor at Cornell", "Noel's attorney", "chief economist …";
    // not a participle or a clause ("assigned to Epstein's unit", "who represents Noel")
    const roleLike =
      !!m &&
      // ("Senior Vice President of Sales for Dräger": a capitalised title opens with its qualifiers)
      (/^(?:a|an|the)\s/u.test(m[1]) || isRoleNoun(first) || EN_TITLE_WORDS.has(first) || /^\p{Lu}[\p{sc=Latn}\d_-]*[’']s\s+[a-z]/u.test(m[1]) || (/^\p{Lu}/u.test(m[1]) && m[1].split(' ', 3).some(isRoleNoun))) &&
      !/^(?:who|which|that|and|but|said|says|[a-z]+ed|[a-z]+ing)\b/u.test(m[1]) &&
      // "According to Marta Ellery, the manuscript was finished": after the adverbial the comma opens
      // the main clause, not a role. (Refusing any role with a finite verb in it instead cost the
      // frozen English test split a fifth of its right roles, .84 → .64, and no tune page gained.)
      !/\baccording to\s*$/iu.test(text.slice(Math.max(0, at - 16), at));
    if (m && roleLike) return m[1].replace(/\u2024/gu, '.').trim();
  }
  return null;
}

/**
 * The named holder of a described role: "the Duchess of Sussex" → Meghan (from "Meghan, the Duke
 * and Duchess of Sussex"), "China's ambassador to Britain" → Liu Xiaming (from "China's ambassador
 * to Britain Liu Xiaming"). Looks for the description right before or after a name anywhere in
 * the article; null when the article never names the holder.
 */
export function holderOf(description: string, text: string): string | null {
  const d = description.replace(LEADING_ARTICLE_RE, '').trim();
  if (d.length < 4 || /^\p{Lu}[\p{sc=Latn}\d_’'-]*(?: \p{Lu}[\p{sc=Latn}\d_’'-]*)?$/u.test(d) === false && !/\s/u.test(d)) return null;
  const esc = escapeRe(d);
  const NAME = "(\\p{Lu}[\\p{sc=Latn}\\d_’'-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{sc=Latn}\\d_’'-]+){0,2})";
  // the description's last title word may be shared: "the Duke and Duchess of Sussex"
  const tailWord = d.split(/\s+/u).slice(-3).join(' ');
  const escTail = escapeRe(tailWord);
  // each pattern is tried only around the description's own occurrences (indexOf): a pattern that
  // opens with a name, tried from every capital letter of the article, was quadratic in practice
  const after = new RegExp(`^${esc},?\\s+${NAME}`, 'u');
  const before = new RegExp(`${NAME},\\s+(?:the|a|an)\\s+[^,.;]{0,40}?${escTail}$`, 'u');
  const ok = (m: RegExpExecArray | null) => !!m && !EN_TITLE_WORDS.has(m[1].split(' ')[0]) && !/^(?:The|A|An|He|She|It|They)$/u.test(m[1]);
  for (const at of occurrences(text, d, 20)) {
    const m = after.exec(text.slice(at, at + d.length + 80));
    if (ok(m)) return enSpeakerFromPhrase(m![1]);
  }
  for (const at of occurrences(text, tailWord, 20)) {
    if (/[\p{L}\d_]/u.test(text[at + tailWord.length] ?? '')) continue;
    const m = before.exec(text.slice(Math.max(0, at - 120), at + tailWord.length));
    if (ok(m)) return enSpeakerFromPhrase(m![1]);
  }
  return null;
}
