/**
 * Regexes and thresholds of the extract, metadata and text stages, in one place so they can be
 * tuned together (the bench in scripts/bench.ts measures the effect of any change here).
 */

/** Scripts, by Unicode property escapes. Kana means Japanese; Hangul Korean; Han alone Chinese. */
export const RE_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
export const RE_HANGUL = /\p{Script=Hangul}/gu;
export const RE_HAN = /\p{Script=Han}/gu;
export const RE_LATIN = /\p{Script=Latin}/gu;
/** Characters that count one by one for reading time (CJK scripts do not separate words). */
export const RE_CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
export const RE_WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Readability options by script. Readability's default charThreshold (500 characters) is an
 * English figure; Japanese and Chinese carry two to three times the meaning per character,
 * so short CJK news (e.g. a two-paragraph Asahi brief, ~280 characters) falls under it and
 * Readability retries with ever looser rules and picks a worse block. 200 keeps those briefs.
 */
export const CHAR_THRESHOLD = { cjk: 140, other: 500 } as const;
/** Readability's default is 5; more candidates help on div-soup pages with split bodies. */
export const NB_TOP_CANDIDATES = 5;

/**
 * Title separators between headline and site name, strongest first. Seen: " | " (BUZZAP,
 * Gizmodo), " - " (CNET Japan, ZDNet Japan, BBC 中文), "｜" (朝日新聞デジタル in newer pages),
 * "：" (朝日新聞デジタル), " : " (読売新聞), "-" without spaces (新华网, 半月谈), " l " (KBS World),
 * " － " (Publickey), " – ", " — ", " » ", " · ", "_" (中国青年网: "…_教育频道_中国青年网").
 * Every title pattern runs on whitespace-folded text (page/title.ts), so none backtracks over runs.
 */
export const TITLE_SEPARATORS: RegExp[] = [
  // "_" only between non-ASCII characters: Chinese portals chain channel and site ("…_教育频道_中国青年网")
  /\s+[|｜]\s+|｜|\s+[-－–—»·:]\s+|\s+l\s+|(?<=[^\x00-\x7F])_(?=[^\x00-\x7F])/u,
  // Without spaces only after a non-ASCII character and before a short tail ("…！-新华网").
  /(?<=[^\x00-\x7F])[-－：:](?=[^-－：:]{2,12}$)/u,
];
/** Page counters in titles: （1/2 ページ）, (2/3), 【1/2】, [Page 2], (page 2 of 3). */
export const RE_PAGE_COUNTER =
  /\s*[（(【[]\s*(?:\d+\s*[/／]\s*\d+\s*(?:ページ|页|頁|페이지)?|(?:page|seite|p\.)\s*\d+(?:\s*(?:of|von|\/)\s*\d+)?)\s*[)）】\]]\s*/giu;
/** Bylines that are not names (Readability reports them verbatim). Seen: "No Author" (Japan Times). */
export const RE_BAD_BYLINE = /^(?:no author|unknown|admin(?:istrator)?|staff|null|undefined|published|posted|updated|veröffentlicht|aktualisiert|publié)$/i;
/**
 * Byline prefixes: "By", "By:" (Appen's WordPress author box), "文：", "文●" (週刊アスキー), "記者",
 * "作者：", "Von". The Latin words end at a space or a colon: "Byron York" is a name, not "ron York".
 */
export const RE_BYLINE_PREFIX = /^(?:(?:(?:written |posted )?by|von|par|por|author|autor|auteur)(?:\s*[:：]|\s+)|文\s*[:：●・]|取材・文\s*[:：●]?|記者\s*[:：]?|作者\s*[:：]|编辑\s*[:：]|责任编辑\s*[:：])\s*/iu;
/** Dates trailing in bylines: "ZDNet Japan Staff 2019年04月28日 08時00分", "2019-04-28 08:00". */
export const RE_BYLINE_DATE =
  /\s*(?:\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\(?[月火水木金土日]\)?)?(?:\s*\d{1,2}\s*[:時]\s*\d{1,2}\s*分?)?.*$/u;

/** Lazy-loading attributes, in the order they are trusted. Seen on ITmedia, Gizmodo, the seed. */
export const LAZY_SRC_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-hi-res-src'];
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** A src that is a placeholder: 1×1 gifs, data: URIs, "blank"/"spacer"/"dummy" files. */
export const RE_PLACEHOLDER_SRC = /^data:|(?:^|[/_.-])(?:blank|spacer|dummy|placeholder|transparent|loading|lazy|grey|gray|1x1)[._-]/i;

