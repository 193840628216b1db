/**
 * The full library page: the same list with more room, import and export (the popup closes
 * when a file picker opens, so they live here), the backups reminder, and the settings (saving
 * from private windows, joining the pages of multi-page articles).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryBrowser } from '../../components/library/library-browser';
import { ListFilters } from '../../components/library/list-filters';
import { prefetchRecent, useLibrary } from '../../components/library/use-library';
import { loadArticle } from '../../utils/library/read';
import { librarySettings } from '../../utils/library/settings';
import { joinPagesSetting } from '../../utils/article/join-setting';
import { backupState, shouldOfferBackup, type BackupState } from '../../utils/library/backup';
import { formatDate, t } from '../../utils/library/i18n';
import { ExportIcon, ImportIcon } from '../../components/library/icons';
import type { IndexEntry } from '../../utils/library/schema';
import { articleHtml, articleMarkdown, download, exportLibrary, fileNameFor, importLibrary } from './transfer';

const PAGE_SIZE = 300;
/** The popup's "search inside whole articles" opens this page with its query as ?q=. */
const INITIAL_QUERY = new URLSearchParams(location.search).get('q') ?? '';

prefetchRecent();

function BackupLine({ state, offer, onExport, onDismiss }: { state: BackupState | null; offer: boolean; onExport(): void; onDismiss(): void }) {
  if (!state) return null;
  return (
    <>
      <p class="lib-backup">
        {state.lastExportAt == null ? t('libBackupNever') : t('libBackupLast', formatDate(state.lastExportAt))}
      </p>
      {offer && (
        <div class="notice status lib-backup-offer" role="status">
          <span>{t('libBackupOffer')}</span>{' '}
          <button type="button" onClick={onExport}>
            {t('libBackupExportNow')}
          </button>{' '}
          <button type="button" onClick={onDismiss}>
            {t('libBackupNotNow')}
          </button>
        </div>
      )}
    </>
  );
}

function LibraryPage() {
  const lib = useLibrary();
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [incognito, setIncognito] = useState(false);
  const [joinPages, setJoinPages] = useState(true);
  const [withImages, setWithImages] = useState(true);
  const [exporting, setExporting] = useState(false);
  const [backup, setBackup] = useState<BackupState | null>(null);
  const [offer, setOffer] = useState(false);

  useEffect(() => {
    void librarySettings.getValue().then((s) => setIncognito(s.saveInIncognito));
    void joinPagesSetting.getValue().then((on) => setJoinPages(on !== false));
    void backupState.getValue().then(setBackup);
  }, []);

  // the offer is decided once the whole index is in (the count is final), and remembered so
  // that it comes back at most once a week
  const count = lib.complete ? (lib.entries?.length ?? 0) : null;
  useEffect(() => {
    if (count == null || !backup || offer) return;
    const now = Date.now();
    if (!shouldOfferBackup(backup, count, now)) return;
    setOffer(true);
    const next = { ...backup, lastOfferAt: now };
    setBackup(next);
    void backupState.setValue(next);
  }, [count, backup]);

  const onExport = async () => {
    setExporting(true);
    try {
      const data = await exportLibrary({ images: withImages });
      const stamp = new Date(data.exportedAt).toISOString().slice(0, 10);
      download(`honbun-library-${stamp}.json`, 'application/json', JSON.stringify(data));
      const next = { lastExportAt: data.exportedAt, lastOfferAt: backup?.lastOfferAt ?? null };
      setBackup(next);
      setOffer(false);
      await backupState.setValue(next);
    } catch (err) {
      setMessage({ kind: 'alert', text: t('libExportFailed', String(err instanceof Error ? err.message : err)) });
    } finally {
      setExporting(false);
    }
  };

  const onImport = async (ev: Event) => {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = await importLibrary(await file.text());
    if (!r.ok && r.added === 0 && r.skipped === 0) setMessage({ kind: 'alert', text: t('libImportRefused', r.errors.join('; ')) });
    else setMessage({ kind: r.ok ? 'status' : 'alert', text: t('libImportReport', r.added, r.skipped, r.rejected) + (r.errors.length ? ` ${r.errors.slice(0, 5).join('; ')}` : '') });
  };

  const exportOne = async (e: IndexEntry, kind: 'md' | 'html') => {
    const r = await loadArticle(e.id);
    if (!r) return;
    try {
      if (kind === 'md') download(fileNameFor(r, 'md'), 'text/markdown', articleMarkdown(r));
      else download(fileNameFor(r, 'html'), 'text/html', await articleHtml(r));
    } catch (err) {
      setMessage({ kind: 'alert', text: String(err instanceof Error ? err.message : err) });
    }
  };

  return (
    <main class="lib-page">
      <header class="lib-header">
        <h1>{t('libTitle')}</h1>
        <section class="lib-transfer" aria-labelledby="lib-backup-title">
          <h2 id="lib-backup-title" class="visually-hidden">
            {t('libBackupTitle')}
          </h2>
          <div class="lib-transfer-buttons">
            {/* the file input stays the control (keyboard, screen readers, tests); the label is
                what shows, styled as a button, and shows the input's focus */}
            <input id="lib-import" class="visually-hidden lib-file" type="file" accept="application/json,.json" onChange={onImport} />
            <label for="lib-import" class="lib-tool">
              <ImportIcon />
              {t('libImport')}
            </label>
            {/* Export last: its "Include photos" choice sits right under it */}
            <button type="button" class="lib-tool" onClick={onExport} disabled={exporting} aria-busy={exporting || undefined}>
              <ExportIcon />
              {t('libExportAll')}
            </button>
          </div>
          <label class="lib-check">
            <input type="checkbox" checked={withImages} onChange={(ev) => setWithImages((ev.currentTarget as HTMLInputElement).checked)} />
            {t('libExportImages')}
          </label>
        </section>
      </header>
      <BackupLine
        state={backup}
        offer={offer}
        onExport={() => void onExport()}
        onDismiss={() => setOffer(false)}
      />
      {message && (
        <p class={`notice ${message.kind}`} role={message.kind}>
          {message.text}
        </p>
      )}
      <h2 class="visually-hidden">{t('libListLabel')}</h2>
      <LibraryBrowser
        lib={lib}
        pageSize={PAGE_SIZE}
        exactBytes
        detailed
        fullText
        initialQuery={INITIAL_QUERY}
        filters={(p) => <ListFilters {...p} />}
        onError={(text) => setMessage({ kind: 'alert', text })}
        extraActions={(e) => [
          { id: 'export-md', label: t('libMenuExportMarkdown'), onSelect: () => void exportOne(e, 'md') },
          { id: 'export-html', label: t('libMenuExportHtml'), onSelect: () => void exportOne(e, 'html') },
        ]}
      />
      <section class="lib-settings" aria-labelledby="lib-settings-title">
        <h2 id="lib-settings-title">{t('libSettingsTitle')}</h2>
        <label class="lib-check">
          <input
            type="checkbox"
            checked={incognito}
            onChange={(ev) => {
              const on = (ev.currentTarget as HTMLInputElement).checked;
              setIncognito(on);
              void librarySettings.setValue({ saveInIncognito: on });
            }}
          />
          {t('libSettingIncognito')}
        </label>
        <label class="lib-check">
          <input
            type="checkbox"
            checked={joinPages}
            onChange={(ev) => {
              const on = (ev.currentTarget as HTMLInputElement).checked;
              setJoinPages(on);
              void joinPagesSetting.setValue(on);
            }}
          />
          {t('libSettingJoinPages')}
        </label>
      </section>
    </main>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('libTitle');
render(<LibraryPage />, document.getElementById('app')!);
