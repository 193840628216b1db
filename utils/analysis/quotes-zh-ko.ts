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
import { addQuote, lastSpeakerWithin, noteRole, recentPerson, remember, resolve, type Ctx } from './context';
import { KO_SURNAMES, KO_TITLES, HANGUL_NAME_RE, HAN_NAME_RE } from './constants';
import { KO_PRONOUN_RE } from './names';
import { sentenceAt } from './sentences';
import { longEnough, type Span } from './spans';

const ZH_VERB =
  '(?:表示|说道|自称|声称|宣称|[说說]|称(?![谓號号])|稱(?![謂號])|指出|[强強][调調]|[认認][为為]|透露|介[绍紹]|坦言|直言|回[应應]|告[诉訴]|[写寫]道|宣布|警告|感慨|感叹|回忆|[谈談]起|[谈談]到|[补補]充|解[释釋]|[问問]道|追[问問]|问(?![题題])|問(?![题題])|答道|回答|答(?![案应應])|喊道|喊|叮[嘱囑]|[嘱囑]咐|呼[吁籲]|提醒|感言|[说說][过過])';
/** “…”X说 — the phrase between the quote and the verb (lazy: the first verb ends it) */
/** A speaker phrase's character: no clause mark or quote; a space only inside a Latin name ("Michael Hanson说") */
// (and the spaced dash of a transliterated name: 米格尔·迪亚兹 - 卡内尔)
const ZH_PHRASE_CHAR = '(?:[^，。“”「」：:\\s]|(?<=[\\p{sc=Latn}.]) (?=[\\p{sc=Latn}\\p{sc=Han}(（])|(?<=\\p{sc=Han}) (?=[\\p{sc=Latn}(（]|- \\p{sc=Han})|(?<=\\p{sc=Han} -) (?=\\p{sc=Han}))';
const ZH_AFTER_RE = new RegExp(`^\\s*[，,。]?\\s*(${ZH_PHRASE_CHAR}{0,24}?)${ZH_VERB}`, 'u');
/** X说：“…” / X表示，“…” — the phrase before the verb at the end of the prefix */
const ZH_BEFORE_RE = new RegExp(`(${ZH_PHRASE_CHAR}{1,24}?)${ZH_VERB}[^，。“”「」]{0,6}[，,:：]?\\s*$`, 'u');
/** The phrase characters right before `at` (at most 24): the part of a speaker phrase a cap cut off. */
const ZH_PHRASE_TAIL_RE = new RegExp(`${ZH_PHRASE_CHAR}{0,24}$`, 'u');
const phraseStart = (text: string, at: number): string => ZH_PHRASE_TAIL_RE.exec(text.slice(Math.max(0, at - 24), at))?.[0] ?? '';
/** X：“…” with no verb: only a name after a role word, or a 2-4 character name, before the colon */
const ZH_COLON_RE = /(?:^|[，。！？\s])([^，。“”「」：:\s]{2,16})[：:]\s*$/u;
/** 梁振英在接受质询前的发言中说: the subject ends where 在/对/向/于 opens a phrase */
const ZH_PHRASE_CUT_RE = /(?:在|对|對|向|于|於|接受|通过|通過|日前|今天|昨天|昨日|今日|当日|近日|最近|当天|當天|此前|早前).*$/u;
/** 动情地, 激动地, 也, 还, 笑着: adverbials between the speaker and the verb */
const ZH_ADVERB_END_RE = /(?:[\p{sc=Han}]{2}地|也|还|還|又|则|則|都|便|就|曾|更|再次|接着|接著|笑着|笑著|深有感触地|不禁|进一步|進一步|随后|随即|同时|亦|再度)+$/u;
/** 另据媒体援引雅诗兰黛内部人士的话表示: the one cited speaks; who cited them is the channel */
const ZH_CITED_RE = /^(?:另|又|并|並)?(?:据|據)?(.{0,12}?)(?:援引|引述|引用|援用)(.{2,20}?)(?:的话|的話|的说法|的說法)?$/u;

/** Honorifics and titles that follow a name (赵立坚发言人 is rare; 先生/女士 are common). */
const ZH_TITLE_AFTER_RE = /(?:先生|女士|小姐|教授|博士|院士|总统|總統|主席|总理|總理)$/u;
/**
 * Role words a name follows (大禾村村民陈福香, 治安主任袁永红, 编剧张晓阳, 扮演者王慧杰, 58同城董事长姚劲波,
 * 香港行政长官梁振英): seen in the Xinhua, Banyuetan and BBC 中文 pages of the tuning set and common in wire copy.
 */
