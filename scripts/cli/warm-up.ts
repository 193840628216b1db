/**
 * A synthetic page run through the whole pipeline when a worker starts, so that the first real
 * page does not pay for lazy initialisation (module code compiled on first call, jsdom's CSS
 * parser and selector engine, Readability's regexes): measured here, a fresh worker's first
 * page took ~2.5× as long as the same page run again. It exercises what real pages have:
 * a stylesheet, metadata, JSON-LD, navigation, lists of links, a figure, a table, paragraphs.
 */

const PARAGRAPH =
  'The city council approved the new harbour plan on Monday after a long debate, officials said, ' +
  'adding that construction would begin next spring. 市議会は月曜日、新しい港湾計画を承認した。';

export function warmUpHtml(): string {
  const links = Array.from({ length: 6 }, (_, i) => `<li><a href="/news/${i}">Related story ${i}</a></li>`).join('');
  const paras = Array.from({ length: 10 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved - Example News</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Example News">
<meta name="author" content="A. Writer"><link rel="canonical" href="https://news.example/harbour">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour plan approved","datePublished":"2024-01-02T03:04:05+09:00"}</script>
<style>body{margin:0;font:16px/1.6 sans-serif}.nav a:hover{color:#c00}@media (max-width:600px){.side{display:none}}</style></head>
<body><header><nav class="nav"><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Harbour plan approved</h1><p class="byline">By A. Writer</p>
<figure><img src="/img/harbour.jpg" width="800" height="450" alt="The harbour"><figcaption>The harbour (Photo: Example)</figcaption></figure>
${paras}<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>1.2bn</td></tr></table>
<div class="share"><a href="https://twitter.com/share">Share</a></div></article>
<aside class="side"><h2>Most read</h2><ol>${links}</ol></aside><section class="related"><h2>Related stories</h2><ul>${links}</ul></section></main>
<footer><p>© Example News</p></footer></body></html>`;
}
