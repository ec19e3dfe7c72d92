// Serves the built site on a free loopback port, as a static host would,
// including its 404 page for unknown paths.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { assertBuilt, distDir } from './dist';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveDist(): Promise<StaticServer> {
  assertBuilt();
  const notFound = readFileSync(join(distDir, '404.html'));
  const serve = sirv(distDir, { dev: false, etag: true });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
