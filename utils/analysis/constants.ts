/**
 * Word lists the analysis shares. Each list says where its entries were seen; the patterns that
 * use them live beside their feature (quotes-*.ts, sources.ts, publisher.ts). Sentence abbreviations
 * are in abbreviations.ts: the library's excerpts use them in the background, which must not carry
 * these lists (module-level `new Set` calls are never tree-shaken).
 */

/** Days and months (and their wire abbreviations): capitalised, never a name or a source ("said Tuesday", "Nov. 5"). */
export const EN_WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const EN_DATE_WORDS = new Set(
  `${EN_WEEKDAYS}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`.split('|'),
);

/**
 * Capitalised words that open English sentences but never belong to a name: articles,
 * pronouns, prepositions, conjunctions and sentence adverbs ("To LeBron James, triple-doubles
 * are not a goal" names LeBron James; "After Danny Green got …").
 */
export const EN_FUNCTION_WORDS = new Set(
  (
    'The A An In On At To For From With By Of As Into About Against Among Under Over Through During Without Within Unlike Like Despite Including ' +
    'But And Or Nor So Yet Still Then Now When While After Before Since Until Because Although Though If Unless Whether Once ' +
    'He She It They We I You His Her Its Their Our My Your This That These Those There Here Both All Some Many More Most Others Two Roughly ' +
    'Meanwhile However Also Last Next According Asked Speaking Following Earlier Later Even Only Instead Indeed'
  ).split(' '),
);

/**
 * English nouns for what a person is or does, lower case: roles and jobs that introduce or stand
 * for a named person ("chairman … Craig Menear", "the senator", "an agency spokesman"). One list for
 * roles, title anaphors and unnamed sources (names.ts, quotes-en.ts, sources.ts).
 */
export const EN_ROLE_NOUNS = new Set(
  (
    'chairman chairwoman chair president ceo cfo coo founder co-founder director spokesman spokeswoman spokesperson secretary minister ' +
    'senator attorney professor coach manager chief executive head leader governor mayor ambassador commissioner officer editor analyst ' +
    'economist lawyer judge prosecutor researcher scientist author deputy vice general superintendent sheriff captain inspector fellow ' +
    'psychologist expert member counsel representative official doctor physician student teacher resident owner worker employee engineer ' +
    'designer partner associate adviser advisor strategist historian curator activist organizer organiser volunteer nurse lieutenant sergeant ' +
    'detective trooper postdoctoral co-author chancellor congresswoman congressman lawmaker duke duchess prince princess king queen source ' +
    'academic witness eyewitness insider diplomat aide staffer commentator observer critic operative lobbyist'
  ).split(' '),
);

/** Everyday nouns for people: "the man", "the driver" bring in someone new, whom the article leaves unnamed. */
export const EN_PEOPLE_NOUNS = new Set(
  'man woman person boy girl child kid teen teenager resident neighbor neighbour witness victim mother father son daughter wife husband driver passenger customer owner worker employee caller officer deputy student patient nurse suspect stranger visitor fan user viewer reader listener member source official spokesman spokeswoman spokesperson guard inmate survivor protester shopper voter parent relative friend'.split(
    ' ',
  ),
);

/** English reporting verbs that attribute quoted words ("…," she said / told / wrote / added). */
export const EN_SAY =
  'said|says|say|told|tells|denied|denies|testified|testifies|added|adds|wrote|writes|tweeted|posted|explained|explains|noted|notes|asked|asks|replied|continued|insisted|insists|argued|argues|stated|warned|warning|recalled|recalls|declared|announced|acknowledged|admitted|claimed|conceded|stressed|emphasised|emphasized|observed|remarked|responded|urged|urging|saying|adding|called|described|accused|predicted|promised|vowed|cautioned|complained|joked|pointed out|according to';
/** Verbs a body or group reports information with, beyond EN_SAY (the CDC recommends, the court ruled). */
const EN_REPORT_ONLY =
  'reported|reports|reporting|disclosed|expects?|confirmed|found|concluded|ruled|estimated|estimate|alleged|reiterated|condemned|forecasts?|welcomed|rejected|demanded|warn|warns|protested|believed?|suggested|suggest|claim|argue|asserted|recommends|recommended|advises|advised|critici[sz]ed';
/** Every reporting verb, found in one pass over each English block (index.ts), read by quotes and sources. */
export const EN_VERB_RE = new RegExp(`\\b(?:${EN_SAY}|${EN_REPORT_ONLY})\\b`, 'gu');

/**
 * Korean titles after a name (김철수 대표, 백승욱 이사회 의장): roles; 씨 and 님 are honorifics.
 * Seen on the Korean pages of the tuning set (entermedia, Naver/중앙일보, donga) and common in news copy.
 */
export const KO_TITLES =
  '대통령|장관|대변인|수석대변인|위원장|총리|총재|사령관|리더|의원|대표|이사|상무|전무|부사장|본부장|실장|팀장|부장|과장|교수|연구원|연구위원|국장|차관|대사|원장|회장|부회장|사장|의장|총장|청장|처장|센터장|감독|작가|기자|소장|단장|시장|지사|군수|구청장|변호사|박사|씨|님';

/** The commonest Korean surnames (one syllable each): a Korean full name starts with one. */
export const KO_SURNAMES = new Set([...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용']);

/** SNS「…」: a platform named in brackets after a generic word (quotes-ja via, sources) */
export const JA_SNS_SOURCE = '(?:SNS|ソーシャルメディア|交流サイト|短文投稿サイト)「([^」]{1,30})」';

/**
 * Works that carry a title in quotation marks: "a poem called “…”", "a report titled “…”" (seen on
 * a slate.com obituary, stop 19; the same shape on reviews and reports). The title is no quote and
 * "a poem" is no speaker.
 */
export const EN_CREATIVE_WORKS = 'poem|song|book|novel|story|film|movie|album|play|essay|episode|painting';
/** (documents too may be titled, but "the report said" speaks for its issuer: they stay speakers) */
export const EN_WORK_NOUNS = `${EN_CREATIVE_WORKS}|article|report|paper|series|show|column|speech|study|letter`;

/** Shapes the readers test in several places (one literal each in the bundle). */
/** a Korean name: two to four Hangul syllables */
export const HANGUL_NAME_RE = /^\p{sc=Hang}{2,4}$/u;
/** a Chinese or Japanese name or body of two or three Han characters */
export const HAN_NAME_RE = /^\p{sc=Han}{2,3}$/u;
/** kana: Japanese text */
export const KANA_RE = /[\p{sc=Hira}\p{sc=Kana}]/u;
/** capitalised Latin words: a name's shape */
export const LATIN_NAME_RE = /^\p{Lu}[\p{sc=Latn}\d_.’'-]*(?: \p{Lu}[\p{sc=Latn}\d_.’'-]*)*$/u;
/** one capitalised Latin word */
export const LATIN_WORD_RE = /^\p{Lu}[\p{sc=Latn}\d_.’'-]*$/u;
