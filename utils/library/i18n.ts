/** UI strings from _locales (en, ja, zh_CN, zh_TW, ko) via browser.i18n; the key itself shows if a string is missing. */
import { browser } from 'wxt/browser';

export function t(key: string, ...subs: (string | number)[]): string {
  const s = browser.i18n.getMessage(key as never, subs.map(String));
  return s || key;
}

let pluralRules: Intl.PluralRules | null = null;
/**
 * A message that counts something (issue #14: "1 articles"). browser.i18n has no plural rules,
 * so each such message comes as `<key>_one` and `<key>_other` in every locale, and the rules are
 * those of the locale the messages actually came from (`libPluralLocale`, written in each
 * messages.json): a French browser reading the English messages must get English plurals.
 * Languages without a singular form (ja, zh, ko) give both the same text.
 */
export function tn(key: string, count: number, ...subs: (string | number)[]): string {
  if (!pluralRules) {
    const lang = browser.i18n.getMessage('libPluralLocale' as never);
    try {
      pluralRules = new Intl.PluralRules(lang || 'en');
    } catch {
      pluralRules = new Intl.PluralRules('en');
    }
  }
  const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, ...subs);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
/** A stored time as a date; a value no Date can hold (a bad import) shows as a dash, never throws. */
export function formatDate(ms: number): string {
  try {
    return dateFormat.format(ms);
  } catch {
    return '—';
  }
}

/** A stored time as an ISO string for <time datetime>, or undefined when it is not a date. */
export function isoTime(ms: number): string | undefined {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
