/**
 * Who may ask the library's writer for what (issue #12 "Also"). The extension's own pages (popup,
 * library, saved article; also when opened in a tab) may send every library request. A content
 * script may only save the page it runs in: the top frame of a tab, and the payload's page on
 * that frame's own origin. Anything else (another extension, a subframe's script, a page trying
 * to save under another site's URL) is refused.
 */
import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

export function fromExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** A content script of this extension, in a tab's top frame, saving its own page. */
export function fromOwnPage(sender: Sender, pageUrl: unknown): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id == null) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  const frame = originOf(sender.url ?? sender.tab.url);
  return !!frame && typeof pageUrl === 'string' && originOf(pageUrl) === frame;
}