/** Paywall markers, matched on class/id (structure) and on visible text (phrases). */
export const RE_PAYWALL_CLASS = /paywall|premium-?(?:wall|content|only)|subscriber-?only|regwall|piano-?(?:offer|paywall)|meter-?(?:wall|block)/i;
/**
 * Phrases that end a cut article. Seen: 日本経済新聞 ("この記事は会員限定です"), 朝日新聞デジタル
 * ("この記事は有料会員記事です", "続きを読む" with login), English metered sites, German "Plus".
 */
export const RE_PAYWALL_TEXT =
  /この記事は(?:有料)?会員(?:限定|記事)|有料会員(?:限定|になると|登録)|続きは(?:有料|会員|ログイン)|残り\d+文字|会員登録(?:すると|で)(?:続き|全文)|subscribe to (?:continue|read)|to continue reading|this (?:article|content) is (?:for|only available to) (?:subscribers|members)|already a subscriber|weiterlesen mit|jetzt (?:abonnieren|registrieren) und weiterlesen|付费(?:阅读|内容)|이 기사는 유료/iu;
/** Next-page link texts, whole. Seen: ITmedia "次のページへ"; English, German, Chinese, Korean. */
export const RE_NEXT_PAGE_LINK = /^(?:次のページ(?:へ)?|次ページ|next page|nächste seite|下一页|다음 페이지)\s*[>›»]*$/iu;
/** The same phrases anywhere in the page text: a cheap gate before the links are read. */
export const RE_NEXT_PAGE_ANYWHERE = /次のページ|次ページ|next page|nächste seite|下一页|다음 페이지/iu;

/** Elements the text stage treats as blocks (one per paragraph of reading text). */
export const BLOCK_TAGS = new Set('ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR TD TH CAPTION UL MENU'.split(' '));
/**
 * Never part of the reading text (rt/rp are ruby readings, shown above the base text). Foreign
 * elements keep their lower-case tag names in HTML documents (svg, math).
 */
export const SKIP_TEXT_TAGS = new Set('RT RP SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME OBJECT EMBED BUTTON SELECT TEXTAREA INPUT OPTION CANVAS VIDEO AUDIO PICTURE IMG svg math'.split(' '));
/**
 * Removed from the article before text and html are made, so that the sanitizer (which drops
 * these) and the text stage see the same blocks and data-p numbers stay aligned. Embeds
 * (iframe, video, object) stay: they hold no text and the sanitizer turns them into links.
 */
export const STRIP_BEFORE_TEXT = 'script,style,noscript,template,form,input,button,select,textarea,svg,math,link,meta';

/**
 * Reading rates. Source: Trauzettel-Klosinski S., Dietz K., IReST Study Group, "Standardized
 * Assessment of Reading Performance: The New International Reading Speed Texts IReST",
 * Invest. Ophthalmol. Vis. Sci. 53(9):5452–5461, 2012, doi:10.1167/iovs.11-8284: the same
 * texts in 17 languages, read by native adults (aloud; mean over all languages 184 words/min).
 * Per-language means used here (from its results table; worth re-checking against the paper):
 * Japanese 357 characters/min, Chinese 255 characters/min, English 228 words/min, German 179,
 * Spanish 218, French 195, Italian 188, Portuguese 181, Russian 184, Dutch 202, Swedish 199,
 * Finnish 161, Polish 166, Turkish 166, Arabic 138, Hebrew 187. IReST reads aloud; silent
 * reading is close for English (Brysbaert M., "How many words do we read per minute?", J. Mem.
 * Lang. 109, 2019: 238 words/min for non-fiction), so the estimate errs on the long side.
 * Korean is not in IReST: it separates words (eojeol) with spaces, so it is counted in words at
 * IReST's cross-language mean (184 words/min), an assumption stated here.
 */
export const CHARS_PER_MINUTE: Record<string, number> = { ja: 357, zh: 255 };
export const WORDS_PER_MINUTE: Record<string, number> = {
  en: 228, de: 179, es: 218, fr: 195, it: 188, pt: 181, ru: 184, nl: 202, sv: 199, fi: 161,
  pl: 166, tr: 166, ar: 138, he: 187, ko: 184,
};
export const DEFAULT_WORDS_PER_MINUTE = 184;

/** Languages written right to left (BCP 47 primary subtags). */
export const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
/**
 * UTC offsets assumed for a date without one, by language, only where the language has a single
 * time zone in practice (Japan, Korea; Chinese-language news: UTC+8 in PRC, Taiwan, HK, SG).
 */
export const LANG_UTC_OFFSET: Record<string, string> = { ja: '+09:00', ko: '+09:00', zh: '+08:00' };

/**
 * A series kicker before the headline in the page's <title>: 【経済インサイド】, 【河崎真澄の中台
 * 両岸特派員】 (産経ニュース), [속보]. Cut when the visible headline does not carry it.
 */
export const RE_SERIES_KICKER = /^[【［[〔][^】］\]〕]{1,30}[】］\]〕]\s*/u;

