import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadDocument } from '/work/wt-extract/scripts/cli/load-document';
import { runPipeline } from '/work/wt-extract/utils/article/pipeline';
const C='/work/shared/corpus/';
const pages: {bytes: Buffer, url: string|null}[] = [];
for (const l of readFileSync(C+'trafilatura-dev/manifest.jsonl','utf8').split('\n').filter(Boolean).slice(0,50)) { const p=JSON.parse(l); pages.push({bytes: readFileSync(C+'trafilatura-dev/'+p.html), url: p.url}); }
for (const l of readFileSync(C+'scrapinghub/manifest.jsonl','utf8').split('\n').filter(Boolean).slice(0,50)) { const p=JSON.parse(l); pages.push({bytes: gunzipSync(readFileSync(C+'scrapinghub/'+p.html)), url: p.url}); }
const prof: Record<string, number> = {};
for (const p of pages) {
  const r = loadDocument(p.bytes, p.url);
  if (r.document) runPipeline(r.document, {url: p.url, window: r.window!, removedHtml: false, profile: prof});
  r.close();
}
console.log(Object.entries(prof).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${k} ${v.toFixed(0)}`).join('\n'));
