/**
 * Known news outlets, agencies, platforms and bodies, with aliases across languages.
 *
 * Where entries come from: the agencies and outlets named in issue #4 and the seed page
 * (イズベスチヤ, タス通信, フォックス・ニュース, トゥルース・ソーシャル, NPR), the outlets that
 * appear as cited sources in the fixture pages (AFPBB's 【… AFP】 dateline, KBS World's
 * "Photo : YONHAP News" credit, the scrapinghub corpus' AP/Reuters datelines and
 * "told the BBC" / "told Agence France-Presse" attributions, the round-8 pages' "© 2012 APA/AP"
 * credit, "die Nachrichtenagentur Ansa" and RT's "told Ruptly"), and the major national papers
 * and broadcasters of Japan, China, Korea, the US and the UK as their own sites spell them;
 * Variety and Rolling Stone (round 11: "obtained by Variety", "a statement to Rolling Stone" on Fox News);
 * The Hollywood Reporter, TheWrap and Deadline (round 12: "according to The Wrap and Deadline", theverge.com).
 * Aliases are matched case-sensitively for Latin names (so "ap" in prose never matches),
 * and as written for CJK names. `domains` map outbound links to the outlet.
 */
import type { SourceKind } from './types';
import { memo } from './memo';

export interface Outlet {
  /** display name used when the article's own spelling is not available */
  name: string;
  kind: SourceKind;
  aliases: string[];
  domains?: string[];
}

/** The kinds of the table below, by their one-letter key. */
const KIND_KEYS: Record<string, SourceKind> = {
  a: 'news agency',
  b: 'broadcaster',
  n: 'newspaper',
  m: 'magazine',
  o: 'online outlet',
  s: 'social media',
  g: 'organisation',
  v: 'government',
  c: 'company',
};

/**
 * One outlet a line: kind key (then the display name when it is not the first alias) | aliases |
 * domains (".com" left out). Kept as text: written as objects the table was a sixth of the analysis's size. Order:
 * news agencies, broadcasters, newspapers, magazines and online outlets, photo agencies (credits),
 * social media, bodies that are often cited.
 */
