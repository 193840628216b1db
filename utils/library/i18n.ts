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
export const formatDate = (ms: number) => dateFormat.format(ms);
