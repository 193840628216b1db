"""
Builds the multi-page article fixtures (ja, zh, seed) from the labelled real pages in
tests/fixtures/pages: the article's own text split over three pages, inside the site's own page
chrome and pagination markup. Run from the repository root: python3 tests/e2e/pages/multipage/build.py
The English fixture (en/) is a trimmed copy of a real page 1 and is edited by hand (README.md).
"""
import re
from pathlib import Path

ROOT = Path('tests/fixtures/pages')
OUT = Path('tests/e2e/pages/multipage')


def lines_of(fixture):
    return (ROOT / fixture / 'source.html').read_text(encoding='utf-8').split('\n')


def build_ja():
    src = lines_of('parser-itmedia')
    text = '\n'.join(src)
    body_start, body_end = 431, 473  # lines 432..473 (1-based): the article body up to the next-page teaser
    body = src[body_start:body_end]
    # the page's lines by number (1-based) -> which page they go to; photos t02-t04, t06, t08 dropped
    groups = {1: range(432, 445), 2: range(457, 460), 3: list(range(464, 466)) + [467, 468]}
    photos = {
        'ht0222_t01.jpg': '../img/nuc-board.jpg',
        'ht0222_t07.jpg': '../img/ssd-dashboard.jpg',
    }
    names = {1: 'news089.html', 2: 'news089_2.html', 3: 'news089_3.html'}
    for n in (1, 2, 3):
        part = '\n'.join(src[i - 1] for i in groups[n])
        for remote, local in photos.items():
            part = re.sub(r'https://image\.itmedia\.co\.jp/pcuser/articles/1902/22/' + re.escape(remote), local, part)
        page = '\n'.join(src[:body_start]) + '\n' + part + '\n' + ('\n'.join(src[473:474]) if n == 1 else '') + '\n' + '\n'.join(src[474:])
        # page counter in <title> and h1: （1/2 ページ） -> （n/3 ページ）, written as the page writes it
        page = page.replace('&#xFF08;1/2 &#x30DA;&#x30FC;&#x30B8;&#xFF09;', f'&#xFF08;{n}/3 &#x30DA;&#x30FC;&#x30B8;&#xFF09;')
        rel = ''
        if n > 1:
            rel += f'<link rel="prev" href="{names[n - 1]}">\n'
        if n < 3:
            rel += f'<link rel="next" href="{names[n + 1]}">'
        page = page.replace('<link rel="next" href="news089_2.html">', rel.strip())
        if n > 1:
            page = page.replace('<link rel="canonical" href="https://www.itmedia.co.jp/pcuser/articles/1902/22/news089.html">',
                                f'<link rel="canonical" href="https://www.itmedia.co.jp/pcuser/articles/1902/22/{names[n]}">')
        numbers = '|'.join(f'<strong>{k}</strong>' if k == n else f'<a href="{names[k]}">{k}</a>' for k in (1, 2, 3))
        prev = f'<a href="{names[n - 1]}">&#x524D;&#x306E;&#x30DA;&#x30FC;&#x30B8;&#x3078;</a>' if n > 1 else '&#x3000;' * 6
        nxt = f'<a href="{names[n + 1]}">&#x6B21;&#x306E;&#x30DA;&#x30FC;&#x30B8;&#x3078;</a>' if n < 3 else '&#x3000;' * 6
        page = re.sub(r'<span id="prev">.*?</span>\n<span id="numb">.*?</span>\n<span id="next">.*?</span>',
                      f'<span id="prev">{prev}</span>\n<span id="numb">{numbers}</span>\n<span id="next">{nxt}</span>', page, flags=re.S)
        (OUT / 'ja' / names[n]).write_text(page, encoding='utf-8')


def build_zh():
    src = lines_of('trafilatura-xinhuanet-2020')
    groups = {1: range(128, 137), 2: range(137, 142), 3: range(142, 146)}
    names = {1: 'c_1125597921.htm', 2: 'c_1125597921_2.htm', 3: 'c_1125597921_3.htm'}
    for n in (1, 2, 3):
        part = '\n'.join(src[i - 1] for i in groups[n])
        cells = ' '.join(f'<span class="page-Article">{k}</span>' if k == n else f'<a href="{names[k]}" class="page-Article">{k}</a>' for k in (1, 2, 3))
        nxt = f' <a href="{names[n + 1]}" class="nextpage">&#19979;&#19968;&#39029;</a>' if n < 3 else ''
        pager = f'<center><div id="div_currpage">{cells}{nxt}</div></center>'
        page = '\n'.join(src[:127]) + '\n' + part + '\n' + pager + '\n' + '\n'.join(src[145:])
        (OUT / 'zh' / names[n]).write_text(page, encoding='utf-8')


def build_seed():
    """The seed article (6 quotes, labelled) over three pages: its quotes fall on every page."""
    src = (ROOT / 'seed-us-russia-talks' / 'source.html').read_text(encoding='utf-8')
    start = src.index('<article id="article-view-content-div"')
    start = src.index('>', start) + 1
    end = src.index('</article>', start)
    # the body's own elements, in order: <p> paragraphs, <figure> photos, the ad <div>
    parts = re.findall(r'\n     (<(p|figure|div)\b.*?</\2>)', src[start:end], flags=re.S)
    paragraphs = [i for i, (_, tag) in enumerate(parts) if tag == 'p']
    # page 1: paragraphs 1-3 (and the photos among them); page 2: 4-5; page 3: 6-8 (and the ad)
    cuts = [0, paragraphs[3], paragraphs[5], len(parts)]
    names = {1: '48213.html', 2: '48213_2.html', 3: '48213_3.html'}
    canonical = 'https://www.kangnamtimes.jp/news/articleView.html?idxno=48213'
    for n in (1, 2, 3):
        body = '\n'.join('     ' + html for html, _ in parts[cuts[n - 1]:cuts[n]])
        cells = ' '.join(f'<strong>{k}</strong>' if k == n else f'<a href="{names[k]}">{k}</a>' for k in (1, 2, 3))
        nxt = f' <a href="{names[n + 1]}" class="next">&#x6B21;&#x3078;</a>' if n < 3 else ''
        pager = f'   <div class="paging">{cells}{nxt}</div>'
        page = src[:start] + '\n' + body + '\n   ' + src[end:end + len('</article>')] + '\n' + pager + src[end + len('</article>'):]
        rel = (f'<link rel="prev" href="{names[n - 1]}">\n' if n > 1 else '') + (f'<link rel="next" href="{names[n + 1]}">\n' if n < 3 else '')
        page_url = canonical if n == 1 else f'{canonical}&amp;page={n}'
        page = page.replace(f'<link rel="canonical" href="{canonical}">', rel + f'<link rel="canonical" href="{page_url}">')
        page = page.replace(f'<meta property="og:url" content="{canonical}">', f'<meta property="og:url" content="{page_url}">')
        (OUT / 'seed').mkdir(exist_ok=True)
        (OUT / 'seed' / names[n]).write_text(page, encoding='utf-8')


build_ja()
build_zh()
build_seed()
