/**
 * A tiny static server for end-to-end tests, on 127.0.0.1 (and reachable as 127.0.0.2 for a
 * second origin). Routes:
 *   /pages/<id>/            → tests/fixtures/pages/<id>/source.html (the labelled fixture pages)
 *   /e2e/<file>             → tests/e2e/pages/<file> (pages written for browser tests)
 * Nothing else is reachable on this network, so pages' remote subresources simply fail.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOTS: Record<string, string> = {
  pages: resolve(process.cwd(), 'tests/fixtures/pages'),
  e2e: resolve(process.cwd(), 'tests/e2e/pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface TestServer {
  port: number;
  /** URL on 127.0.0.1 */
  url(path: string): string;
  /** same path on a second origin (127.0.0.2) */
  otherOriginUrl(path: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const [, root, ...rest] = path.split('/');
      const base = ROOTS[root];
      if (!base) throw new Error('no root');
      let file = resolve(base, rest.join('/'));
      if (!file.startsWith(base + sep) && file !== base) throw new Error('outside root');
      if (root === 'pages') file = resolve(base, rest[0] ?? '', 'source.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '0.0.0.0', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    otherOriginUrl: (p) => `http://127.0.0.2:${port}${p}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
