/**
 * A tiny static server for end-to-end tests, on 127.0.0.1 (and reachable as 127.0.0.2 for a
 * second origin). Routes:
 *   /pages/<id>/            → tests/fixtures/pages/<id>/source.html (the labelled fixture pages)
 *   /e2e/<file>             → tests/e2e/pages/<file> (pages written for browser tests); a path
 *                             ending in / serves its index.html; `?page=N` (N > 1) on an .html
 *                             file serves <name>-pN.html (a site's own "?page=N" article pages)
 * Nothing else is reachable on this network, so pages' remote subresources simply fail.
 * Every request is logged (`requests`), and `setDown(true)` makes the server unreachable: each
 * new connection is reset, as if the site had gone away.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOTS: Record<string, string> = {
  pages: resolve(process.cwd(), 'tests/fixtures/pages'),
  e2e: resolve(process.cwd(), 'tests/e2e/pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface LoggedRequest {
  /** path and query, as requested */
  url: string;
  /** the client gave up before the answer was sent (a cancelled fetch) */
  aborted: boolean;
  /** the client's Referer / Sec-Fetch-Dest, to tell a page's own loads from Honbun's */
  referer: string | null;
  dest: string | null;
  at: number;
}

export interface TestServer {
  port: number;
  /** URL on 127.0.0.1 */
  url(path: string): string;
  /** same path on a second origin (127.0.0.2) */
  otherOriginUrl(path: string): string;
  /** every request so far, oldest first */
  requests: LoggedRequest[];
  /** true: reset every new connection (the site is unreachable) */
  setDown(down: boolean): void;
  /** answers for paths starting with `prefix` wait `ms` first (0 removes the delay) */
  delay(prefix: string, ms: number): void;
  close(): Promise<void>;
}

/** The file a request path maps to, or null. */
function fileFor(pathname: string, query: URLSearchParams): string | null {
  const [, root, ...rest] = pathname.split('/');
  const base = ROOTS[root];
  if (!base) return null;
  let file = resolve(base, rest.join('/'));
  if (!file.startsWith(base + sep) && file !== base) return null;
  if (root === 'pages') return resolve(base, rest[0] ?? '', 'source.html');
  if (pathname.endsWith('/')) file = resolve(file, 'index.html');
  const page = query.get('page');
  if (page && /^\d+$/.test(page) && Number(page) > 1 && extname(file) === '.html') file = file.replace(/\.html$/, `-p${page}.html`);
  return file;
}

export async function startServer(): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const delays = new Map<string, number>();
  let down = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const entry: LoggedRequest = { url: `${u.pathname}${u.search}`, aborted: false, referer: req.headers.referer ?? null, dest: (req.headers['sec-fetch-dest'] as string) ?? null, at: Date.now() };
    requests.push(entry);
    if (down) {
      req.socket.destroy();
      return;
    }
    res.on('close', () => {
      if (!res.writableFinished) entry.aborted = true;
    });
    const wait = [...delays].find(([prefix]) => u.pathname.startsWith(prefix))?.[1];
    if (wait) await new Promise((ok) => setTimeout(ok, wait));
    if (entry.aborted) return;
    try {
      const file = fileFor(decodeURIComponent(u.pathname), u.searchParams);
      if (!file) throw new Error('no route');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.on('connection', (s) => {
    if (down) {
      s.destroy();
      return;
    }
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '0.0.0.0', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    otherOriginUrl: (p) => `http://127.0.0.2:${port}${p}`,
    requests,
    delay(prefix, ms) {
      if (ms > 0) delays.set(prefix, ms);
      else delays.delete(prefix);
    },
    setDown(d) {
      down = d;
      // kept-alive connections would still answer: drop them too
      if (d) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
