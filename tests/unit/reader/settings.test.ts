import { describe, expect, test } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  measureOf,
  withMeasure,
  fontStack,
  isVertical,
  normaliseSettings,
  scriptOf,
  settingsToCssVars,
  supportsVertical,
} from '../../../utils/reader/settings';

describe('scriptOf picks the CJK glyph set from the language tag', () => {
  test.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ko-KR', 'ko'],
    ['en-GB', 'latin'],
    [null, 'latin'],
  ] as const)('%s → %s', (lang, script) => {
    expect(scriptOf(lang)).toBe(script);
  });
});

describe('settings → CSS', () => {
  test('font stacks name the Noto CJK face of the article language first', () => {
    expect(fontStack('serif', 'ja')).toMatch(/^"Noto Serif CJK JP"/);
    expect(fontStack('sans', 'zh-TW')).toMatch(/^"Noto Sans CJK TC"/);
    expect(fontStack('sans', 'zh-CN')).toMatch(/^"Noto Sans CJK SC"/);
    expect(fontStack('serif', 'ko')).toMatch(/^"Noto Serif CJK KR"/);
    expect(fontStack('sans', 'en')).toMatch(/sans-serif$/);
  });
  test('custom properties carry size, leading, measure and font', () => {
    const s = withMeasure({ ...DEFAULT_READER_SETTINGS, fontSize: 22, font: 'sans' }, 'ja', { width: 30, lineHeight: 2 });
    expect(settingsToCssVars(s, 'ja')).toEqual({
      '--hb-font': fontStack('sans', 'ja'),
      '--hb-size': '22px',
      '--hb-leading': '2',
      '--hb-measure': '30em',
    });
  });
  test('each script has its own default measure; the user’s choice is remembered per script', () => {
    expect(measureOf(DEFAULT_READER_SETTINGS, 'ja')).toEqual({ script: 'ja', width: 38, lineHeight: 1.85 });
    expect(measureOf(DEFAULT_READER_SETTINGS, 'en')).toEqual({ script: 'latin', width: 68, lineHeight: 1.55 });
    // 66 Latin characters are about 30 em, 38 Japanese ones 38 em
    expect(settingsToCssVars(DEFAULT_READER_SETTINGS, 'en')['--hb-measure']).toBe('31.28em'); // 68 × 0.46 em until the face is measured
    const ja = withMeasure(DEFAULT_READER_SETTINGS, 'ja-JP', { width: 34 });
    expect(measureOf(ja, 'ja').width).toBe(34);
    expect(measureOf(ja, 'en').width).toBe(68); // English keeps its own
    expect(measureOf(ja, 'zh-CN').width).toBe(38);
    const both = withMeasure(ja, 'en', { lineHeight: 1.7 });
    expect(both.measures).toEqual({ ja: { width: 34 }, latin: { lineHeight: 1.7 } });
    // clamped to the script's range
    expect(measureOf(withMeasure(DEFAULT_READER_SETTINGS, 'en', { width: 500 }), 'en').width).toBe(100);
  });
  test('vertical writing only for Japanese and Chinese', () => {
    const v = { ...DEFAULT_READER_SETTINGS, vertical: true };
    expect(isVertical(v, 'ja')).toBe(true);
    expect(isVertical(v, 'zh-Hant')).toBe(true);
    expect(isVertical(v, 'ko')).toBe(false);
    expect(isVertical(v, 'en')).toBe(false);
    expect(isVertical(DEFAULT_READER_SETTINGS, 'ja')).toBe(false);
    expect(supportsVertical('zh-CN')).toBe(true);
  });
});

describe('normaliseSettings', () => {
  test('fills missing fields and clamps stored values', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_READER_SETTINGS);
    expect(normaliseSettings({ theme: 'dark', fontSize: 999, lineHeight: 0.1, width: 'x', vertical: 'yes' })).toEqual({
      ...DEFAULT_READER_SETTINGS,
      theme: 'dark',
      fontSize: 40,
    });
    expect(normaliseSettings({ measures: { ja: { width: 2, lineHeight: 9 }, latin: 'x', __proto__: { width: 1 }, klingon: { width: 3 } } }).measures).toEqual({
      ja: { width: 16, lineHeight: 2.6 },
    });
    expect(normaliseSettings({ theme: 'neon' }).theme).toBe('auto');
  });
});
