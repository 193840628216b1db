import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Honbun's build. Auto-imports are off: utils/ must run unchanged under Node (CLI, bench),
// so every module imports what it uses explicitly.
export default defineConfig({
  imports: false,
  // The Firefox sources zip is for add-on review: the build inputs, not the test pages.
  zip: { excludeSources: ['tests/**', 'artifacts/**'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Scripts that never answer a runtime message with a Promise are built against WXT's plain
    // `browser` (native chrome.*/browser.*, promise-based in MV3 Chrome and in Firefox) instead
    // of webextension-polyfill (~10 kB): the per-page content script (runs on every page load,
    // answers with sendResponse), the clean view (it listens to no runtime message: it sends,
    // holds a port and reads storage; 9.6 kB of its bundle was the polyfill) and the extension
    // pages (popup, library, saved article: they only send and read). The background keeps the
    // polyfill: its listeners return Promises.
    'vite:build:extendConfig': (entrypoints, config) => {
      const plainBrowser = entrypoints.every((e) => e.name === 'content' || e.name === 'reader' || e.type === 'popup' || e.type === 'unlisted-page');
      if (!plainBrowser) return;
      const plain = resolve('node_modules/wxt/dist/browser.mjs');
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) alias.unshift({ find: 'wxt/browser', replacement: plain });
      else config.resolve.alias = { ...(alias ?? {}), 'wxt/browser': plain };
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      // WXT's content-script context posts `<extension id>:…:content-script-started` to every
      // page and dispatches a DOM event of that name (issue #12, F4): a quiet stand-in instead.
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: resolve('utils/reader/view/quiet-content-context.ts') }],
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome only): Save parses and extracts in an offscreen document, because the
    // service worker has no DOM; Firefox's background page has one (issue #13)
    permissions: ['storage', 'unlimitedStorage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'honbun@honbun.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142; without this key the
            // Android minimum defaults to gecko's 140 and web-ext lint warns.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