const ZH_ROLE_WORDS =
  '村民|居民|市民|农民|农户|村支书|支书|主任|[会會][长長]|[书書][记記]|院士|教授|主席|部[长長]|局[长長]|市[长長]|[县縣][长長]|[镇鎮][长長]|村[长長]|[经經]理|[总總]裁|董事[长長]|[总總][经經]理|[创創]始人|[发發]言人|[专專]家|[负負][责責]人|站[长長]|[医醫]生|警官|律[师師]|[编編][剧劇]|[导導]演|演[员員]|扮演者|作家|[记記]者|老[师師]|[学學]生|校[长長]|所[长長]|研究[员員]|行政[长長]官|特首|[议議][员員]|大使|[总總][统統]|[总總]理|首相|官[员員]|代表|委[员員]|[厅廳][长長]|[处處][长長]|科[长長]|[总總][监監]|人士|院[长長]|分析[师師]|主[编編]|[顾顧][问問]|秘[书書][长長]|理事[长長]|副[总總]裁|CEO|科学家|执行官|合伙人';
/** A foreign name in Han characters: 迈克尔·汉森, 豪尔赫·路易斯·佩尔多莫, 迪亚兹 - 卡内尔 */
const ZH_FOREIGN_NAME = '\\p{sc=Han}{1,6}(?:(?: - |[·・•-])\\p{sc=Han}{1,8}){1,3}';
const ZH_NAME_AFTER_ROLE_RE = new RegExp(`^(.*(?:${ZH_ROLE_WORDS}))\\s?([\\p{sc=Han}]{2,3}|${ZH_FOREIGN_NAME}|\\p{Lu}[\\p{sc=Latn}.’'-]+(?: \\p{Lu}[\\p{sc=Latn}.’'-]+)*)$`, 'u');
const ZH_ENDS_WITH_ROLE_RE = new RegExp(`^(.*(?:${ZH_ROLE_WORDS}))$`, 'u');
const ZH_PRONOUN_RE = /^(?:他|她|他们|她们|該|该)/u;
/** A block that ends in X评价道： / X表示： hands its speaker to a quote standing in the next block */
const ZH_COLON_END_RE = new RegExp(`(${ZH_PHRASE_CHAR}{1,40}?)(?:${ZH_VERB}|\\p{sc=Han}{1,2}道)[:：]\\s*$`, 'u');

/** “…”라는 게 김철수 대표의 설명이다 / “…” 김철수 씨의 말이다 */
const KO_NOUN_PREDICATE_RE = /^\s*(?:(?:라는|이라는|란)\s*(?:게|것이|것은|얘기가|말이)\s*)?([^\s.,"“”]{1,12}(?:\s+[^\s.,"“”]{1,6})?)의\s*(?:설명|말|주장|얘기|이야기|설명이자|답|답변|전언)(?:이다|이었다|입니다)/u;
/** 김철수 대표: “…” — the speaker and a colon right before the quote */
const KO_COLON_RE = /(?:^|[.!?]\s+)([^\s.,"“”:]{1,12}(?:\s+[^\s.,"“”:]{1,6})?)\s*[:：]\s*$/u;
/** The sentence topic before the quote: 김철수 대표는 / 그는 / 회사 측은 */
// (김 대표도 "…": "also" after a title marks the speaker as well; 이번에도, 정부도 are no people)
const KO_TOPIC_SRC = `(?:^|[.,]\\s*|\\s)((?:[^\\s.,"“”]{1,12}\\s+){0,2}?[^\\s.,"“”]{1,12}?)(?:은|는|이|가|(?<=${KO_TITLES})도)\\s`;
const KO_TOPIC_RE = new RegExp(KO_TOPIC_SRC, 'u');
/** Titles after a Korean name: role (대표, 원장) or honorific (씨) */
// (the whole last word that ends in a title: 박 군단장 is 박 the 군단장, not 박 군 the 단장)
const KO_TITLE_RE = new RegExp(`\\s*((?<=\\s)\\p{sc=Hang}{0,3}?(?:${KO_TITLES})|(?:${KO_TITLES}))$`, 'u');
const KO_HONORIFIC = new Set(['씨', '님']);

