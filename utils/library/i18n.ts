/** UI strings from _locales (en, ja) via browser.i18n; the key itself shows if a string is missing. */
import { browser } from 'wxt/browser';

export function t(key: string, ...subs: (string | number)[]): string {
  const s = browser.i18n.getMessage(key as never, subs.map(String));
  return s || key;
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
