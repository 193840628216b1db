/**
 * Why the popup cannot act on a tab: the one URL table (utils/reader/url-rules.ts). Each reason's
 * message is the `_locales` key `cannot_<reason>` (dashes as underscores).
 */
import type { Browser } from 'wxt/browser';
import { checkUrl, type Restriction } from '../../utils/reader/url-rules';

export type CannotRun = Restriction | 'no-tab';

export const cannotRunKey = (reason: CannotRun) => `cannot_${reason.replace(/-/g, '_')}`;

export function cannotRun(tab: Browser.tabs.Tab | null): CannotRun | null {
  if (!tab) return 'no-tab';
  const verdict = checkUrl(tab.url);
  return verdict.ok ? null : verdict.reason;
}
