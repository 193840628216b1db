/**
 * Background wiring for the clean view (issue #3): the toolbar badge from detection, the
 * `toggle-reader` command, and injecting the reader bundle into a tab only when asked for — and
 * the source & quote analysis bundle once the open view has painted the article.
 * No state in globals: the service worker may be stopped between any two events.
 */
import { browser, type Browser } from 'wxt/browser';
import type { DetectResult } from '../extract/types';
import type { ReaderLoadResponse, ReaderMessage, ReaderToggleResponse } from './messages';
import { toUiLang, type UiLang } from './strings';
import { checkUrl } from './url-rules';

const READER_FILE = '/content-scripts/reader.js';
const ANALYSIS_FILE = '/content-scripts/analysis.js';
const CONTENT_FILE = '/content-scripts/content.js';
/** Badge for a detected article; the action stays enabled everywhere (it also opens the popup). */
export const ARTICLE_BADGE = { text: '✓', color: '#1a7f37' } as const;

const TITLES: Record<UiLang, { article: string; other: string }> = {
  en: { article: 'Honbun — article found: the clean view is ready', other: 'Honbun' },
  ja: { article: 'Honbun — 記事を検出しました（本文表示できます）', other: 'Honbun' },
  'zh-Hans': { article: 'Honbun — 已检测到文章：可以打开阅读视图', other: 'Honbun' },
  'zh-Hant': { article: 'Honbun — 已偵測到文章：可以開啟閱讀檢視', other: 'Honbun' },
  ko: { article: 'Honbun — 기사를 찾았습니다: 읽기 보기를 열 수 있습니다', other: 'Honbun' },
};

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 (which has no `action`). */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function showDetection(tabId: number, result: DetectResult): Promise<void> {
  const titles = TITLES[toUiLang(browser.i18n.getUILanguage())];
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: result.isArticle ? ARTICLE_BADGE.text : '' }),
    action.setBadgeBackgroundColor({ tabId, color: ARTICLE_BADGE.color }),
    action.setTitle({ tabId, title: result.isArticle ? titles.article : titles.other }),
  ]);
}

/** Injects one of the on-demand bundles into the tab's top frame. */
async function injectBundle(tabId: number, file: typeof READER_FILE | typeof ANALYSIS_FILE): Promise<ReaderLoadResponse> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: String((e as Error)?.message ?? e) };
  }
}

/**
 * The tab to inject the analysis bundle into, or null: only this extension's content script in a
 * tab's top frame may ask (the open view lives there). A subframe is never given the analysis,
 * and an extension page opened in a tab has no view to give it to.
 */
export function analysisTarget(sender: Browser.runtime.MessageSender): number | null {
  if (sender.id !== browser.runtime.id || sender.tab?.id == null || sender.frameId !== 0) return null;
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return null;
  return sender.tab.id;
}

/** Toggles the view in a tab through its per-page script (injecting that first if missing). */
export async function toggleInTab(tabId: number, url: string | undefined): Promise<ReaderToggleResponse> {
  const verdict = checkUrl(url);
  if (!verdict.ok) return { ok: false, error: verdict.reason };
  const msg: ReaderMessage = { type: 'reader:toggle' };
  try {
    return (await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as ReaderToggleResponse;
  } catch {
    // No per-page script: the tab predates the install, or the page is still loading.
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_FILE] });
      return (await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as ReaderToggleResponse;
    } catch (e) {
      return { ok: false, error: String((e as Error)?.message ?? e) };
    }
  }
}

async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

export function registerReader(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as ReaderMessage;
    const tabId = sender.tab?.id;
    switch (msg?.type) {
      case 'detected':
        if (tabId == null || sender.frameId !== 0) return undefined;
        return showDetection(tabId, msg.result).then(
          () => undefined,
          () => undefined,
        );
      case 'reader:load':
        if (tabId == null) return Promise.resolve({ ok: false, error: 'no-tab' } satisfies ReaderLoadResponse);
        return injectBundle(tabId, READER_FILE);
      case 'analysis:load': {
        const target = analysisTarget(sender);
        if (target == null) return Promise.resolve({ ok: false, error: 'not-top-frame' } satisfies ReaderLoadResponse);
        return injectBundle(target, ANALYSIS_FILE);
      }
      case 'reader:toggle':
        // From an extension page (the popup, also when opened in a tab): the given tab, else the
        // active one. Content scripts get this message from us, never send it.
        if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
        return (async () => {
          const tab = msg.tabId != null ? await browser.tabs.get(msg.tabId) : await activeTab();
          if (tab?.id == null) return { ok: false, error: 'no-tab' } satisfies ReaderToggleResponse;
          return toggleInTab(tab.id, tab.url);
        })();
      default:
        return undefined;
    }
  });

  // The open view keeps a port so that an orphaned page (extension reloaded) can notice.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'reader') return;
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-reader') return;
    void (async () => {
      const t = tab?.id != null ? tab : await activeTab();
      if (t?.id != null) await toggleInTab(t.id, t.url);
    })();
  });
}
