/**
 * Sources an article cites (issue #4, widened in issue #10): outlets, agencies and
 * broadcasters; government bodies, courts, police, companies, institutes and unions; documents
 * and statements; people cited as the origin of information; platforms used as channels;
 * anonymous sourcing; and photo credits (kept, marked `credit`). Found per sentence from
 * reporting structure (X によると, according to X, X said in a statement, 据X报道, X에 따르면,
 * laut X), datelines and credit lines. The page's own publisher is never a source, and a
 * subject the story is merely about is not one either.
 *
 * Every pattern here runs over one block with bounded windows: linear in the text's length.
 */
import type { Source, SourceKind } from './types';
import { EN_DATE_WORDS, EN_FUNCTION_WORDS, EN_PEOPLE_NOUNS, EN_ROLE_NOUNS, EN_VERB_RE, JA_SNS_SOURCE, KO_SURNAMES, KO_TITLES, HANGUL_NAME_RE, KANA_RE } from './constants';
import { escapeRe } from '../text/escape-re';
import { bodyKind, classifySource, fullestForm, hasFullerForm, hasJaTitle, stripJaTitles } from './names';
import { PLATFORM_NAMES, findOutlet, findOutletSuffix, outletForDomain, type Outlet } from './outlets';
import type { Publisher } from './publisher';
import { sentenceAt } from './sentences';
import { findJaBodyTopics, jaIssuerOfDoc } from './sources-ja';

export interface SourceHit {
  name: string;
  /** -1 for captions and credits */
  paragraph: number;
  kind?: SourceKind;
  anonymous?: boolean;
  credit?: boolean;
  /** where in the block (or caption) it was seen, for the evidence sentence */
  at?: number;
  /** the caption's text, for credits */
  caption?: string;
  /** a person cited by name (ロバーツ監督によると): the source is the fullest name the article gives */
  person?: boolean;
}

/** What findSourceHits needs to know about each block. */
export interface SourceBlock {
  text: string;
  /** the text with quotations masked (same length), when known */
  masked?: string;
  /** the script its quote rules read it in (index.ts) */
  script?: 'ja' | 'ko' | 'zh' | 'en';
  /** English reporting verbs: [index in the block, the verb] */
  verbs?: [number, string][];
  sentences: [number, number][];
}

const X_JA = '((?:[A-Za-z0-9&.\'’-]+ )*[A-Za-z0-9&.\'’-]+|[^\\s、。,，「」『』（）()【】:：]{2,30}?)';
/*
 * Japanese "X + cue" patterns run cue-first: find the cue, then read X backwards from a short
 * window (a lazy X scanned from every position made these the slowest part of the analysis).
 */
/** 〜によると / によれば / の報道では / を引用して (seed: 情報筋を引用して報じた, 情報筋によれば); の分析では (InfoQ) */
const JA_ACCORDING_CUE = /によると|によれば|によりますと|の報道では|の報道によると|の調べでは|の調査では|の分析では|の発表では|の試算では|を引用し|の話では/gu;
const JA_X_END_RE = new RegExp(`『?${X_JA}』?$`, 'u');
/** 〜が(…)報じた / 伝えた / 発表した / 明らかにした — the subject must look like an outlet or a body */
const JA_REPORTED_CUE = /報じ|伝え|報道し|発表し|公表し|明らかにし|認め|まとめ|注意喚起|と説明|としている|とした。|と主張|と回答|と発表/gu;
const JA_SUBJECT_RE = new RegExp(`${X_JA}』?(?:が|は|では|も)`, 'gu');
/** 〜に対し / 〜の取材 / 〜のインタビュー (seed: 国営タス通信に対し, 米フォックス・ニュースのインタビュー) */
const JA_TO_CUE = /に対し|の取材|のインタビュー|のインタヴュー|とのインタビュー|に寄稿|の番組/gu;
const JA_SNS_RE = new RegExp(JA_SNS_SOURCE, 'gu');
const JA_POST_CUE = /投稿|書き込/gu;
const JA_POST_END_RE = /([^\s、。「」『』]{2,20}?)」?(?:に|へ|上で|で)[^。]{0,20}$/u;
const JA_ANON_GATE_RE = /情報筋|消息筋|関係者|詳しい|匿名の/u;
/** A titled notice or report after its issuer or a publication verb: 佐川急便株式会社「…にご注意ください」, 公表「…」 */
const JA_TITLED_DOC_RE = /(株式会社|協会|センター|機構|省|庁|公表|発表|公開)\s*「([^「」]{8,60})」/gu;
const JA_ISSUER_END_RE = /([^\s、。「」]{1,20})$/u;
/** 本記事は、TechRepublic Japanで…掲載した記事からの転載です (ZDNet Japan) */
const JA_REPRINT_RE = /((?:[A-Za-z][\p{sc=Latn}\d_&.'’-]*)(?: [A-Za-z][\p{sc=Latn}\d_&.'’-]*){0,4}|[^\s、。「」]{2,20}?)で[^。]{0,24}?(?:掲載|公開|配信)(?:した|された)記事(?:から)?の?(?:転載|抄訳|翻訳)/gu;
/** The press-release lead: 沖縄クロス・ヘッド株式会社は22日、…の提供を開始した / ニトリは…を発売した */
const JA_LEAD_BODY_RE = /^([^\s、。「」]{2,30}?)(?:は|が)[^。]{0,160}?(?:発売|発表|開始|提供|公開|リリース)/u;
const DATELINE_RE = /【([^】]{1,30})】/gu;
/** Dateline abbreviations used only inside 【】 (【ワシントン共同】, 【北京時事】). */
const DATELINE_ABBR: [RegExp, string][] = [
  [/共同$/u, '共同通信'],
  [/時事$/u, '時事通信'],
  [/聯合$/u, '聯合ニュース'],
];
/**
 * Credit lines, anywhere in a caption or a short block: 引用:NPR (seed), Photo : YONHAP News (KBS),
 * Image: Amazon.co.jp (Lifehacker), …treatmentCredit: EPA (The Sun), Foto: …/dpa (SZ, Welt),
 * [사진=MBC, SBS] (Entermedia), (Image: © TNG Collaboration) (Live Science).
 */
const CREDIT_RE =
  /(?:^|[\s(（[［【]|(?<=[a-z.]))(?:引用|出典|写真|提供|画像|資料|映像|撮影協力|撮影|Photo(?:graph)?s?|Image|Picture|Source|Credit|Courtesy|Foto|Bild|사진|图片|圖片|来源|來源|(?:VIDEO|IMAGE|PHOTO) COURTESY OF|Photo courtesy of)\s*(?:[:：=＝]|\.{3}|…)\s*(?:©\s*)?([^()（）\]］】\n]{1,80})/giu;
/** (AP Photo/Alan Diaz, File) — the agency's own photo credit (Fox Business) */
const AGENCY_PHOTO_RE = /\((\p{Lu}[\p{L}\d.&-]{1,20}) Photo(?:\/[^()]{1,60})?\)/gu;
/** …とスアレス＝ロイター: a Japanese caption ends with ＝ the credited agency (Yomiuri) */
/** …＝ロイター, …＝ＡＰ＝共同 (an agency's picture through another: both are credited) */
const JA_CAPTION_CREDIT_RE = /(?:[＝=]([\p{sc=Kana}ー・A-Za-zＡ-Ｚａ-ｚ]{2,15}))?[＝=]([\p{sc=Kana}ー・A-Za-zＡ-Ｚａ-ｚ]{2,15}|共同|時事)[）)]?$/u;
/**
 * A photographer's credit closing a Japanese caption: （柳原一哉撮影）, (写真・黒田史夫） (Yahoo!ニュース pages
 * of 産経新聞 and THE PAGE); 代表撮影 (a pool photo) names no one.
 */
const JA_PHOTO_BY_RE = /[（(](?:写真[・:：]\s*([^（）()・]{2,12})|([^（）()・]{2,12}?)撮影)[）)]\s*$/u;
/** 李尕 摄 — a photographer's credit in Chinese captions (Banyuetan) */
const ZH_PHOTO_BY_RE = /(?:^|\s)([\p{sc=Han}]{2,4})\s?摄\s*$/u;
/** (image taken from https://www.keycdn.com) — the image's origin site (InfoQ) */
const IMAGE_FROM_RE = /\(image (?:taken )?from (https?:\/\/[^\s)]+)\)/giu;
/** A credit closing a caption: a bracketed name, （X提供）, [X] (Korean papers), X 资料 (a file photo), "Courtesy X". */
const CAPTION_END_CREDIT_RE =
  /(?:[(（]((?:\p{Lu}[\p{L}\d.&’'-]*)(?:[ /]+\p{Lu}[\p{L}\d.&’'-]*){0,4})[)）]|[（(]([^（）()]{2,20}?)提供[）)]|\[(?=[^\]]*[\p{sc=Hang}=])([^[\]=]{2,30}?)(?:=[^\]]{1,10})?(?: 제공)?\]|(?<=\s|。|^)([\p{sc=Han}]{2,8})\s*资料|\bCourtesy (?:of )?(\p{Lu}[\p{L}\d.&’'-]*(?: \p{Lu}[\p{L}\d.&’'-]*){0,3}))$/u;
/** Credit parts that name no one: "File", "Contributor", "Archivbild". */
const CREDIT_NOISE_RE = /^(?:File|Files|Contributor|Archive|Archivbild|Archiv|Handout|Pool|dpa-?Bildfunk|picture alliance|자료사진|사진)$/iu;

