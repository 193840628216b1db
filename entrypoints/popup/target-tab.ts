/**
 * The tab the popup acts on: `?tabId=` when given (the popup opened in a tab, as in Firefox
 * tests), else the active tab of the popup's window (also right after chrome.action.openPopup()).
 */
import { browser, type Browser } from 'wxt/browser';

export async function targetTab(): Promise<Browser.tabs.Tab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) return browser.tabs.get(Number(param)).catch(() => null);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ?? null;
}
