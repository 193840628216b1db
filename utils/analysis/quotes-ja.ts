/**
 * Japanese direct quotes: 「…」 followed by a reporting cue (と述べた, との見方を示した,
 * としている …), X氏は「…」。 sentence-final quotes, and stand-alone quote sentences that
 * continue the last speaker (interview features: WIRED.jp). 「」 without a cue are names,
 * titles and terms (「トマホーク」, 「チコちゃんに叱られる！」) and are skipped.
 */
import { JA_SNS_SOURCE, HAN_NAME_RE } from './constants';
import { addQuote, lastSpeakerWithin, noteRole, recentPerson, remember, resolve, type Ctx } from './context';
import { JA_BARE_TITLE_RE, JA_PRONOUN_RE, hasJaTitle, isKatakanaNoun, jaSpeakerFromPhrase, jaSpeakerLike } from './names';
import { findOutletSuffix } from './outlets';
import { sentenceAt } from './sentences';
import { longEnough, type Span } from './spans';

/** Reporting verbs seen after 「…」と in Japanese wire copy and the fixture pages. */
const VERB =
  '(?:あいさつ|挨拶|述べ|語っ|語り|語る|話し|話す|話さ|指摘|強調|明らかに|明かし|発言|報じ|報道|分析|主張|説明|伝え|訴え|批判|非難|コメント|書い|書き込|記し|記す|投稿|発表|表明|答え|回答|言及|呼びかけ|反論|警告|警鐘|言っ|言う|言い|付け加え|振り返|認め|評価|否定|要求|求め|結論|予想|予測|示唆|釈明|謝罪|表現|宣言|断言|懸念|期待|明言|力説|打ち明け|漏らし|ツイート|つぶやい|反発|発信|述懐|演説|念押し|提案|約束|嘆|叫|誓|感謝)';
/**
 * Reporting idioms of a noun, its particle and a verb ("raised the tone of voice"): 「…」と語気を強めた,
 * と声を荒らげた, と口をそろえた, と胸を張った. They count as verbs: their を would
 * otherwise read as the object of a naming verb (BAD_GAP_RE).
 */
const IDIOM = '(?:語気を強め|声を荒らげ|口をそろえ|胸を張っ)';
/** 「…」と(gap)VERB — the gap holds "記者団に", "同氏は", "X上で" … */
// (「…発展途上」だと指摘: a partial quote closed by the copula)
const CUE_VERB_RE = new RegExp(`^(?:とも|とは|まで|などと|だと|と|って)、?([^「」『』。！？]{0,48}?)(?:${IDIOM}|${VERB})`, 'u');
/** Gaps that turn と into naming or hearsay about a term (と呼ばれる, と名付けた, という名前を発表). */
const BAD_GAP_RE = /呼|名付|称|題|いう|いわ|言われ|され|ある|なる|いった|して(?!い)|(?<!理由|考え|見方|認識|意向|方針|立場|見解|思い|気持ち|感想|意見)を/u;
const CUE_FIXED_RE =
  /^(?:と(?:し(?:ている|ており|ていた|ています|た[。、]|ました|つつ)|する[。、]|の(?:見方|考え|認識|見解|立場|方針|趣旨|声明|コメント|談話|意見|見通し|発言|メッセージ|書き込み|投稿|報告|報道|認識))|という[。、]|と(?:いう|いった)(?:コメント|声明|発言|投稿|メッセージ)|との(?:こと)[。、だ])/u;
/**
 * 「…」と批判された: a reporting verb in the passive. The sentence's topic is who was spoken about, not
 * who spoke; the speaker is only the agent (Xから/Xに/Xによって), else unattributed.
 */
