import { describe, expect, test } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
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
    const vars = settingsToCssVars({ ...DEFAULT_READER_SETTINGS, fontSize: 22, lineHeight: 2, width: 30, font: 'sans' }, 'ja');
    expect(vars).toEqual({
      '--hb-font': fontStack('sans', 'ja'),
      '--hb-size': '22px',
      '--hb-leading': '2',
      '--hb-measure': '30em',
    });
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
      lineHeight: 1.2,
    });
    expect(normaliseSettings({ theme: 'neon' }).theme).toBe('auto');
  });
});
