/**
 * A tiny matcher for the simple selectors the rule table uses (`tag`, `#id`, `.class`,
 * `[attr]`, `[attr="v"]`, `[attr^="v"]`, `[attr*="v" i]`, one `parent > child` step).
 * Why: jsdom's selector engine takes tens of milliseconds per attribute selector on a news
 * page; testing a few compiled predicates on each element during the one pass we already make
 * costs almost nothing, especially when each selector is only tried on elements that have its
 * tag or its attribute (see `Compiled`). Unsupported syntax throws at module load, so a bad
 * table entry fails every test rather than silently matching nothing.
 */

type Pred = (el: Element) => boolean;

export interface Compiled {
  pred: Pred;
  /** the tag the selector requires (upper case), or null */
  tag: string | null;
  /** an attribute the selector requires (id, class or other), when it requires no tag */
  attr: string | null;
}

const COMPOUND = /^([a-z][a-z0-9-]*|\*)?((?:#[\w-]+|\.[\w-]+|\[[^\]]+\])*)$/i;
const PART = /#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:([~^$*|]?=)\s*"([^"]*)"\s*(i)?)?\s*\]/gi;

function compileCompound(src: string): Compiled {
  const m = COMPOUND.exec(src.trim());
  if (!m) throw new Error(`declutter: unsupported selector ${src}`);
  const tag = m[1] && m[1] !== '*' ? m[1].toUpperCase() : null;
  const preds: Pred[] = [];
  let firstAttr: string | null = null;
  if (tag) preds.push((el) => el.tagName === tag);
  for (const p of (m[2] ?? '').matchAll(PART)) {
    const [, id, cls, attr, op, value, flag] = p;
    firstAttr ??= id ? 'id' : cls ? 'class' : attr.toLowerCase();
    if (id) preds.push((el) => el.getAttribute('id') === id);
    // the substring test first: most class attributes lack it, and splitting each one is the cost
    else if (cls) {
      preds.push((el) => {
        const raw = el.getAttribute('class');
        return raw !== null && raw.includes(cls) && raw.split(/\s+/).includes(cls);
      });
    } else if (attr) {
      const ci = flag === 'i';
      const v = ci ? (value ?? '').toLowerCase() : value ?? '';
      preds.push((el) => {
        const raw = el.getAttribute(attr);
        if (raw === null) return false;
        if (!op) return true;
        const a = ci ? raw.toLowerCase() : raw;
        if (op === '=') return a === v;
        if (op === '^=') return a.startsWith(v);
        if (op === '$=') return a.endsWith(v);
        if (op === '*=') return a.includes(v);
        throw new Error(`declutter: unsupported operator ${op}`);
      });
    }
  }
  if (!tag && !firstAttr) throw new Error(`declutter: selector needs a tag or an attribute: ${src}`);
  return { pred: (el) => preds.every((p) => p(el)), tag, attr: tag ? null : firstAttr };
}

export function compileSelector(src: string): Compiled {
  const steps = src.split('>').map((s) => s.trim());
  if (steps.length > 2) throw new Error(`declutter: unsupported selector ${src}`);
  if (steps.length === 1) return compileCompound(steps[0]);
  const parent = compileCompound(steps[0]).pred;
  const child = compileCompound(steps[1]);
  return { ...child, pred: (el) => child.pred(el) && el.parentElement !== null && parent(el.parentElement) };
}
