/**
 * One saved article, offline (issues #5, #13): the clean view's ReaderView with the reader's
 * settings, all its pages, its stored photos (from IndexedDB; a photo that was not stored shows
 * a "photo not saved" placeholder with its caption, and no remote image is ever requested), the
 * removal summary as it was when saved, and a bar with the way back to the library, the saved
 * date, mark read, delete and the one-article exports. The reading position is remembered
 * (lib:p:<id>). The stored HTML is sanitized again before it is shown.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderView } from '../../components/reader/reader-view';
import { READER_CSS } from '../../components/reader/reader-css';
import { normaliseSettings, DEFAULT_READER_SETTINGS, type ReaderSettings } from '../../utils/reader/settings';
import { toUiLang } from '../../utils/reader/strings';
import { readerSettings } from '../../utils/reader/settings-item';
import { loadArticle, loadEntry } from '../../utils/library/read';
import { loadPosition, savePosition } from '../../utils/library/position';
import type { ArticleRecord, IndexEntry } from '../../utils/library/schema';
import { deleteEntry, markRead, restoreEntry } from '../../utils/library/client';
import { formatDate, isoTime, t } from '../../utils/library/i18n';
import { loadArticleImages } from '../../utils/library/image-store';
import { storedPhotos, toReaderArticle, trackersOf } from './saved-article';
import { articleHtml, articleMarkdown, download, fileNameFor } from '../library/transfer';
import { PAGE_CSS } from './page-css';

const POSITION_SAVE_MS = 500;
/** Scrolling past this fraction of the article marks it read. */
const READ_AT = 0.9;
const LIBRARY_URL = '/library.html';


type Loaded = { record: ArticleRecord; entry: IndexEntry; photos: Map<string, string> } | 'gone';

async function load(id: string): Promise<Loaded> {
  const [record, entry] = await Promise.all([loadArticle(id), loadEntry(id)]);
  if (!record || !entry || entry.deletedAt != null) return 'gone';
  const photos = new Map<string, string>();
  if (record.images?.some((i) => i.stored)) {
    const stored = await loadArticleImages(id).catch(() => new Map());
    for (const [url, im] of stored) photos.set(url, URL.createObjectURL(im.blob));
  }
  return { record, entry, photos };
}

function Gone({ deleted, onUndo, theme }: { deleted: string | null; onUndo?: () => void; theme: string }) {
  return (
    <main class="article-gone article-chrome" data-theme={theme}>
      <h1>{deleted ? t('libDeleted', deleted) : t('libNotFoundTitle')}</h1>
      <p role="alert">{t('libNotFound')}</p>
      <p>
        {onUndo && (
          <>
            <button type="button" onClick={onUndo}>
              {t('libUndo')}
            </button>{' '}
          </>
        )}
        <a href={LIBRARY_URL}>{t('libBackToLibrary')}</a>
      </p>
    </main>
  );
}

function ArticlePage({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [read, setRead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const host = useRef<HTMLDivElement>(null);
  const uiLang = toUiLang(browser.i18n.getUILanguage());

  useEffect(() => {
    void load(id).then((l) => {
      setLoaded(l);
      if (l !== 'gone') {
        document.title = l.record.title;
        setRead(l.entry.read);
      }
    });
    void readerSettings.getValue().then((s) => setSettings(normaliseSettings(s)), () => undefined);
    return readerSettings.watch((s) => setSettings(normaliseSettings(s)));
  }, [id]);

  const record = loaded && loaded !== 'gone' ? loaded.record : null;
  const article = useMemo(() => (record ? toReaderArticle(record) : null), [record]);
  const prepare = useMemo(() => (loaded && loaded !== 'gone' ? storedPhotos(loaded.photos, (alt) => (alt ? t('libPhotoNotSaved', alt) : t('libPhotoNotSavedNoAlt')), trackersOf(loaded.record)) : undefined), [loaded]);

  useEffect(() => {
    const root = host.current?.querySelector<HTMLElement>('.hb-root');
    if (!record || !root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let markedRead = false;
    void loadPosition(id).then((pos) => {
      root.scrollTop = pos * (root.scrollHeight - root.clientHeight);
    });
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const max = root.scrollHeight - root.clientHeight;
        const pos = max > 0 ? root.scrollTop / max : 0;
        void savePosition(id, pos);
        if (pos >= READ_AT && !markedRead) {
          markedRead = true;
          setRead(true);
          void markRead(id, true).catch(() => undefined);
        }
      }, POSITION_SAVE_MS);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      root.removeEventListener('scroll', onScroll);
    };
  }, [record, id]);

  if (loaded === undefined) return null;
  if (deleted) {
    return (
      <Gone
        theme={settings.theme}
        deleted={deleted}
        onUndo={() =>
          void restoreEntry(id).then((r) => {
            if (r.ok) setDeleted(null);
          })
        }
      />
    );
  }
  if (loaded === 'gone' || !record || !article) return <Gone deleted={null} theme={settings.theme} />;

  const onDelete = async () => {
    const r = await deleteEntry(id).catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (r.ok) setDeleted(record.title);
    else setError(t('libErrStorage', r.message));
  };
  const onToggleRead = async () => {
    const r = await markRead(id, !read).catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (r.ok) setRead(!read);
    else setError(t('libErrStorage', r.message));
  };
  const onExport = async (kind: 'md' | 'html') => {
    try {
      if (kind === 'md') download(fileNameFor(record, 'md'), 'text/markdown', articleMarkdown(record));
      else download(fileNameFor(record, 'html'), 'text/html', await articleHtml(record));
    } catch (err) {
      setError(String(err instanceof Error ? err.message : err));
    }
  };

  return (
    <>
      <nav class="article-bar article-chrome" data-theme={settings.theme} aria-label={t('libArticleActions')}>
        <a href={LIBRARY_URL}>← {t('libBackToLibrary')}</a>
        <span class="spacer" />
        {error && (
          <span role="alert" class="article-error">
            {error}
          </span>
        )}
        <button type="button" onClick={() => void onToggleRead()}>
          {read ? t('libMarkUnread') : t('libMarkRead')}
        </button>
        <button type="button" onClick={() => void onDelete()}>
          {t('libDelete')}
        </button>
        <button type="button" onClick={() => void onExport('md')}>
          {t('libExportMarkdown')}
        </button>
        <button type="button" onClick={() => void onExport('html')}>
          {t('libExportHtml')}
        </button>
      </nav>
      <div ref={host} class="article-host">
        <ReaderView
          article={article}
          settings={settings}
          uiLang={uiLang}
          prepareBody={prepare}
          metaExtra={
            <span class="hb-saved">
              {t('libSavedOnShort')} <time dateTime={isoTime(record.savedAt)}>{formatDate(record.savedAt)}</time>
            </span>
          }
          onSettingsChange={(s) => {
            setSettings(s);
            void readerSettings.setValue(s);
          }}
        />
      </div>
    </>
  );
}

const style = document.createElement('style');
style.textContent = READER_CSS + PAGE_CSS;
document.head.append(style);
document.documentElement.lang = browser.i18n.getUILanguage();
const id = new URLSearchParams(location.search).get('id') ?? '';
render(<ArticlePage id={id} />, document.getElementById('app')!);
