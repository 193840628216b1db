/**
 * The clean view's bundle (Readability, DOMPurify, Preact, the UI). Never in the manifest:
 * the background injects it into a tab only when the reader is asked for (issue #3), and it
 * leaves a handle for the tiny per-page script in the shared isolated world.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getReaderApi, setReaderApi } from '../../utils/reader/view/reader-api';
import { createReaderController } from './controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    // Injected twice (two quick presses): keep the first controller and its open view.
    if (!getReaderApi()) setReaderApi(createReaderController());
  },
});