const PASSIVE_AFTER_VERB_RE = /^(?:さ(?:れ|せら)|れ(?:た|て|る)|られ)/u;
const PASSIVE_AGENT_RE = /([^、。「」]{1,20}?)(?:から|によって|により)$/u;
/** 「…」とし、「…」と語った / 「…次第」だとし、: とする in its joining form, the speaker still the topic */
const CUE_JOIN_RE = /^(?:だ|など)?とし(?:[、,]|た上で)/u;
/**
 * 「…」とほほえんだ, 「…」と頭を下げたという, 「…」と見据えた: the quotative と and any verb that ends the
 * sentence, for a quote that ends as speech does (an inflection in hiragana, or 。！？), not as a name.
 */
const QUOTATIVE_RE = /^と、?([^「」『』。！？]{0,24}?)(?:た|だ)(?:という|表情|様子)?。/u;
// (naming, hearsay, a thought, or a reaction of some degree: 「こんなに小さいの？」と驚くほどだ)
const QUOTATIVE_BAD_RE = /呼|名付|称|題|いう|いわ|書か|され|られ|思|ほど|よう|くらい|ぐらい/u;
const SPEECH_END_RE = /[\p{sc=Hira}。！？!?]$/u;
/** 「…」と上田さん。: the speaker named after the quote, with no verb */
const TO_NAME_RE = /^と、?([^「」『』。、！？]{1,20}?(?:さん|氏))。/u;
/** …と記者から問われると、「…」。: the answer to a question, by the person asked */
const ASKED_RE = /(?:問われ|聞かれ|尋ねられ)(?:ると|て)?、?\s*$/u;
/** 「…」とトマホーク: names followed by と+noun are not quotes; nor 「…」と呼んだ. */
const NAMING_RE = /^と(?:まで)?(?:呼|名付|称|題)/u;
/** Topic/subject phrases: the run of non-hiragana (with の-chains) before は/も/が. */
// bounded runs: an unbounded run made this quadratic on long unspaced Latin text
// (さん, ちゃん, くん are hiragana: 前野さんは is a topic too)
// (plural ら/たち are hiragana too: 議員らは, 研究者たちは; a group speaks as its description)
const TOPIC_RE = /((?:[^\p{sc=Hira}\s、。，,「」『』（）()〓:：]{1,30}の){0,3}[^\p{sc=Hira}\s、。，,「」『』（）()〓:：]{1,30}(?:さん|さま|ちゃん|くん)?(?:ら|たち)?)(は|も|が)(?!ず|じめ|ば)/gu;
/** 議員ら, 研究者たち: the group's stem and its plural ending. */
const PLURAL_RE = /^(.+?)(ら|たち)$/u;
/** X に対し / X の取材に / X のインタビューで / X に投稿: the medium a quote went to. */
const VIA_RE =
  /([^\s、。「」（）()〓]{2,30}?)(?:」)?(?:に対し(?:て)?|の(?:取材|インタビュー|インタヴュー|電話取材|書面インタビュー)|とのインタビュー|の番組|に寄稿|への寄稿|に(?:[^。〓]{0,20}?)投稿|上で|で(?:配信|公開)した)/gu;
/** 「…」と訴状は述べている, 金曜の訴訟では、…「…」と主張: a document that speaks (its last noun after の) */
const JA_DOC_SPEAKS_RE = /([^\s、。「」の]{0,8}(?:訴状|訴訟|報告書|声明|判決文|白書|論文))(?:は|も|が|では)/u;
/** 「…」。林外相はこう述べた — the next sentence names the speaker */
const KOU_RE = new RegExp(`^[。、]?\\s*([^。]{0,60}?)(?:こう|このように|そう)(?:[^。]{0,10}?)${VERB}`, 'u');
/** 「…」(山田花子さん) — interview features put the speaker in brackets after the quote */
const PAREN_SPEAKER_RE = /^[（(]([^）)0-9０-９]{2,20})[）)]/u;
/** 男性(45): ages in brackets are not part of the phrase */
const AGE_RE = /[（(][0-9０-９]{1,3}(?:歳)?[）)]/gu;
const SNS_RE = new RegExp(JA_SNS_SOURCE, 'u');

