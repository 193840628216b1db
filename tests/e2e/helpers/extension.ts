/**
 * One line of setup for an end-to-end test file: `const ext = useExtension({ server: true })`
 * launches real Chromium with the built extension (and the test page server) before the file's
 * tests and closes both after them. The returned object is filled in by the `beforeAll` it
 * registers, so read its fields inside hooks and tests, never at module level.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { failOutsideRequests, launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { startServer, type TestServer } from './server';

export interface UseExtensionOptions extends Pick<LaunchOptions, 'lang' | 'developerMode' | 'acceptDownloads' | 'env'> {
  /** start the test page server (tests/e2e/helpers/server.ts) */
  server?: boolean;
  /**
   * Open a DevTools port: a CDP connection made after the toolbar popup opened sees the popup
   * as a page (see openPopup in ./popup.ts). Also accepts downloads.
   */
  cdp?: boolean;
}

export interface ExtensionSession extends ExtensionBrowser {
  /** the test page server (only with `server: true`) */
  server: TestServer;
  /** the browser's CDP endpoint (only with `cdp: true`) */
  cdpEndpoint: string;
  /** CDP connections made by helpers, closed with the browser */
  connections: Browser[];
}

async function devToolsPort(userDataDir: string): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((ok) => setTimeout(ok, 100));
  return readFileSync(file, 'utf8').split('\n')[0].trim();
}

/** Launches the browser (and the server) now; for scripts. Tests use `useExtension`. */
export async function launchSession(opts: UseExtensionOptions = {}): Promise<ExtensionSession> {
  const [b, server] = await Promise.all([
    launchWithExtension({
      lang: opts.lang,
      developerMode: opts.developerMode,
      remoteDebugging: opts.cdp,
      acceptDownloads: opts.acceptDownloads ?? opts.cdp,
      env: opts.env,
    }),
    opts.server ? startServer() : Promise.resolve(undefined),
  ]);
  // (Honbun's own requests, next pages and photos, go to the test server, which is local.)
  await failOutsideRequests(b.context);
  const connections: Browser[] = [];
  return {
    ...b,
    server: server as TestServer,
    cdpEndpoint: opts.cdp ? `http://127.0.0.1:${await devToolsPort(b.userDataDir)}` : '',
    connections,
    close: async () => {
      for (const c of connections) await c.close().catch(() => {});
      await b.close();
      await server?.close();
    },
  };
}

/** Launches before the file's tests, closes after; see the module comment. */
export function useExtension(opts: UseExtensionOptions = {}): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    Object.assign(session, await launchSession(opts));
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

/** Connects to the session's browser over CDP (closed with it). */
export async function connectCdp(session: ExtensionSession): Promise<Browser> {
  if (!session.cdpEndpoint) throw new Error('useExtension({ cdp: true }) is needed for a CDP connection');
  const conn = await chromium.connectOverCDP(session.cdpEndpoint);
  session.connections.push(conn);
  return conn;
}