export interface ZhSpeaker {
  name: string;
  role: string | null;
}

/** The speaker and role out of a Chinese speaker phrase. */
export function zhSpeaker(raw: string): ZhSpeaker | null {
  let p = raw.trim().replace(/^[，,、：:\s]+/u, '');
  p = p.replace(ZH_PHRASE_CUT_RE, '') || p;
  // 谷歌发言人罗布•辛尔金（Rob Shilkin）, CERT 协调中心 (CERT/CC): the name in another script is no part of it
  p = p.replace(ZH_ADVERB_END_RE, '').replace(/\s*[（(][^（()）]{1,30}[）)]$/u, '').trim() || p;
  // 特朗普的制裁命令中写道: "in the order" — the order is who speaks, 中 is no part of it
  p = p.replace(/(?<=\p{sc=Han}{2})中$/u, '');
  const cited = ZH_CITED_RE.exec(p);
  if (cited) p = cited[2];
  // 而, 但 …: linking words; 有网友: "there are netizens" (有 is no part of who)
  // (据 X 透露: "according to" is no part of who either)
  p = p.replace(/^(?:而|但|并|並|同时|同時|此外|另外|还有|有|根据|根據|据|據)(?=\p{sc=Han}{2})/u, '');
  if (!p || p.length > 40 || !/\p{sc=Han}|[A-Za-z]/u.test(p)) return null;
  const named = ZH_NAME_AFTER_ROLE_RE.exec(p);
  if (named) {
    const role = named[1].replace(/的$/u, '');
    return { name: named[2], role: role || null };
  }
  // 李明华研究员, 李明华副教授, 李明华代表: a name, then its title (the name is what is left before a whole title)
  const titledAfter = zhNameThenRole(p);
  if (titledAfter) return titledAfter;
  // 付小姐 → 付, 李先生 → 李 (an honorific, like さん)
  const titled = p.replace(ZH_TITLE_AFTER_RE, '');
  if (titled !== p && titled.length >= 1) return { name: titled, role: null };
  // 来电科技的高级市场总监刘颖, 在澳大利亚墨尔本留学的马素湘: the name at the end, the rest its role
  const tail = p.length > 3 ? zhNameAtEnd(p) : null;
  if (tail) return tail;
  // a description (石家庄学院一位女生) stays whole
  return { name: p, role: null };
}

/** The role a Chinese name is introduced with anywhere in the article: "58同城董事长姚劲波、…" → 58同城董事长. */
export function zhIntroRole(name: string, text: string): string | null {
  if (!/^[\p{sc=Han}]{2,4}$/u.test(name)) return null;
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
  // (한국경제인협회, …, 코스닥협회 등 경제8단체: a list and 등 name the group after it)
  // (김철수(45) 씨, 김철수 씨(45): an age in brackets is no part of the name)
  let p = raw.trim().replace(/\(\d{1,3}세?\)/gu, '').replace(/^(?:특히|또한|또|이어|한편|그러면서|다만|이에|이날|당시)\s+/u, '').replace(/^.*\s등\s+(?=\S+$)/u, '');
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
  // 김은화 상생사업 리더, 카카오 김은화 리더, 이시욱 KIEP 원장: the one three-syllable name among the
  // words before a title; the words between it and the title are part of its role
  const words = p.split(/\s+/u);
  const named = t && words.length > 1 ? words.filter((w) => /^\p{sc=Hang}{3}$/u.test(w) && KO_SURNAMES.has(w[0])) : [];
  if (named.length === 1) return { name: named[0], role: [...words.slice(words.indexOf(named[0]) + 1), role].join(' ').trim() || null };
  // "이 회사 이동훈" (this company's 이동훈): a titled person's name is the last word
  const last = words.pop() ?? p;
  if (t && last !== p && HANGUL_NAME_RE.test(last) && KO_SURNAMES.has(last[0])) return { name: last, role };
  return p ? { name: p, role } : null;
}

/**
 * The commonest Chinese and Korean surnames (one syllable each): where a name starts at the end of
 * a phrase with no role word before it ("来电科技的高级市场总监刘颖", "业内资深人士张凡"). Data, not a
 * list of this article's people: together they cover most people named in news copy.
 */
export const ZH_SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温傅晏欧柳俞章鲁葛伍']);

