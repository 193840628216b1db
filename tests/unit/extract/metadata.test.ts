// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bylineOf, cleanByline, siteNameBeside, datesOf, declaredTitles, normaliseDate, readPageMeta, readingMinutes } from '../../../utils/extract/page/metadata';
import { detectLang, normaliseLangTag, resolveDir, resolveLang } from '../../../utils/extract/page/lang';
import { cleanDeclaredTitle, findHeadline, headingText } from '../../../utils/extract/page/title';
import { scanPage } from '../../../utils/extract/page/scan';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('title', () => {
  it('cuts site names off declared titles, by the separators real sites use', () => {
    expect(cleanDeclaredTitle('メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル', null)).toBe('メディア芸術祭賞、「チコちゃんに叱られる！」が受賞');
    expect(cleanDeclaredTitle('Losing face: 6,000 surgical masks stolen from Kobe hospital | The Japan Times', null)).toBe('Losing face: 6,000 surgical masks stolen from Kobe hospital');
    expect(cleanDeclaredTitle('武汉的声音：有英勇的你，才有英雄的城！-新华网', null)).toBe('武汉的声音：有英勇的你，才有英雄的城！');
    expect(cleanDeclaredTitle('Intel NUCで最新SSDを比較してみた（1/2 ページ） - ITmedia PC USER', null)).toBe('Intel NUCで最新SSDを比較してみた');
    // No separator with a site-like tail: kept whole (a hyphen inside a headline is not one).
    expect(cleanDeclaredTitle('Google ChromeのNever-Slow Mode', null)).toBe('Google ChromeのNever-Slow Mode');
    expect(cleanDeclaredTitle('外国专家：中美合作共赢符合国际社会利益', null)).toBe('外国专家：中美合作共赢符合国际社会利益');
  });

  it('decodes character references a CMS escaped twice in the declared titles (my6sense, inexhibit), once', () => {
    const doc = page(
      '<title>Our BI Research Shows &amp;#8211; A Mix | my6sense</title>' +
        '<meta property="og:title" content="Our BI Research Shows &amp;#8211; A Mix of Native Ad Units">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"&#8216;The Medium is the Message&#8217; &amp;amp; more &#xD800; &#99999999;"}</script>',
    );
    const scan = scanPage(doc);
    expect(declaredTitles(doc, readPageMeta(scan))).toEqual([
      '‘The Medium is the Message’ &amp; more &#xD800; &#99999999;',
      'Our BI Research Shows – A Mix of Native Ad Units',
      'Our BI Research Shows – A Mix | my6sense',
    ]);
  });

  it('reads the first line of a heading: no byline after <br>, no page counter', () => {
    const doc = page('<h1><span>米朝首脳直通電話　習氏に挑む</span><br><span>編集委員　中沢克二</span></h1><h2>見出し<span>（2/3 ページ）</span></h2>');
    expect(headingText(doc.querySelector('h1')!)).toBe('米朝首脳直通電話 習氏に挑む');
    expect(headingText(doc.querySelector('h2')!)).toBe('見出し');
  });

  it('takes the visible headline that agrees with the declared title, not a logo h1', () => {
    const doc = page(
      '<title>Colder Temperatures Forecast for Wed. l KBS WORLD</title><h1>KBS WORLD</h1>' +
        '<div class="headline">Colder Temperatures Forecast for Wed.</div><ul><li><a class="title">Colder</a></li></ul>',
    );
    const r = findHeadline(scanPage(doc), { declared: [doc.title], siteName: null });
    expect(r.title).toBe('Colder Temperatures Forecast for Wed.');
    expect(r.element?.className).toBe('headline');
  });

  // Issue #11's unseen CJK titles: site tails, series kickers, subtitles run into the title.
  const headline = (html: string) => {
    const doc = page(html);
    const scan = scanPage(doc);
    const declared = [doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), doc.title].filter((x): x is string => !!x);
    return findHeadline(scan, { declared, siteName: null, bodyText: () => doc.body.textContent ?? '' }).title;
  };

  it('cuts the 産経ニュース tail and a series kicker the visible headline does not show', () => {
    const html =
      '<title>【経済インサイド】中国の「一帯一路」に陰り 港湾投資が失速 - 産経ニュース</title>' +
      '<meta property="og:title" content="【経済インサイド】中国の「一帯一路」に陰り 港湾投資が失速">' +
      '<body><header><a href="/">産経ニュース</a></header><article><h1>中国の「一帯一路」に陰り 港湾投資が失速</h1><p>本文</p></article></body>';
    expect(headline(html)).toBe('中国の「一帯一路」に陰り 港湾投資が失速');
    // no visible heading at all: the kicker is still the site's, not the headline's
    expect(headline(html.replace(/<h1>.*<\/h1>/, ''))).toBe('中国の「一帯一路」に陰り 港湾投資が失速');
  });

  it('keeps a kicker the visible headline shows', () => {
    const html =
      '<title>【河崎真澄の中台両岸特派員】台湾の選挙戦が本格化 - 産経ニュース</title>' +
      '<body><article><h1>【河崎真澄の中台両岸特派員】台湾の選挙戦が本格化</h1><p>本文</p></article></body>';
    expect(headline(html)).toBe('【河崎真澄の中台両岸特派員】台湾の選挙戦が本格化');
  });

  it('cuts a chain of channel and site joined by underscores (中国青年网)', () => {
    const html = '<title>教育部：今年高校毕业生预计达1179万人_教育频道_中国青年网</title><body><div class="main"><p>正文</p></div></body>';
    expect(headline(html)).toBe('教育部：今年高校毕业生预计达1179万人');
    const withH1 = html.replace('<div class="main">', '<h1>教育部：今年高校毕业生预计达1179万人</h1><div class="main">');
    expect(headline(withH1)).toBe('教育部：今年高校毕业生预计达1179万人');
  });

  it('never runs a subtitle in a child of the heading into the title', () => {
    const html =
      '<title>老化を遅らせる食事とは | 健康ニュース</title><meta property="og:title" content="老化を遅らせる食事とは">' +
      '<body><article><h1>老化を遅らせる食事とは<span class="sub">米井嘉一・同志社大学教授</span></h1><p>本文</p></article></body>';
    expect(headline(html)).toBe('老化を遅らせる食事とは');
  });

  it('falls back to the declared title without its site name when no heading matches', () => {
    const doc = page('<title>話剧结束 - 新华网河北频道</title><p>正文</p>');
    expect(findHeadline(scanPage(doc), { declared: [doc.title], siteName: null }).title).toBe('話剧结束');
  });
});

