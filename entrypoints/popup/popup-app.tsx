/**
 * The toolbar popup: the current page's state, the one Save button, the Clean view toggle, and
 * the saved library with search. Save says Saved only once the background acknowledges the
 * write; on a page already saved it asks first ("Already saved · Update?") instead of saving
 * again silently (issue #13).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { LibraryBrowser } from '../../components/library/library-browser';
import { useLibrary } from '../../components/library/use-library';
import { cannotRun, cannotRunKey } from './cannot-run';
import { normaliseArticleUrl } from '../../utils/library/url';
import { articleIdFor } from '../../utils/library/ids';
import { formatDate, t, tn } from '../../utils/library/i18n';
import { CheckIcon, SpinnerIcon } from '../../components/library/icons';
import { ShortcutHint } from './shortcut-hint';
import type { LibraryErrorCode, SaveResponse } from '../../utils/library/schema';
import type { PageStatus } from '../../utils/reader/messages';
import { targetTab } from './target-tab';
import type { TabSnapshot } from '../../utils/library/snapshot';

/**
 * One page of the popup's list: a screenful (the 580 px popup shows ~7 rows) with room to
 * scroll, so the first paint builds no rows nobody sees. lib:recent holds at least this many.
 */
const POPUP_PAGE_SIZE = 12;
const ERROR_KEYS: Record<LibraryErrorCode, string> = {
  quota: 'libErrQuota',
  storage: 'libErrStorage',
  'too-large': 'libErrTooLarge',
  invalid: 'libErrInvalid',
  'incognito-off': 'libErrIncognito',
  'cannot-run': 'cannot_non_web',
  'extract-failed': 'libErrExtract',
  forbidden: 'libErrInvalid',
};

interface Notice {
  kind: 'status' | 'alert';
  text: string;
}

function describeResult(r: SaveResponse): Notice[] {
  if (!r.ok) return [{ kind: 'alert', text: t(ERROR_KEYS[r.code], r.message) }];
  const out: Notice[] = [{ kind: 'status', text: t(r.created ? 'libSavedNotice' : 'libUpdatedNotice') }];
  if (r.pages && r.pages > 1) out.push({ kind: 'status', text: t('libPagesSavedNotice', r.pages) });
  if (r.images?.quota) out.push({ kind: 'alert', text: t('libImagesQuotaNotice') });
  else if (r.images && r.images.stored < r.images.total) out.push({ kind: 'status', text: tn('libImagesPartNotice', r.images.total, r.images.stored, r.images.total) });
  if (r.entry.bestEffort) out.push({ kind: 'status', text: t('libBestEffortNotice') });
  if (r.capped) out.push({ kind: 'alert', text: t('libCappedNotice') });
  return out;
}

/**
 * The tab title's language when its script says it (kana: Japanese, Hangul: Korean), so that
 * Chromium breaks a two-line Japanese title between phrases (word-break: auto-phrase needs
 * lang="ja") rather than inside a word like オンラ|イン.
 */
function titleLang(title: string): string | undefined {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(title)) return 'ja';
  if (/\p{Script=Hangul}/u.test(title)) return 'ko';
  return undefined;
}

function tabArticleId(url: string | undefined): string | null {
  try {
    return url ? articleIdFor(normaliseArticleUrl(url)) : null;
  } catch {
    return null;
  }
}

let saveModule: Promise<typeof import('./save-current')> | null = null;
/** The Save code, loaded after the first paint; a failed load is retried on the next use. */
function loadSaveModule() {
  saveModule ??= import('./save-current').catch((err: unknown) => {
    saveModule = null;
    throw err;
  });
  return saveModule;
}

/**
 * Once the popup is idle after painting: the snapshot (the page's whole HTML, parsed back in this
 * page) must not delay the list. Save does not wait for it: without it the background reads the
 * tab itself; with it, a Save pressed as the tab closes still has the page.
 */
function afterFirstPaint(f: () => void) {
  requestAnimationFrame(() => setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 500 }) : f()), 0));
}