/** A Chinese personal name ending `p` (2–3 Han characters from a surname), and the role before it. */
function zhNameAtEnd(p: string): ZhSpeaker | null {
  for (const len of [3, 2]) {
    if (p.length < len || !/^\p{sc=Han}+$/u.test(p.slice(-len)) || !ZH_SURNAMES.has(p[p.length - len])) continue;
    const role = p.slice(0, -len).replace(/的$/u, '');
    return { name: p.slice(-len), role: role || null };
  }
  return null;
}

/** A title after a name (研究员, 副教授, 委员): role words, with a rank before them (副, 常务, 首席). */
const ZH_ROLE_AFTER_NAME_RE = new RegExp(`^(?:副|常务|常務|首席|名誉|名譽|高级|高級|资深|資深)?(?:${ZH_ROLE_WORDS}|博士后|博士後|博士)$`, 'u');

/** 李明华研究员 → 李明华, role 研究员: a surname-led name of two or three characters, the rest a title. */
function zhNameThenRole(p: string): ZhSpeaker | null {
  if (!ZH_SURNAMES.has(p[0]) || !/^\p{sc=Han}+$/u.test(p)) return null;
  for (const len of [3, 2]) if (p.length > len && ZH_ROLE_AFTER_NAME_RE.test(p.slice(len))) return { name: p.slice(0, len), role: p.slice(len) };
  return null;
}

const ZH_VERB_WHOLE_RE = new RegExp(`^${ZH_VERB}$`, 'u');
/** A word that is a title (教授, 先生) or a verb of saying (强调), not a given name after a surname. */
export function zhTitleOrVerb(word: string): boolean {
  return ZH_ROLE_AFTER_NAME_RE.test(word) || ZH_TITLE_AFTER_RE.test(word) || ZH_VERB_WHOLE_RE.test(word);
}

/** Does this speaker name a person (a surname-led Han name, a Latin name, a name with an honorific)? */
export function zhPersonLike(name: string): boolean {
  // 刘颖; Michael Hanson; 迈克尔·汉森 (a foreign name written with the middle dot)
  return (HAN_NAME_RE.test(name) && ZH_SURNAMES.has(name[0])) || /^\p{Lu}[\p{sc=Latn}.’'-]+(?: \p{Lu}[\p{sc=Latn}.’'-]+)*$/u.test(name) || ZH_FOREIGN_NAME_RE.test(name);
}

const ZH_FOREIGN_NAME_RE = new RegExp(`^${ZH_FOREIGN_NAME}$`, 'u');

/** Every speech verb in a block, for the people it names (张凡透露, 刘颖认为) even where nothing is quoted. */
const ZH_VERB_G = new RegExp(ZH_VERB, 'gu');
/** The subject phrase before a verb: from the last clause mark (or the start) to the verb. */
const ZH_SUBJECT_END_RE = new RegExp(`((?:(?![；！？、])${ZH_PHRASE_CHAR}){1,40}) ?$`, 'u');

/** Korean quotative endings: -(이)라고/-고/-며 + a verb of saying, or any verb in -했다/-한다 … */
const KO_SAY_RE =
  /^\s*(?:라고|이라고|고|며|면서|라며|이라며|하고|라면서)\s*((?:\S+\s+){0,4}?)\S*?(?:말했|밝혔|전했|강조했|주장했|설명했|덧붙였|지적했|보도했|털어놨|털어놓|고백했|답했|말한|말하|얘기했|이야기했|물었|토로했|언급했|강조한|설명한|밝힌|전한|당부했|호소했|덧붙인|하면서|했다|했고|했으며|한다|하며|했다\.|였다|었다|았다)/u;
