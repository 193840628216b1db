/**
 * Chrome loads an extension's content scripts only when they pass its strict UTF-8 check, which
 * also refuses noncharacters (U+FDD0–FDEF and every U+xFFFE / U+xFFFF, such as U+10FFFF). A file
 * that fails is not injected at all: the clean view or its sources & quotes panel never appears,
 * while every jsdom test still passes. Seen in stop 21: a regex range written with the literal
 * character U+10FFFF instead of its escape. Run after `npm run build` and `npm run build:firefox`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIRS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const TEXT = /\.(?:js|css|html|json)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(name)) yield path;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const isNonCharacter = (cp) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
let problems = 0;
let checked = 0;
for (const dir of DIRS) {
  let list;
  try {
    list = [...files(dir)];
  } catch {
    console.error(`check-bundle-text: ${dir} is missing; build it first`);
    process.exit(1);
  }
  for (const path of list) {
    checked++;
    let text;
    try {
      text = decoder.decode(readFileSync(path));
    } catch {
      console.error(`FAIL  ${path}: not valid UTF-8`);
      problems++;
      continue;
    }
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      if (isNonCharacter(cp)) {
        console.error(`FAIL  ${path}: noncharacter U+${cp.toString(16).toUpperCase()} (Chrome will not load this file); write it as an escape`);
        problems++;
        break;
      }
    }
  }
}
console.log(`${checked} built text files checked: ${problems ? `${problems} that Chrome would refuse` : 'all strict UTF-8, no noncharacters'}`);
process.exit(problems ? 1 : 0);
