/**
 * Known news outlets, agencies, platforms and bodies, with aliases across languages.
 *
 * Where entries come from: the agencies and outlets named in issue #4 and the seed page
 * (イズベスチヤ, タス通信, フォックス・ニュース, トゥルース・ソーシャル, NPR), the outlets that
 * appear as cited sources in the fixture pages (AFPBB's 【… AFP】 dateline, KBS World's
 * "Photo : YONHAP News" credit, the scrapinghub corpus' AP/Reuters datelines and
 * "told the BBC" / "told Agence France-Presse" attributions), and the major national papers
 * and broadcasters of Japan, China, Korea, the US and the UK as their own sites spell them.
 * Aliases are matched case-sensitively for Latin names (so "ap" in prose never matches),
 * and as written for CJK names. `domains` map outbound links to the outlet.
 */
import type { SourceKind } from './types';

export interface Outlet {
  /** display name used when the article's own spelling is not available */
  name: string;
  kind: SourceKind;
  aliases: string[];
  domains?: string[];
}

export const OUTLETS: Outlet[] = [
  // news agencies
  { name: '共同通信', kind: 'news agency', aliases: ['共同通信', '共同通信社', 'Kyodo News', 'Kyodo', '共同社'], domains: ['kyodonews.jp', 'kyodonews.net'] },
  { name: '時事通信', kind: 'news agency', aliases: ['時事通信', '時事通信社', 'Jiji Press', 'Jiji', '时事社'], domains: ['jiji.com'] },
  { name: 'ロイター', kind: 'news agency', aliases: ['ロイター通信', 'ロイター', 'Reuters', '路透社', '로이터'], domains: ['reuters.com'] },
  { name: 'AP', kind: 'news agency', aliases: ['AP通信', 'Associated Press', 'AP', '美联社', 'AP통신'], domains: ['apnews.com', 'ap.org'] },
  { name: 'AFP', kind: 'news agency', aliases: ['AFP通信', 'Agence France-Presse', 'Agence France Presse', 'AFP', '法新社', 'AFP통신'], domains: ['afp.com', 'afpbb.com'] },
  { name: '聯合ニュース', kind: 'news agency', aliases: ['聯合ニュース', '連合ニュース', '聯合通信', 'Yonhap News Agency', 'Yonhap News', 'YONHAP News', 'Yonhap', '연합뉴스', '韩联社'], domains: ['yna.co.kr', 'yonhapnews.co.kr'] },
  { name: '新華社', kind: 'news agency', aliases: ['新華社通信', '新華社', '新华社', 'Xinhua News Agency', 'Xinhua', '신화통신'], domains: ['xinhuanet.com', 'news.cn'] },
  { name: 'タス通信', kind: 'news agency', aliases: ['タス通信', 'TASS', 'タス', '塔斯社', '타스통신'], domains: ['tass.ru', 'tass.com'] },
  { name: 'インタファクス', kind: 'news agency', aliases: ['インタファクス通信', 'インタファクス', 'Interfax'], domains: ['interfax.ru'] },
  { name: 'RIAノーボスチ', kind: 'news agency', aliases: ['RIAノーボスチ', 'RIA Novosti', 'ノーボスチ通信'], domains: ['ria.ru'] },
  { name: '中国新聞社', kind: 'news agency', aliases: ['中国新聞社', '中国新闻社', '中新社', 'China News Service'], domains: ['chinanews.com.cn', 'chinanews.com'] },
  { name: 'ブルームバーグ', kind: 'news agency', aliases: ['ブルームバーグ通信', 'ブルームバーグ', 'Bloomberg News', 'Bloomberg', '彭博社', '블룸버그'], domains: ['bloomberg.com', 'bloomberg.co.jp'] },
  { name: 'EPA', kind: 'news agency', aliases: ['European Pressphoto Agency', 'EPA-EFE', 'EPA'], domains: ['epa.eu'] },
  { name: 'PA Media', kind: 'news agency', aliases: ['PA Media', 'Press Association', 'PA Wire', 'PA'], domains: ['pa.media'] },
  { name: 'dpa', kind: 'news agency', aliases: ['ドイツ通信', 'dpa通信', 'dpa'], domains: ['dpa.com'] },
  // broadcasters
  { name: 'NHK', kind: 'broadcaster', aliases: ['NHK', 'ＮＨＫ', '日本放送協会'], domains: ['nhk.or.jp'] },
  { name: 'BBC', kind: 'broadcaster', aliases: ['BBC', '英国放送協会', '英国广播公司', 'BBC放送'], domains: ['bbc.com', 'bbc.co.uk'] },
  { name: 'CNN', kind: 'broadcaster', aliases: ['CNN'], domains: ['cnn.com', 'cnn.co.jp'] },
  { name: 'フォックス・ニュース', kind: 'broadcaster', aliases: ['フォックス・ニュース', 'FOXニュース', 'Fox News', 'FOX News', '福克斯新闻', '폭스뉴스'], domains: ['foxnews.com'] },
  { name: 'NPR', kind: 'broadcaster', aliases: ['NPR', 'National Public Radio', '米公共ラジオ'], domains: ['npr.org'] },
  { name: 'NBC', kind: 'broadcaster', aliases: ['NBC News', 'NBC'], domains: ['nbcnews.com'] },
  { name: 'CBS', kind: 'broadcaster', aliases: ['CBS News', 'CBS'], domains: ['cbsnews.com'] },
  { name: 'ABC', kind: 'broadcaster', aliases: ['ABC News', 'ABC'], domains: ['abcnews.go.com'] },
  { name: 'CNBC', kind: 'broadcaster', aliases: ['CNBC'], domains: ['cnbc.com'] },
  { name: 'アルジャジーラ', kind: 'broadcaster', aliases: ['アルジャジーラ', 'Al Jazeera', '半岛电视台'], domains: ['aljazeera.com'] },
  { name: 'KBS', kind: 'broadcaster', aliases: ['KBS', '韓国放送公社', '한국방송'], domains: ['kbs.co.kr'] },
  { name: 'MBC', kind: 'broadcaster', aliases: ['MBC'], domains: ['imbc.com'] },
  { name: 'SBS', kind: 'broadcaster', aliases: ['SBS'], domains: ['sbs.co.kr'] },
  { name: 'CCTV', kind: 'broadcaster', aliases: ['中国中央テレビ', '中国中央电视台', '央视', 'CCTV'], domains: ['cctv.com'] },
  { name: 'TBS', kind: 'broadcaster', aliases: ['TBS'], domains: ['tbs.co.jp'] },
  { name: 'テレビ朝日', kind: 'broadcaster', aliases: ['テレビ朝日', 'テレ朝'], domains: ['tv-asahi.co.jp'] },
  { name: '日本テレビ', kind: 'broadcaster', aliases: ['日本テレビ', '日テレ'], domains: ['ntv.co.jp'] },
  { name: 'フジテレビ', kind: 'broadcaster', aliases: ['フジテレビ'], domains: ['fujitv.co.jp'] },
  { name: 'テレビ東京', kind: 'broadcaster', aliases: ['テレビ東京', 'テレ東'], domains: ['tv-tokyo.co.jp'] },
  { name: 'ドイチェ・ヴェレ', kind: 'broadcaster', aliases: ['ドイチェ・ヴェレ', 'Deutsche Welle', 'DW'], domains: ['dw.com'] },
  // newspapers
  { name: 'ニューヨーク・タイムズ', kind: 'newspaper', aliases: ['ニューヨーク・タイムズ', 'ニューヨークタイムズ', 'New York Times', 'NYT', '纽约时报', '뉴욕타임스'], domains: ['nytimes.com'] },
  { name: 'ウォール・ストリート・ジャーナル', kind: 'newspaper', aliases: ['ウォール・ストリート・ジャーナル', 'ウォールストリート・ジャーナル', 'Wall Street Journal', 'WSJ', '华尔街日报', '월스트리트저널'], domains: ['wsj.com'] },
  { name: 'ワシントン・ポスト', kind: 'newspaper', aliases: ['ワシントン・ポスト', 'ワシントンポスト', 'Washington Post', '华盛顿邮报', '워싱턴포스트'], domains: ['washingtonpost.com'] },
  { name: 'ガーディアン', kind: 'newspaper', aliases: ['ガーディアン', 'The Guardian', 'Guardian', '卫报'], domains: ['theguardian.com'] },
  { name: 'フィナンシャル・タイムズ', kind: 'newspaper', aliases: ['フィナンシャル・タイムズ', 'Financial Times', '金融时报'], domains: ['ft.com'] },
  { name: 'タイムズ', kind: 'newspaper', aliases: ['The Times of London'], domains: ['thetimes.co.uk'] },
  { name: 'USA Today', kind: 'newspaper', aliases: ['USA Today', 'USAトゥデイ'], domains: ['usatoday.com'] },
  { name: 'Los Angeles Times', kind: 'newspaper', aliases: ['Los Angeles Times', 'ロサンゼルス・タイムズ'], domains: ['latimes.com'] },
  { name: '朝日新聞', kind: 'newspaper', aliases: ['朝日新聞', 'Asahi Shimbun', '朝日'], domains: ['asahi.com'] },
  { name: '読売新聞', kind: 'newspaper', aliases: ['読売新聞', 'Yomiuri Shimbun', '読売'], domains: ['yomiuri.co.jp'] },
  { name: '毎日新聞', kind: 'newspaper', aliases: ['毎日新聞', 'Mainichi Shimbun', 'Mainichi'], domains: ['mainichi.jp'] },
  { name: '日本経済新聞', kind: 'newspaper', aliases: ['日本経済新聞', '日経新聞', 'Nikkei Asia', 'Nikkei', '日経'], domains: ['nikkei.com'] },
  { name: '産経新聞', kind: 'newspaper', aliases: ['産経新聞', 'Sankei Shimbun', '産経'], domains: ['sankei.com'] },
  { name: '東京新聞', kind: 'newspaper', aliases: ['東京新聞'], domains: ['tokyo-np.co.jp'] },
  { name: 'ジャパンタイムズ', kind: 'newspaper', aliases: ['ジャパンタイムズ', 'Japan Times'], domains: ['japantimes.co.jp'] },
  { name: '人民日報', kind: 'newspaper', aliases: ['人民日報', '人民日报', "People's Daily"], domains: ['people.com.cn'] },
  { name: '環球時報', kind: 'newspaper', aliases: ['環球時報', '环球时报', 'Global Times'], domains: ['globaltimes.cn', 'huanqiu.com'] },
  { name: 'チャイナ・デイリー', kind: 'newspaper', aliases: ['チャイナ・デイリー', 'China Daily', '中国日报'], domains: ['chinadaily.com.cn'] },
  { name: 'サウスチャイナ・モーニング・ポスト', kind: 'newspaper', aliases: ['サウスチャイナ・モーニング・ポスト', 'South China Morning Post', 'SCMP', '南华早报'], domains: ['scmp.com'] },
  { name: '朝鮮日報', kind: 'newspaper', aliases: ['朝鮮日報', '조선일보', 'Chosun Ilbo'], domains: ['chosun.com'] },
  { name: '中央日報', kind: 'newspaper', aliases: ['中央日報', '중앙일보', 'JoongAng Ilbo'], domains: ['joongang.co.kr'] },
  { name: '東亜日報', kind: 'newspaper', aliases: ['東亜日報', '동아일보', 'Dong-A Ilbo'], domains: ['donga.com'] },
  { name: '労働新聞', kind: 'newspaper', aliases: ['労働新聞', '劳动新闻', '로동신문', 'Rodong Sinmun'] },
  { name: 'イズベスチヤ', kind: 'newspaper', aliases: ['イズベスチヤ', 'イズベスチア', 'Izvestia'], domains: ['iz.ru'] },
  { name: 'コメルサント', kind: 'newspaper', aliases: ['コメルサント', 'Kommersant'], domains: ['kommersant.ru'] },
  { name: 'ル・モンド', kind: 'newspaper', aliases: ['ル・モンド', 'Le Monde'], domains: ['lemonde.fr'] },
  // magazines and online outlets
  { name: 'ニューズウィーク', kind: 'magazine', aliases: ['ニューズウィーク', 'Newsweek'], domains: ['newsweek.com', 'newsweekjapan.jp'] },
  { name: 'タイム', kind: 'magazine', aliases: ['TIME誌', 'タイム誌', 'Time magazine'], domains: ['time.com'] },
  { name: 'エコノミスト', kind: 'magazine', aliases: ['エコノミスト誌', 'The Economist'], domains: ['economist.com'] },
  { name: 'WIRED', kind: 'magazine', aliases: ['WIRED'], domains: ['wired.com', 'wired.jp'] },
  { name: 'Axios', kind: 'online outlet', aliases: ['Axios', 'アクシオス'], domains: ['axios.com'] },
  { name: 'Politico', kind: 'online outlet', aliases: ['Politico', 'POLITICO', 'ポリティコ'], domains: ['politico.com', 'politico.eu'] },
  { name: 'CNET', kind: 'online outlet', aliases: ['CNET Japan', 'CNET'], domains: ['cnet.com', 'japan.cnet.com'] },
  { name: 'ITmedia', kind: 'online outlet', aliases: ['ITmedia'], domains: ['itmedia.co.jp'] },
  // photo agencies (credits)
  { name: 'Getty Images', kind: 'company', aliases: ['Getty Images', 'Getty'], domains: ['gettyimages.com'] },
  // social media
  { name: 'X', kind: 'social media', aliases: ['X(旧ツイッター)', 'X（旧ツイッター）', 'X (formerly Twitter)', 'ツイッター', 'Twitter', '推特', '트위터', 'X'], domains: ['twitter.com', 'x.com'] },
  { name: 'トゥルース・ソーシャル', kind: 'social media', aliases: ['トゥルース・ソーシャル', 'トゥルースソーシャル', 'Truth Social', '真实社交'], domains: ['truthsocial.com'] },
  { name: 'Facebook', kind: 'social media', aliases: ['フェイスブック', 'Facebook', '脸书', '페이스북'], domains: ['facebook.com'] },
  { name: 'Instagram', kind: 'social media', aliases: ['インスタグラム', 'Instagram', '인스타그램'], domains: ['instagram.com'] },
  { name: 'YouTube', kind: 'social media', aliases: ['ユーチューブ', 'YouTube', '유튜브'], domains: ['youtube.com', 'youtu.be'] },
  { name: 'Telegram', kind: 'social media', aliases: ['テレグラム', 'Telegram'], domains: ['t.me', 'telegram.org'] },
  { name: 'Tumblr', kind: 'social media', aliases: ['Tumblr', 'タンブラー'], domains: ['tumblr.com'] },
  { name: 'TikTok', kind: 'social media', aliases: ['ティックトック', 'TikTok'], domains: ['tiktok.com'] },
  { name: 'Weibo', kind: 'social media', aliases: ['微博', 'ウェイボー', 'Weibo'], domains: ['weibo.com'] },
  { name: 'LINE', kind: 'social media', aliases: ['LINE'], domains: ['line.me'] },
  // bodies that are often cited
  { name: 'United Nations', kind: 'organisation', aliases: ['United Nations', '国連', '联合国', '유엔'], domains: ['un.org'] },
  { name: 'WHO', kind: 'organisation', aliases: ['World Health Organization', '世界保健機関', 'WHO'], domains: ['who.int'] },
  { name: 'ホワイトハウス', kind: 'government', aliases: ['ホワイトハウス', 'White House', '白宫', '백악관'], domains: ['whitehouse.gov'] },
  { name: 'クレムリン', kind: 'government', aliases: ['クレムリン', 'Kremlin', '克里姆林宫'], domains: ['kremlin.ru'] },
];