/** “…”면서 “…”: the joining endings between two quotes of one speaker and one verb */
const KO_JOIN_RE = /^\s*(?:라?며|이라며|면서|라면서|이라면서|고)도?\s*,?\s*$/u;
/** “…”며 불펜에서 … 칭찬했다: -(이)라며/-면서 after a quote is speech even when its verb is further on */
const KO_AS_RE = /^\s*(?:이?라며|며|이?라면서|면서)도?()\s/u;
/** X에 대해(서는), …한 데 대해: what the quote is about; its subject is no speaker, a topic after it is */
const KO_ABOUT_RE = /^.*(?:에|데)\s*(?:대해|관해)서?는?\s/u;
/** A topic in 은/는 (the sentence's speaker) before any subject in 이/가, which may head a clause */
const KO_TOPIC_NUN_G = new RegExp(KO_TOPIC_SRC.replace('|이|가', ''), 'gu');
/** “…”는 것이다: "it is that …", the previous sentence's subject speaking on */
const KO_IS_THAT_RE = /^\s*(?:는|라는|다는|이라는|란)\s*(?:것이다|것)/u;
/** “…”고 묻는 한 통신사 기자: the quote belongs to the noun a relative clause describes */
const KO_RELATIVE_RE = /^\s*(?:라고|이라고|고)\s+\S+(?:는|던|은|한)\s+((?:\S+\s+){0,3}?\S+?)(?:을|를|에게|의)(?=\s|$)/u;
/** "이 대표", "이 회사 대표": this <title> points back to the person introduced with it */
const KO_DEMONSTRATIVE_RE = /^(?:이|이들|그|그들|해당)\s+(\p{sc=Hang}{2,6})$/u;
const KO_THIS_TITLE_RE = new RegExp(`^이\\s+(?:\\S+\\s+)?(${KO_TITLES})$`, 'u');

/** The person a quote with no attribution of its own belongs to: the one its block is about. */
function blockPerson(ctx: Ctx, paragraph: number, within: number): string | null {
  return lastSpeakerWithin(ctx, paragraph, within) ?? recentPerson(ctx, paragraph, within);
}

/** The block's person as the speaker of a quote whose cue names no one (role unknown). */
function blockSpeaker(ctx: Ctx, paragraph: number): ZhSpeaker | null {
  const name = blockPerson(ctx, paragraph, 1);
  return name ? { name, role: null } : null;
}

/** Register the people a Chinese block names as the subjects of speech verbs, up to `end`. */
function zhMentions(ctx: Ctx, masked: string, from: number, end: number, paragraph: number): void {
  ZH_VERB_G.lastIndex = from;
  for (let v = ZH_VERB_G.exec(masked); v && v.index < end; v = ZH_VERB_G.exec(masked)) {
    const m = ZH_SUBJECT_END_RE.exec(masked.slice(Math.max(from, v.index - 40), v.index));
    const who = m ? zhSpeaker(m[1]) : null;
    if (who && (zhPersonLike(who.name) || ctx.persons.has(who.name))) {
      ctx.persons.add(who.name);
      noteRole(ctx, who.name, who.role);
      remember(ctx, who.name, true, paragraph);
    }
  }
}

/** The known person named last in `text` (a Chinese sentence or clause), if any. */
function lastKnownIn(ctx: Ctx, text: string): string | null {
  let best: string | null = null;
  let at = -1;
  for (const n of ctx.persons) {
    const i = text.lastIndexOf(n);
    if (i > at) {
      at = i;
      best = n;
    }
  }
  return best;
}

