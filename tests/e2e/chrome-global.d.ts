// Functions passed to serviceWorker.evaluate()/page.evaluate() run inside the extension, where
// the global `chrome` exists; give them its types (WXT's chrome-style `Browser` namespace).
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
