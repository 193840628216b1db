// Functions passed to page.evaluate() on moz-extension pages run where `browser` exists.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const browser: typeof Browser;
}