export function zhKoQuotes(ctx: Ctx, block: string, masked: string, spans: Span[], paragraph: number, script: 'zh' | 'ko', sentences: [number, number][], next = ''): void {
  let read = 0; // how far this block's mentions are registered
  if (script === 'ko') koMentions(ctx, masked, paragraph);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const inner = s.text.trim();
    if (!longEnough(inner)) continue;
    const si = sentenceAt(sentences, s.open);
    const sStart = Math.max(sentences[si][0], s.open - 200);
    const prefix = masked.slice(sStart, s.open);
    // 백 의장은 “…”면서 “…”고 말했다: a quote joined to the next by -면서/-며 shares its verb
    const joined = script === 'ko' && spans[k + 1] && KO_JOIN_RE.test(masked.slice(s.end, spans[k + 1].open)) ? spans[k + 1] : null;
    const from = joined ? joined.end : s.end;
    const after = masked.slice(from, from + 60);
    // a quote that is a whole block (a feature's long answer), unless printed twice (a cross-head)
    const whole = s.open <= 1 && s.end >= block.trimEnd().length - 1;
    let who: ZhSpeaker | null = null;
    let via: string | null = null;
    if (script === 'zh') {
      if (s.open > read) {
        zhMentions(ctx, masked, read, s.open, paragraph);
        read = s.end;
      }
      const a = ZH_AFTER_RE.exec(after);
      // the verb, a few characters and the colon end the prefix: 40 characters hold any speaker phrase
      const win = prefix.slice(-40);
      const b = ZH_BEFORE_RE.exec(win);
      // (a phrase the 24-character cap or the window cut is read from its real start: "RedMonk 的联合创始人
      // James Governor 在一份声明中表示" gave "始人 James Governor", "Gartner 分析师 Chris …" gave "ris …")
      if (b) b[1] = phraseStart(prefix, prefix.length - win.length + b.index) + b[1];
      // 钟南山院士：“…” — a name (after its role) and a colon, with no verb (interviews, features)
      const c = !a && !b ? ZH_COLON_RE.exec(prefix.slice(-30)) : null;
      // 王平说，“三基地四港区”预计总投资…: an unpunctuated quotation the clause runs on from is a term
      if (!a && /^[\p{sc=Han}]/u.test(after) && !/[，。！？；：、,.!?;:…]/u.test(inner)) continue;
      const phrase = (a && a[1]) || (b && b[1]) || (c && c[1]) || '';
      const citedBy = phrase ? ZH_CITED_RE.exec(phrase.replace(ZH_ADVERB_END_RE, '')) : null;
      if (citedBy && citedBy[1]) via = citedBy[1];
      if (phrase && ZH_PRONOUN_RE.test(phrase)) {
        // 张凡在某企业工作，他说：“…”: 他 is the person named earlier in the sentence, else the last one
        const r = lastKnownIn(ctx, prefix) ?? resolve(ctx, 'person');
        who = r ? { name: r, role: null } : null;
      } else if (phrase) who = zhSpeaker(phrase);
      else if (a || b || c) who = blockSpeaker(ctx, paragraph);
      else {
        // no verb beside the quote: the subject of a speech verb earlier in its sentence (雷越岚回忆，…，“…”),
        // a known person named in its sentence or right after it (“…”，刘兴亮劝导…), or the person the
        // block is about (a quote continuing an interview)
        // (its own sentence: after the last full stop, where a stray quotation mark ran the sentence on)
        const own = prefix.slice(prefix.lastIndexOf('。') + 1);
        const verb = ZH_VERB_G.exec((ZH_VERB_G.lastIndex = 0, own));
        const subj = verb ? ZH_SUBJECT_END_RE.exec(own.slice(Math.max(0, verb.index - 30), verb.index)) : null;
        const fromVerb = subj ? zhSpeaker(subj[1]) : null;
        const tail = after.split(/[。！？]/u)[0];
        // “部分充电宝8元每小时”的话题: a quoted term modifying a noun is no quote
        if (/^\s*的/u.test(after)) continue;
        const colon = !s.open && ctx.colon?.paragraph === paragraph - 1 ? ctx.colon : null;
        const name =
          colon?.name ??
          (fromVerb && (zhPersonLike(fromVerb.name) || ctx.persons.has(fromVerb.name) || ZH_TITLE_AFTER_RE.test(subj![1].replace(ZH_ADVERB_END_RE, ''))) ? fromVerb.name : null) ??
          (ZH_PRONOUN_RE.test(prefix.replace(/^[，,\s]+/u, '')) ? resolve(ctx, 'person') : null) ??
          lastKnownIn(ctx, prefix) ??
          (prefix.trim() === '' ? lastKnownIn(ctx, tail) : null) ??
          lastKnownIn(ctx, masked.slice(0, s.open)) ??
          (whole && printedOnce(block, inner) ? blockPerson(ctx, paragraph, 2) : null) ??
          blockPerson(ctx, paragraph, 0);
        if (!name) continue;
        who = { name, role: colon?.role ?? (fromVerb?.name === name ? fromVerb.role : null) };
      }
    } else {
      // “…”라는 게 X의 설명이다 / “…” X의 말이다: the noun-predicate attribution of Korean news copy
      const noun = KO_NOUN_PREDICATE_RE.exec(after);
      // X: “…” / X는 “…” at the start of a sentence with the colon form
      const colon = !noun ? KO_COLON_RE.exec(prefix) : null;
      const rel = !noun && !colon ? KO_RELATIVE_RE.exec(after) : null;
      const k = !noun && !colon && !rel ? KO_SAY_RE.exec(after) ?? KO_AS_RE.exec(after) : null;
      if (noun || colon) who = koSpeaker((noun ?? colon)![1]);
      else if (rel) who = { name: rel[1], role: null };
      else if (k) {
        // "…"라고 LJ는 말했다: the topic between the quote and the verb, else the one before the quote
        const between = k[1] ? KO_TOPIC_RE.exec(' ' + k[1]) : null;
        const t = between ?? koTopic(prefix);
        who = t ? koResolve(ctx, t[1]) : blockSpeaker(ctx, paragraph);
      } else if (KO_IS_THAT_RE.test(after) || (whole && printedOnce(block, inner))) {
        // “…”는 것이다 / a whole-block answer: the person the text is about, before or (a feature's
        // opening quote) named at the start of the next block
        const name = blockPerson(ctx, paragraph, 2) ?? (whole ? koLeadPerson(next) : null);
        if (!name) continue;
        who = { name, role: null };
      } else continue;
    }
    addQuote(ctx, who?.name ?? null, inner, paragraph, via, true, who?.role ?? null);
  }
  if (script === 'zh') {
    zhMentions(ctx, masked, read, masked.length, paragraph);
    const c = ZH_COLON_END_RE.exec(masked.slice(-50));
    const who = c && zhSpeaker(c[1]);
    ctx.colon = who ? { ...who, paragraph } : undefined;
  }
}