export interface JaHit {
  speaker: string | null;
  via: string | null;
}


/** The last speaker-like topic in `prefix` (は/も preferred over が). */
export function jaTopic(prefix: string): string | null {
  let best: string | null = null;
  let bestGa: string | null = null;
  for (const m of prefix.matchAll(TOPIC_RE)) {
    const phrase = m[1];
    const plural = PLURAL_RE.exec(phrase);
    if (plural) {
      // 彼らは: "they" names no one speaker; else 議員ら stays a group, 山田太郎議員ら is 山田太郎
      const stem = plural[1];
      if (JA_PRONOUN_RE.test(phrase) || JA_PRONOUN_RE.test(stem) || !jaSpeakerLike(stem)) continue;
      const who = jaSpeakerFromPhrase(stem);
      if (!who) continue;
      const group = who === stem.trim() ? `${who}${plural[2]}` : who;
      if (m[2] === 'が') bestGa = group;
      else best = group;
      continue;
    }
    if (!jaSpeakerLike(phrase) && !JA_PRONOUN_RE.test(phrase)) continue;
    const name = JA_PRONOUN_RE.test(phrase) ? phrase : jaSpeakerFromPhrase(phrase);
    if (!name) continue;
    if (m[2] === 'が') bestGa = name;
    else best = name;
  }
  return best ?? bestGa;
}

function cleanVia(raw: string): string | null {
  let v = raw.replace(/^.*[のでは、]/u, '').replace(/[『』「」]/gu, '');
  const known = findOutletSuffix(v);
  if (known) return known.alias;
  v = v.replace(/^(?:米|露|英|仏|独|中|韓|国営)/u, '');
  if (/(?:紙|通信|テレビ|放送|誌|新聞|ラジオ|局|メディア)$/u.test(v) && v.length >= 3) return v;
  return null;
}

export function jaVia(text: string): string | null {
  const sns = SNS_RE.exec(text);
  if (sns && /投稿|書き込|発信/u.test(text)) return findOutletSuffix(sns[1])?.alias ?? sns[1];
  let found: string | null = null;
  for (const m of text.matchAll(VIA_RE)) found = cleanVia(m[1]) ?? found;
  return found;
}

function resolvePronoun(ctx: Ctx, name: string): string | null {
  if (!JA_PRONOUN_RE.test(name)) return name;
  const body = /紙|社|誌|局|省|庁|団体|党|国|機関|通信/u.test(name);
  return resolve(ctx, body ? 'body' : 'person');
}

const looksPerson = (name: string) =>
  /・/u.test(name) || hasJaTitle(name) || (/^[\p{sc=Kana}ー]+$/u.test(name) && !findOutletSuffix(name) && !isKatakanaNoun(name));

/** …の下で国務省の特使を務めた / 社長を務める: the post held, right before the name it introduces */
const SERVED_RE = /(?:^|[、。はがもで])([^、。「」はがもで]{2,30}?)を(?:務め(?:た|る|ている|ていた)|歴任した)$/u;

/** Honorifics are not part of a role (氏, さん); titles are (首相, 事務局長). */
const HONORIFIC_END_RE = /(?:氏|さん|様|さま|君|くん|ちゃん|殿|女史)$/u;

/**
 * The role a topic phrase introduces its speaker with: "ロシア外務次官のセルゲイ・リャブコフ氏" →
 * ロシア外務次官; "FDC事務局長の石丸修平氏" → FDC事務局長; "岸田文雄首相" → 首相; "自民党の高木毅議員" →
 * 自民党議員. Null for descriptions (ロシアの専門家) and bodies. Also returns the bare title.
 */
