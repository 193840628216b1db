/**
 * What the reader is told about a joined multi-page article, English and Japanese, shared by the
 * clean view and the saved-article page (like utils/reader/strings.ts: a small table, so it
 * renders the same in a content script, an extension page and jsdom).
 */
import type { UiLang } from '../reader/strings';
import type { JoinNote } from './merge-pages';

type FailReason = NonNullable<JoinNote['failed']>['reason'];

const EN = {
  separator: (n: number, total: number | null) => (total ? `Page ${n} / ${total}` : `Page ${n}`),
  loading: (n: number) => `Loading page ${n} of this article…`,
  joined: (n: number) => `${n} pages joined`,
  failed: (n: number, why: string) => `Page ${n} could not be fetched (${why}). The pages before it are shown.`,
  openFailed: 'Open it on the site',
  reasons: { network: 'network error', 'not-html': 'not a web page', 'too-large': 'too large', 'other-origin': 'it moved to another site' } as Record<FailReason, string>,
};

const JA: typeof EN = {
  separator: (n, total) => (total ? `${n} / ${total} ページ` : `${n} ページ`),
  loading: (n) => `この記事の ${n} ページ目を読み込んでいます…`,
  joined: (n) => `${n} ページをつなげました`,
  failed: (n, why) => `${n} ページ目を取得できませんでした（${why}）。それまでのページを表示しています。`,
  openFailed: 'サイトで開く',
  reasons: { network: 'ネットワークエラー', 'not-html': 'ウェブページではありません', 'too-large': '大きすぎます', 'other-origin': '別のサイトに移動しました' },
};

export type JoinStrings = typeof EN;

export function joinStrings(lang: UiLang): JoinStrings {
  return lang === 'ja' ? JA : EN;
}