describe('byline', () => {
  it('drops prefixes, trailing dates and placeholder names', () => {
    expect(cleanByline('ZDNet Japan Staff 2019年04月28日 08時00分', null)).toBe('ZDNet Japan Staff');
    expect(cleanByline('文● オカモト／ASCII編集部', null)).toBe('オカモト／ASCII編集部');
    expect(cleanByline('By Jane Doe', null)).toBe('Jane Doe');
    expect(cleanByline('No Author', null)).toBeNull();
    expect(cleanByline('[田中宏昌，ITmedia]', null)).toBe('田中宏昌，ITmedia');
  });

  it('takes "By:" whole, and never the start of a name that begins like a prefix', () => {
    // Appen's author box (trafilatura-dev): the view said "By : Joe S."
    expect(cleanByline('By: Joe S.', null)).toBe('Joe S.');
    expect(cleanByline('Von: Anna Maier', null)).toBe('Anna Maier');
    expect(cleanByline('Por Ana Ruiz', null)).toBe('Ana Ruiz');
    // these were "ron York", "negut", "ker Lee", "tia Doubleday"
    expect(cleanByline('NH. Shear, SP. Spielberg,', null)).toBe('NH. Shear, SP. Spielberg');
    expect(cleanByline('山田太郎、', null)).toBe('山田太郎');
    for (const name of ['Byron York', 'Kurt Vonnegut', 'Vonnegut Kurt', 'Parker Lee', 'Portia Doubleday']) expect(cleanByline(name, null)).toBe(name);
  });
});

describe('microdata', () => {
  it("reads the page's own items, not those nested in another item (Springer's reference list)", () => {
    const doc = page(`<html><head><title>DRESS Syndrome and the Rheumatologist</title></head><body>
      <article itemscope itemtype="http://schema.org/ScholarlyArticle"><h1>DRESS Syndrome and the Rheumatologist</h1>
      <ol><li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">
        <meta itemprop="author" content="NH. Shear, SP. Spielberg, "><meta itemprop="datePublished" content="1988">
        <span>1.</span><p>Shear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome.</p></li></ol>
      <meta itemprop="author" content="Marwan H. Adwan"></article></body></html>`);
    const pm = readPageMeta(scanPage(doc));
    expect(pm.metas.get('author')).toBe('Marwan H. Adwan');
    expect(pm.metas.get('datepublished')).toBeUndefined();
    expect(bylineOf(pm, null, null)).toBe('Marwan H. Adwan');
  });

  it("keeps the page's own item nested as its mainEntity, and a date the CMS put in the author's box", () => {
    const doc = page(`<html><body itemscope itemtype="http://schema.org/WebPage">
      <article itemprop="mainEntity" itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Why Beijing will bring slaughter to Hong Kong</h1>
      <div itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/author/tom-rogan">Tom Rogan</a>
        <meta itemprop="datePublished" content="2019-11-18T17:26:45Z"></div>
      <meta itemprop="dateModified" content="2019-11-19T08:00:00Z"></article></body></html>`);
    const pm = readPageMeta(scanPage(doc));
    expect(pm.metas.get('datepublished')).toBe('2019-11-18T17:26:45Z');
    expect(pm.metas.get('datemodified')).toBe('2019-11-19T08:00:00Z');
  });
});

