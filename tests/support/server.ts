// Serves the built site on a free loopback port, as a static host would,
// including its 404 page for unknown paths.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { assertBuilt, distDir } from './dist';
import { headersFor, parseHeaders } from './headers';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** With `headers`, every response carries what dist/_headers gives its path, as Netlify would. */
export async function serveDist(options: { headers?: boolean } = {}): Promise<StaticServer> {
  assertBuilt();
  const notFound = readFileSync(join(distDir, '404.html'));
  const rules = options.headers ? parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8')) : [];
  const serve = sirv(distDir, { dev: false, etag: true });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, path)) res.appendHeader(name, value);
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