export function jaRole(phrase: string, name: string): { role: string | null; title: string | null } {
  const p = phrase.replace(AGE_RE, '').trim();
  const at = p.lastIndexOf(name);
  if (at < 0 || name === p) return { role: null, title: null };
  const title = p.slice(at + name.length).replace(HONORIFIC_END_RE, '').replace(/^[・\s]+/u, '').trim();
  const before = p.slice(0, at).replace(/[の、,・\s]+$/u, '').trim();
  const role = `${before}${title}`.trim();
  if (!role || role.length > 40 || /[はがも]$/u.test(before)) return { role: null, title: title || null };
  return { role, title: title || null };
}

/** 「…」。…こうあいさつしたのは…議員、高木毅氏 / 「…」と話すのは山田花子さん(45): the speaker after のは. */
const NOHA_RE = new RegExp(`^[^。]{0,40}?(?:こう|そう|このように|と)?[^。]{0,12}?${VERB}[^。]{0,6}?のは、?([^。]{2,60}?)(?:だ|です|である)?[。]?\\s*$`, 'u');

/** The name and role out of a "…議員、高木毅氏" phrase. */
function nohaSpeaker(phrase: string): { name: string; role: string | null } | null {
  const clean = phrase.replace(AGE_RE, '').replace(/[（(][^）)]*[）)]$/u, '').trim();
  const parts = clean.split('、');
  const last = parts[parts.length - 1];
  const name = jaSpeakerLike(last) || /^[\p{sc=Han}]{2,5}(?:氏|さん)$/u.test(last) ? jaSpeakerFromPhrase(last) : null;
  if (!name) return null;
  const before = parts.slice(0, -1).join('、').trim();
  const own = jaRole(last, name);
  const role = [before, own.role].filter(Boolean).join('') || null;
  return { name, role: role && role.length <= 40 ? role : null };
}


const JA_THEY_RE = /彼(?:女)?ら(?:は|も|が)/u;
/** 彼らは「 / 彼らは記者団に「: they are the last topic before the quote */
const JA_THEY_BEFORE_RE = /彼(?:女)?ら(?:は|も|が)、?[^「」。はがも]{0,12}$/u;

/** The last group (議員ら, 研究者たち) that spoke no more than three blocks before, else no one. */
function lastGroup(ctx: Ctx, paragraph: number): string | null {
  for (let i = ctx.quotes.length - 1; i >= 0 && i >= ctx.quotes.length - 20; i--) {
    const q = ctx.quotes[i];
    if (paragraph - q.paragraph > 3) break;
    if (q.speaker && PLURAL_RE.test(q.speaker)) return q.speaker;
  }
  return null;
}

/** Bodies named by one character: 市は「…」と説明 (a city's office), 県, 党. */
const ONE_CHAR_BODY_RE = /^(?:市|県|町|村|区|都|府|国|党|社|省|庁|軍|署)$/u;