/** The quote's words appear once in the block's text (a cross-head repeating them would make two). */
function printedOnce(block: string, inner: string): boolean {
  const key = inner.slice(0, 20);
  return block.indexOf(key) === block.lastIndexOf(key);
}

/**
 * The sentence's speaker before a quote: its first 은/는 topic (not 이번에는, 이에 대해서는), else a
 * subject in 이/가 after any "about" clause (…한 데 대해: the subject inside it speaks of no one).
 */
function koTopic(prefix: string): string[] | null {
  for (const m of (' ' + prefix).matchAll(KO_TOPIC_NUN_G)) {
    const w = m[1].replace(/^.*(?:대해|관해)서?\s+/u, '');
    if (!/(?:에서|에게|에|으?로|까지|부터|때|해서)$/u.test(w)) return [m[0], w];
  }
  return KO_TOPIC_RE.exec(' ' + prefix.replace(KO_ABOUT_RE, ' '));
}

/** A Korean topic phrase to a speaker: 그는 → the last person; 이 대표는 → the holder of 대표. */
function koResolve(ctx: Ctx, phrase: string): ZhSpeaker | null {
  if (KO_PRONOUN_RE.test(phrase)) {
    const r = resolve(ctx, 'person');
    return r ? { name: r, role: null } : null;
  }
  const t = KO_THIS_TITLE_RE.exec(phrase);
  const holder = t ? ctx.holders.get(t[1]) : undefined;
  if (holder) return { name: holder, role: null };
  // 이들 단체는, 해당 기관은: a demonstrative and a noun point back to the last one named with that noun
  // (경제8단체); with none to point back to, the phrase names no one
  const dem = KO_DEMONSTRATIVE_RE.exec(phrase);
  if (dem) {
    const back = ctx.mentions.slice(-60).reverse().find((m) => m.name.length > dem[1].length && m.name.endsWith(dem[1]));
    return back ? { name: back.name, role: null } : null;
  }
  return koSpeaker(phrase);
}

/** Korean sentence topics with a title or honorific are people (박채규 대표는, 이동훈 이사는): remember them. */
function koMentions(ctx: Ctx, masked: string, paragraph: number): void {
  for (const m of masked.matchAll(KO_TOPIC_G)) {
    const who = koSpeaker(m[1]);
    if (!who || !KO_TITLE_RE.test(m[1]) || !KO_SURNAMES.has(who.name[0]) || !HANGUL_NAME_RE.test(who.name)) continue;
    noteRole(ctx, who.name, who.role, who.role?.split(' ').pop());
    remember(ctx, who.name, true, paragraph);
  }
}
const KO_TOPIC_G = new RegExp(KO_TOPIC_SRC, 'gu');

/** The titled person a Korean block opens with (㈜디지털이엠씨 박채규 대표는 …). */
function koLeadPerson(text: string): string | null {
  const m = KO_TOPIC_RE.exec(' ' + text.slice(0, 80));
  const who = m && KO_TITLE_RE.test(m[1]) ? koSpeaker(m[1]) : null;
  return who && HANGUL_NAME_RE.test(who.name) ? who.name : null;
}