const OUTLET_TABLE = `
a|共同通信,共同通信社,Kyodo News,Kyodo,共同社|kyodonews.jp,kyodonews.net
a|時事通信,時事通信社,Jiji Press,Jiji,时事社|jiji
aロイター|ロイター通信,ロイター,Reuters,路透社,로이터|reuters
aAP|AP通信,Associated Press,AP,美联社,AP통신|apnews,ap.org
aAFP|AFP通信,Agence France-Presse,Agence France Presse,AFP,法新社,AFP통신|afp,afpbb
a|聯合ニュース,連合ニュース,聯合通信,Yonhap News Agency,Yonhap News,Yonhap,연합뉴스,韩联社|yna.co.kr,yonhapnews.co.kr
a新華社|新華社通信,新華社,新华社,Xinhua News Agency,Xinhua,신화통신|xinhuanet,news.cn
a|タス通信,TASS,タス,塔斯社,타스통신|tass.ru,tass
aインタファクス|インタファクス通信,インタファクス,Interfax|interfax.ru
a|RIAノーボスチ,RIA Novosti,ノーボスチ通信|ria.ru
a|中国新聞社,中国新闻社,中新社,China News Service|chinanews.com.cn,chinanews
aブルームバーグ|ブルームバーグ通信,ブルームバーグ,Bloomberg News,Bloomberg,彭博社,블룸버그|bloomberg,bloomberg.co.jp
aEPA|European Pressphoto Agency,EPA-EFE,EPA|epa.eu
a|PA Media,Press Association,PA Wire,PA|pa.media
adpa|ドイツ通信,dpa通信,dpa,Deutsche Presse-Agentur|dpa
a|APA,Austria Presse Agentur|apa.at
aANSA|ANSA,Ansa|ansa.it
a|Ruptly|ruptly.tv
b|NHK,日本放送協会|nhk.or.jp
b|Voice of America,VOA|voanews
b|BBC,英国放送協会,英国广播公司,BBC放送|bbc,bbc.co.uk
b|CNN|cnn,cnn.co.jp
b|フォックス・ニュース,FOXニュース,Fox News,福克斯新闻,폭스뉴스|foxnews
b|NPR,National Public Radio,米公共ラジオ|npr.org
bNBC|NBC News,NBC|nbcnews
bCBS|CBS News,CBS|cbsnews
bABC|ABC News,ABC|abcnews.go.com
b|CNBC|cnbc
b|アルジャジーラ,Al Jazeera,半岛电视台|aljazeera
b|KBS,韓国放送公社,한국방송|kbs.co.kr
b|MBC|imbc
b|SBS|sbs.co.kr
bCCTV|中国中央テレビ,中国中央电视台,央视,CCTV|cctv
b|TBS|tbs.co.jp
b|テレビ朝日,テレ朝|tv-asahi.co.jp
b|日本テレビ,日テレ|ntv.co.jp
b|フジテレビ|fujitv.co.jp
b|テレビ東京,テレ東|tv-tokyo.co.jp
b|ドイチェ・ヴェレ,Deutsche Welle,DW|dw
n|ニューヨーク・タイムズ,New York Times,NYT,纽约时报,뉴욕타임스|nytimes
n|ウォール・ストリート・ジャーナル,ウォールストリート・ジャーナル,Wall Street Journal,WSJ,华尔街日报,월스트리트저널|wsj
n|ワシントン・ポスト,Washington Post,华盛顿邮报,워싱턴포스트|washingtonpost
n|ガーディアン,The Guardian,Guardian,卫报|theguardian
n|フィナンシャル・タイムズ,Financial Times,金融时报|ft
nタイムズ|The Times of London|thetimes.co.uk
n|USA Today,USAトゥデイ|usatoday
n|Los Angeles Times,ロサンゼルス・タイムズ|latimes
n|朝日新聞,Asahi Shimbun,朝日|asahi
n|読売新聞,Yomiuri Shimbun,読売|yomiuri.co.jp
n|毎日新聞,Mainichi Shimbun,Mainichi|mainichi.jp
n|日本経済新聞,日経新聞,Nikkei Asia,Nikkei,日経|nikkei
n|産経新聞,Sankei Shimbun,産経|sankei
n|東京新聞|tokyo-np.co.jp
n|ジャパンタイムズ,Japan Times|japantimes.co.jp
n|人民日報,人民日报,People's Daily|people.com.cn
n|環球時報,环球时报,Global Times|globaltimes.cn,huanqiu
n|チャイナ・デイリー,China Daily,中国日报|chinadaily.com.cn
n|サウスチャイナ・モーニング・ポスト,South China Morning Post,SCMP,南华早报|scmp
n|朝鮮日報,조선일보,Chosun Ilbo|chosun
n|中央日報,중앙일보,JoongAng Ilbo|joongang.co.kr
n|東亜日報,동아일보,Dong-A Ilbo|donga
n|한국경제|hankyung
n|매일경제|mk.co.kr
n|労働新聞,劳动新闻,로동신문,Rodong Sinmun|
n|イズベスチヤ,イズベスチア,Izvestia|iz.ru
n|コメルサント,Kommersant|kommersant.ru
n|ル・モンド,Le Monde|lemonde.fr
m|ニューズウィーク,Newsweek|newsweek,newsweekjapan.jp
mタイム|TIME誌,タイム誌,Time magazine|time
mエコノミスト|エコノミスト誌,The Economist|economist
m|WIRED|wired,wired.jp
m|Variety|variety
m|Rolling Stone|rollingstone
m|The Hollywood Reporter,Hollywood Reporter|hollywoodreporter
o|TheWrap,The Wrap,Wrap|thewrap
o|Deadline,Deadline Hollywood|deadline
o|Axios,アクシオス|axios
o|Politico,ポリティコ|politico,politico.eu
o|Business Insider|businessinsider
oCNET|CNET Japan,CNET|cnet,japan.cnet.com
o|ITmedia|itmedia.co.jp
c|Getty Images,Getty|gettyimages
sX|X(旧ツイッター),X (formerly Twitter),ツイッター,Twitter,推特,트위터,X|twitter,x
s|トゥルース・ソーシャル,Truth Social,真实社交|truthsocial
sFacebook|フェイスブック,Facebook,脸书,페이스북|facebook
sInstagram|インスタグラム,Instagram,인스타그램|instagram
sYouTube|ユーチューブ,YouTube,유튜브|youtube,youtu.be
sTelegram|テレグラム,Telegram|t.me,telegram.org
s|Tumblr,タンブラー|tumblr
sTikTok|ティックトック,TikTok|tiktok
sWeibo|微博,ウェイボー,Weibo|weibo
s|LINE|line.me
s|LinkedIn|linkedin
s|Threads|threads.net
s|Bluesky|bsky.app
g|United Nations,国連,联合国,유엔|un.org
gWHO|World Health Organization,世界保健機関,WHO|who.int
v|ホワイトハウス,White House,白宫,백악관|whitehouse.gov
v|クレムリン,Kremlin,克里姆林宫|kremlin.ru
`;

