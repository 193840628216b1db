/**
 * One saved article, offline: the clean view's ReaderView with the reader's settings, a link to
 * the original, the reading position remembered (lib:p:<id>); images that cannot load become their
 * alt text inside ReaderView (utils/reader/broken-images.ts). The stored HTML is sanitized again before it is shown.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderView, type ReaderArticle } from '../../components/reader/reader-view';
import { READER_CSS } from '../../components/reader/reader-css';
import { normaliseSettings, DEFAULT_READER_SETTINGS, type ReaderSettings } from '../../utils/reader/settings';
import { toUiLang } from '../../utils/reader/strings';
import { readerSettings } from '../../utils/reader/settings-item';
import { sanitizeArticleHtml } from '../../utils/sanitize/sanitize';
import { loadArticle } from '../../utils/library/read';
import { loadPosition, savePosition } from '../../utils/library/position';
import type { ArticleRecord } from '../../utils/library/schema';
import { markRead } from '../../utils/library/client';
import { t } from '../../utils/library/i18n';

const POSITION_SAVE_MS = 500;
/** Scrolling past this fraction of the article marks it read. */
const READ_AT = 0.9;

function toReaderArticle(r: ArticleRecord): ReaderArticle {
  let html: string | null;
  try {
    html = sanitizeArticleHtml(r.html, { window: window as Window & typeof globalThis, baseUrl: r.url });
  } catch {
    html = null; // fail closed: the sanitizer cannot run here, show no body rather than unsafe HTML
  }
  return {
    isArticle: r.isArticle || !r.bestEffort,
    title: r.title,
    byline: r.byline,
    siteName: r.siteName ?? r.site,
    lang: r.lang,
    dir: r.dir,
    publishedTime: r.publishedTime,
    readingMinutes: r.readingMinutes,
    truncated: r.truncated || r.capped,
    nextPage: r.nextPage,
    html,
    removed: [],
    sources: r.sources,
    quotes: r.quotes,
    anonymousSources: r.anonymousSources,
    url: r.url,
  };
}

function ArticlePage({ id }: { id: string }) {
  const [record, setRecord] = useState<ArticleRecord | null | undefined>(undefined);
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const host = useRef<HTMLDivElement>(null);
  const uiLang = toUiLang(browser.i18n.getUILanguage());

  useEffect(() => {
    void loadArticle(id).then((r) => {
      setRecord(r);
      if (r) document.title = r.title;
    });
    void readerSettings.getValue().then((s) => setSettings(normaliseSettings(s)), () => undefined);
    return readerSettings.watch((s) => setSettings(normaliseSettings(s)));
  }, [id]);

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
          void markRead(id, true).catch(() => undefined);
        }
      }, POSITION_SAVE_MS);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      root.removeEventListener('scroll', onScroll);
    };
  }, [record, id]);

  if (record === undefined) return null;
  if (record === null) return <p class="lib-empty" role="alert">{t('libNotFound')}</p>;
  return (
    <div ref={host} class="article-host">
      <ReaderView
        article={toReaderArticle(record)}
        settings={settings}
        uiLang={uiLang}
        onSettingsChange={(s) => {
          setSettings(s);
          void readerSettings.setValue(s);
        }}
      />
    </div>
  );
}

const style = document.createElement('style');
style.textContent = READER_CSS;
document.head.append(style);
document.documentElement.lang = browser.i18n.getUILanguage();
const id = new URLSearchParams(location.search).get('id') ?? '';
render(<ArticlePage id={id} />, document.getElementById('app')!);
