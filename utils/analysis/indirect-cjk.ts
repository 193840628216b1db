/**
 * People cited in indirect speech, Japanese and Chinese (round 13): a person named as the topic or
 * subject of a reporting verb whose complement is the article's own clause, not a quotation in
 * 「」 or “”. Sources of kind `other`, named with the fullest form the article gives.
 *
 *  - Japanese: 山田太郎氏は…と述べた / と指摘した (the topic carries a personal title or honorific;
 *    the words before と are the article's own, not only 「…」).
 *  - Chinese: 研究员朱巍认为，… / 梁振英称，… (the subject read by the quote rules' speaker reader,
 *    zhSpeaker; a bare Han name only when the article gives it a role somewhere).
 *
 * Each reads one sentence of the masked block, in bounded windows: linear in the text's length.
 */
import { bodyKind, classifySource, fullestForm, hasJaTitle, jaSpeakerFromPhrase } from './names';
import { zhPersonLike, zhSpeaker } from './quotes-zh-ko';
import type { SourceBlock, SourceHit } from './sources';

/** The cue that ends a Japanese indirect report (the character before it is kept: 」 is a quote's) */
const JA_CUE_RE = /(.)と(?:述べ|指摘|説明|明らかに|話し|語っ|強調|付け加え|主張)/gu;
/** The topic that opens a Japanese sentence, after an optional lead clause: X氏は / X知事も */
const JA_TOPIC_RE = /^(?:[^、。「」]{0,24}?、)??([^、。「」はもが]{2,40}?)(?:は|も)/u;
/** Chinese: a subject phrase, a verb of saying, and no quotation after it */
const ZH_RE = /(?:^|[，。；！？])([^，。；：！？“”「」〓]{2,40}?)(?:也|还|则)?(?:表示|认为|指出|称|介绍说?|强调|坦言|透露|说)[，,]?(?![“「]?〓|[\s：:，,])/gu;
/** 方面 (the side of), 多方 (many sides): a surname's character that names no one */
const ZH_NOT_NAME_RE = /^(?:方|多方|双方|官方)|方面$/u;
const CJK_RE = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]/gu;

/** The article's own characters (quotations cut out), counted up to `max` */
function ownChars(s: string, max: number): number {
  let n = 0;
  for (const m of s.replace(/「[^」]*」|“[^”]*”|〓+/gu, '').matchAll(CJK_RE)) if (m && ++n >= max) break;
  return n;
}

const isPerson = (name: string, allText: string) => classifySource(name) === 'other' && !bodyKind(name, allText);

function jaSentence(s: string, allText: string): string | null {
  const topic = JA_TOPIC_RE.exec(s);
  const phrase = topic?.[1] ?? '';
  if (!hasJaTitle(phrase.split(/[のが、]/u).pop() ?? '')) return null;
  const name = jaSpeakerFromPhrase(phrase);
  if (!name || name.length < 2 || !isPerson(name, allText)) return null;
  for (const m of s.slice(topic![0].length).matchAll(JA_CUE_RE)) {
    // "…可能性が高いと述べた" (the article's words before the cue); 「…」と述べた alone is a quote, but
    // not after a joint: "…だとして、「…」と明らかにした" (the last 200 characters: a sentence may hold hundreds of cues)
    const clause = s.slice(Math.max(topic![0].length, topic![0].length + m.index! - 200), topic![0].length + m.index! + 1);
    if (ownChars(clause, 12) >= 12 && (m[1] !== '」' || /(?:が|として|一方)、[^、]*「[^」]*」$/u.test(clause))) return fullestForm(name, allText);
  }
  return null;
}

/** Is this bare Han name introduced with a role somewhere ("来电科技的高级市场总监刘颖")? At most 20 looks per article. */
function introduced(name: string, allText: string): boolean {
  for (let at = allText.indexOf(name), n = 0; at >= 0 && n < 20; at = allText.indexOf(name, at + 1), n++) {
    const clause = allText.slice(Math.max(0, at - 24), at).split(/[，。、“”：\n ]/u).pop();
    if (clause && (zhSpeaker(clause + name)?.role?.length ?? 0) >= 2) return true;
  }
  return false;
}

export function findIndirectCjk(blocks: SourceBlock[], allText: string): SourceHit[] {
  const hits: SourceHit[] = [];
  const judged = new Map<string, boolean>();
  blocks.forEach((b, p) => {
    const text = b.masked ?? b.text;
    for (const [a, e] of b.sentences) {
      const s = text.slice(a, e);
      if (b.script === 'ja') {
        const name = jaSentence(s, allText);
        if (name) hits.push({ name, paragraph: p, at: a, kind: 'other' });
      } else if (b.script === 'zh')
        for (const m of s.matchAll(ZH_RE)) {
          // what follows the verb is the article's own words (a window: a block with no 。 is one sentence)
          const end = m.index! + m[0].length;
          const sp = ownChars(s.slice(end, end + 120).split(/[。！？]/u)[0], 6) >= 6 ? zhSpeaker(m[1]) : null;
          if (!sp || !zhPersonLike(sp.name) || ZH_NOT_NAME_RE.test(sp.name) || !isPerson(sp.name, allText)) continue;
          if (/^\p{sc=Han}{2,3}$/u.test(sp.name) && (sp.role?.length ?? 0) < 2) {
            if (!judged.has(sp.name) && judged.size < 50) judged.set(sp.name, introduced(sp.name, allText));
            if (!judged.get(sp.name)) continue;
          }
          hits.push({ name: sp.name, paragraph: p, at: a + m.index!, kind: 'other' });
        }
    }
  });
  return hits;
}