export const OUTLETS: Outlet[] = OUTLET_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [head, aliases, domains] = line.split('|');
    // a katakana name set with ・ is also written without it (ニューヨーク・タイムズ, ニューヨークタイムズ)
    const list = aliases.split(',').flatMap((a) => (/・/u.test(a) ? [a, a.replace(/・/gu, '')] : a));
    // a domain written without a dot is a .com one ("reuters" → reuters.com)
    return { name: head.slice(1) || list[0], kind: KIND_KEYS[head[0]], aliases: list, domains: domains ? domains.split(',').map((d) => (d.includes('.') ? d : d + '.com')) : undefined };
  });

/** Alias → outlet, longest aliases first so 'ロイター通信' wins over 'ロイター'. */
export const ALIASES: { alias: string; outlet: Outlet }[] = OUTLETS.flatMap((outlet) =>
  outlet.aliases.map((alias) => ({ alias, outlet })),
).sort((a, b) => b.alias.length - a.alias.length);

const ALIAS_MAP = new Map(ALIASES.map((a) => [a.alias, a.outlet]));
const ALIAS_LOWER = new Map(ALIASES.map((a) => [a.alias.toLowerCase(), a.outlet]));

/** Exact alias lookup (then case-insensitive for Latin names, "the Associated Press"). */
/** Full-width Latin letters as Japanese papers set them (ＡＰ, ＮＨＫ) read as their ASCII forms. */
const halfWidth = (s: string) => (/[\uFF01-\uFF5E]/u.test(s) ? s.normalize('NFKC') : s);

export const findOutlet = memo((name: string): Outlet | null => {
  const n = halfWidth(name).replace(/^the\s+/i, '').trim();
  return ALIAS_MAP.get(n) ?? ALIAS_LOWER.get(n.toLowerCase()) ?? null;
});

/** Aliases by their last character, longest first: findOutletSuffix asks only the few that can end `name`. */
const BY_LAST_CHAR = new Map<string, { alias: string; outlet: Outlet }[]>();
for (const a of ALIASES) {
  const k = a.alias[a.alias.length - 1];
  const list = BY_LAST_CHAR.get(k) ?? [];
  list.push(a);
  BY_LAST_CHAR.set(k, list);
}

/** The outlet whose alias ends `name` ("国営タス通信" → タス通信, "米フォックス・ニュース"). */
export const findOutletSuffix = memo((raw: string): { alias: string; outlet: Outlet } | null => {
  const name = halfWidth(raw);
  for (const a of BY_LAST_CHAR.get(name[name.length - 1]) ?? []) {
    if (name.endsWith(a.alias) && (a.alias.length >= 2 || name.length === a.alias.length)) {
      const rest = name.slice(0, name.length - a.alias.length);
      // a Latin alias glued to Latin letters is another word ("MAP" is not AP)
      if (/[A-Za-z]$/.test(rest) && /^[A-Za-z]/.test(a.alias)) continue;
      return a;
    }
  }
  return null;
});

// (one walk of the table per host: every link of the article asks)
export const outletForDomain = memo((host: string): Outlet | null => {
  const h = host.toLowerCase().replace(/^www\./, '');
  return OUTLETS.find((o) => o.domains?.some((d) => h === d || h.endsWith('.' + d))) ?? null;
});

/** The platforms of the table by their Latin names (Twitter|X|Facebook|…), longest first, for patterns that name one. */
export const PLATFORM_NAMES = ALIASES.filter((a) => a.outlet.kind === 'social media' && /^[A-Z][\w ]*$/u.test(a.alias))
  .map((a) => a.alias)
  .join('|');
