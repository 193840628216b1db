// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { tcySegments, wrapTateChuYoko } from '../../../utils/reader/tate-chu-yoko';

const upright = (s: string) => tcySegments(s).filter((x) => x.tcy).map((x) => x.text);

describe('tcySegments', () => {
  test('one- and two-digit runs stand upright, longer runs do not', () => {
    expect(upright('10月にも協議、29日に報じた')).toEqual(['10', '29']);
    expect(upright('2025年9月30日')).toEqual(['9', '30']);
    expect(upright('第1副委員長')).toEqual(['1']);
    expect(upright('１０月')).toEqual([]); // full-width digits are already upright
    expect(upright('1２')).toEqual([]); // touching a full-width digit: part of a longer number
  });
  test('segments join back to the input', () => {
    const s = '米国とロシアが早ければ10月にも、2025年に300人';
    expect(tcySegments(s).map((x) => x.text).join('')).toBe(s);
  });
});

describe('wrapTateChuYoko', () => {
  test('wraps runs in text but not in ruby text or code, and keeps the text', () => {
    const doc = document.implementation.createHTMLDocument('');
    const root = doc.createElement('div');
    root.innerHTML = '<p>10月<ruby>漢字<rt>かんじ12</rt></ruby>と<code>a = 12</code>、<b>3</b>日</p>';
    const before = root.textContent;
    expect(wrapTateChuYoko(root)).toBe(2);
    expect(Array.from(root.querySelectorAll('span.tcy'), (s) => s.textContent)).toEqual(['10', '3']);
    expect(root.querySelector('rt')?.textContent).toBe('かんじ12');
    expect(root.textContent).toBe(before);
    expect(wrapTateChuYoko(root)).toBe(0); // idempotent
  });
});