const EN_NP = "((?:the |a |an )?(?:[\\w.’'&-]+)(?: (?:[\\w.’'&-]+)){0,6})";
const EN_ACCORDING_RE = new RegExp(`\\b(?:[Aa]ccording to|[Pp]er(?= the \\p{Lu})|citing|reported by|first reported by|cited by|quoted by|surveyed by|published by|obtained by|data from|figures from|in an interview with|in an email to|(?:statement|comments?|remarks) to|told) ${EN_NP}`, 'gu');
/** data published in October 2018 by the Drug Enforcement Administration; findings … by the DHS Office of Inspector General */
const EN_DATA_BY_RE = /\b(?:data|figures|statistics|numbers|findings|estimates|report|study|survey|analysis|review|investigation)\b(?:(?!\b(?:that|which|who|everything)\b)[^.;:“”"]){0,60}?\b(?:by|from) (?:the )?(\p{Lu}[\p{L}\d’'&.-]*(?:(?: (?:of|for|and|the|on))? \p{Lu}[\p{L}\d’'&.-]*){0,6})(?![\p{L}’'-]| (?!(?:in|on|at|and|or|that|which|to|for|shows?|found|finds|suggests?)\b)[a-z])/gu;
// word runs and word counts are bounded: unbounded runs made these quadratic on long text
/*
 * English "subject + reporting verb" patterns run cue-first, like the Japanese ones: find the verb,
 * then read the subject backwards from a short window anchored at its end (a capitalised run tried
 * from every capital letter made these the slowest part of the analysis on long articles).
 */
const EN_REPORTED_NP_RE = /(?<![\p{L}\d])((?:the |The )?\p{Lu}[\p{L}\d.’'&-]{0,40}(?: (?:\p{Lu}[\p{L}\d.’'&-]{0,40}|of|for|the|and|on(?= \p{Lu}))){0,8}(?: (?:attorney’s office|attorney's office|ministry|military|police|office))?)$/u;
/** said Amnesty International / says the World Health Organization (inverted attribution) */
const EN_SAID_ORG_RE = /(?:said|says|according to)\s+(?:the\s+)?(\p{Lu}[\p{L}\d.’'&-]{0,40}(?:\s+(?:\p{Lu}[\p{L}\d.’'&-]{0,40}|of|for|and)){0,6})/uy;
/** A body's head noun alone ("the agency said", "the office said"): an anaphor for a body the article named, no name of its own. */
const EN_BARE_BODY_RE = /^(?:agency|office|department|ministry|authority|court|company|firm|organi[sz]ation|group|union|council|committee|commission|board|institute|bureau|service)$/u;
/** what may stand before an inverted "said X": a comma, a closing quotation mark, a dash or a line's start */
const EN_INVERTED_BEFORE_RE = /(?:^|[,”"’—–:]|\bas)\s*$/u;
/** Neighborhood surveillance video shows …, a 2018 analysis of the data found …: evidence as the subject */
const EN_EVIDENCE_CUE = /\s(?:shows?|showed|found|finds|revealed|reveals?|suggests?|suggested|indicates?|indicated|confirmed)\b/gu;
const EVIDENCE_WORDS = 'video|footage|data|analysis|study|report|poll|survey|records|documents|evidence|testimony|images';
const EN_EVIDENCE_NP_RE = new RegExp(`((?:\\p{Lu}?[\\p{L}\\d-]+\\s+){0,3}(?:${EVIDENCE_WORDS})(?:\\s+of\\s+the\\s+\\w+)?)$`, 'u');
/** (a window without one of those words has no such phrase: the anchored pattern above is tried at every position) */
const EN_EVIDENCE_GATE_RE = new RegExp(EVIDENCE_WORDS, 'u');
/** …the journal Monthly Notices of the Royal Astronomical Society */
const EN_THE_JOURNAL_RE = /\bthe journal ((?:\p{Lu}[\p{L}\d&-]*)(?: (?:\p{Lu}[\p{L}\d&-]*|of|the|and|for)){0,8})/gu;
/**
 * "according to Sui-Lee Wee of the New York Times", "Wee of the Times reports", "according to NPR ’s Feng":
 * a reporter named with their outlet cites the outlet (names bounded: this runs on every candidate)
 */
const EN_REPORTER_OF_RE = /^(?:\p{Lu}[\p{L}.’'-]{0,30} ){1,3}of (?:the )?(\p{Lu}.{1,60})$|^(\p{Lu}.{1,40}?) ?[’']s \p{Lu}[\p{L}’'-]{0,30}$/u;
const NEWS_KINDS = new Set<SourceKind>(['newspaper', 'news agency', 'broadcaster', 'magazine', 'online outlet']);
function outletOfReporter(n: string): string {
  const m = EN_REPORTER_OF_RE.exec(n);
  const o = m?.[1] ?? m?.[2];
  return o && (findOutlet(o) || NEWS_KINDS.has(classifySource(o))) ? o : n;
}
/** "An Associated Press journalist in the area also reported", "a Reuters reporter": the outlet whose staff saw or heard it */
const EN_STAFF = 'journalist|reporter|correspondent|photographer|crew';
const EN_STAFF_RE = new RegExp(EN_STAFF, 'u');
const EN_OUTLET_STAFF_RE = new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]he|told) ((?:\\p{Lu}[\\p{L}.&’'-]{0,30} ){1,4})(?:${EN_STAFF})s?\\b`, 'gu');
/** "a similarly fresh Reuters poll", "said in a NASA statement": the body or outlet whose document it is */
const EN_BODY_DOCS = 'poll|survey|statement|report|study|analysis|review|investigation|release|filing';
const EN_BODY_DOC_GATE_RE = new RegExp(EN_BODY_DOCS, 'u');
const EN_BODY_DOC_RE = new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Nn]ew) (?:[a-z]{1,20} ){0,2}(\\p{Lu}[\\p{L}.&’'-]{0,30}(?: \\p{Lu}[\\p{L}.&’'-]{0,30}){0,3}) (?:${EN_BODY_DOCS})\\b`, 'gu');
/** "Berrien County Health Department officials said", "PG&E officials said": the officials' body is the source */
const EN_BODY_OFFICIALS_RE = /((?:\p{Lu}[\p{L}\d.’'&-]{0,40} ){1,6})officials$/u;
/** Heads cited bare after "according to" (round 11): bodies, unnamed officials, media, counts */
const EN_BARE_CITED_RE = /\b(?:(police|authorities|prosecutors|investigators)|(officials)|(media)|(results|calculations|estimates|tallies|tally|count))$/u;
/** A count an outlet or body made: "according to Reuters calculations" */
const EN_TALLY_RE = /^(?:calculations|estimates|tally|count|analysis|data|figures)$/u;
/** Words that are never a source's name ("according to Tuesday's figures", "Nov."). */
// (an indefinite pronoun opening a sentence, "Everyone called him Mike", names no one: slate.com, stop 19)
const notSource = (n: string) =>
  EN_DATE_WORDS.has(n) || /^(?:left|right|above|below|He|She|It|They|We|I|This|That|Everyone|Everybody|Nobody|No one|Someone|Somebody|Anyone|Anybody)$|^(?:His|Her|Their|Its|Our|My|Your) /u.test(n);
const EN_ORG_SAID_NP_RE =
  /\b((?:[Tt]he )?(?:\p{Lu}[\p{L}\d.’'&-]{0,40} ){0,8}(?:(?:local|state|federal|national|city|county|riot|border|foreign|interior|defen[cs]e|justice|health|finance|commerce|trade|education) )?(?:[Pp]olice|[Mm]ilitary|[Mm]inistry|[Pp]rosecutors|[Dd]epartment|(?:(?:[a-z]{1,20} ){0,2}[a-z]{1,20}[’']s )?[Oo]ffice|[Gg]overnment|[Aa]rmy|[Aa]gency|[Aa]uthorities|[Aa]uthority|[Cc]ourt|[Cc]ommission|[Mm]edia))$/u;
/** The last three letters of its heads: asked first, as that pattern is tried from every position of the window */
const EN_ORG_HEAD_END_RE = /^(?:ice|ary|try|ors|ent|rmy|ncy|ies|ity|urt|ion|dia)$/u;
/** " on Tuesday", " last week", " also" between a subject and reported/announced/disclosed (anchored at the window's end) */
const EN_TIME_BEFORE_VERB_RE = / (?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this) (?:week|month|year)|earlier|also|previously)$/u;
/** " has also", " have": the present perfect news reports with ("has estimated"; a past perfect "had concluded" narrates) */
const EN_AUX_BEFORE_VERB_RE = / (?:has|have)(?: (?:also|now|since|already|long|previously))?$/u;
/** NASA’s Office of the Inspector General released two highly critical reports */
const EN_RELEASED_CUE = / (?:released|published|issued) (?:a |an |its |two |three |several |new |\w+ ){0,3}(?:report|reports|statement|study|survey|data|figures|document|video)\b/gu;
const EN_RELEASED_NP_RE = /((?:\p{Lu}[\p{L}\d.’'&-]{0,40})(?: (?:\p{Lu}[\p{L}\d.’'&-]{0,40}|of|for|the)){0,8})$/u;
/** (AP), (Reuters): a wire dateline, when the bracket holds a known agency or broadcaster */
const EN_DATELINE_RE = /\((\p{Lu}[\w.-]{1,12})\)/gu;
const EN_PLATFORM_RE = new RegExp(
  `\\b(?:(?:posted|wrote|said|tweeted|announced) on|[Ii]n an? (?:post|tweet|message|video|statement) on|from (?:its|his|her|their)|a) (${PLATFORM_NAMES})\\b(?!-)|\\bin a (tweet)\\b|\\b(?:\\p{Lu}\\w+|he|she|they) (tweeted)\\b|\\b(${PLATFORM_NAMES}) post\\b`,
  'gu',
);
const EN_ANON_GATE_RE = /familiar with|briefed on|knowledge of|close to|source|anonymity|not to be/u;
const EN_PLATFORM_GATE_RE = new RegExp(`\\b(?:${PLATFORM_NAMES}|tweet)`, 'u');
/** the document nouns of EN_DOC_RE (one list for the pattern and its gate) */
const EN_DOC_NOUNS = 'letter|report|complaint|filing|records|legislation|study|survey|memo|affidavit|indictment|lawsuit|ruling';
const EN_DOC_GATE_RE = new RegExp(`statement|release|documents|blog post|${EN_DOC_NOUNS}`, 'u');
const EN_ANON_RE =
  /\b((?:people|persons?|sources?|officials?|diplomats?|aides?|insiders?)(?: \w+)? (?:familiar with|briefed on|with (?:direct )?knowledge of|close to)(?: the \w+| \w+ \w+ \w+)?|(?:an?|one|another|two|three|several) (?:[a-z]+ ){0,2}sources?(?! of\b|:)(?: (?:familiar with|briefed on|with (?:direct )?knowledge of|close to)(?: the \w+| \w+ \w+ \w+)?)?|on condition of anonymity|(?:asked|declined) not to be (?:named|identified))\b/gu;
/**
 * Unnamed people and groups that are cited: "experts say", "Health care providers have protested
 * …, warning", "Staff on short-term contracts said", "Some consumers who sought help on launch
 * day reported", "One academic told the authors", "an agency spokesman told us", "A spokesperson
 * who did not wish to be named … said". By structure: the subject of a reporting verb is a
 * common-noun phrase with no name at its head, plural (a group) or singular after a/an/one/
 * another (one unnamed person); a definite one ("the researchers") points back to someone named.
 */
// (not believe: "Protesters believe …" is the writer's account of a view, no citation)
const EN_UNNAMED_VERBS = new Set('say said says told tells expect expects reported reporting announced warned warn protested complained estimate estimated suggested suggest claimed claim argued argue noted stated insisted'.split(' '));
const EN_ORG_SAID_VERBS = new Set('said says reported announced alleged asserted ruled concluded warned confirmed'.split(' '));
/**
 * One pass finds every reporting verb; the subject before it is read three ways (a named body,
 * a body by its head noun, an unnamed group). Three separate scans were a quarter of the English time.
 */
/** The verbs whose subject may be a cited body or group (see EN_VERB_RE). */
const EN_CUE_VERBS = new Set(
  'reported reports reporting disclosed expect expects announced confirmed found concluded ruled estimated posted warned alleged says said say stressed reiterated condemned urged called noted welcomed rejected denied insisted responded declared demanded told tells warn protested complained believe believed estimate suggested suggest claimed claim argued argue stated asserted recommends recommended advises advised warns'.split(' '),
);
/** a lowercase content word: not a determiner, pronoun, auxiliary or linking word */
const EN_CONTENT_WORD = "(?!(?:that|the|a|an|as|but|and|or|if|so|my|his|her|their|its|our|your|this|these|those|to|of|for|from|with|would|will|can|could|should|may|might|must|is|are|was|were|be|been|has|have|had|do|does|did|not|also|long|who|which|what|when|there|it|they|he|she|we|you|i|on|in|at|by|with|into|about|over|under|after|before|during|across|outside|than|then|now)\\b)[a-z][\\p{L}-]*";
const EN_UNNAMED_NP_RE = new RegExp(
  `(?:^|[.;:!?—–]\\s+|,\\s+|\\b(?:[Aa]nd|[Bb]ut|[Aa]s|[Ww]hile|that|[Bb]ecause|[Tt]hough|[Aa]lthough|[Aa]fter|[Bb]efore|[Ww]hen|[Ss]ince|[Uu]ntil|[Oo]nce|[Ii]f)\\s+)((?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Ff]ew|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:${EN_CONTENT_WORD}\\s+){0,3}(?:${EN_CONTENT_WORD}|(?<=^|\\s)\\p{Lu}[a-z-]+))((?:\\s+(?:who|on|of|in|from|at|with|for|outside|across)\\s[^,.;:“”"〓]{1,70}?)?)(?:,[^,.;“”"]{1,80},)?(?:\\s+(?:have|had|has|also|have long|had long|are|were))?$`,
  'u',
);
/**
 * After an inverted subject the clause ends ("…, say officials.", "said Amnesty International on
 * Tuesday", "says the WHO, which …"); a verb there makes the name the reported clause's own subject
 * ("…, said politicians have vilified educators", "Shotwell said Starship missions could begin").
 */
const EN_CLAUSE_END = '(?=\\s*(?:[.,;:!?)”"—–-]|$|(?:in|on|at|from|of|with|for|who|which|familiar|close|briefed|involved|last|this|earlier|late|early|told|to)\\b))';
const EN_CLAUSE_END_RE = new RegExp(EN_CLAUSE_END, 'uy');
/** "…, say officials": the group after the verb, inverted */
const EN_SAY_UNNAMED_RE = new RegExp(`[,”"]\\s*(?:say|says|said)\\s+((?:${EN_CONTENT_WORD}\\s+)?${EN_CONTENT_WORD}s)\\b${EN_CLAUSE_END}`, 'gu');
/** a/an/one/another, up to two modifiers, a noun for a person: one unnamed person ("an agency spokesman") */
const EN_ONE_PERSON_RE = /^(?:an?|one|another)\s+(?:[a-z][\p{L}-]*\s+){0,2}([a-z-]+)$/iu;
const personNoun = (head: string) => EN_ROLE_NOUNS.has(head) || EN_PEOPLE_NOUNS.has(head);
const onePerson = (np: string) => personNoun(EN_ONE_PERSON_RE.exec(np)?.[1].toLowerCase() ?? '');
const EN_NOT_GROUP_RE = /^(?:the|this|that|these|those|his|her|their|its|our|my|your|he|she|they|we|it|i|you|others?|people|things?|ones?|times?|years?|days?|months?|weeks?|numbers?|data|results|studies|reports|figures|rates|prices|sales|shares|stocks|markets)$/iu;
/** Documents cited by a reporting structure: "according to court records", "in a news release", "a paper published in the journal X". */
const EN_DOC_RE = new RegExp(
  `\\b(?:[Aa]ccording to|[Ii]n|said in|issued|released|cites?|citing) (?:a |an |the |his |her |its |their )?((?:[a-z][\\p{L}\\d-]* |(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\. \\d{1,2} ){0,2}(?:statement|blog post|(?:news|press|earnings) release|court (?:filing|records|documents)|${EN_DOC_NOUNS}))\\b`,
  'gu',
);
const EN_JOURNAL_RE = /\b(?:(?:published|appeared) in (?:the journal |the )?|reported in the journal )((?:\p{Lu}[\p{L}\d&-]*)(?: (?:\p{Lu}[\p{L}\d&-]*|of|the|and|for)){0,8})/gu;
/** "This article was originally published by Futurism", "adapted from its original source" (syndication) */
/** "via USA Today", "via Brian Batko of the Pittsburgh Post-Gazette" (sports and aggregation copy, round 9). */
/** "its parent company, The We Company," before a verb (round 9, from round 8's open misses). */
const EN_APPOSITIVE_BODY_RE = /\b(?:company|firm|parent|unit),\s+((?:The\s+)?\p{Lu}[\p{L}\d.&’'-]*(?:\s+\p{Lu}[\p{L}\d.&’'-]*){0,5}),\s*$/u;
/** "according to a group representing rural counties": a described group is the source (round 9). */
const EN_GROUP_REPRESENTING_RE = /^an? ((?:group|coalition|union) representing(?: [a-z]+)+)/u;
const EN_VIA_RE = /\bvia (?:the )?(\p{Lu}[\p{L}\d.&’'-]*(?: (?:of (?:the )?)?\p{Lu}[\p{L}\d.&’'-]*){0,5})/gu;
/** "a WeWork spokesperson", ", Columbus Police Department spokesman" (round 9): the capitalised run before the noun. */
const EN_BODY_SPOKES_RE = /(?:\b[Aa]n? |, )(\p{Lu}[\p{L}\d.&’'-]*(?: \p{Lu}[\p{L}\d.&’'-]*){0,5}) spokes(?:man|woman|person)\b/gu;
const EN_SYNDICATION_RE = /\b(?:originally (?:published|appeared) (?:by|in|on)|republished from|reprinted from|Via) (?:the )?(\p{Lu}[\p{L}\d.&-]*(?: \p{Lu}[\p{L}\d.&-]*){0,4})/gu;
const ZH_RE = /据([^\n，。、]{2,30}?)(?:的)?(?:报道|報道|消息(?!人士)|称|稱|援引|介绍|介紹|统计|統計|(?:一份|一项|最新)?(?:报告|報告)|(?:民[调調]|[调調]查)?[结結]果)/gu;
/** 据韩国媒体《数码时代》(Digital Times)的报道, 据…韩国门户网站Daum报道: the title in 《》, else the name after a descriptor */
const ZH_CITED_NAME_RE = /[《“]([^》”]{1,20})[》”]|^.*(?:媒体|媒體|网站|網站|门户|報|报)(?=[\p{sc=Latn}\p{sc=Han}]{2})/u;
/**
 * 韩国《朝鲜日报》9日报道称, 韩国“NEWSIS”新闻网…报道称, 韩国MBN电视台称: an outlet named by its title in
 * marks or by an outlet word, as the subject of a reporting verb
 */
const ZH_OUTLET_SAYS_RE = /(《[^》]{1,20}》|“[^”]{1,20}”|[\p{sc=Latn}\p{sc=Han}]{2,12}?)(新[闻聞][网網]|通[讯訊]社|[电電][视視]台)?(?:\d{1,2}日)?(?:援引|[报報]道|[称稱])/gu;
/** 总统政策指令中表示, 特朗普的制裁命令中写道: a document a quote or claim was written in */
const ZH_DOC_IN_RE = /([^\s，。、“”]{2,16}?(?:指令|命令|[声聲]明|[报報]告|文件|公告|公[开開]信))中(?:表示|[写寫]道|[称稱]|指出)/gu;
/** 记者从X获悉 / 从X了解到 */
const ZH_LEARNT_RE = /从([^\s，。、“”]{2,20}?)(?:获悉|獲悉|了解到)/gu;
/** X发布/下发通知 — a body relays its notice (he.xinhuanet: 省委宣传部专门下发通知) */
// (国家统计局发布数据显示, 工业和信息化部近日公布了新的管理办法: data and rules a body publishes)
const ZH_NOTICE_RE = /([^\s，。、“”]{2,12}?)(?:专门|專門|近日|日前|今天|昨天|当天)?(?:下发|下發|发布|發布|印发|印發|公布)(?:了)?(?:新的|最新|一份|一项)?(?:通知|公告|报告|報告|声明|聲明|数据|數據|办法|辦法|规定|規定|文件|意见|意見)/gu;
const KO_RE = /([^\s,.]{2,20}?)(?:에 따르면|는 보도했다|은 보도했다|가 보도했다|이 보도했다)/gu;
/** 국세통계연보에 따르면: a document by its ending (yearbook, report, data, statistics, survey, white paper) */
const KO_DOC_END_RE = /(?:연보|보고서|자료|통계|조사|백서)$/u;
/** TCS는 성명을 통해, 공동 입장문에서: the statement or release a body spoke through */
const KO_DOC_VIA_RE = /([^\s,.]{0,10}(?:성명|입장문|보도자료|발표문|담화문))(?:을 통해|를 통해|에서)/gu;
/** PTI 통신과 마켓워치 등이 29일 보도했다: the outlets that reported, a list ending in 등 */
const KO_REPORTED_BY_RE = /(?:다고|라고|고)\s+([^.,"“”]{2,40}?)\s?등?(?:이|가)\s(?:\d{1,2}일\s)?(?:보도했|전했)/gu;
/** 국세청 관계자는 / 관계자들은 설명했다: unnamed officials of a named body (anonymous) */
const KO_BODY_VERBS = '밝혔다|발표했다|공지했다|공시했다|공개했다|전했다|설명했다';
const KO_TITLE_END_RE = new RegExp(`(?:${KO_TITLES})$`, 'u');
const KO_BODY_VERB_GATE_RE = new RegExp(KO_BODY_VERBS, 'u');
/** a sentence's first word as its topic or subject, then its report (quotations between are its words) */
const KO_BODY_REPORTS_RE = new RegExp(`(?:^|[.!?]\\s+)([\\p{sc=Hang}A-Za-z&]{2,12})(?:은|는|이|가)\\s(?:[^.“”]|\\.(?=\\d)|“[^”]{0,200}”){0,160}?(?:${KO_BODY_VERBS})`, 'gu');
/** topics that are no body: pronouns, "the company", "the industry", "experts", time words */
const KO_NOT_BODY_RE = /^(?:그|그녀|이들|그들|저|우리|회사|당사|업계|시장|관계자|전문가|이날|이번|이는|이와|한편|또|측|이에|이후|당시|현재|올해|지난해|내년|매체|언론|신문|방송|통신|외신|정부)$|들$/u;
const KO_ANON_RE = /((?:\p{sc=Hang}{2,10}\s+)?관계자)(?:들)?(?=은(?! 물론)|는(?! 물론)|이|가|에 따르면|의)/gu;
/** German: laut X, nach Angaben (von|des|der) X, berichtete X (FAZ, SZ, Welt pages of the tuning set) */
const DE_RE = /\b(?:[Ll]aut|nach Angaben (?:von|des|der)|berichtete(?:n)?|teilte(?:n)?) ((?:der |die |das |dem |den |des )?(?:[A-ZÄÖÜ]|[a-z]{1,3}(?=[A-Z]))[\p{L}\d.äöüß-]*(?: [A-ZÄÖÜ][\p{L}\d.äöüß-]*){0,3})/gu;
/**
 * German (round-8 pages): an outlet introduced by its class noun in a reporting sentence ("wie die
 * Nachrichtenagentur Ansa berichtete"), a report named by its title ("OECD-Gesundheitsbericht „Health
 * at a Glance“"), the release a person spoke in ("in einer Aussendung") and an unnamed person who
 * speaks ("Ein BMW-Händler in Weimar erklärte").
 */
const DE_OUTLET_NOUN_RE = /\b(Nachrichtenagentur|Agentur|Zeitung|Zeitschrift|Magazin|Sender|Fernsehsender|Nachrichtenportal) „?([A-ZÄÖÜ][\p{L}\d.&-]{0,40}(?: [A-ZÄÖÜ][\p{L}\d.&-]{0,40}){0,3})/gu;
const DE_REPORTING_RE = /berichte|meldete|schrieb|zufolge|unter Berufung/u;
const DE_TITLED_DOC_RE = /(?:[Bb]ericht|Studie|Report|Umfrage|Analyse|Gutachten)\s„([^“”„]{2,60})“/gu;
const DE_DOC_VIA_RE = /\bin einer (?:[\p{L}-]{1,20} ){0,3}(Aussendung|Pressemitteilung|Mitteilung|Stellungnahme|Erklärung)\b/gu;
/** "…, heißt es." / "hieß es anschließend": an unattributed report (anonymous); "hieß es in dem Bericht" names its document */
/**
 * "schreibt xAI in einer Ankündigung", "erklärt Nvidia, der Marktführer": a body after an inverted
 * verb, then a comma or a preposition (round 10, teslamag.de; "schrieb Fernsehgeschichte." is an object)
 */
const DE_BODY_VERB_RE = /\b(?:schreibt|schrieb|erklärt|erklärte|meldet|meldete|bestätigte|teilt|teilte) (der |die |das )?((?:[A-ZÄÖÜ]|[a-z]{1,3}(?=[A-Z]))[\p{L}\d.&-]{0,40}(?: [A-ZÄÖÜ][\p{L}\d.&-]{0,40}){0,2})(?=,| (?:in|auf|am|mit|bei)\b)/gu;
const DE_HEISST_ES_RE = /\b(?:heißt|hieß) es\b(?! (?:in|im|aus|von|bei)\b)/gu;
/** "prognostizieren Fachleute", "Experten warnen": unnamed experts (anonymous) */
const DE_GROUP = '(Fachleute|Experten|Beobachter|Kritiker|Analysten|Insider|Branchenkenner)';
const DE_THEY_SAY = '(?:sagen|meinen|schätzen|prognostizieren|erwarten|warnen|kritisieren|glauben)';
const DE_GROUP_RE = new RegExp(`\\b${DE_THEY_SAY} ${DE_GROUP}\\b|\\b${DE_GROUP} ${DE_THEY_SAY}\\b`, 'gu');
/** "hatte gerade die F.A.S. berichtet": the subject inside a perfect-tense report */
const DE_HAD_REPORTED_RE = /\b(?:hatte|hat|hatten|haben) (?:[a-zäöüß]{1,20} ){0,3}(?:die|der|das) ([A-ZÄÖÜ][\p{L}.-]{1,30}(?: [A-ZÄÖÜ][\p{L}.-]{1,30}){0,2}) (?:berichtet|gemeldet)\b/gu;
/** "Hamburg (dpa/lno) –": an agency's dateline, with its regional desk */
const DE_DATELINE_RE = /\(([A-Za-z]{2,8})\/[a-z]{2,5}\)\s*[–-]/gu;
const DE_ONE_PERSON_RE = /\b(Ein|Eine) ([A-ZÄÖÜ][\p{L}-]{2,30}(?: (?:in|aus|von) [A-ZÄÖÜ][\p{L}-]{1,30})?) (?:erklärte|sagte|berichtete|betonte)\b/gu;
const JA_VOICES_RE = /((?:指摘|懸念|疑問視|批判|不安視)する声)|との(批判|指摘|見方)(?=は|が|も)|(ささやかれ)(?:る|ている)/gu;
/** a document that frames the sentence: its name ends in a document word, then では/で (or 「…」では) */
const JA_DOC_FRAME_RE = /([^、。「」\s]{0,16}(?:報告書|白書|ファイル|法律|議事録|通知書|決定書|文書|声明|推定|推計))(?:では|で(?=[、，]|[^きすあ]))|(「[^「」]{2,20}」)では/gu;
/**
 * JA_DOC_FRAME_RE's gate (a superset of its words, kept short): a text holds a match only if it
 * holds one of these. The frame's open
 * start ({0,16} before the word) makes it try every position, which was the costliest scan of a
 * Japanese article (14 % of its time); most paragraphs name no document at all.
 */
const JA_DOC_WORD_RE = /[書録]|ファイル|法律|声明|推[定計]|」では/u;
/** a body's name as the topic right after a frame (声明で|スペースXは…) */
/**
 * 民間シンクタンク「ブランド総合研究所」（東京都）の…魅力度ランキングで…判明: the body whose survey, ranking or
 * statistics the sentence reports (in brackets, or named by a body ending right before の).
 */
const JA_SURVEY_BY_RE =
  /(?:「([^「」]{2,20})」|([\p{sc=Han}\p{sc=Kana}ー]{2,20}))(?:[（(][^（）()]{1,10}[）)])?の[^、。「」]{0,24}?(?:ランキング|調査|集計|統計|推計|世論調査)(?:結果)?(?:で|では|によると|によれば)/gu;
/** A plain first and last name ("Jane Doe"): a person, not a body. */
const FIRST_LAST_RE = /^\p{Lu}[a-z]+ \p{Lu}[a-z]+$/u;
/** A name written in Latin letters only (matched at word boundaries; others are not). */
const LATIN_KEY_RE = /^[\p{sc=Latn}\d_ .'’&-]+$/u;
/** 報道によると ("according to reports") names no source. */
const JA_GENERIC_RE = /^(?:一部)?(?:報道|メディア|ニュース|発表|資料|調べ|話|データ|統計|結果|情報|報告|記事|関係者の話|これ|それ|同|今回|本記事|当社)$/u;
const JA_LEAD_TRIM_RE = /^.*[、,はがもをにでの]/u;
const PRONOUN_RE = /^(?:He|She|It|They|We|I|This|That|These|Those|There|You)$/u;
/** A Japanese body by its ending: 総務省, 国民生活センター, 公明党, 沖縄クロス・ヘッド株式会社, 児童相談所. */
const JA_BODY_END_RE =
  /(?:省|庁|府|局|署|所|会|党|社|院|校|団|部|課|室|協会|連盟|機構|機関|センター|研究所|大学|銀行|株式会社|会社|ホールディングス|グループ|委員会|裁判所|警察|政府|当局|市|県|都|町|村|区|法律|法|報告書|白書|声明|レポート|調査|試算|注意書き)$/u;

function outletLike(name: string): boolean {
  return !!findOutlet(name) || !!findOutletSuffix(name) || classifySource(name) !== 'other';
}

/** A body by its name or by how the article uses it (see bodyKind): "Nomura said", "CBS DFW reports". */
const bodyLike = (name: string, allText: string) => outletLike(name) || !!bodyKind(name, allText);

function cleanJa(raw: string): string {
  let n = raw.replace(JA_LEAD_TRIM_RE, '').replace(/[『』「」]/gu, '').trim();
  const suf = findOutletSuffix(n);
  if (suf) return suf.alias;
  // ロシア紙イズベスチヤ, 米誌ニューズウィーク: the name after the descriptor
  const desc = /^(?:[\p{sc=Han}]{1,4})(?:紙|誌|通信社|テレビ|メディア)(.+)$/u.exec(n);
  if (desc) n = desc[1];
  // 米メディア, 韓国紙: an unnamed outlet keeps its country (the bare word would name nothing)
  if (JA_UNNAMED_OUTLET_RE.test(n)) return n.replace(/^複数の/u, '');
  return n.replace(/^(?:米|露|英|仏|独|中|韓|国営|地元|大手|現在|また|さらに|一方|なお)/u, '').replace(/(?:氏|さん)$/u, '');
}

function cleanEn(raw: string): string {
  return raw
    .replace(/(?<!\b\p{Lu})\.\s.*$/u, '') // the sentence ended: "according to teachers unions. It came …"
    .replace(/\s+(?:--|—|–)\s.*$/u, '') // a dash closes the phrase: "The Washington Post's Fact Checker -- there is"
    .replace(/^(?:the|a|an|one|two|three|several|another|new|similarly|fresh)\s+/iu, '')
    // (and/for/on inside a name go on: "Customs and Border Protection", "Centers for Disease Control")
    .replace(/\s+(?:that|who|which|in|at|this|last|as|about|after|said|says|told|reported|were|was|is|are|have|has|had|shows?|showed|(?:on|and|to|for)(?! \p{Lu}))\b.*$/u, '')
    .replace(/[.,;:!?)]+$/u, '')
    .replace(/[’']s$/u, '')
    .trim();
}

const EN_FOUND_BEFORE_RE = /\b(?:found|find|finds|identified|discovered|is|was|as)\s+(?:an?|one|another)\s+(?:[a-z]+\s+){0,2}$/u;
/** an unnamed person in a sentence: "one official", "a senior administration official", "two diplomats" */
const EN_UNNAMED_ONE_G = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome) ((?:[\p{L}.’'-]+ ){0,3}?(?:officials?|sources?|persons?|people|diplomats?|aides?|insiders?|employees?|staffers?|executives?|investigators?|lawmakers?|analysts?|spokes(?:man|woman|person)))\b/gu;

/**
 * The unnamed person an anonymity clause describes, in its sentence before it: their wording (the
 * source), '' when the sentence names them as a source already ("sources said … on condition of
 * anonymity"), null when there is none (the clause itself is then the source).
 */
function lastUnnamedBefore(before: string): string | null {
  const sentence = before.slice(before.search(/[^.!?]*$/u));
  let last: string | null = null;
  for (const m of sentence.matchAll(EN_UNNAMED_ONE_G)) last = m[0];
  return last;
}

/** Anonymous phrases become one source per wording ("people familiar with the talks"). */
function anonName(raw: string): string {
  // the article's wording without its article ("a person familiar with the matter" → "person familiar
  // with the matter"); "people familiar …" written elsewhere is the same source (unifyAnonymous)
  return raw.replace(/^(?:an?|one|another|two|three|several|multiple)\s+/iu, '').replace(/^複数の/u, '');
}

type Push = (name: string, paragraph: number, at: number, extra?: Partial<SourceHit>) => void;
/** the extras of a document and of an anonymous source (shared: push copies them into the hit) */
const DOC: Partial<SourceHit> = { kind: 'document' };
const ANON: Partial<SourceHit> = { anonymous: true, kind: 'anonymous' };

/** Split a credit into names: "Vesti/The Siberian Times", "John Doe/AP" (the photographer is dropped when an outlet is named). */
function creditNames(raw: string): string[] {
  const parts = raw
    .replace(/\s*[-–]\s*Contributor\b/giu, '')
    .split(/\s*[/／|,、＆&]\s*|\s+and\s+/u)
    .map((x) => x.replace(/^©\s*/u, '').replace(/[。)]+$|(?<!\b(?:Co|Inc|Corp|Ltd))\.$/u, '').replace(/\s+Photos?$/u, '').trim())
    .filter((x) => x && !CREDIT_NOISE_RE.test(x));
  const known = parts.filter((x) => findOutlet(x) || findOutletSuffix(x) || DATELINE_ABBR.some(([re]) => re.test(x) && x.length <= 4));
  if (known.length) return known.map((x) => DATELINE_ABBR.find(([re]) => re.test(x) && x.length <= 4)?.[1] ?? findOutletSuffix(x)?.alias ?? x);
  // with no outlet named, a two-word capitalised part is a photographer unless it is the only part
  const named = parts.filter((x) => parts.length === 1 || !FIRST_LAST_RE.test(x));
  // (a lowercase word is a note, not a name: "© SWR/Hugo Jehle, honorarfrei")
  return named.filter((x) => x.length <= 40 && /^[\p{L}\p{N}]/u.test(x) && !/^[a-zäöüß]/u.test(x));
}

/** Every credit form holds one of these (a short block without any is no credit line). */
const CREDIT_GATE_RE = /Photo|PHOTO|Image|IMAGE|VIDEO|Foto|Bild|Credit|Courtesy|Source|Picture|©|引用|出典|写真|提供|画像|資料|映像|撮影|사진|图片|圖片|来源|來源|摄|资料|[[［【（(＝=]/u;

function findCredits(text: string, p: number, push: Push, isCaption: boolean): void {
  if (!isCaption && (text.length > 160 || !CREDIT_GATE_RE.test(text))) return;
  const extra = { credit: true, caption: isCaption ? text : undefined };
  for (const m of text.matchAll(CREDIT_RE)) for (const n of creditNames(m[1])) push(n, p, m.index!, extra);
  for (const m of text.matchAll(AGENCY_PHOTO_RE)) push(m[1], p, m.index!, extra);
  for (const m of text.matchAll(IMAGE_FROM_RE)) push(m[1], p, m.index!, { ...extra, kind: 'online outlet' });
  const ja = JA_CAPTION_CREDIT_RE.exec(text.trim());
  if (ja && isCaption) for (const n of [ja[1], ja[2]]) if (n) push(DATELINE_ABBR.find(([re]) => re.test(n))?.[1] ?? findOutletSuffix(n)?.alias ?? n, p, text.length, extra);
  const jaBy = isCaption ? JA_PHOTO_BY_RE.exec(text) : null;
  const by = jaBy ? (jaBy[1] ?? jaBy[2]).trim() : '';
  if (by && by !== '代表') push(by, p, jaBy!.index, { ...extra, kind: 'other' });
  const zh = ZH_PHOTO_BY_RE.exec(text);
  if (zh) push(zh[1], p, zh.index, { ...extra, kind: 'other' });
  // the credit that ends a caption: "…service(Walt Disney Co.)", "（ヤマサ醤油提供）", "[중앙포토]", "视觉中国 资料",
  // "Courtesy Google"; or leads it: "© John Brecher Needle poking …" (the caption's own first word is not the name)
  const tail = CAPTION_END_CREDIT_RE.exec(text.trim());
  if (tail && (isCaption || text.length <= 60) && (!/^\p{Lu}{1,3}$/u.test(tail[1] ?? '') || findOutlet(tail[1] ?? ''))) for (const n of creditNames(tail[1] ?? tail[2] ?? tail[3] ?? tail[4] ?? tail[5])) push(n, p, tail.index, extra);
  // "© 2012 APA/AP", "… pro Jahr © APA/APA (dpa)/Jens Büttner": a copyright credit closing a caption (a bracket is one more name)
  const copy = isCaption ? /(?:^|\s)©\s*(?:\d{4}\s+)?([^©\n]{2,60})$/u.exec(text.trim()) : null;
  if (copy) for (const n of creditNames(copy[1].replace(/\s*\(([^()]{1,20})\)/gu, '/$1'))) push(n, p, copy.index, extra);
  const lead = isCaption ? /^©\s*((?:\p{Lu}[\p{L}.’'-]+\s+){1,3})\p{Lu}[\p{L}-]*\s+[a-z]/u.exec(text) : null;
  if (lead) push(lead[1].trim(), p, 0, { ...extra, kind: 'other' });
}

/** The text before each cue (up to `width`, not across 。), for reading X backwards. */
function windowsBefore(text: string, cue: RegExp, width: number): [string, number][] {
  const out: [string, number][] = [];
  for (const c of text.matchAll(cue)) {
    const at = c.index!;
    const win = text.slice(Math.max(0, at - width), at);
    out.push([win.slice(win.lastIndexOf('。') + 1), at]);
  }
  return out;
}

/** A Japanese name that can be a cited body (not a person, not a topic word). */
/** 米メディア, 韓国紙: outlets the article leaves unnamed, by their country */
const JA_UNNAMED_OUTLET_RE = /^(?:米|露|英|仏|独|中|韓|米国|中国|韓国|英国|ロシア|海外|現地|地元|複数の)(?:メディア|紙|誌|テレビ|報道機関)$/u;

function jaBodyLike(n: string, allowDot = false): boolean {
  if (JA_UNNAMED_OUTLET_RE.test(n)) return true;
  if (!n || n.length > 30 || JA_GENERIC_RE.test(n)) return false;
  if (/(?:氏|さん|者|君)$/u.test(n)) return false;
  if (findOutlet(n) || findOutletSuffix(n)) return true;
  if (JA_BODY_END_RE.test(n)) return true;
  // a company or site by its own name: カタカナ or Latin (ニトリ, KeyCDN, w3schools); with ・ only when
  // the caller knows it is no person (沖縄クロス・ヘッド as a press release's subject)
  return /^(?:[\p{sc=Kana}ー・]{3,16}|[A-Za-z][\p{sc=Latn}\d_.&'-]{2,30}(?: \p{Lu}[\p{sc=Latn}\d_.&'-]*){0,3})$/u.test(n) && (allowDot || !/・/u.test(n));
}

interface JaState {
  /** the company a press-release article is about (its first sentence's subject) */
  lead: string | null;
  /** the lead is read once, from the first Japanese block */
  done: boolean;
}

function findJa(text: string, p: number, push: Push, state: JaState, allText: string, masked: string): void {
  if (!state.done) {
    state.done = true;
    const lead = JA_LEAD_BODY_RE.exec(text);
    const n = lead ? cleanJa(lead[1]) : null;
    state.lead = n && jaBodyLike(n, true) && !/(?:氏|さん)$/u.test(n) ? n : null;
  }
  if (/転載|抄訳|翻訳/u.test(text)) for (const m of text.matchAll(JA_REPRINT_RE)) push(m[1].trim(), p, m.index!);
  if (JA_ANON_GATE_RE.test(text)) {
    const re = /((?:複数の)?[\p{sc=Han}\p{sc=Kana}ー]{0,6}?(?:情報筋|消息筋|関係者|事情に詳しい(?:人物|関係者|筋)|匿名の(?:当局者|関係者|人物)))(?=によると|によれば|を引用|の話|は|が|も|に(?:取材|聞))/gu;
    for (const m of text.matchAll(re)) push(m[1].replace(/^複数の/u, ''), p, m.index!, ANON);
  }
  // unnamed voices: 〜を指摘する声もある, 「…」との批判は根強い, ささやかれるのは…
  if (/声|との(?:批判|指摘|見方)|ささやかれ/u.test(text))
    for (const m of text.matchAll(JA_VOICES_RE)) push(m[2] ?? (m[3] ? 'ささやかれる' : m[1]), p, m.index!, ANON);
  // 「赤木ファイル」では…, 調査報告書で…結論付けた, 法律では…と決めています: a document as the frame of what is said
  if (JA_DOC_WORD_RE.test(text))
    for (const m of text.matchAll(JA_DOC_FRAME_RE)) {
      const n = cleanJa(m[1] ?? m[2]).replace(/^.*(?:[のが]|した|された|する)/u, '');
      if (n.length >= 2 && !JA_GENERIC_RE.test(n)) push(n, p, m.index!, DOC);
    }
  if (/ランキング|調査|集計|統計|推計/u.test(text))
    for (const m of text.matchAll(JA_SURVEY_BY_RE)) {
      const n = cleanJa(m[1] ?? m[2]);
      if (JA_BODY_END_RE.test(n) && jaBodyLike(n)) push(n, p, m.index!);
    }
  for (const [win, at] of windowsBefore(text, JA_ACCORDING_CUE, 34)) {
    const m = JA_X_END_RE.exec(win);
    if (!m) continue;
    const raw = m[1];
    // ラピダン・エナジー社の7月の分析によると: the issuer, and what it issued (round 14, sources-ja.ts)
    const issued = jaIssuerOfDoc(raw.replace(/[『』「」]/gu, ''), allText);
    if (issued) {
      push(issued.issuer, p, at, { kind: issued.issuerKind });
      if (issued.doc) push(issued.doc, p, at, DOC);
      continue;
    }
    const n = cleanJa(raw);
    if (/(?:情報筋|消息筋|関係者|詳しい)/u.test(n)) continue; // counted as anonymous
    // 報じたところによると: "according to what was reported" names no one
    if (!n || n.length > 25 || JA_GENERIC_RE.test(n) || /(?:ところ|こと|もの)$/u.test(n)) continue;
    // Alex Russell氏によると, ロバーツ監督によると: a person cited as the origin of information
    const bare = raw.replace(/[『』「」]/gu, '');
    const person = /(?:氏|さん)$/u.test(bare) || (hasJaTitle(bare) && !JA_BODY_END_RE.test(bare));
    push(person ? stripJaTitles(n) || n : n, p, at, person ? { kind: 'other', person: true } : {});
  }
  // (on the masked block: a body named inside the quotation is not the report's subject, round 14)
  for (const [win, at] of windowsBefore(masked, JA_REPORTED_CUE, 160)) {
    // the last subject before the cue that can be a body: 総務省が…認めました, 沖縄クロス・ヘッドでは…と説明.
    // A bare カタカナ/Latin name counts only as the press release's lead company (product names are
    // subjects too: 新モデルのVCR115wは…可能としている); with no body as subject, the lead company speaks.
    let found: string | null = null;
    for (const m of win.matchAll(JA_SUBJECT_RE)) {
      const n = cleanJa(m[1]);
      const strongCue = /^(?:報じ|伝え|報道し|発表し|公表し|明らかにし)/u.test(text.slice(at, at + 6));
      // 雅子さんの代理人弁護士が明らかにした: a person who discloses is cited too (kind other)
      if (strongCue && m[0].endsWith('が') && /(?:弁護士|代理人|関係者|担当者|広報|記者|教授|研究者|専門家)$/u.test(n) && classifySource(n) !== 'anonymous') {
        push(n, p, at, { kind: 'other' });
        continue;
      }
      const known =
        !!(findOutlet(n) || findOutletSuffix(n)) || JA_BODY_END_RE.test(n) || (m[0].endsWith('では') && !/(?:氏|さん)$/u.test(n)) || (strongCue && !/・/u.test(n));
      if ((known || n === state.lead) && jaBodyLike(n, true) && classifySource(n) !== 'anonymous') found = n;
    }
    found ??= state.lead;
    if (found) push(found, p, at);
  }
  // a body or a document as the topic of a reporting verb (round 14: …と政府会計検査院は報告書の中で警告した)
  findJaBodyTopics(masked, p, push, allText);
  for (const [win, at] of windowsBefore(text, JA_TO_CUE, 34)) {
    const m = JA_X_END_RE.exec(win);
    const n = m && cleanJa(m[1]);
    if (n && outletLike(n) && !/(?:氏|さん|者)$/u.test(n)) push(n, p, at);
  }
  for (const m of text.matchAll(JA_SNS_RE)) push(findOutletSuffix(m[1])?.alias ?? m[1], p, m.index!, { kind: 'social media' });
  for (const [win, at] of windowsBefore(text, JA_POST_CUE, 50)) {
    const m = JA_POST_END_RE.exec(win);
    const suf = m && findOutletSuffix(m[1].replace(/[『』「」]/gu, ''));
    if (suf && suf.outlet.kind === 'social media') push(suf.alias, p, at);
  }
  for (const m of text.matchAll(JA_TITLED_DOC_RE)) {
    push(m[2], p, m.index!, DOC);
    // 佐川急便株式会社「…」: the notice's issuer is cited too (read backwards from the suffix)
    if (/^(?:公表|発表|公開)$/u.test(m[1])) continue;
    const at = m.index!;
    const issuer = JA_ISSUER_END_RE.exec(text.slice(Math.max(0, at - 20), at));
    const n = issuer ? cleanJa(issuer[1] + m[1]) : '';
    if (n && jaBodyLike(n, true)) push(n, p, at);
  }
}

/** For each cue, the noun phrase that ends right before it (`np` is anchored with $), read from a short window (`gate`: a cheap test a window must pass before `np` is tried). */
function* npBefore(text: string, cue: RegExp, np: RegExp, width: number, gate?: RegExp): Generator<[RegExpExecArray, number]> {
  for (const c of text.matchAll(cue)) {
    const at = c.index!;
    const from = Math.max(0, at - width);
    const win = text.slice(from, at);
    const m = (!gate || gate.test(win)) && np.exec(win);
    if (m) yield [m, from + (m.index!)];
  }
}

function findEn(raw: string, p: number, push: Push, allText: string, verbs?: [number, string][]): void {
  // relative clauses hide the verb: "the Electoral Commission, which regulates …, issued a statement"
  let text = raw.includes(', wh') ? raw.replace(/,\s*(?:which|who)\b[^,]{0,200},/gu, (m) => ' '.repeat(m.length)) : raw;
  // "Home Depot (ticker: HD) reported": a short bracket between a subject and its verb hides the verb too
  // (only there is the subject read across the blank: a relative clause's blank keeps the subject unread)
  const bracketEnds = new Set<number>();
  if (raw.includes('(')) text = text.replace(/ \([^()]{1,30}\)(?= [a-z])/gu, (m, at: number) => (bracketEnds.add(at + m.length), ' '.repeat(m.length)));
  const verbList = verbs ?? [...text.matchAll(EN_VERB_RE)].map((m) => [m.index!, m[0]] as [number, string]);
  // (each costly pattern runs only on text that holds one of its words: these scans were most of the English time)
  // (on the raw text: "A senior official, who spoke on condition of anonymity, said" is in the clause the verb pass blanks)
  if (EN_ANON_GATE_RE.test(raw))
    for (const m of raw.matchAll(EN_ANON_RE)) {
      // "found a potential source": the object of a finding is no one who speaks
      if (EN_FOUND_BEFORE_RE.test(raw.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      // "one official, who asked not to be identified", "a senior official said on condition of
      // anonymity": the clause describes the unnamed person before it, who is the source
      const clause = /^(?:on|asked|declined)/u.test(m[1]) ? lastUnnamedBefore(raw.slice(Math.max(0, m.index! - 160), m.index!)) : null;
      if (clause === '') continue;
      push(anonName(clause ?? m[1]), p, m.index!, ANON);
    }
  const unnamed: [string, string, number][] = [];
  const named: [string, number][] = [];
  for (const [index, word] of verbList) {
    const verb = word.split(' ')[0];
    if (!EN_CUE_VERBS.has(verb) && !/^(?:forecasts?|critici[sz]ed)$/u.test(verb)) continue;
    const at = index - 1; // the space before the verb
    if (!/\s/u.test(text[at] ?? '')) continue;
    const aux = /(?:’s| has| have| are| is)$/u.exec(text.slice(Math.max(0, at - 5), at));
    const org = at - (aux?.[0].length ?? 0); // before "’s/has/have"
    const win0 = text.slice(Math.max(0, at - 200), at);
    const win = bracketEnds.has(at) ? win0.trimEnd() : win0;
    if (EN_UNNAMED_VERBS.has(verb)) {
      // the window starts at a clause boundary, so ^ never lands mid-clause
      const m = EN_UNNAMED_NP_RE.exec(at > 160 ? win.slice(-160).replace(/^[^.;:!?,]*/u, '') : win);
      // ("are reporting" is active; "employees were told", "personnel are believed" are passives)
      if (m && (verb === 'reporting' || !/\s(?:are|were)$/u.test(win))) unnamed.push([m[1], m[2], at]);
    }
    // a named body (the Electoral Commission said), or one named by its head (China's commerce ministry said)
    if (verb !== 'say' && !/^(?:told|tells|warn|protested|complained|believed?|estimate|suggest|claim|argued?|stated|asserted)$/u.test(verb)) {
      // "Alden on Tuesday announced", "McClatchy also reported": a time or adverb between a body and its report (round 10)
      // ("The National Institute … has also estimated": an auxiliary and an adverb before a participle)
      const win1 = /ed$/u.test(verb) ? win.replace(EN_AUX_BEFORE_VERB_RE, '') : win;
      const w2 = /^(?:rep|ann|dis)/u.test(verb) || win1 !== win ? win1.replace(EN_TIME_BEFORE_VERB_RE, '') : win;
      // (the name must end the window: a last word in lower case that is no body noun rules it out
      // without running the $-anchored pattern from every position of the window — the English hot spot)
      const lastWord = w2.slice(w2.lastIndexOf(' ') + 1).replace(/^[^\p{L}\d]+/u, '');
      const m = /^\p{Lu}|^(?:ministry|military|police|office)$/u.test(lastWord) ? EN_REPORTED_NP_RE.exec(w2) : null;
      if (m) named.push([m[1], Math.max(0, at - 200) + (m.index!)]);
      const o = /officials$/u.test(win) ? EN_BODY_OFFICIALS_RE.exec(win) : null;
      if (o) named.push([o[1].trim(), Math.max(0, at - 200) + (o.index!)]);
    }
    // "WeWork’s parent company, The We Company, announced": the body named in the appositive
    const appos = EN_APPOSITIVE_BODY_RE.exec(win);
    if (appos) named.push([appos[1], Math.max(0, at - 200) + (appos.index!)]);
    if (EN_ORG_SAID_VERBS.has(verb)) {
      const w = text.slice(Math.max(0, org - 200), org);
      const m = EN_ORG_HEAD_END_RE.test(w.slice(-3)) ? EN_ORG_SAID_NP_RE.exec(w) : null;
      if (m) named.push([m[1], Math.max(0, org - 200) + (m.index!)]);
    }
  }
  for (const [raw, at] of named) {
    // "… at SNC. Roth said": the subject is what follows the sentence's end; "the agency said" points back to a body named before
    const subj = outletOfReporter(cleanEn(raw.replace(/^.*(?<!\b\p{Lu})\.\s+/u, '')));
    if (EN_BARE_BODY_RE.test(subj)) continue;
    // "Dr. Joneigh Khaldun of the Michigan Department of Health … says": a named person's employer, not a source
    if (/\p{Lu}[\p{L}’'.-]+ (?:of|at|from) $/u.test(text.slice(Math.max(0, at - 40), at))) continue;
    // "the United Nations and European Union said": two bodies ("Customs and Border Protection",
    // "Department of Health and Human Services" are one)
    const both = / (?:of|for) (?:\S+ ){1,3}and /u.test(subj) ? null : /^(\S+ \S+.*?) and (\S+ \S+.*)$/u.exec(subj);
    for (const n of both ? [both[1], both[2]] : [subj]) if (n && !PRONOUN_RE.test(n) && bodyLike(n, allText)) push(n, p, at, { kind: bodyKind(n, allText) ?? undefined });
  }
  if (/[,”"]\s*sa(?:y|ys|id) /u.test(text)) for (const m of text.matchAll(EN_SAY_UNNAMED_RE)) unnamed.push([m[1], '', m.index!]);
  for (const [np0, tail, at] of unnamed) {
    // "Although representatives of …": a sentence's opening conjunction is not part of the group
    const np = np0.trim().replace(/^(?:Although|Though|While|Because|But|And|As|So|Yet|Still|Now|Then|When|If|Since|Meanwhile|However)\s+/u, '');
    const words = np.split(/\s+/u);
    const head = words[words.length - 1];
    if (EN_NOT_GROUP_RE.test(head) || (EN_FUNCTION_WORDS.has(words[0]) && !/^(?:Some|Many|Most|Two|Three|Another|An?|One)$/u.test(words[0]))) continue;
    // a capitalised head is a name ("Michael Sims") unless it opens the clause alone ("Experts", "Officials")
    if (/^\p{Lu}/u.test(head) && (words.length > 1 || hasFullerForm(head, allText))) continue;
    const one = onePerson(np);
    // a group is a plural head (experts, providers, settlers); one unnamed person takes a/an/one/another
    if (!one && !/[^s]s$|^(?:staff|personnel|crew|faculty)$/iu.test(head)) continue;
    // "another witness in the probe, former adviser Fiona Hill": the appositive names them
    if (/,\s*(?:[a-z]+\s+){0,3}\p{Lu}[\p{L}’'-]+ \p{Lu}/u.test(text.slice(at, at + 120)) && /^[,”"]?\s*(?:said|says)\b/u.test(text.slice(at))) continue;
    // "Omar Lamrani, a senior military analyst at Stratfor, … told": the appositive of a named person (their employer is no source)
    const npAt = text.lastIndexOf(np0, at);
    if (/\p{Lu}\S*, $/u.test(text.slice(Math.max(0, npAt - 40), npAt))) continue;
    const name = (np + tail).trim();
    const kind = classifySource(head.toLowerCase());
    // "a spokesperson for the Universities and Colleges Employers’ Association": the named body is the source
    const body = /\b(?:for|of|at|from) (?:the )?(\p{Lu}[\p{L}’'&.-]*(?:(?: (?:of|for|and|the|on))? \p{Lu}[\p{L}’'&.-]*)*)/u.exec(tail);
    if (body && !/[’']s$/u.test(body[1])) {
      push(body[1], p, at, { kind: bodyKind(body[1], allText) ?? 'organisation' });
      continue;
    }
    // prosecutors, police, authorities are bodies; the rest are unnamed sources
    if (kind === 'government') push(name.replace(/^(?:[Ss]ome|[Mm]any)\s+/u, ''), p, at, { kind });
    else push(name, p, at, ANON);
  }
  if (/\b(?:by|from) (?:the )?\p{Lu}/u.test(text)) for (const m of text.matchAll(EN_DATA_BY_RE)) {
    const n = cleanEn(m[1]);
    // (a first and last name is the author, not a body: "a survey by Penelope Muse Abernathy")
    if (n && !notSource(n) && (bodyLike(n, allText) || (/\s/u.test(n) && !FIRST_LAST_RE.test(n)))) push(n, p, m.index!, { kind: bodyKind(n, allText) ?? undefined });
  }
  // (on the raw text: "The statement, which was obtained by Variety, claimed" cites Variety in the clause the verb pass blanks)
  for (const m of raw.matchAll(EN_ACCORDING_RE)) {
    // "according to a 2018 survey by Penelope Abernathy of the University of X": a document by a person is the document
    const group = EN_GROUP_REPRESENTING_RE.exec(m[1]);
    if (group) {
      push(group[1].replace(/(?: (?:in|of|for|on|at|the))+$/u, ''), p, m.index!, { kind: 'organisation' });
      continue;
    }
    // according to guidance from the Mayo Clinic / data from the ministry
    const n = outletOfReporter(cleanEn(m[1].replace(/^(?:the |a |an )?(?:new |recent |latest )?(?:guidance|data|figures|statement|report|analysis|study|survey|documents?|records?|estimates?|reports?) (?:from|by|of|released by) /u, '')));
    // (a single letter is a name cut short: "E" of "E! News")
    if (!n || n.length < 2 || /^(?:him|her|them|us|me|reporters|journalists|the|a|he|she|it|his|their|its)$/iu.test(n)) continue;
    if (EN_ANON_RE.test(m[1])) {
      EN_ANON_RE.lastIndex = 0;
      continue;
    }
    EN_ANON_RE.lastIndex = 0;
    // "according to a senior administration official": one unnamed person is an anonymous source
    // (not "told a few thousand teachers": the audience; not "a group of employees": a body the text may name)
    const one = /^(?:an?|one|another|two|three|several) /iu.test(m[1]) && !/^told/u.test(m[0]) ? /^[\p{L}.’'-]+(?: [\p{L}.’'-]+){0,4}$/u.exec(n) : null;
    if (one && !/\b(?:of|who|that|for|from|at|in|on|with)\b/u.test(n) && personNoun(n.slice(n.lastIndexOf(' ') + 1).replace(/s$/u, ''))) {
      push(anonName(n), p, m.index!, ANON);
      continue;
    }
    const capital = /^\p{Lu}/u.test(n);
    const told = /^told/.test(m[0]);
    // told Trump: a person; told The Hill: an outlet (people take no article)
    if (told && !outletLike(n) && !/^told The /u.test(m[0])) continue;
    // "citing Taliban violence": a capitalised modifier before a common noun that is no body, person or document
    const head = n.slice(n.lastIndexOf(' ') + 1);
    // "according to Reuters calculations": the outlet whose count it is
    if (capital && EN_TALLY_RE.test(head) && outletLike(n.slice(0, n.lastIndexOf(' ')))) {
      push(n.slice(0, n.lastIndexOf(' ')), p, m.index!);
      continue;
    }
    if (capital && /^[a-z]/u.test(head) && classifySource(n) === 'other' && !personNoun(head)) continue;
    // "according to police", "according to fire officials", "according to state media", "according to
    // preliminary results": no article, so no anaphor ("according to the agency") but the body or group itself
    if (!capital && !/^(?:the|a|an) /iu.test(m[1]) && !/^(?:him|her|them|us|me|it)$/u.test(n)) {
      const bare = EN_BARE_CITED_RE.exec(n);
      if (bare) {
        push(n, p, m.index!, bare[1] ? { kind: 'government' } : bare[2] ? ANON : bare[3] ? { kind: 'broadcaster' } : DOC);
        continue;
      }
    }
    if (capital) push(n, p, m.index!, outletLike(n) ? {} : { kind: 'other' });
    // "according to the agency" is an anaphor, not a name: a lone common noun is a source only
    // when it is a document or a group ("according to court records", "according to teachers unions")
    else if (classifySource(n) !== 'other' && (/\s/u.test(n) || ['document', 'anonymous'].includes(classifySource(n)))) push(n, p, m.index!);
    else if (/\b(?:evidence|footage|video|testimony|accounts|records|documents|data|figures|analysis|filings?)\b/u.test(n)) push(n, p, m.index!, DOC);
  }
  for (const [m, at] of npBefore(text, EN_RELEASED_CUE, EN_RELEASED_NP_RE, 200)) {
    // a body that released a report is a source; a person who issued a statement is a speaker (the statement is the source)
    const n = cleanEn(m[1]).replace(/^.*[’']s /u, '');
    if (n && !PRONOUN_RE.test(n) && bodyLike(n, allText)) push(n, p, at);
  }
  if (EN_DOC_GATE_RE.test(text)) for (const m of text.matchAll(EN_DOC_RE)) {
    // "Tottenham said in a statement": the body and its statement are both sources (issue #10, class 6: a document)
    push(m[1].replace(/^(?:new|recent|latest|earlier|joint|written)\s+/u, ''), p, m.index!, DOC);
  }
  if (/(?:published|appeared|reported) in|the journal/u.test(text)) for (const re of [EN_JOURNAL_RE, EN_THE_JOURNAL_RE]) for (const m of text.matchAll(re)) push(cleanEn(m[1]), p, m.index!, DOC);
  for (const [m, at] of npBefore(text, EN_EVIDENCE_CUE, EN_EVIDENCE_NP_RE, 80, EN_EVIDENCE_GATE_RE)) {
    const n = m[1].replace(/^(?:a|an|the|A|An|The|New|new)\s+/u, '').trim();
    if (n.split(/\s+/u).length >= 2) push(n, p, at, DOC);
  }
  // said Amnesty International: read after each "said/says/according to" the verb pass found
  for (const [at, word] of verbList) {
    if (word !== 'said' && word !== 'says' && word !== 'according to') continue;
    // "Shotwell said Starship missions could begin": the name after a verb that has its subject is what was said
    if (word !== 'according to' && !EN_INVERTED_BEFORE_RE.test(text.slice(Math.max(0, at - 8), at))) continue;
    EN_SAID_ORG_RE.lastIndex = at;
    const m = EN_SAID_ORG_RE.exec(text);
    EN_CLAUSE_END_RE.lastIndex = at + (m?.[0].length ?? 0);
    const n = m && EN_CLAUSE_END_RE.test(text) ? cleanEn(m[1]) : '';
    if (n && bodyLike(n, allText) && !notSource(n)) push(n, p, at);
  }
  if (EN_BODY_DOC_GATE_RE.test(text)) for (const m of text.matchAll(EN_BODY_DOC_RE)) {
    const n = m[1];
    if (!notSource(n) && !PRONOUN_RE.test(n) && bodyLike(n, allText)) push(n, p, m.index!, { kind: bodyKind(n, allText) ?? undefined });
  }
  if (EN_STAFF_RE.test(text)) for (const m of text.matchAll(EN_OUTLET_STAFF_RE)) {
    // ("A VOA Extremism Watch Desk reporter", "told VOA Pentagon correspondent": the outlet opens the run)
    const n = m[1].trim();
    const first = n.split(' ')[0];
    if (findOutlet(n) || NEWS_KINDS.has(classifySource(n))) push(n, p, m.index!);
    else if (findOutlet(first)) push(first, p, m.index!);
  }
  if (/originally|republished|reprinted|Via /u.test(text)) for (const m of text.matchAll(EN_SYNDICATION_RE)) push(cleanEn(m[1]), p, m.index!);
  // "Richardson, via USA Today, said", "via Brian Batko of the Pittsburgh Post-Gazette": the outlet the words came through
  if (text.includes('via ')) for (const m of text.matchAll(EN_VIA_RE)) {
    const n = outletOfReporter(cleanEn(m[1]));
    if (n && NEWS_KINDS.has(classifySource(n))) push(n, p, m.index!);
  }
  // "Lt. Matt Harris, Columbus Police Department spokesman", "a WeWork spokesperson": the body speaks
  if (text.includes('spokes')) for (const m of text.matchAll(EN_BODY_SPOKES_RE)) {
    const n = cleanEn(m[1]);
    if (n && !/[’']s$/u.test(m[1])) push(n, p, m.index!, { kind: bodyKind(n, allText) ?? undefined });
  }
  if (EN_PLATFORM_GATE_RE.test(text)) for (const m of text.matchAll(EN_PLATFORM_RE)) {
    const n = m[1] ?? m[2] ?? m[3] ?? m[4];
    push(n === 'tweet' || n === 'tweeted' ? 'Twitter' : n, p, m.index!, { kind: 'social media' });
  }
}

/**
 * Every source hit in the article's blocks, captions and links. `isPublisher` drops the page's
 * own publisher (and links to its own site: topic pages are not citations).
 */
/** X发布的《Y》显示 / X发布的2018年度财务报告显示: the issuer and its document */
const ZH_PUBLISHED_RE = /([^\s，。、“”《》]{2,20}?)(?:在[^，。]{1,8})?(?:发布|發布|公布)的(《[^》]{2,40}》|[^\s，。、“”]{2,16}?(?:报告|報告|简报|簡報|白皮书|數據|数据))(?:显示|顯示|指出|称|稱)/gu;
/** 接受法国《星期日报》采访时: the paper an interview was given to */
const ZH_INTERVIEW_RE = /接受[^，。《]{0,8}(《[^》]{2,16}》|[^\s，。、“”]{2,12}?(?:报|報|台|社|网|網))(?:的)?(?:采访|採訪|专访|專訪)/gu;
/** 告诉中国青年报·中国青年网记者: the outlets whose reporter was told */
const ZH_TOLD_REPORTER_RE = /(?:告诉|告訴|对|對)([^\s，。、“”]{2,20}?)记者/gu;
/**
 * Unnamed insiders who speak or are cited: 一位业内人士向每经记者表示, 援引雅诗兰黛内部人士的话 (the 每日经济新闻
 * story of the tuning set; 人士 is the word Chinese copy gives unnamed sources). Anonymous sources.
 */
const ZH_ANON_RE = /((?:一位|一名|多位|多名)?[\p{sc=Han}]{0,8}?(?:人士|知情人)|(?<![\p{sc=Han}])专家)(?:方面)?(?=的话|向|对|表示|称|透露|说|指出|证实|告诉|认为|预计|預計)/gu;
/** The subject of a speech verb that is a body: 巴黎大众运输公司说, 法国航空公司表示, 小电宣布 */
/** 对中国证券报记者, 向本报记者: whom a body told, between it and its verb */
const ZH_TOLD_WHOM_RE = /(?:对|對|向)[^，。]{1,14}?(?:记者|記者|媒体|媒體)$/u;
const ZH_BODY_SAYS_RE = /([^\s，。、“”《》：:]{2,14}?|\p{Lu}[\p{sc=Latn}\d&.-]*(?: \p{Lu}[\p{sc=Latn}\d&.-]*){0,3}) ?(?:也|还|則|则|都)?(?:表示|说|說|宣布|称|稱|指出|透露|证实|證實|通报|通報)/gu;
/**
 * A Latin name in Chinese copy is a body when the article writes it as an employer, right before a
 * role and a person (App Annie 首席执行官Bertrand Schmitt, ESET 研究员 Martin Smolár), or as an acronym.
 */
const zhLatinBody = (n: string, allText: string) =>
  // (the name is bounded: it goes into a RegExp, and a 100,000-letter "name" made V8 throw "too large")
  /^\p{Lu}{2,6}$/u.test(n) || (/^\p{Lu}[\p{sc=Latn}\d&. -]{1,40}$/u.test(n) && new RegExp(`${escapeRe(n)} ?\\p{sc=Han}{0,4}(?:研究员|执行官|合伙人|董事|总裁)`, 'u').test(allText));

/** Chinese sources: 据X报道, 从X获悉, X下发通知, X发布的《Y》显示, 接受《Y》采访, 告诉X记者, bodies that speak. */
function findZh(text: string, p: number, push: Push, allText: string): void {
  if (/[据从下发發印公]/u.test(text)) {
    // 据不完全统计, 据初步统计: "by incomplete count" names no one
    for (const re of [ZH_RE, ZH_LEARNT_RE])
      for (const m of text.matchAll(re)) {
        if (/^(?:不完全|初步|相关|有关|公开|最新)$/u.test(m[1])) continue;
        const t = ZH_CITED_NAME_RE.exec(m[1]);
        let n = (t?.[1] ?? (t ? m[1].slice(t[0].length) : m[1])).replace(/方面$|\s*[(（][^)）]*[)）]$/u, '');
        // 据媒体此前介绍: a time word after the descriptor; the unnamed media are the source
        if (t && !t[1] && /^(?:此前|日前|近日|早前|先前|最近)/u.test(n)) n = t[0];
        if (n.length <= 15) push(n, p, m.index!, t ? { kind: t[1] ? (/《/u.test(t[0]) ? 'newspaper' : undefined) : /网站|網站|门户/u.test(t[0]) ? 'online outlet' : undefined } : {});
      }
    for (const m of text.matchAll(ZH_NOTICE_RE)) {
      const k = classifySource(m[1]);
      if (outletLike(m[1]) || /(?:部|委|局|厅|院|会|办)$/u.test(m[1])) push(m[1], p, m.index!, { kind: 'government' });
      else if (k === 'company' || k === 'organisation') push(m[1], p, m.index!, { kind: k });
    }
  }
  for (const m of text.matchAll(ZH_PUBLISHED_RE)) {
    const issuer = m[1].replace(/^.*(?:平台|机构|機構|公司的?)(?=[A-Za-z\p{sc=Han}]{2,})/u, '').replace(/^(?:[^A-Za-z]*?)(?=[A-Za-z][\w.-]+$)/u, '');
    const kind = classifySource(issuer);
    push(issuer, p, m.index!, { kind: kind === 'government' || kind === 'organisation' ? kind : 'company' });
    push(m[2], p, m.index!, DOC);
  }
  for (const m of text.matchAll(ZH_OUTLET_SAYS_RE)) {
    const marked = /^[《“]/u.test(m[1]);
    const n = marked ? m[1].slice(1, -1) : m[1] + (m[2] ?? '');
    if (m[1][0] === '《' || m[2] || (marked && (outletLike(n) || /^\p{Lu}{2,}/u.test(n)))) push(n, p, m.index!, { kind: m[1][0] === '《' ? 'newspaper' : m[2]?.endsWith('台') ? 'broadcaster' : 'news agency' });
  }
  for (const m of text.matchAll(ZH_DOC_IN_RE)) push(m[1].replace(/^(?:.*[的在])?一?[项份封]?/u, ''), p, m.index!, DOC);
  for (const m of text.matchAll(ZH_INTERVIEW_RE)) push(m[1], p, m.index!, { kind: /《/u.test(m[1]) ? 'newspaper' : undefined });
  for (const m of text.matchAll(ZH_TOLD_REPORTER_RE)) for (const n of m[1].split(/[·・]/u)) if (classifySource(n) !== 'other') push(n, p, m.index!);
  if (/人士|知情人|专家/u.test(text))
    for (const m of text.matchAll(ZH_ANON_RE)) push(m[1].replace(/^.*(?:援引|引述|引用|据|據)/u, ''), p, m.index!, ANON);
  for (const m of text.matchAll(ZH_BODY_SAYS_RE)) {
    // 魅族科技对中国证券报记者表示: whom it told is no part of the body; 魅族科技同阿里巴巴集团联合宣布: two bodies announce
    const n = m[1].replace(/^(?:此外|另外|同时|同時|而|但|据悉|據悉)/u, '').replace(ZH_TOLD_WHOM_RE, '');
    const joint = /^(.{2,12}?)(?:同|与|與|和)(.{2,12}?)(?:联合|聯合|共同)$/u.exec(n);
    if (joint) {
      for (const j of [joint[1], joint[2]]) {
        const k = classifySource(j);
        if (k === 'company' || k === 'government' || k === 'organisation') push(j, p, m.index!, { kind: k });
      }
      continue;
    }
    // 当奥特加政府宣布…时, 因韩国政府宣布…: a body acting in a clause of time or cause cites nothing
    if (/^当(?!地|局|事)|因(?=\p{sc=Han}{2})/u.test(n)) continue;
    // 雪茄制造商们表示: unnamed people of a trade (anonymous)
    if (/们$/u.test(n)) {
      push(n.replace(/^.*的/u, ''), p, m.index!, ANON);
      continue;
    }
    // 三星方面表示: "the Samsung side", a body
    const side = /.方面$/u.test(n);
    const kind = side ? 'company' : classifySource(n);
    if (kind === 'company' || kind === 'government' || kind === 'organisation' || findOutlet(n)) push(side ? n.slice(0, -2) : n, p, m.index!, { kind });
    else if (zhLatinBody(n, allText)) push(n, p, m.index!, { kind: 'company' });
  }
}

/**
 * A sentence with none of these words cites nothing (no reporting verb, document, platform or
 * anonymity phrase): the English patterns skip it. About a third of news text.
 */
const EN_CITING_WORD_RE =
  /\b(?:sa(?:id|ys?)|told|tells|[Aa]ccording|cit(?:ing|ed|es?)|report|announc|statement|release|issued|publish|journal|found|finds|show|reveal|suggest|indicat|confirm|conclud|ruled|estimat|posted|warn|alleg|stress|reiterat|condemn|forecast|urg|call|not(?:ed|es)|critici|welcom|reject|deni|insist|respond|declar|demand|source|familiar|briefed|knowledge|anonym|Twitter|Facebook|Instagram|Tumblr|Telegram|TikTok|YouTube|Weibo|tweet|study|survey|analysis|believ|protest|complain|claim|argu|stated|recommend|by|from|[Vv]ia|[Oo]riginally|[Rr]epublished|[Rr]eprinted|letter|filing|complaint|footage|[Vv]ideo|evidence|testimony|poll|[Ee]xperts|[Oo]fficials|[Ss]ources|per the|journalist|reporter|correspondent|expect|[Dd]ata|[Ff]igures|[Ff]indings|[Rr]ecords|[Dd]ocuments)/u;

/** findEn over the runs of consecutive sentences that can cite something (positions stay the block's). */
function findEnCiting(text: string, sentences: [number, number][] | undefined, p: number, push: Push, allText: string, verbs?: [number, string][]): void {
  if (!sentences) return findEn(text, p, push, allText, verbs);
  let from = -1;
  let to = -1;
  let v = 0;
  const flush = () => {
    if (from < 0) return;
    const off = from;
    const inRun: [number, string][] = [];
    // (the verbs and the runs both ascend: one cursor over the verbs, not a filter of them all per
    // run, which was quadratic in one long paragraph of many runs)
    // (a block with sentences is one of prepareBlocks', whose English blocks always carry their verbs)
    while ((verbs![v]?.[0] ?? to) < to) {
      const [at, w] = verbs![v++];
      if (at >= off) inRun.push([at - off, w]);
    }
    findEn(text.slice(from, to), p, (n, para, at, extra) => push(n, para, at + off, extra), allText, inRun);
    from = -1;
  };
  for (const [a, b] of sentences) {
    if (EN_CITING_WORD_RE.test(text.slice(a, b))) {
      if (from < 0) from = a;
      to = b;
    } else flush();
  }
  flush();
}

export function findSourceHits(blockTexts: (string | SourceBlock)[], captions: string[], links: { href: string; paragraph: number }[], publisher: Publisher, joined?: string): SourceHit[] {
  const blocks = blockTexts.map((b) => (typeof b === 'string' ? b : b.text));
  const sentencesOf = (i: number) => (typeof blockTexts[i] === 'string' ? undefined : (blockTexts[i] as SourceBlock).sentences);
  const maskedOf = (i: number) => (typeof blockTexts[i] === 'string' ? undefined : (blockTexts[i] as SourceBlock).masked);
  const hits: SourceHit[] = [];
  const allText = joined ?? blocks.join('\n');
  const push: Push = (name, paragraph, at, extra = {}) => {
    let n = name.trim().replace(/^[「『“"]|[」』”"]$/gu, '');
    // "according to The Wrap and Deadline": two outlets the table knows, two sources (theverge.com, stop 19)
    // (names are at most 80 characters here: the anchored split is linear)
    const two = /^(.+?) and (.+)$/u.exec(n.slice(0, 80));
    if (two && findOutlet(two[1]) && findOutlet(two[2])) return [two[1], two[2]].forEach((h) => push(findOutlet(h)!.name, paragraph, at, extra));
    if (extra.person) n = fullestForm(n, allText);
    if ((n.length >= 2 || /^\p{Lu}$/u.test(n)) && n.length <= 80 && !notSource(n) && !publisher.isSelf(n)) hits.push({ name: n, paragraph, at, ...extra });
  };
  const texts: [string, number][] = [...blocks.map((b, i) => [b, i] as [string, number]), ...captions.map((c) => [c, -1] as [string, number])];
  const jaState: JaState = { lead: null, done: false };
  for (const [text, p] of texts) {
    // each block's script (from prepareBlocks) picks its patterns: scanning every block for kana,
    // Hangul, Han and German letters was a pass per language over every English block
    const script = p >= 0 && typeof blockTexts[p] !== 'string' ? (blockTexts[p] as SourceBlock).script : undefined;
    const has = (re: RegExp, sc: string) => (script ? script === sc : re.test(text));
    findCredits(text, p, push, p < 0);
    if (text.includes('【')) for (const m of text.matchAll(DATELINE_RE)) {
      const inner = m[1].replace(/\s+/gu, ' ');
      const suf = findOutletSuffix(inner);
      if (suf) push(suf.alias, p, m.index!);
      else for (const [re, name] of DATELINE_ABBR) if (re.test(inner)) push(name, p, m.index!);
    }
    if (text.includes('(')) for (const m of text.matchAll(EN_DATELINE_RE)) if (/news agency|broadcaster/u.test(findOutlet(m[1])?.kind ?? '')) push(m[1], p, m.index!);
    // Japanese (only on text with kana: these lazy patterns are slow on long Latin text)
    if (has(KANA_RE, 'ja')) findJa(text, p, push, jaState, allText, (p >= 0 ? maskedOf(p) : undefined) ?? text);
    // English
    // (read with quotations masked: the article cites, its speakers are quoted; and quote-heavy pages read fast)
    // (Latin words inside Chinese or Korean copy are names, read by those scripts' patterns)
    else if ((!script || script === 'en') && /[A-Za-z]{3}/u.test(text)) findEnCiting(p >= 0 ? maskedOf(p) ?? text : text, p >= 0 ? sentencesOf(p) : undefined, p, push, allText, p >= 0 && typeof blockTexts[p] !== 'string' ? (blockTexts[p] as SourceBlock).verbs : undefined);
    if (script === 'zh' || (!script && /\p{sc=Han}/u.test(text) && !KANA_RE.test(text))) findZh(text, p, push, allText);
    if (has(/\p{sc=Hang}/u, 'ko')) {
      for (const m of text.matchAll(KO_RE)) {
        const n = m[1].replace(/^['‘’"]|['‘’"]$/gu, '');
        if (outletLike(n)) push(n, p, m.index!);
        else if (m[0].endsWith('따르면') && KO_DOC_END_RE.test(n)) push(n, p, m.index!, DOC);
        // 이마트에 따르면, 통계청 속보성 지표 '나우캐스트'에 따르면: whatever a sentence is "according to" is cited
        // (not a generic noun: 보도에 따르면, 설명에 따르면)
        else if (m[0].endsWith('따르면') && !/^(?:보도|발표|설명|주장|분석|전언|말|얘기|소식|조사|연구|관계자|당국)$/u.test(n)) push(n, p, m.index!);
      }
      for (const m of text.matchAll(KO_DOC_VIA_RE)) push(m[1], p, m.index!, DOC);
      for (const m of text.matchAll(KO_REPORTED_BY_RE))
        for (const part of m[1].split(/(?<=\p{sc=Hang})(?:과|와)\s|,\s*|\s및\s/u)) {
          const n = part.replace(/\s?등$/u, '').trim();
          if (n.length >= 2) push(n, p, m.index!, { kind: /통신/u.test(n) ? 'news agency' : 'online outlet' });
        }
      if (text.includes('관계자')) for (const m of text.matchAll(KO_ANON_RE)) push(m[1], p, m.index!, ANON);
      // 루닛은 …고 밝혔다, 삼성전자는 …고 발표했다: a one-word topic that is no person (no title, no
      // surname-led name) and reports is a body
      if (KO_BODY_VERB_GATE_RE.test(text))
        for (const m of text.matchAll(KO_BODY_REPORTS_RE)) {
          const n = m[1];
          if (KO_NOT_BODY_RE.test(n) || (HANGUL_NAME_RE.test(n) && KO_SURNAMES.has(n[0])) || KO_TITLE_END_RE.test(n)) continue;
          // (KIEP → 대외경제정책연구원 where the article spells it out)
          const full = fullestForm(n, allText);
          const k = classifySource(full);
          push(full, p, m.index!, { kind: k === 'other' || k === 'document' ? 'company' : k });
        }
    }
    if (script !== 'ja' && /[Ll]aut |Angaben|berichtete|teilte/u.test(text)) for (const m of text.matchAll(DE_RE)) push(m[1].replace(/^(?:der|die|das|dem|den|des) /u, ''), p, m.index!);
    // (German text only: this function is not told the page's language, and these words are German)
    if (script !== 'ja' && /[„äöüßÄÖÜ]|\b(?:der|die|das|dem|Eine?)\b/u.test(text)) findDe(text, p, push, allText);
  }
  for (const l of links) {
    if (publisher.isOwnUrl(l.href)) continue;
    try {
      const o = outletForDomain(new URL(l.href).hostname);
      // a link cites an outlet only when the sentence names it (a bare link is not a citation)
      const block = l.paragraph >= 0 ? (blocks[l.paragraph] ?? '') : '';
      const written = o?.aliases.find((a) => a.length >= 2 && block.includes(a));
      if (written) push(written, l.paragraph, block.indexOf(written));
    } catch {
      // not a URL: nothing to map
    }
  }
  return hits;
}

function findDe(text: string, p: number, push: Push, allText: string): void {
  if (DE_REPORTING_RE.test(text))
    for (const m of text.matchAll(DE_OUTLET_NOUN_RE)) push(m[2], p, m.index!, { kind: /agentur/iu.test(m[1]) ? 'news agency' : /Zeit|Magazin/u.test(m[1]) ? (m[1] === 'Zeitung' ? 'newspaper' : 'magazine') : /Sender/u.test(m[1]) ? 'broadcaster' : 'online outlet' });
  for (const m of text.matchAll(DE_TITLED_DOC_RE)) push(m[1], p, m.index!, DOC);
  for (const m of text.matchAll(DE_DOC_VIA_RE)) push(m[1], p, m.index!, DOC);
  for (const m of text.matchAll(DE_ONE_PERSON_RE)) push(`${m[1]} ${m[2]}`, p, m.index!, ANON);
  // (once an article has said "hieß es in dem Bericht", a bare "hieß es" points back to that document)
  if (/eißt es|ieß es/u.test(text) && !/(?:heißt|hieß) es (?:in|im) /u.test(allText)) for (const m of text.matchAll(DE_HEISST_ES_RE)) push(m[0], p, m.index!, ANON);
  for (const m of text.matchAll(DE_GROUP_RE)) push(m[1] ?? m[2], p, m.index!, ANON);
  for (const m of text.matchAll(DE_HAD_REPORTED_RE)) push(m[1], p, m.index!);
  // a camel-case brand (xAI) is a company; a name after an article must be a known kind of body
  // ("teilte die Polizei mit", not "das Unternehmen"); a person ("schrieb Musk") is no body by use
  for (const m of text.matchAll(DE_BODY_VERB_RE))
    if (/^\p{Ll}/u.test(m[2]) || (m[1] ? outletLike(m[2]) : bodyLike(m[2], allText))) push(m[2], p, m.index!, { kind: /^\p{Ll}/u.test(m[2]) ? 'company' : (bodyKind(m[2], allText) ?? undefined) });
  for (const m of text.matchAll(DE_DATELINE_RE)) if (findOutlet(m[1])?.kind === 'news agency') push(m[1], p, m.index!);
}

interface Acc {
  name: string;
  kind: SourceKind;
  hits: number;
  paragraphs: Set<number>;
  outlet: Outlet | null;
  credit: boolean;
  sentence: string | undefined;
}

/** A real article cites tens of sources; a hostile page must not make the merge below quadratic. */
const MAX_SOURCES = 120;
/** Evidence sentences are shown in the panel: keep them short. */
const MAX_SENTENCE = 280;

function evidence(h: SourceHit, blocks: SourceBlock[]): string | undefined {
  if (h.caption) return h.caption.trim().slice(0, MAX_SENTENCE);
  const b = h.paragraph >= 0 ? blocks[h.paragraph] : undefined;
  if (!b) return undefined;
  const [s, e] = b.sentences[sentenceAt(b.sentences, h.at ?? 0)] ?? [0, b.text.length];
  const t = b.text.slice(s, e).trim();
  return t.length > MAX_SENTENCE ? t.slice(0, MAX_SENTENCE - 1) + '…' : t;
}

/**
 * Merge hits by outlet (aliases) or by name; count mentions over blocks and captions. A name
 * cited in the text and credited under a photo is one source (a citation, still marked credit
 * when it is only ever a credit). Anonymous phrases are one source each, shown once.
 */
/** A channel named only by its kind: an email, a post, a message (a person spoke through it; it is no document, round 10). */
const BARE_CHANNEL_RE = /^(?:(?:the|a|an|that|this|his|her|their|its|same|company|internal)\s+)*(?:email|e-mail|post|video|tweet|message)$/iu;

/**
 * What each acronym source stands for in this article (CBP → Customs and Border Protection): the
 * capitalised name whose words' initials spell it. The full name is what a reader recognises.
 */
function expandAcronyms(hits: SourceHit[], text: string): void {
  const full = new Map<string, string | null>();
  for (const h of hits) {
    if (!/^\p{Lu}{2,6}$/u.test(h.name) || findOutlet(h.name)) continue;
    if (!full.has(h.name)) {
      // C… B… P…, with of/and/for/the between the words (the pattern opens with a literal capital, so it scans fast)
      const words = [...h.name].map((c) => `${c}[\\p{L}’'-]+`);
      const m = new RegExp(`\\b${words.join("(?: (?:of|and|for|the|on|&))* ")}\\b`, 'u').exec(text);
      full.set(h.name, m ? m[0] : null);
    }
    const name = full.get(h.name);
    if (name) {
      h.name = name;
      const kind = classifySource(name);
      if (kind !== 'other') h.kind = kind;
    }
  }
}

/** 同省, 同社, 同紙: "the said ministry/company/paper" is the last one the article named before it (財務省). */
const SAME_BODY_RE = /^同(省|社|紙|庁|局|誌|党|市|県|町|村|署|企業|会社|グループ)$/u;
/** The kinds a 同X can point back to when its antecedent is no X-suffixed word (同社 after "OpenAI"). */
const SAME_BODY_KINDS: Record<string, readonly SourceKind[]> = { 社: ['company', 'organisation'], 企業: ['company', 'organisation'], 会社: ['company', 'organisation'], グループ: ['company', 'organisation'], 紙: ['newspaper'], 誌: ['magazine'] };

function resolveSameBody(hits: SourceHit[], text: string): void {
  for (const h of hits) {
    const m = SAME_BODY_RE.exec(h.name);
    if (!m) continue;
    const at = text.indexOf(h.name);
    const before = text.slice(0, at < 0 ? text.length : at);
    let last: string | null = null;
    for (const n of before.matchAll(new RegExp(`[\\p{sc=Han}\\p{sc=Kana}ー]{1,8}${m[1]}`, 'gu'))) if (!n[0].startsWith('同')) last = n[0];
    // 同社 after OpenAI (a name in Latin letters): the last source of a fitting kind named before it
    const kinds = Object.hasOwn(SAME_BODY_KINDS, m[1]) ? SAME_BODY_KINDS[m[1]] : null;
    if (!last && kinds) {
      let lastAt = -1;
      for (const g of hits) {
        const kind = g.kind ?? classifySource(g.name);
        if (SAME_BODY_RE.test(g.name) || g.anonymous || g.credit || !kinds.includes(kind)) continue;
        const i = before.lastIndexOf(g.name);
        if (i > lastAt) [lastAt, last] = [i, g.name];
      }
    }
    // (a bare "the said company" with nothing to point to names no source)
    h.name = last ?? '';
  }
}

const foldName = (n: string) => n.toLowerCase().replace(/’/gu, "'").replace(/^the /u, '');

const EN_BODY_NOUN_OFFICIALS_RE = /^(?:the )?(agency|company|firm|hospital|department|ministry|university|school|city|county|state|police|district|airline|bank)(?:['’]s)? (?:officials?|spokes(?:man|woman|person))$/iu;
const BODY_NOUN_KINDS: Record<string, SourceKind[]> = { company: ['company'], firm: ['company'], airline: ['company'], bank: ['company'] };

/**
 * "agency officials said" after NASA: the officials of a body the article named before speak for
 * it (the body is the source, as "the agency said" would make it), when a body of that kind (or
 * with that noun in its name) was cited before; else they stay an anonymous source.
 */
function officialsOfBody(hits: SourceHit[]): void {
  let looked = 0; // (bounded: a hostile page writes "agency officials said" thousands of times)
  for (const h of hits) {
    const m = h.anonymous && looked < 100 ? EN_BODY_NOUN_OFFICIALS_RE.exec(h.name) : null;
    if (!m) continue;
    looked++;
    const noun = m[1].toLowerCase();
    const kinds = BODY_NOUN_KINDS[noun] ?? ['government', 'organisation'];
    let body: SourceHit | null = null;
    for (const b of hits.slice(0, 2000)) {
      if (b.anonymous || b.credit || b.paragraph > h.paragraph || !b.kind) continue;
      if (b.name.toLowerCase().includes(noun) || kinds.includes(b.kind)) if (!body || b.paragraph >= body.paragraph) body = b;
    }
    if (body) Object.assign(h, { name: body.name, kind: body.kind, anonymous: false });
  }
}

/**
 * One anonymous source written two ways ("a person familiar with the matter", later "people
 * familiar with the matter"; "a senior official", "senior official") keeps the wording written first.
 */
// (a wording cut short, "person briefed on", is the fuller one it begins; the group's wording wins
// where the article writes it: "people familiar …" covers "a person familiar …")
function unifyAnonymous(hits: SourceHit[]): void {
  const groups: { key: string; name: string }[] = [];
  const of = new Map<SourceHit, { key: string; name: string }>();
  for (const h of hits) {
    if (!h.anonymous) continue;
    const key = h.name.toLowerCase().replace(/^(?:an?|one|another|two|three|several|multiple|the)\s+/u, '').replace(/^(?:persons?|people)(?= )/u, 'people').replace(/s$/u, '');
    let g = groups.find((x) => x.key === key || x.key.startsWith(key + ' ') || key.startsWith(x.key + ' '));
    // (a bounded number of wordings: a hostile page writes thousands)
    if (!g && groups.length < 50) groups.push((g = { key, name: h.name }));
    if (!g) continue;
    if (key.length > g.key.length) Object.assign(g, { key, name: h.name });
    else if (key === g.key && /^people /iu.test(h.name) && !/^people /iu.test(g.name)) g.name = h.name;
    of.set(h, g);
  }
  for (const [h, g] of of) h.name = g.name;
}

/**
 * One body written two ways is one source: "prosecutors" when the article names their office (the
 * "U.S. Attorney's Office"), "police" and a named police force, and a name that ends with another
 * body's full name ("U.S. attorney's office" / "Attorney’s Office").
 */
function mergeSameBody(hits: SourceHit[]): void {
  // (distinct names, a bounded number of them: a hostile page repeats hits by the thousand)
  const named = [...new Set(hits.filter((h) => /^\p{Lu}\S* \S/u.test(h.name) && !h.anonymous && !h.credit).map((h) => h.name))].slice(0, MAX_SOURCES);
  const memo = new Map<string, string>();
  for (const h of hits) {
    const f = foldName(h.name);
    const members = /^(?:(?:federal|state|local) )?prosecutors$|^prosecutor's office$/u.test(f) ? /Prosecut|Attorney/u : f === 'police' ? /Police/u : null;
    const to = memo.get(f) ?? named.find((g) => (members ? members.test(g) : g !== h.name && foldName(g).includes(' ') && f.endsWith(' ' + foldName(g)))) ?? h.name;
    memo.set(f, to);
    h.name = to;
  }
}

export function buildSources(hits: SourceHit[], blocks: SourceBlock[], captions: string[], allText = blocks.map((b) => b.text).join('\n')): { sources: Source[]; anonymous: number } {
  const acc = new Map<string, Acc>();
  let anonymous = 0;
  expandAcronyms(hits, allText);
  officialsOfBody(hits);
  unifyAnonymous(hits);
  resolveSameBody(hits, allText);
  mergeSameBody(hits);
  for (const h of hits) {
    if (!h.name) continue;
    const outlet = findOutlet(h.name) ?? findOutletSuffix(h.name)?.outlet ?? null;
    const key = outlet ? 'o:' + outlet.name : 'n:' + h.name.toLowerCase().replace(/’/gu, "'");
    let a = acc.get(key);
    if (!a) {
      if (acc.size >= MAX_SOURCES) continue;
      let kind = outlet?.kind ?? h.kind ?? classifySource(h.name);
      // an unknown credit that is no person's name is a picture agency or the company that supplied it
      if (h.credit && !h.kind && kind === 'other' && !/^\p{Lu}[\p{L}’'-]+(?: \p{Lu}\.)? \p{Lu}[\p{L}’'-]+$/u.test(h.name)) kind = 'company';
      a = { name: h.name, kind, hits: 0, paragraphs: new Set(), outlet, credit: !!h.credit, sentence: evidence(h, blocks) };
      acc.set(key, a);
    } else {
      // cited in the text too: a citation, and the text's sentence is the better evidence
      if (!h.credit && a.credit) {
        a.credit = false;
        a.sentence = evidence(h, blocks) ?? a.sentence;
      }
      if (a.kind === 'other' && h.kind && h.kind !== 'other') a.kind = h.kind;
    }
    a.hits++;
    if (h.paragraph >= 0) a.paragraphs.add(h.paragraph);
    if (h.anonymous) anonymous++;
  }
  // drop names contained in a longer name of the same kind ("Attorney’s Office" inside "U.S. Attorney’s Office")
  const list = [...acc.values()];
  const kept: Acc[] = [];
  for (const a of list) {
    // "said in an email", "wrote in a post": a bare channel is how someone the article names spoke, no
    // source of its own; a statement, letter or release is a document whoever issued it (round 10)
    if (BARE_CHANNEL_RE.test(a.name) && !/according to|citing|cited/iu.test(a.sentence ?? '')) continue;
    const longer = a.outlet ? undefined : list.find((x) => x !== a && x.name.length > a.name.length && x.name.includes(a.name) && x.kind === a.kind);
    if (longer) {
      longer.hits += a.hits;
      a.paragraphs.forEach((p) => longer.paragraphs.add(p));
      longer.credit &&= a.credit;
      continue;
    }
    kept.push(a);
  }
  // mentions: one pass over the text with every kept name (longest first), not one pass per source
  const owner = new Map<string, Acc>();
  for (const a of kept) {
    const names = a.outlet ? [a.name, ...a.outlet.aliases.filter((x) => x.length >= 3 || x === a.name)] : [a.name];
    for (const n of names) if (!owner.has(n) && n.length >= 2) owner.set(n, a);
  }
  const counts = new Map<Acc, number>();
  if (owner.size) {
    // Latin names at word boundaries (one lookbehind for all of them), CJK names anywhere
    const keys = [...owner.keys()].sort((x, y) => y.length - x.length);
    const latin = keys.filter((n) => LATIN_KEY_RE.test(n)).map(escapeRe);
    const other = keys.filter((n) => !LATIN_KEY_RE.test(n)).map(escapeRe);
    const re = new RegExp([latin.length ? `(?<![\\w])(?:${latin.join('|')})(?![\\w])` : '', ...other].filter(Boolean).join('|'), 'gu');
    const count = (text: string, paragraph: number) => {
      for (const m of text.matchAll(re)) {
        const a = owner.get(m[0]);
        if (!a) continue;
        counts.set(a, (counts.get(a) ?? 0) + 1);
        if (paragraph >= 0 && !a.credit && (a.kind !== 'anonymous' || a.paragraphs.size)) a.paragraphs.add(paragraph);
      }
    };
    blocks.forEach((b, i) => count(b.text, i));
    for (const c of captions) count(c, -1);
  }
  const sources: Source[] = kept.map((a) => {
    const s: Source = { name: a.name, kind: a.kind, mentions: counts.get(a) || a.hits, paragraphs: [...a.paragraphs].sort((x, y) => x - y) };
    if (a.credit) s.credit = true;
    if (a.sentence) s.sentence = a.sentence;
    return s;
  });
  return { sources, anonymous };
}