/** One block's Japanese quotes. */
export function jaQuotes(ctx: Ctx, block: string, masked: string, spans: Span[], paragraph: number, sentences: [number, number][]): void {
  // the block's topics, read once: the first loop takes titled persons from them, the last the subjects
  // (ages in brackets are no part of a topic: 玉置富美子さん（７０）も)
  const topics = [...masked.replace(AGE_RE, '').matchAll(TOPIC_RE)];
  // names written with a personal title anywhere in this block are persons (田中一郎社長), with their role
  for (const m of topics) {
    if (!hasJaTitle(m[1]) || JA_PRONOUN_RE.test(m[1])) continue;
    const name = jaSpeakerFromPhrase(m[1]);
    if (!name) continue;
    ctx.persons.add(name);
    const { role, title } = jaRole(m[1], name);
    // (国務省の特使を務めたデービッド・ゴールドウィン氏: the post a relative clause gives comes first)
    const served = SERVED_RE.exec(masked.slice(Math.max(0, m.index! - 60), m.index));
    noteRole(ctx, name, served ? served[1] : role, title);
  }
  const isPerson = (name: string) => ctx.persons.has(name) || looksPerson(name);
  const cjk = spans.filter((s) => s.cjk);
  // the speaker of this block's last quote and its sentence: a stand-alone quote sentence right
  // after it continues them (another sentence between may name someone else)
  let prev: string | null = null;
  let prevSi = -9;
  for (let k = 0; k < cjk.length; k++) {
    const s = cjk[k];
    const inner = s.text.trim();
    if (!longEnough(inner)) continue;
    // 「…」「…」などと説明: the cue follows the last of consecutive quotes; 「…」（２３年の市議会委員会答弁）として:
    // a bracketed source between the quote and its cue is the quote's channel
    const raw = masked.slice(s.end, s.end + 120).replace(/^(?:「〓*」)+/u, '');
    // (a bracket that names a person is the speaker: 「…」(山田花子さん))
    const bracketed = /^[（(]([^）)]{2,30})[）)]/u.exec(raw);
    const bracket = bracketed && !(jaSpeakerLike(bracketed[1]) && PAREN_SPEAKER_RE.test(raw)) ? bracketed : null;
    const after = (bracket ? raw.slice(bracket[0].length) : raw).slice(0, 80);
    const si = sentenceAt(sentences, s.open);
    const sStart = Math.max(sentences[si][0], s.open - 200);
    const prefix = masked.slice(sStart, s.open).replace(AGE_RE, '');
    let cue: RegExpExecArray | null = null;
    let postSpeaker: string | null = null;
    let postRole: string | null = null;
    let postPhrase: string | null = null;
    let ok = false;
    let passive = false;
    if (!NAMING_RE.test(after)) {
      cue = CUE_VERB_RE.exec(after);
      // と受賞の喜びを語った, と心境を語った: what a verb of speaking takes as its object is no naming
      const gap = cue && /^(?:語|述べ|話し|明かし)/u.test(after.slice(cue[0].lastIndexOf(cue[1]) + cue[1].length)) ? cue[1].replace(/[\p{sc=Han}\p{sc=Kana}ーの]+を$/u, '') : cue?.[1];
      if (cue && BAD_GAP_RE.test(gap!)) cue = null;
      if (cue && PASSIVE_AFTER_VERB_RE.test(after.slice(cue[0].length))) {
        // spoken about, not speaking: only an agent in the gap speaks
        ok = true;
        passive = true;
        // (男性から「…」と感謝された: the agent before the quote)
        const agent = PASSIVE_AGENT_RE.exec(cue[1]) ?? PASSIVE_AGENT_RE.exec(prefix);
        postSpeaker = agent ? jaSpeakerFromPhrase(agent[1]) : null;
      } else if (cue) {
        ok = true;
        const t = jaTopic(cue[1]) ?? JA_DOC_SPEAKS_RE.exec(cue[1])?.[1];
        if (t) postSpeaker = t;
      } else if (CUE_FIXED_RE.test(after)) ok = true;
      // 山本知事は「…」とし、「…」と語気を強めた: the joining form of とする, with a speaker topic
      // (or with another quote right after: だが、「…」とした上で「…」と訴えた)
      else if (CUE_JOIN_RE.test(after) && (jaTopic(prefix) || /^[^「。]{0,8}「/u.test(after))) ok = true;
      // 財務省は「…」などとして不開示とした: "stating", when the sentence has a speaking topic
      else if (/^(?:など)?として/u.test(after) && (jaTopic(masked.slice(0, s.open)) || oneCharBody(prefix))) ok = true;
      else if (TO_NAME_RE.test(after)) {
        ok = true;
        postSpeaker = jaSpeakerFromPhrase(TO_NAME_RE.exec(after)![1]);
      } else if (SPEECH_END_RE.test(inner) && QUOTATIVE_RE.test(after) && !QUOTATIVE_BAD_RE.test(QUOTATIVE_RE.exec(after)![1])) ok = true;
      else if (/^\s*。/u.test(after) && ASKED_RE.test(prefix)) ok = true;
    }
    // 「…」と話すのは山田花子さん / 「…」。こうあいさつしたのは…議員、高木毅氏
    const sameEnd = Math.min(sentences[si][1], s.end + 120);
    const next = sentences[si + 1];
    for (const tail of [masked.slice(s.end, sameEnd), next && prefix.trim() === '' && /^\s*。?\s*$/u.test(masked.slice(s.end, sameEnd)) ? masked.slice(next[0], Math.min(next[1], next[0] + 120)) : '']) {
      const noha = tail ? NOHA_RE.exec(tail) : null;
      const who = noha && nohaSpeaker(noha[1]);
      if (who) {
        ok = true;
        postSpeaker = who.name;
        postRole = who.role;
        // 高木毅氏: named with an honorific or title, so a person (and the role belongs to them)
        if (/(?:氏|さん)[）)]?\s*(?:だ|です|である)?[。]?$/u.test(noha![1]) || hasJaTitle(noha![1])) ctx.persons.add(who.name);
        break;
      }
    }
    // X氏は「…」。 — the quote ends the sentence right after a speaker topic
    if (!ok && /^\s*(?:[。]|$)/u.test(after) && /(?:は|も)、?\s*$/u.test(prefix) && jaTopic(prefix)) ok = true;
    // 「…」。X はこう述べた / 「…」(X さん)
    if (!ok && prefix.trim() === '') {
      const kou = KOU_RE.exec(after);
      const paren = PAREN_SPEAKER_RE.exec(after);
      const named = kou ? jaTopic(kou[1]) : paren && jaSpeakerLike(paren[1]) ? jaSpeakerFromPhrase(paren[1]) : null;
      if (named) {
        ok = true;
        postSpeaker = named;
        postPhrase = kou ? kou[1] : paren ? paren[1] : null;
      }
    }
    // a stand-alone quote sentence continuing the last speaker (interviews, features)
    let standalone = false;
    // (a quote on a line of its own: the line break, collapsed to a space, ends its sentence)
    if (!ok && prefix.trim() === '' && /^(?:\s*(?:[。]|$|「)|\s+(?=[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}])(?![とっ]))/u.test(after) && inner.length >= 12 && /[、。！？!?]/u.test(inner)) {
      // a cross-head that is the whole block repeats words quoted in full elsewhere: no quote of its own
      if (s.open <= 1 && s.end >= block.trimEnd().length - 1 && repeatedElsewhere(ctx, inner)) continue;
      ok = true;
      standalone = true;
    }
    if (!ok) continue;
    // 同省の決定通知書によると、…「…」と説明: the body whose document it is speaks, through the document
    const owned = /([^、。「」]{1,12}?)の([^、。「」の]{1,12}?)によると/u.exec(prefix);
    // 財務省は11日付の決定で「…」: the document it spoke through
    const docIn = /(?:は|も|が)、?([^、。「」はがも]{1,14}?(?:決定|文書|声明|書面|通知書?|談話|答弁|報告書|資料))で、?[^、。「」]{0,10}$/u.exec(prefix);
    const docVia = owned ? owned[2] : docIn ? docIn[1] : null;
    // 彼らは「…」, 「…」と彼らは述べた: "they" is the group that spoke last close by, never one earlier person
    const they = !passive && !postSpeaker && (JA_THEY_RE.test(cue?.[1] ?? '') || JA_THEY_BEFORE_RE.test(prefix));
    let speaker: string | null = they ? lastGroup(ctx, paragraph) : passive ? postSpeaker : postSpeaker ?? (standalone ? ((si - prevSi < 2 ? prev : null) ?? recentPerson(ctx, paragraph, 3)) : jaTopic(prefix) ?? knownTopic(ctx, prefix) ?? oneCharBody(prefix) ?? (owned ? jaSpeakerFromPhrase(owned[1]) : null) ?? JA_DOC_SPEAKS_RE.exec(prefix)?.[1] ?? null);
    if (!speaker && !passive && !they) {
      // the two sentences before in this block, then the last speaker of the last few blocks
      const from = sentences[Math.max(0, si - 2)][0];
      speaker =
        jaTopic(masked.slice(Math.max(from, sStart - 300), sStart).replace(AGE_RE, '')) ?? lastSpeakerWithin(ctx, paragraph, 3) ?? recentPerson(ctx, paragraph, 1);
    }
    // a stand-alone quote continues someone: with no one to continue it is a title or notice, not speech
    if (standalone && !speaker) continue;
    if (speaker) speaker = resolvePronoun(ctx, speaker);
    // 知事は「…」: a bare title is the holder the article introduced with it (山本一太知事)
    if (speaker && JA_BARE_TITLE_RE.test(speaker) && ctx.holders.has(speaker.toLowerCase())) speaker = ctx.holders.get(speaker.toLowerCase()) ?? speaker;
    if (speaker && !postSpeaker) {
      const phrase = lastTopicPhrase(prefix);
      if (phrase) postRole = jaRole(phrase, speaker).role;
    } else if (speaker && postPhrase && !postRole) postRole = jaRole(postPhrase, speaker).role;
    // (within 300 characters of the quote: a block that is one sentence of thousands of quotes ran
    // the channel pattern over the whole block per quote, 27 s at 100k characters)
    const sentence = block.slice(Math.max(sentences[si][0], s.open - 300), Math.min(sentences[si][1], s.end + 300));
    const via = bracket && !/^同$/u.test(bracket[1]) ? bracket[1] : docVia ?? jaVia(sentence.replace(s.text, '〓'));
    const person = speaker ? isPerson(speaker) : false;
    addQuote(ctx, speaker, inner, paragraph, via, person, person ? postRole : null);
    [prev, prevSi] = [speaker || null, si];
  }
  // subjects of sentences without quotes still matter for 同氏 in later blocks
  const seen = new Set<string>();
  for (const m of topics) {
    const phrase = m[1];
    if (!jaSpeakerLike(phrase) || JA_PRONOUN_RE.test(phrase)) continue;
    const name = jaSpeakerFromPhrase(phrase);
    if (name && !seen.has(name)) {
      seen.add(name);
      remember(ctx, name, isPerson(name), paragraph);
    }
  }
}

