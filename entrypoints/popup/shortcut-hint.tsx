/**
 * The popup footer's line about the keyboard shortcut (issue #14): the key the browser actually
 * assigned to the toggle-reader command (commands.getAll()), else the manifest's suggested key
 * when the API cannot tell; "no shortcut set" when the browser left it unassigned (Chromium
 * does that when another extension holds the key). Change opens the browser's own shortcut
 * settings: Firefox's Manage Extension Shortcuts, Chromium's chrome://extensions/shortcuts.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/library/i18n';

const COMMAND = 'toggle-reader';

interface ManifestCommands {
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

function suggestedShortcut(): string | null {
  try {
    return (browser.runtime.getManifest() as ManifestCommands).commands?.[COMMAND]?.suggested_key?.default ?? null;
  } catch {
    return null;
  }
}

/** The assigned shortcut ('' when none), or the suggested one when the commands API is missing or fails. */
export async function readerShortcut(): Promise<string | null> {
  try {
    if (typeof browser.commands?.getAll !== 'function') return suggestedShortcut();
    const all = await browser.commands.getAll();
    const cmd = all.find((c) => c.name === COMMAND);
    return cmd ? (cmd.shortcut ?? '') : suggestedShortcut();
  } catch {
    return suggestedShortcut();
  }
}

type FirefoxCommands = { openShortcutSettings?: () => Promise<void> };
const firefoxSettings = () => (browser.commands as unknown as FirefoxCommands | undefined)?.openShortcutSettings;

function openShortcutSettings() {
  const open = firefoxSettings();
  const done = typeof open === 'function' ? open.call(browser.commands) : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  void Promise.resolve(done).then(() => window.close(), () => undefined);
}

/** "Alt+Shift+K" as keys; a shortcut written without "+" (macOS: ⌥⇧K) stays whole. */
function Keys({ shortcut }: { shortcut: string }) {
  const parts = shortcut.includes('+') ? shortcut.split('+') : [shortcut];
  return (
    <span class="popup-keys">
      {parts.flatMap((k, i) => (i > 0 ? ['+', <kbd key={i}>{k}</kbd>] : [<kbd key={i}>{k}</kbd>]))}
    </span>
  );
}

export function ShortcutHint() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void readerShortcut().then(setShortcut);
  }, []);
  if (shortcut === undefined || shortcut === null) return null;
  return (
    <p class="popup-shortcut">
      <span>{t('libShortcutLabel')}</span> {shortcut ? <Keys shortcut={shortcut} /> : <span class="popup-no-key">{t('libShortcutNone')}</span>}{' '}
      <button
        type="button"
        class="link-button"
        aria-label={t('libShortcutChangeName')}
        title={t(firefoxSettings() ? 'libShortcutHintFirefox' : 'libShortcutHintChrome')}
        onClick={openShortcutSettings}
      >
        {t('libShortcutChange')}
      </button>
    </p>
  );
}