describe('byline dates and labels', () => {
  // each seen as "By …" in the view on scrapinghub and trafilatura-dev pages (dump-pipeline)
  it.each([
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['Jeff Foust — November 18, 2019', 'Jeff Foust'],
    ['Carrie ArnoldNovember 15, 2019', 'Carrie Arnold'],
    ['Jeff FoustMonday, November 18, 2019', 'Jeff Foust'],
    ['Poppy Reid Feb 21, 2020', 'Poppy Reid'],
    ['Coastline News staff · Aug 14, 2025', 'Coastline News staff'],
    ['Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr', 'Isabella.DiBiase'],
    ['Christian Thiele, 07 Dezember, 2022', 'Christian Thiele'],
    ['David · 18. Oktober 2019', 'David'],
    ['lupa am 26/10/13, 03:48 pm', 'lupa'],
    ['Author: Bo2man am 29.12.2010, 13:36 Uhr', 'Bo2man'],
    ['Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr', 'Katharina Schmidt'],
    ['Dezember 10, 2019 · von freeman1984 · in Uncategorized ·', 'freeman1984'],
    ['Written by: Charnele Henry', 'Charnele Henry'],
    ['| Klaus Quibeldey-Cirkel', 'Klaus Quibeldey-Cirkel'],
    ["'Luana Patriolino, Raphael Felice'", 'Luana Patriolino, Raphael Felice'],
    ['Deutsche Welle (www.dw.com', 'Deutsche Welle'],
    ['FEDERICA LUSIARDI -', 'FEDERICA LUSIARDI'],
    // a date, then a label or a time: nobody is named
    ['21.01.2022 Aktuelle Meldung', null],
    ['17 April 2012 • 2:54pm', null],
    ['admin -', null],
    // names with dashes and no date stay whole
    ['Jean-Pierre Dupont', 'Jean-Pierre Dupont'],
    ['DITIB - Türkisch-Islamische Union der Anstalt für Religion e.V.', 'DITIB - Türkisch-Islamische Union der Anstalt für Religion e.V.'],
  ])('%s → %s', (raw, name) => {
    expect(cleanByline(raw, null)).toBe(name);
  });
});

describe('site name', () => {
  it('is the part beside the headline when og:site_name repeats the whole <title>', () => {
    const title = 'Land zahlte rund 1,4 Millionen Euro Erlegungsprämie für Wildschweine im Jagdjahr 2020/2021';
    expect(siteNameBeside(`${title}  | MLUK`, title)).toBe('MLUK');
    expect(siteNameBeside(`MLUK – ${title}`, title)).toBe('MLUK');
    // nothing beside it, or a sentence rather than a name: no site name rather than the headline again
    expect(siteNameBeside(title, title)).toBeNull();
    expect(siteNameBeside(`${title} | Ministerium für Landwirtschaft, Umwelt und Klimaschutz des Landes Brandenburg`, title)).toBeNull();
  });

  it('leaves real site names alone, including one that is a word of the headline', () => {
    expect(siteNameBeside('朝日新聞デジタル', 'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞')).toBe('朝日新聞デジタル');
    expect(siteNameBeside('Appen', 'The Future of Artificial Intelligence in Healthcare')).toBe('Appen');
    expect(siteNameBeside('The  Guardian', 'Guardian')).toBe('The Guardian');
    expect(siteNameBeside(null, 'x')).toBeNull();
    expect(siteNameBeside('tdg.ch/', 'Berne interdit désormais le chlorothalonil')).toBe('tdg.ch');
  });
});

