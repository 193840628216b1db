/**
 * Sources an article cites, found from reporting patterns (JA/EN/ZH/KO), credits, datelines,
 * anonymous-sourcing phrases and outbound link domains. Patterns: issue #4.
 */
import type { Source, SourceKind } from './types';
import { classifySource } from './names';
import { findOutlet, findOutletSuffix, outletForDomain, type Outlet } from './outlets';

export interface SourceHit {
  name: string;
  /** -1 for captions and credits */
  paragraph: number;
  kind?: SourceKind;
  anonymous?: boolean;
}

const X_JA = '((?:[A-Za-z0-9&.\'’-]+ )*[A-Za-z0-9&.\'’-]+|[^\\s、。,，「」『』（）()【】:：]{2,30}?)';
/*
 * Japanese "X + cue" patterns run cue-first: find the cue, then read X backwards from a short
 * window (a lazy X scanned from every position made these the slowest part of the analysis).
 */
/** 〜によると / によれば / の報道では / を引用して (seed: 情報筋を引用して報じた, 情報筋によれば) */
const JA_ACCORDING_CUE = /によると|によれば|によりますと|の報道では|の報道によると|の調べでは|の発表では|を引用し|の話では/gu;
const JA_X_END_RE = new RegExp(`『?${X_JA}』?$`, 'u');
/** 〜が(…)報じた / 伝えた / 発表した / 明らかにした — the subject must look like an outlet or a body */
const JA_REPORTED_CUE = /報じ|伝え|報道し|発表し|公表し|明らかにし/gu;
const JA_SUBJECT_RE = new RegExp(`${X_JA}』?(?:が|は)`, 'gu');
/** 〜に対し / 〜の取材に / 〜のインタビュー (seed: 国営タス通信に対し, 米フォックス・ニュースのインタビュー) */
const JA_TO_CUE = /に対し|の取材|のインタビュー|のインタヴュー|とのインタビュー|に寄稿|の番組/gu;
const JA_SNS_RE = /(?:SNS|ソーシャルメディア|交流サイト|短文投稿サイト)「([^」]{1,30})」/gu;
const JA_POST_CUE = /投稿|書き込/gu;
const JA_POST_END_RE = /([^\s、。「」『』]{2,20}?)」?(?:に|へ|上で|で)[^。]{0,20}$/u;
const JA_ANON_GATE_RE = /情報筋|消息筋|関係者|詳しい|匿名の/u;
const DATELINE_RE = /【([^】]{1,30})】/gu;
/** Dateline abbreviations used only inside 【】 (【ワシントン共同】, 【北京時事】). */
const DATELINE_ABBR: [RegExp, string][] = [
  [/共同$/u, '共同通信'],
  [/時事$/u, '時事通信'],
  [/聯合$/u, '聯合ニュース'],
];
const CREDIT_RE =
  /^(?:引用|出典|写真|提供|画像|資料|映像|撮影|Photo(?:graph)?s?|Image|Picture|Source|Credit|Courtesy|(?:VIDEO|IMAGE|PHOTO) COURTESY OF|Photo courtesy of)\s*(?:[:：=＝]|\s)\s*(.{1,80})$/iu;