/**
 * Is a sentence of this quote (six characters or more) also printed inside another quotation of the
 * article? A cross-head 「1年勝負。すべて僕の責任」 repeats the close of a quote given in full below.
 */
function repeatedElsewhere(ctx: Ctx, inner: string): boolean {
  const all = ctx.quoteTexts ?? '';
  for (const piece of inner.split(/[。！？!?]/u)) {
    const p = piece.trim();
    if (p.length < 6) continue;
    const first = all.indexOf(p);
    if (first >= 0 && all.indexOf(p, first + 1) >= 0) return true;
  }
  return false;
}

/** 試合後、大谷は「…」: a bare surname as the topic, of a person the article named in full with a title (大谷翔平投手). */
function knownTopic(ctx: Ctx, prefix: string): string | null {
  let found: string | null = null;
  for (const m of prefix.matchAll(TOPIC_RE)) {
    if (!HAN_NAME_RE.test(m[1]) || m[2] === 'が') continue;
    for (const p of ctx.persons) if (p.length > m[1].length && p.startsWith(m[1])) found = p;
  }
  return found;
}

/** 市は「…」と説明: a one-character body as the topic right before the quote. */
function oneCharBody(prefix: string): string | null {
  const m = /(?:^|[、。\s])([\p{sc=Han}])(?:は|が|も)、?\s*$/u.exec(prefix);
  return m && ONE_CHAR_BODY_RE.test(m[1]) ? m[1] : null;
}

/** The phrase of the last speaker-like topic in `prefix` (for its role). */
function lastTopicPhrase(prefix: string): string | null {
  let found: string | null = null;
  for (const m of prefix.matchAll(TOPIC_RE)) if (jaSpeakerLike(m[1])) found = m[1];
  return found;
}
