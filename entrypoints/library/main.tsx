/**
 * The full library page: the same list with more room, import and export (the popup closes
 * when a file picker opens, so they live here), and the library's settings.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryBrowser } from '../../components/library/library-browser';
import { prefetchRecent, useLibrary } from '../../components/library/use-library';
import { loadArticle } from '../../utils/library/read';
import { librarySettings } from '../../utils/library/settings';
import { t } from '../../utils/library/i18n';
import type { IndexEntry } from '../../utils/library/schema';
import { articleHtml, articleMarkdown, download, exportLibrary, fileNameFor, importLibrary } from './transfer';

const PAGE_SIZE = 300;

prefetchRecent();

function LibraryPage() {
  const lib = useLibrary();
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const [incognito, setIncognito] = useState(false);

  useEffect(() => {
    void librarySettings.getValue().then((s) => setIncognito(s.saveInIncognito));
  }, []);

  const onExport = async () => {
    const data = await exportLibrary();
    const stamp = new Date(data.exportedAt).toISOString().slice(0, 10);
    download(`honbun-library-${stamp}.json`, 'application/json', JSON.stringify(data));
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
      else download(fileNameFor(r, 'html'), 'text/html', articleHtml(r));
    } catch (err) {
      setMessage({ kind: 'alert', text: String(err instanceof Error ? err.message : err) });
    }
  };

  return (
    <main class="lib-page">
      <h1>{t('libTitle')}</h1>
      <div class="lib-tools">
        <button type="button" onClick={onExport}>
          {t('libExportAll')}
        </button>
        <label>
          {t('libImport')}{' '}
          <input type="file" accept="application/json,.json" onChange={onImport} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={incognito}
            onChange={(ev) => {
              const on = (ev.currentTarget as HTMLInputElement).checked;
              setIncognito(on);
              void librarySettings.setValue({ saveInIncognito: on });
            }}
          />{' '}
          {t('libSettingIncognito')}
        </label>
      </div>
      {message && (
        <p class={`notice ${message.kind}`} role={message.kind}>
          {message.text}
        </p>
      )}
      <LibraryBrowser
        lib={lib}
        pageSize={PAGE_SIZE}
        exactBytes
        onError={(text) => setMessage({ kind: 'alert', text })}
        extra={(e) => (
          <>
            <button type="button" onClick={() => exportOne(e, 'md')}>
              {t('libExportMarkdown')}
            </button>
            <button type="button" onClick={() => exportOne(e, 'html')}>
              {t('libExportHtml')}
            </button>
          </>
        )}
      />
    </main>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('libTitle');
render(<LibraryPage />, document.getElementById('app')!);