const COPYRIGHT_RE = /(?:\(c\)|©)\s*([A-Za-z][\w&.-]*)/gu;
const JA_ANON_RE =
  /((?:複数の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?(?:情報筋|消息筋|関係者|事情に詳しい(?:人物|関係者|筋)|匿名の(?:当局者|関係者|人物)))(?=によると|によれば|を引用|の話|は|が|も|に)/gu;

const EN_NP = "((?:the |a |an )?(?:[\\w.’'&-]+)(?: (?:[\\w.’'&-]+)){0,6})";
const EN_ACCORDING_RE = new RegExp(`\\b(?:according to|citing|reported by|first reported by|cited by|quoted by|in an interview with|in an email to|told) ${EN_NP}`, 'gu');
// word runs and word counts are bounded: unbounded runs made these quadratic on long text
const EN_REPORTED_RE = /((?:the |The )?[A-Z][\w.’'&-]{0,40}(?: (?:[A-Z][\w.’'&-]{0,40}|of|for|the)){0,8}(?: (?:attorney’s office|attorney's office|ministry|military|police|office))?) (?:reported|reports|said in a statement|issued a statement|announced|said in a report|said on its website|confirmed|says|said)\b/gu;
const EN_ORG_SAID_RE = /\b((?:the )?(?:[A-Z][\w.’'&-]{0,40} ){0,8}(?:(?:local|state|federal|national|city|county|riot|border|foreign|interior|defen[cs]e|justice|health|finance|commerce|trade|education|commerce) )?(?:police|military|ministry|prosecutors|department|office|government|army|agency))(?:’s| has)? (?:said|says|reported|announced)\b/gu;
/** NASA’s Office of the Inspector General released two highly critical reports */
const EN_RELEASED_RE = /((?:[A-Z][\w.’'&-]{0,40})(?: (?:[A-Z][\w.’'&-]{0,40}|of|for|the)){0,8}) (?:released|published|issued) (?:a |an |its |two |three |several |new |\w+ ){0,3}(?:report|reports|statement|study|survey|data|figures|document)\b/gu;
const EN_DATELINE_RE = /\((AP|Reuters|AFP|Bloomberg|CNN|dpa|Kyodo|Xinhua|Yonhap|TASS|UPI)\)/gu;
const EN_PLATFORM_RE = /\b(?:(?:posted|wrote|said|tweeted|announced) on|[Ii]n an? (?:post|tweet|message|video|statement) on|a) (Twitter|X|Facebook|Instagram|Tumblr|Truth Social|Telegram|TikTok|YouTube|Weibo)\b|\bin a (tweet)\b|\b(Tumblr|Facebook|Instagram|Truth Social) post\b/gu;
const EN_ANON_RE =
  /\b((?:people|persons?|sources?|officials?|diplomats?|aides?|insiders?)(?: \w+)? (?:familiar with|briefed on|with (?:direct )?knowledge of|close to)(?: the \w+)?|(?:an?|one|another|two|three|several) (?:[a-z]+ ){0,2}source|on condition of anonymity|(?:asked|declined) not to be (?:named|identified))\b/gu;
const ZH_RE = /据([^\s，。、“”]{2,15}?)(?:报道|報道|消息|称|稱|援引)/gu;
const KO_RE = /([^\s,.]{2,20}?)(?:에 따르면|는 보도했다|은 보도했다|가 보도했다|이 보도했다)/gu;
/** 報道によると ("according to reports") names no source. */
const JA_GENERIC_RE = /^(?:一部)?(?:報道|メディア|ニュース|発表|資料|調べ|話|データ|統計|結果|情報|報告|記事|関係者の話)$/u;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const JA_LEAD_TRIM_RE = /^.*[、,はがもをにでの]/u;

function outletLike(name: string): boolean {
  return !!findOutlet(name) || !!findOutletSuffix(name) || classifySource(name) !== 'other';
}

function cleanJa(raw: string): string {
  let n = raw.replace(JA_LEAD_TRIM_RE, '').replace(/[『』「」]/gu, '').trim();
  const suf = findOutletSuffix(n);
  if (suf) return suf.alias;
  // ロシア紙イズベスチヤ, 米誌ニューズウィーク: the name after the descriptor
  const desc = /^(?:[\p{Script=Han}]{1,4})(?:紙|誌|通信社|テレビ|メディア)(.+)$/u.exec(n);
  if (desc) n = desc[1];
  return n.replace(/^(?:米|露|英|仏|独|中|韓|国営|地元|大手)/u, '');
}

function cleanEn(raw: string): string {
  return raw
    .replace(/(?<!\b[A-Z])\.\s.*$/u, '') // the sentence ended: "according to teachers unions. It came …"
    .replace(/^(?:the|a|an|one|two|three|several|another)\s+/iu, '')
    .replace(/\s+(?:that|who|which|on|in|at|this|last|as|and|to|for|about|after|said|says|told|reported)\b.*$/u, '')
    .replace(/[.,;:!?]+$/u, '')
    .replace(/[’']s$/u, '')
    .trim();
}

/** Anonymous phrases become one source per wording ("people familiar with the talks"). */
function anonName(raw: string): string {
  return raw.replace(/^(?:an?|one|another|two|three|several)\s+/iu, '').replace(/^複数の/u, '');
}

export function findSourceHits(blocks: string[], captions: string[], links: { href: string; paragraph: number }[]): SourceHit[] {
  const hits: SourceHit[] = [];
  const push = (name: string, paragraph: number, extra: Partial<SourceHit> = {}) => {
    const n = name.trim();
    if ((n.length >= 2 || /^[A-Z]$/.test(n)) && n.length <= 60) hits.push({ name: n, paragraph, ...extra });
  };
  const texts: [string, number][] = [...blocks.map((b, i) => [b, i] as [string, number]), ...captions.map((c) => [c, -1] as [string, number])];
  for (const [text, p] of texts) {
    const credit = CREDIT_RE.exec(text.trim());
    if (credit && (p < 0 || text.length < 80)) {
      const parts = credit[1].split(/[/／|,、]/u);
      // "Photo: John Doe/AP": the photographer is not a source when an outlet is named
      const anyKnown = parts.some((x) => findOutlet(x.trim()) || findOutletSuffix(x.trim()) || DATELINE_ABBR.some(([re]) => re.test(x.trim())));
      for (const part of parts) {
        let c = part.trim();
        for (const [re, name] of DATELINE_ABBR) if (re.test(c) && c.length <= 4) c = name; // 写真=共同
        const known = findOutlet(c) ?? findOutletSuffix(c)?.outlet;
        if (known || (!anyKnown && /^[\p{L}]/u.test(c) && c.length <= 40 && p < 0)) push(known ? (findOutletSuffix(c)?.alias ?? c) : c, p);
      }
    }
    for (const m of text.matchAll(COPYRIGHT_RE)) if (findOutlet(m[1])) push(m[1], p);
    for (const m of text.matchAll(DATELINE_RE)) {
      const inner = m[1].replace(/\s+/gu, ' ');
      const suf = findOutletSuffix(inner);
      if (suf) push(suf.alias, p);
      else for (const [re, name] of DATELINE_ABBR) if (re.test(inner)) push(name, p);
    }
    for (const m of text.matchAll(EN_DATELINE_RE)) push(m[1], p);
    // Japanese (only on text with kana: these lazy patterns are slow on long Latin text)
    if (KANA_RE.test(text)) findJa(text, p, push);
    // English
    if (/[A-Za-z]{3}/u.test(text)) findEn(text, p, push);
    if (text.includes('据')) for (const m of text.matchAll(ZH_RE)) push(m[1], p);
    if (/\p{Script=Hangul}/u.test(text)) for (const m of text.matchAll(KO_RE)) if (outletLike(m[1])) push(m[1], p);
  }
  for (const l of links) {
    try {
      const o = outletForDomain(new URL(l.href).hostname);
      if (o) push(o.name, l.paragraph);
    } catch {
      // not a URL: nothing to map
    }
  }
  return hits;
}

type Push = (name: string, paragraph: number, extra?: Partial<SourceHit>) => void;

/** The text before each cue (up to `width`, not across 。), for reading X backwards. */
function windowsBefore(text: string, cue: RegExp, width: number): string[] {
  const out: string[] = [];
  for (const c of text.matchAll(cue)) {
    const at = c.index ?? 0;
    const win = text.slice(Math.max(0, at - width), at);
    out.push(win.slice(win.lastIndexOf('。') + 1));
  }
  return out;
}

function findJa(text: string, p: number, push: Push): void {
  if (JA_ANON_GATE_RE.test(text)) {
    for (const m of text.matchAll(JA_ANON_RE)) push(m[1].replace(/^複数の/u, ''), p, { anonymous: true, kind: 'anonymous' });
  }
  for (const win of windowsBefore(text, JA_ACCORDING_CUE, 34)) {
    const m = JA_X_END_RE.exec(win);
    if (!m) continue;
    const n = cleanJa(m[1]);
    if (/(?:情報筋|消息筋|関係者|詳しい)/u.test(n)) continue; // counted by JA_ANON_RE
    if (n && !/(?:氏|さん)$/u.test(n) && n.length <= 25 && !JA_GENERIC_RE.test(n)) push(n, p);
  }
  const accept = (raw: string) => {
    const n = cleanJa(raw);
    return n && outletLike(n) && !/(?:氏|さん|者)$/u.test(n) && classifySource(n) !== 'anonymous' ? n : null;
  };
  for (const win of windowsBefore(text, JA_REPORTED_CUE, 160)) {
    for (const m of win.matchAll(JA_SUBJECT_RE)) {
      const n = accept(m[1]);
      if (n) {
        push(n, p);
        break;
      }
    }
  }
  for (const win of windowsBefore(text, JA_TO_CUE, 34)) {
    const m = JA_X_END_RE.exec(win);
    const n = m && accept(m[1]);
    if (n) push(n, p);
  }
  for (const m of text.matchAll(JA_SNS_RE)) push(findOutletSuffix(m[1])?.alias ?? m[1], p, { kind: 'social media' });
  for (const win of windowsBefore(text, JA_POST_CUE, 50)) {
    const m = JA_POST_END_RE.exec(win);
    const suf = m && findOutletSuffix(m[1].replace(/[『』「」]/gu, ''));
    if (suf && suf.outlet.kind === 'social media') push(suf.alias, p);
  }
}

function findEn(raw: string, p: number, push: Push): void {
  // relative clauses hide the verb: "the Electoral Commission, which regulates …, issued a statement"
  const text = raw.replace(/,\s*(?:which|who)\b[^,]*,/gu, '');
  for (const m of text.matchAll(EN_ANON_RE)) push(anonName(m[1]), p, { anonymous: true, kind: 'anonymous' });
  for (const m of text.matchAll(EN_ACCORDING_RE)) {
    // according to guidance from the Mayo Clinic / data from the ministry
    const n = cleanEn(m[1].replace(/^(?:the |a |an )?(?:guidance|data|figures|statement|report|analysis|study|survey|documents?|records?|estimates?|reports?) (?:from|by|of|released by) /u, ''));
    if (!n || /^(?:him|her|them|us|me|reporters|journalists|the|a|he|she|it)$/iu.test(n)) continue;
    if (EN_ANON_RE.test(m[1])) continue;
    EN_ANON_RE.lastIndex = 0;
    const capital = /^[A-Z]/.test(n);
    if (capital ? outletLike(n) || n.split(' ').length >= 1 : classifySource(n) !== 'other') {
      // told Trump: a person; told The Hill: an outlet (people take no article)
      if (capital && !outletLike(n) && /^told/.test(m[0]) && !/^told The /u.test(m[0])) continue;
      push(n, p);
    }
  }
  EN_ANON_RE.lastIndex = 0;
  for (const re of [EN_REPORTED_RE, EN_ORG_SAID_RE]) {
    for (const m of text.matchAll(re)) {
      const n = cleanEn(m[1]);
      if (n && (outletLike(n) || /^[A-Z]{2,6}$/u.test(n)) && !/^(?:He|She|It|They|We|I)$/.test(n)) push(n, p);
    }
  }
  for (const m of text.matchAll(EN_RELEASED_RE)) {
    const n = cleanEn(m[1]).replace(/^.*[’']s /u, '');
    if (n && !/^(?:He|She|It|They|We|I)$/.test(n)) push(n, p);
  }
  for (const m of text.matchAll(EN_PLATFORM_RE)) {
    const n = m[1] ?? m[2] ?? m[3];
    push(n === 'tweet' ? 'Twitter' : n, p, { kind: 'social media' });
  }
}

interface Acc {
  name: string;
  kind: SourceKind;
  hits: number;
  paragraphs: Set<number>;
  outlet: Outlet | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Merge hits by outlet (aliases) or by name; count mentions over blocks and captions. */
export function buildSources(hits: SourceHit[], blocks: string[], captions: string[]): { sources: Source[]; anonymous: number } {
  const acc = new Map<string, Acc>();
  let anonymous = 0;
  for (const h of hits) {
    const outlet = findOutlet(h.name) ?? findOutletSuffix(h.name)?.outlet ?? null;
    const key = outlet ? 'o:' + outlet.name : 'n:' + h.name.toLowerCase().replace(/’/gu, "'");
    let a = acc.get(key);
    if (!a) {
      a = { name: h.name, kind: outlet?.kind ?? h.kind ?? classifySource(h.name), hits: 0, paragraphs: new Set(), outlet };
      acc.set(key, a);
    }
    a.hits++;
    if (h.paragraph >= 0) a.paragraphs.add(h.paragraph);
    if (h.anonymous) anonymous++;
  }
  // drop names contained in a longer name of the same kind ("Attorney’s Office" inside "U.S. Attorney’s Office")
  const list = [...acc.values()];
  const sources: Source[] = [];
  for (const a of list) {
    if (!a.outlet && list.some((b) => b !== a && b.name.length > a.name.length && b.name.includes(a.name) && b.kind === a.kind)) {
      const b = list.find((x) => x !== a && x.name.length > a.name.length && x.name.includes(a.name) && x.kind === a.kind);
      if (b) {
        b.hits += a.hits;
        a.paragraphs.forEach((p) => b.paragraphs.add(p));
      }
      continue;
    }
    const names = a.outlet ? [a.name, ...a.outlet.aliases.filter((x) => x.length >= 3 || x === a.name)] : [a.name];
    const re = new RegExp(
      [...new Set(names)].map((n) => (/^[\w .'’&-]+$/u.test(n) ? `(?<!\\w)${escapeRe(n)}(?!\\w)` : escapeRe(n))).join('|'),
      'gu',
    );
    let count = 0;
    blocks.forEach((b, i) => {
      const c = b.match(re)?.length ?? 0;
      if (c) {
        count += c;
        if (a.kind !== 'anonymous' || a.paragraphs.size) a.paragraphs.add(i);
      }
    });
    for (const c of captions) count += c.match(re)?.length ?? 0;
    sources.push({ name: a.name, kind: a.kind, mentions: count || a.hits, paragraphs: [...a.paragraphs].sort((x, y) => x - y) });
  }
  return { sources, anonymous };
}