/** Alias → outlet, longest aliases first so 'ロイター通信' wins over 'ロイター'. */
export const ALIASES: { alias: string; outlet: Outlet }[] = OUTLETS.flatMap((outlet) =>
  outlet.aliases.map((alias) => ({ alias, outlet })),
).sort((a, b) => b.alias.length - a.alias.length);

const ALIAS_MAP = new Map(ALIASES.map((a) => [a.alias, a.outlet]));
const ALIAS_LOWER = new Map(ALIASES.map((a) => [a.alias.toLowerCase(), a.outlet]));

/** Exact alias lookup (then case-insensitive for Latin names, "the Associated Press"). */
/** Full-width Latin letters as Japanese papers set them (ＡＰ, ＮＨＫ) read as their ASCII forms. */
const halfWidth = (s: string) => (/[\uFF01-\uFF5E]/u.test(s) ? s.normalize('NFKC') : s);

export function findOutlet(name: string): Outlet | null {
  const n = halfWidth(name).replace(/^the\s+/i, '').trim();
  return ALIAS_MAP.get(n) ?? ALIAS_LOWER.get(n.toLowerCase()) ?? null;
}

/** Aliases by their last character, longest first: findOutletSuffix asks only the few that can end `name`. */
const BY_LAST_CHAR = new Map<string, { alias: string; outlet: Outlet }[]>();
for (const a of ALIASES) {
  const k = a.alias[a.alias.length - 1];
  const list = BY_LAST_CHAR.get(k) ?? [];
  list.push(a);
  BY_LAST_CHAR.set(k, list);
}

/** The outlet whose alias ends `name` ("国営タス通信" → タス通信, "米フォックス・ニュース"). */
export function findOutletSuffix(raw: string): { alias: string; outlet: Outlet } | null {
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
}

export function outletForDomain(host: string): Outlet | null {
  const h = host.toLowerCase().replace(/^www\./, '');
  for (const o of OUTLETS) {
    for (const d of o.domains ?? []) if (h === d || h.endsWith('.' + d)) return o;
  }
  return null;
}