describe('dates', () => {
  it('normalises to ISO 8601 with an offset', () => {
    expect(normaliseDate('20180619T055000+0900', 'ja')).toBe('2018-06-19T05:50:00+09:00');
    expect(normaliseDate('2019-03-01T04:16:56Z', 'ja')).toBe('2019-03-01T04:16:56+00:00');
    expect(normaliseDate('2019/02/22 17:23', 'ja')).toBe('2019-02-22T17:23:00+09:00');
    expect(normaliseDate('2020-01-02', 'zh-CN')).toBe('2020-01-02T00:00:00+08:00');
  });

  it('gives null rather than guessing an offset, and for garbage', () => {
    expect(normaliseDate('2019-02-22T17:23:44', 'en')).toBeNull();
    expect(normaliseDate('yesterday', 'ja')).toBeNull();
    expect(normaliseDate('2019-13-40', 'ja')).toBeNull();
  });

  it('skips a placeholder date (year 1, the Unix epoch) for the next candidate (USA Today\'s JSON-LD "0001-01-01T00:00:00Z")', () => {
    expect(normaliseDate('0001-01-01T00:00:00Z', 'en')).toBeNull();
    expect(normaliseDate('1970-01-01T00:00:00Z', 'en')).toBeNull();
    expect(normaliseDate('Thu, 01 Jan 1970 00:00:00 GMT', 'en')).toBeNull();
    expect(normaliseDate('1969-07-20T20:17:00Z', 'en')).toBe('1969-07-20T20:17:00+00:00');
    const doc = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>' +
        '<meta property="article:published_time" content="2019-11-19T18:01:00Z">',
    );
    const scan = scanPage(doc);
    expect(datesOf(scan, readPageMeta(scan), 'en').published).toBe('2019-11-19T18:01:00+00:00');
  });

  it('prefers JSON-LD, then meta tags, then <time> in the article', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-09-30T10:12:00+09:00","dateModified":"2025-09-30T11:00:00+09:00"}</script>' +
        '<meta property="article:published_time" content="2001-01-01T00:00:00Z"><article><time datetime="2002-02-02T00:00:00Z"></time></article>',
    );
    const scan = scanPage(doc);
    expect(datesOf(scan, readPageMeta(scan), 'ja')).toEqual({ published: '2025-09-30T10:12:00+09:00', modified: '2025-09-30T11:00:00+09:00' });
    const doc2 = page('<article><time datetime="2002-02-02T09:00:00+09:00">2月2日</time></article>');
    const scan2 = scanPage(doc2);
    expect(datesOf(scan2, readPageMeta(scan2), 'ja').published).toBe('2002-02-02T09:00:00+09:00');
  });
});

describe('language and direction', () => {
  it('normalises tags to BCP 47 case', () => {
    expect(normaliseLangTag('en_us')).toBe('en-US');
    expect(normaliseLangTag('ZH-hans-cn')).toBe('zh-Hans-CN');
    expect(normaliseLangTag('')).toBeNull();
    expect(normaliseLangTag('*')).toBeNull();
  });

  it('detects by script when nothing is declared', () => {
    expect(detectLang('文化庁は１日、アート、エンターテインメントの４部門で優れた作品を顕彰する。')).toBe('ja');
    expect(detectLang('香港特首梁振英就其住宅违建事件再次公开道歉，并表示会配合调查。')).toBe('zh');
    expect(detectLang('한파 경보가 내려진 화요일에 이어 수요일에는 기온이 더 떨어질 전망입니다.')).toBe('ko');
    expect(detectLang('Die Regierung hat am Montag beschlossen, dass die Steuer nicht steigt und das ist gut.')).toBe('de');
    expect(detectLang('The government said on Monday that the tax will not rise and that is good.')).toBe('en');
  });

  it('keeps a declaration unless the text is plainly in another CJK script', () => {
    expect(resolveLang(['ja-JP'], 'Copyright (c) All rights reserved and other English footer words.')).toBe('ja-JP');
    expect(resolveLang(['en'], '文化庁は１日、アート、エンターテインメントの４部門で優れた作品を顕彰する。')).toBe('ja');
    expect(resolveLang([null, undefined], '')).toBeNull();
    expect(resolveDir(null, 'ar-EG')).toBe('rtl');
    expect(resolveDir('ltr', 'he')).toBe('ltr');
    expect(resolveDir(null, 'ja')).toBe('ltr');
  });
});

describe('reading time', () => {
  it('uses characters per minute for Japanese and words per minute for English, at least 1', () => {
    expect(readingMinutes('あ'.repeat(357 * 3), 'ja')).toBe(3);
    expect(readingMinutes(Array(228 * 4).fill('word').join(' '), 'en')).toBe(4);
    expect(readingMinutes('短い。', 'ja')).toBe(1);
    // Chinese reads slower per character than Japanese (IReST: 255 vs 357 per minute).
    expect(readingMinutes('字'.repeat(2550), 'zh')).toBe(10);
  });
});
