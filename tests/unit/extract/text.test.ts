// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../utils/extract/body/text';

function article(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  const base = doc.createElement('base');
  base.href = 'https://example.jp/news/1';
  doc.head.appendChild(base);
  const div = doc.createElement('div');
  // Test input only: a literal fixture string, parsed in an inert document.
  div.innerHTML = html; // eslint-disable-line no-unsanitized/property
  doc.body.appendChild(div);
  return div;
}

describe('extractText', () => {
  it('drops soft hyphens and writes each letter one way (NFC), so the text matches what is typed', () => {
    // soundofscience sets U+00AD inside words; a Bengali page (ukbdnews) writes য় one way, its
    // readers another (U+09DF and U+09AF U+09BC are canonically the same letter)
    const el = article('<p>En réac\u00adtion à la can\u00addi\u00adda\u00adture.</p><p>শনিবার \u09df</p><p>Cafe\u0301</p>');
    const r = extractText(el);
    expect(r.blocks).toEqual(['En réaction à la candidature.', 'শনিবার \u09af\u09bc', 'Caf\u00e9']);
  });

  it('reads the table or code a figure holds as text, and only its figcaption as the caption', () => {
    // WordPress's figure.wp-block-table; thebalance's comparison table (figure > div > table);
    // a pull quote and a figure's toolbar list stay out, as before
    const el = article(
      '<p>Fees compared.</p>' +
        '<figure class="wp-block-table"><div class="scroll"><table><tbody><tr><td>SWIFT (GBP)</td><td>Free deposit, 1 GBP withdrawal</td></tr></tbody></table></div><figcaption>Fees as of March 2022</figcaption></figure>' +
        '<figure><pre>curl -s https://api.example.com/fees</pre></figure>' +
        '<figure class="wp-block-pullquote"><blockquote><p>Fees matter more than features.</p><cite>A trader</cite></blockquote></figure>' +
        '<figure><img src="a.jpg"><ul class="tools"><li><a href="/fig1">Download figure</a></li></ul><figcaption>The exchange’s office</figcaption></figure>',
    );
    const r = extractText(el);
    expect(r.blocks).toEqual(['Fees compared.', 'SWIFT (GBP)\tFree deposit, 1 GBP withdrawal', 'curl -s https://api.example.com/fees']);
    expect(r.captions).toEqual(['Fees as of March 2022', 'Fees matter more than features.A trader', 'The exchange’s office']);
  });

  it('separates blocks by one blank line and marks them data-p in order', () => {
    const el = article('<h2>見出し</h2><p>一つ目の段落。</p><ul><li>項目A</li><li>項目B</li></ul><p>最後。</p>');
    const r = extractText(el);
    expect(r.text).toBe('見出し\n\n一つ目の段落。\n\n項目A\n\n項目B\n\n最後。');
    expect(r.blocks).toHaveLength(5);
    const marked = [...el.querySelectorAll('[data-p]')].map((e) => `${e.tagName}:${e.getAttribute('data-p')}`);
    expect(marked).toEqual(['H2:0', 'P:1', 'LI:2', 'LI:3', 'P:4']);
  });

  it('leaves out ruby readings and figure captions, and collects the captions', () => {
    const el = article(
      '<figure><img src="a.jpg"><figcaption>写真：会見する首相（ロイター）</figcaption></figure>' +
        '<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む。</p>',
    );
    const r = extractText(el);
    expect(r.text).toBe('漢字を読む。');
    expect(r.captions).toEqual(['写真：会見する首相（ロイター）']);
    expect(el.querySelector('figure')?.hasAttribute('data-p')).toBe(false);
  });

  it('sends photo credit lines to the captions, not the text', () => {
    const r = extractText(article('<p>本文です。</p><p>写真：ロイター</p><p>Photo: David Zalubowski / Associated Press</p>'));
    expect(r.blocks).toEqual(['本文です。']);
    expect(r.captions).toEqual(['写真：ロイター', 'Photo: David Zalubowski / Associated Press']);
  });

  it('sends German picture credits and symbol-picture notes to the captions (trafilatura-dev tuned outputs)', () => {
    const r = extractText(
      article(
        '<p>Beitragsbild: Stefan Mang</p><p>(Symbolbild)</p><p>Photocredits MYMARINI: Christin Schwarzer</p><p>© Bild: REUTERS / CAITLIN O\'HARA</p>' +
          '<p>Abb.: Collage aus Internetbild und Wake News</p><p>Symbolgrafik:© Butch - stock.adobe.com</p><p>Bildung: Die Schulen öffnen wieder.</p>' +
          '<p>Symbolbild: Ann Kiessling hat viele wichtige Entdeckungen gemacht</p>',
      ),
    );
    expect(r.blocks).toEqual(['Bildung: Die Schulen öffnen wieder.', 'Symbolbild: Ann Kiessling hat viele wichtige Entdeckungen gemacht']);
    expect(r.captions).toHaveLength(6);
  });

  it('sends a stock agency named alone to the captions, not a sentence that names one (trafilatura-dev labels)', () => {
    const r = extractText(article('<p>Getty Images</p><p>iStock.com</p><p>Shutterstock / Max Muster</p><p>Getty Images kaufte das Archiv im Jahr 2019.</p>'));
    expect(r.blocks).toEqual(['Getty Images kaufte das Archiv im Jahr 2019.']);
    expect(r.captions).toHaveLength(3);
  });

  it('sends illustration notes to the captions, not a sentence about illustrations (round 6, trafilatura-dev labels)', () => {
    const r = extractText(
      article('<p>Image illustrative : Lots of Lego Minifigures by Ninja Brick</p><p>Photo d’illustration</p><p>Imágenes capturadas de video</p><p>Images illustrating the report were taken by the council.</p>'),
    );
    expect(r.blocks).toEqual(['Images illustrating the report were taken by the council.']);
    expect(r.captions).toHaveLength(3);
  });

  it('sends caption paragraphs that end with a photo credit to the captions', () => {
    const r = extractText(
      article('<p>Vicente Aguiar loads trims outside a store. (AP Photo/Alan Diaz, File)</p><p>He said (in a photo shoot) it was fine.</p><p>会見する首相（写真＝ロイター）</p>'),
    );
    expect(r.blocks).toEqual(['He said (in a photo shoot) it was fine.']);
    expect(r.captions).toHaveLength(2);
  });

  it('sends caption paragraphs that end with "Foto: …" after their last sentence to the captions (larepublica, scmp)', () => {
    const r = extractText(
      article(
        '<div><span>Son tres los periodos de vacaciones durante el año escolar. Foto: Andina</span></div>' +
          '<p>Tsai Ing-wen speaks during a televised policy debate in Taipei. Photo: AP</p>' +
          '<p>Der Fotograf sagte: Das Bild zeigt den Hafen.</p><p>Wir zeigen die Fotos: Sie sind am Ende.</p>',
      ),
    );
    expect(r.blocks).toEqual(['Der Fotograf sagte: Das Bild zeigt den Hafen.', 'Wir zeigen die Fotos: Sie sind am Ende.']);
    expect(r.captions).toHaveLength(2);
  });

  it('sends the text under a picture that repeats its alt to the captions (macwelt, scmp), not a story paragraph after it', () => {
    const alt = 'Eine kleine runde Aussparung für die Facetime-Kamera im Display des iPhones 14.';
    const r = extractText(
      article(
        `<p>Apple plant eine neue Kamera.</p><div class="visual"><picture><img alt="${alt}" src="a.jpg"></picture>` +
          `<div class="description"><a class="btn">Vergrößern</a> <strong class="title">${alt}</strong><div class="box"><span>© Jon Prosser</span></div></div></div>` +
          `<p><img alt="Der Hafen von Hamburg im Morgenlicht" src="b.jpg"></p><p>Der Hafen von Hamburg im Morgenlicht ist das Motiv, das die Stadt für ihre neue Kampagne gewählt hat, und die Agentur erklärte warum.</p>`,
      ),
    );
    expect(r.captions).toEqual([`Vergrößern ${alt}`]);
    expect(r.blocks).toEqual([
      'Apple plant eine neue Kamera.',
      '© Jon Prosser',
      'Der Hafen von Hamburg im Morgenlicht ist das Motiv, das die Stadt für ihre neue Kampagne gewählt hat, und die Agentur erklärte warum.',
    ]);
  });

  it('wraps text that sits directly between blocks into its own marked paragraph', () => {
    const el = article('<div>前文の行<br>二行目<p>本文。</p>後ろの文。</div>');
    const r = extractText(el);
    expect(r.blocks).toEqual(['前文の行\n二行目', '本文。', '後ろの文。']);
    expect(el.querySelectorAll('p[data-p]')).toHaveLength(3);
  });

  it('keeps tables as one block per row and code with its line breaks', () => {
    const el = article('<table><tr><th>年</th><th>値</th></tr><tr><td>2019</td><td>42</td></tr></table><pre>a = 1\n  b = 2</pre>');
    const r = extractText(el);
    expect(r.blocks).toEqual(['年\t値', '2019\t42', 'a = 1\n  b = 2']);
  });

  it('collects http(s) links with the block they sit in', () => {
    const el = article('<p>出典は<a href="https://gov.example/report">報告書</a>。</p><p><a href="javascript:alert(1)">x</a><a href="/rel">相対</a></p>');
    const r = extractText(el);
    expect(r.links).toEqual([
      { href: 'https://gov.example/report', text: '報告書', paragraph: 0 },
      { href: 'https://example.jp/rel', text: '相対', paragraph: 1 },
    ]);
  });

  it('gives empty text for an article without text', () => {
    const r = extractText(article('<figure><img src="a.jpg"></figure>'));
    expect(r.text).toBe('');
    expect(r.blocks).toEqual([]);
  });
});
