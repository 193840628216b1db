import { describe, expect, test } from 'vitest';
import { formatPublished } from '../../../utils/reader/format-date';

const at = (iso: string, timeZone: string, locale = 'en-GB') => formatPublished(iso, { locale, timeZone });

describe('publication times in the reader’s zone (issue #14)', () => {
  test('Asahi’s 13:16 JST, published as UTC, reads 13:16 in Tokyo (it read 4:16 before)', () => {
    expect(at('2025-09-30T04:16:00Z', 'Asia/Tokyo', 'ja-JP')).toBe('2025年9月30日 13:16 JST');
    expect(at('2025-09-30T04:16:00+00:00', 'Asia/Tokyo', 'ja-JP')).toBe('2025年9月30日 13:16 JST');
  });
  test('the zone is named only when it differs from the article’s', () => {
    expect(at('2025-09-30T10:12:00+09:00', 'Asia/Tokyo', 'ja-JP')).toBe('2025年9月30日 10:12');
    expect(at('2025-09-30T10:12:00+09:00', 'America/New_York')).toBe('29 September 2025 at 21:12 GMT-4');
    expect(at('2025-09-30T10:12:00+0900', 'Asia/Seoul', 'ko-KR')).toBe('2025년 9월 30일 AM 10:12');
  });
  test('no time rather than a wrong one: a date, or a time without its zone, shows the date as written', () => {
    expect(at('2025-09-30', 'America/Los_Angeles')).toBe('30 September 2025');
    expect(at('2025-09-30T23:30:00', 'Asia/Tokyo')).toBe('30 September 2025');
    expect(at('2025-02-30', 'UTC')).toBeNull();
    expect(at('yesterday', 'UTC')).toBeNull();
    expect(at('2025-09-30T25:00:00Z', 'UTC')).toBeNull();
  });
  test('vertical Japanese writes the time with its units', () => {
    expect(formatPublished('2025-10-02T09:05:00+09:00', { locale: 'ja-JP', timeZone: 'Asia/Tokyo', units: { hour: '時', minute: '分' } })).toBe('2025年10月2日 9時5分');
    expect(formatPublished('2025-10-02T00:05:00Z', { locale: 'ja-JP', timeZone: 'Asia/Tokyo', units: { hour: '時', minute: '分' } })).toBe('2025年10月2日 9時5分 JST');
  });
  test('dates follow the UI language', () => {
    expect(at('2025-09-30T10:12:00+08:00', 'Asia/Shanghai', 'zh-CN')).toBe('2025年9月30日 10:12');
    expect(at('2025-09-30T10:12:00+08:00', 'Asia/Taipei', 'zh-TW')).toBe('2025年9月30日 上午10:12');
  });
});