/** Max length of a headline candidate (longer text is a paragraph, not a title). */
export const MAX_TITLE_LENGTH = 300;

/**
 * Photo credit and caption lines written as paragraphs ("Photo: David Zalubowski / AP",
 * "写真：ロイター", "图片来源：新华社", "사진 제공: 연합뉴스"; on trafilatura-dev "Abbildung: …", "Crédito: …";
 * in the tuned pages' outputs "Beitragsbild: …", "Titelbild: …", "Symbolgrafik:© …", "Abb.: …",
 * "Photocredits MYMARINI: …", "(Symbolbild)", "© Bild: REUTERS / …"; not "Symbolbild: <a description>",
 * a caption courage-online's story counts as its own); round 6, labelled `without` on tuned pages:
 * "Image illustrative" (soundofscience), "Imágenes capturadas de video", with "Photo d'illustration",
 * "Imagen de archivo", "Zdjęcie ilustracyjne"; a stock agency's name alone ("Getty Images",
 * "iStock.com", labelled page furniture on tuned trafilatura-dev pages, never a line of scrapinghub's
 * ground truth): they go to the captions, not the text.
 */
export const RE_CREDIT_LINE =
  /^(?:(?:photos?|images?|pictures?|fotos?|bild(?:er)?|abbildung|abb\.|credits?|cr[ée]ditos?|zdj[eę]cie|beitragsbild|titelbild|titelfoto|headerbild|aufmacher(?:bild|foto)?|bildquellen?|bildnachweise?|fotonachweis|写真|画像|图片?(?:来源)?|圖片?|사진(?:\s*제공)?|出典|資料)\s*(?:credit|source|quelle|fuente|提供)?\s*[:：|｜]|(?:photo|foto|bild)[- ]?credits?\b|\(?symbol(?:bild|foto)\)?$|(?:image|photo)s?\s+(?:d['’])?illustrati(?:ve|on)\b|im[aá]gen(?:es)? (?:ilustrativa|de archivo|capturadas? de video)\b|zdjęcie ilustracyjne\b|symbol(?:bild|foto|grafik)\s*:\s*©|©\s*(?:bild|foto|photo)\b|(?:getty images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|imago(?: images)?|picture[- ]alliance|adobe ?stock)(?:\s*[/|,]\s*[^.!?]{1,40})?$)/iu;
export const MAX_CREDIT_LINE_CHARS = 200;
/**
 * Captions as paragraphs end with a credit in brackets: "(AP Photo/Alan Diaz, File)", "(Image:
 * GETTY )", "(NASA via AP, File)", "（写真＝ロイター）". Seen on Fox Business, Express, CTV News.
 */
export const RE_CREDIT_SUFFIX =
  /(?:\((?:[^()]{0,40}\b(?:photos?|images?|pictures?|pics?|credit|foto|bild|cr[ée]dito)\b[^()]{0,60}|[^()]{0,40}\bvia (?:AP|Reuters|AFP|Getty)[^()]{0,20})\)?|,\s*(?:photo|foto|bild)\s*:\s*[^,]{0,60}|[（(]\s*(?:写真|画像|图片?|圖片?|사진)\s*[:：=＝][^()（）]{1,40}[)）])\s*$/iu;
export const MAX_CAPTION_PARAGRAPH_CHARS = 400;
/**
 * A caption whose credit follows its last sentence: "… during a policy debate in Taipei. Photo:
 * AP" (scmp), "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina"
 * (trafilatura-dev larepublica). Shorter than a caption in brackets may be: a story paragraph
 * with a credit glued to its end ("…der Kartellbehörden.Foto: photocase.de", bmjv) is content.
 */
export const RE_CREDIT_AFTER_SENTENCE = /[.!?»"”]\s+(?:photos?|fotos?|bild(?:er)?|imagen|zdj[eę]cie)\s*:\s*[^.!?:()]{2,60}$/iu;
export const MAX_SENTENCE_CAPTION_CHARS = 250;
/**
 * One-line promotions inside bodies: "SEE MORE: …", "READ MORE ON FOX BUSINESS BY CLICKING
 * HERE", "On HoustonChronicle.com: …", 【関連記事】…, 推荐阅读：…, 관련기사: …; and, seen on the
 * trafilatura-dev set, "Lea también: …", "Lea más: …", "Mire: …", "VEA TAMBIÉN: …", "PUEDES VER:
 * …" (Latin American news), "Lesen Sie auch: …", "Auch lesen: …" (German), "Lire aussi : …",
 * "Czytaj też: …" (Polish), "Leia também: …". A phrase followed by a colon opening a short block.
 * Round 7, scrapinghub (not in its ground truth): "Related post: …" (theantijunecleaver), AP's
 * "More AP NBA: https://…" and "Follow AP's full coverage of Brexit … at https://…" (and the German
 * "Mehr X: <address>").
 */
export const RE_PROMO_LINE =
  /^(?:(?:see|read|watch|listen to) more|read (?:also|next)|also read|related(?: stories| articles| posts?)?|recommended|more on this|click here|le[ae] (?:también|además|más)|le[ae]|vea(?: también)?|mire|puedes ver|te puede interesar|le puede interesar|noticia relacionada|lesen sie (?:auch|mehr)|auch lesen|mehr zum thema|siehe auch|(?:à )?lire (?:aussi|également)|voir aussi|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|leia (?:também|mais)|veja (?:também|mais)|leggi anche)\s*[:：|-]|by clicking here\.?$|^m(?:ore|ehr) [\p{L} ]{1,30}:\s*https?:\/\/|\bfull coverage of\b[^.!?]{0,60}\bat https?:\/\/|^on [\w-]+(?:\.[\w-]+)+\s*:|^【?(?:関連記事|関連|あわせて読みたい|推荐阅读|相关阅读|延伸阅读|관련\s*기사)】?\s*[:：】]?/iu;
export const MAX_PROMO_LINE_CHARS = 160;
/** A block that is only an e-mail address, a social handle or a bare profile URL (author contact). */
export const RE_CONTACT_LINE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30}|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[\w.-]+\/?)$/i;
/**
 * Whole-block UI labels left inside article bodies by galleries, players and ad slots (seen on
 * Houston Chronicle "Caption"/"Close", many sites "Advertisement", 読売 "広告", German "Anzeige").
 * Matched on the entire block text, case-insensitively; the category records why (`|`-separated
 * lists, to keep the reader bundle small).
 */
const AD_LABELS = 'advertisement|ad|sponsored|sponsored content|anzeige|werbung|広告|pr|광고|广告|story continues below advertisement';
const OTHER_LABELS =
  'caption|close|hide caption|toggle caption|enlarge this image|' +
  // audio players' and expanders' labels (trafilatura-dev tuned outputs: "Escucha esta noticia",
  // "ESCUCHA LA NOTICIA", "mehr anzeigen", "Video-Beschreibung einblenden", linkedin's "Follow")
  'escucha esta noticia|escucha la noticia|listen to this article|artikel anhören|écouter cet article|mehr anzeigen|show more|ver más|voir plus|' +
  'video-beschreibung einblenden|follow|+ follow|continue reading|read more|skip ad|scroll to continue';
/**
 * More whole-block labels, all 'other'. Round 6, tuned
 * trafilatura-dev outputs and labels: page tools left as text when their icons go (dw "Imprimer
 * Imprimer cette page", bundespolizei "Seite drucken", backenmachtgluecklich "Rezept drucken",
 * eatwhattonight "Print Recipe", "Pinnen", "Versenden", "Lesezeichen hinzufügen"; WordPress.com's
 * "Gefällt mir", "Wird geladen"; a notice's "Hinweis ausblenden"), report buttons (eltiempo "REPORTE
 * UN ERROR"), a byline's label whose name went ("Von", "Von:"), dw's media heading over its emptied
 * list ("Audios et vidéos sur le sujet"), search-box remnants (austria.info "Keine Suchergebnisse
 * gefunden!", eatwhattonight "Enter your keywords"), "read the rest" buttons; German, English,
 * Spanish, French and Polish kin.
 */
const MORE_UI_LABELS =
  'drucken|seite drucken|artikel drucken|beitrag drucken|rezept drucken|drucken diese seite drucken|print this page|print print this page|print article|print this article|print recipe|imprimir|imprimir noticia|imprimer|imprimer cette page|imprimer imprimer cette page|drukuj|pdf herunterladen|als pdf herunterladen|download pdf|versenden|artikel versenden|per e-mail versenden|pin it|pinnen|lesezeichen hinzufügen|verlinken|reporte un error|reportar un error|fehler melden|report an error|signaler une erreur|zgłoś błąd|von|von:|by:|autor:|autorin:|auteur :|audios et vidéos sur le sujet|audios und videos zum thema|audios and videos on the topic|audios y videos sobre el tema|keine suchergebnisse gefunden!|keine suchergebnisse gefunden|weitere suchvorschläge|enter your keywords|type and hit enter|suchbegriff eingeben|read full article|read the full article|weiterlesen|mehr lesen|leer más|lire la suite|czytaj dalej|czytaj więcej|gefällt mir|wird geladen|wird geladen …|hinweis ausblenden';
/** A Map, not an object: a block reading "constructor" must not find Object.prototype's. */
export const UI_LABELS = new Map<string, 'ads' | 'other'>([
  ...AD_LABELS.split('|').map((label) => [label, 'ads'] as const),
  ...`${OTHER_LABELS}|${MORE_UI_LABELS}`.split('|').map((label) => [label, 'other'] as const),
]);