export function PopupApp() {
  const lib = useLibrary();
  const [tab, setTab] = useState<Browser.tabs.Tab | null | undefined>(undefined);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  /** pressed Save on a page already saved: the Update question is showing */
  const [askUpdate, setAskUpdate] = useState(false);
  /** the tab's DOM, taken once the popup has painted: Save still has it if the tab closes */
  const snapshot = useRef<Promise<TabSnapshot | null> | null>(null);
  /** the tab lookup itself: a Save or Clean view pressed before it answers waits for it, never lost */
  const tabLookup = useRef<Promise<Browser.tabs.Tab | null> | null>(null);

  useEffect(() => {
    tabLookup.current = targetTab();
    void tabLookup.current.then((tb) => {
      setTab(tb);
      if (tb?.id != null && !cannotRun(tb)) {
        browser.tabs
          .sendMessage(tb.id, { type: 'page:status' })
          .then((s) => setStatus((s as PageStatus) ?? null))
          .catch(() => setStatus(null));
        afterFirstPaint(() => {
          snapshot.current ??= loadSaveModule().then((m) => m.prefetchSnapshot(tb), () => null);
        });
      }
    });
  }, []);

  const cannot = tab === undefined ? null : cannotRun(tab);
  const currentTab = async () => (tab !== undefined ? tab : ((await tabLookup.current) ?? null));
  const urlId = useMemo(() => tabArticleId(tab?.url), [tab]);
  const savedEntry = useMemo(
    () => lib.entries?.find((e) => e.id === savedId || e.id === urlId) ?? null,
    [lib.entries, savedId, urlId],
  );

  const onSave = async (update = false) => {
    if (saving) return;
    const tab = await currentTab();
    if (!tab || cannotRun(tab)) return;
    // already in the library: ask, never save again silently
    if (savedEntry && !update) {
      setNotices([]);
      setAskUpdate(true);
      return;
    }
    setAskUpdate(false);
    setSaving(true);
    setNotices([]);
    if (tab.id == null) {
      setNotices(describeResult({ ok: false, code: 'cannot-run', message: 'no tab' }));
      return setSaving(false);
    }
    const r = await loadSaveModule().then(
      (m) => m.saveCurrent(tab),
      (err: unknown): SaveResponse => ({ ok: false, code: 'extract-failed', message: String(err) }),
    );
    if (r.ok) setSavedId(r.id);
    setNotices(describeResult(r));
    setSaving(false);
  };

  const onToggleClean = async () => {
    const tab = await currentTab();
    if (tab?.id == null || cannotRun(tab)) return;
    browser.tabs
      .sendMessage(tab.id, { type: 'reader:toggle' })
      .then(() => window.close())
      .catch((err: unknown) => setNotices([{ kind: 'alert', text: String(err instanceof Error ? err.message : err) }]));
  };

  const stateLine = cannot
    ? t(cannotRunKey(cannot))
    : savedEntry
      ? t('libStateSavedOn', formatDate(savedEntry.savedAt))
      : status?.detect
        ? t(status.detect.isArticle ? 'libStateArticle' : 'libStateNotArticle')
        : tab === undefined
          ? ''
          : t('libStateUnknown');

  return (
    <main class="popup-main">
      {/* headings for screen-reader navigation: the popup's own, then the saved list's */}
      <h1 class="visually-hidden">Honbun</h1>
      <header class="popup-page">
        {tab?.title && !cannot && (
          <p class="popup-page-title" lang={titleLang(tab.title)}>
            {tab.title}
          </p>
        )}
        <p class={cannot ? 'popup-state cannot' : 'popup-state'} role={cannot ? 'alert' : undefined}>
          {stateLine}
        </p>
        <div class="popup-actions">
          {/* One button whose name starts with Save in every state (outside checks rely on it):
              while saving it keeps its name, shows a spinner and says "Saving…" in the status
              line; it stays focusable (aria-disabled), so a keyboard user's focus is not lost. */}
          <button
            type="button"
            class={savedEntry && !saving ? 'primary saved' : 'primary'}
            disabled={!!cannot || tab === null}
            aria-disabled={saving || undefined}
            aria-busy={saving || undefined}
            onClick={() => void onSave()}
          >
            {saving ? <SpinnerIcon /> : savedEntry ? <CheckIcon /> : null}
            {savedEntry && !saving ? t('libSaved') : t('libSave')}
          </button>
          <button type="button" class="toggle" disabled={!!cannot || tab === null} aria-pressed={status?.readerOpen ?? false} onClick={() => void onToggleClean()}>
            {t('libCleanView')}
          </button>
        </div>
        {saving && (
          <p class="notice status" role="status">
            {t('libSaving')}
          </p>
        )}
        {askUpdate && savedEntry && (
          <p class="notice status popup-update" role="status">
            {t('libAlreadySaved')}{' '}
            <button type="button" onClick={() => void onSave(true)}>
              {t('libUpdate')}
            </button>
          </p>
        )}
        {notices.map((n, i) => (
          <p key={i} class={`notice ${n.kind}`} role={n.kind}>
            {n.text}
          </p>
        ))}
      </header>
      <h2 class="visually-hidden">{t('libListLabel')}</h2>
      <LibraryBrowser lib={lib} pageSize={POPUP_PAGE_SIZE} onError={(text) => setNotices([{ kind: 'alert', text }])} />
      <footer class="popup-footer">
        <a href="/library.html" target="_blank" rel="noopener">
          {t('libOpenLibrary')}
        </a>
        <ShortcutHint />
      </footer>
    </main>
  );
}
