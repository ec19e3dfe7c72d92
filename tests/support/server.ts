// Serves the built site on a free loopback port, as a static host would,
// including its 404 page for unknown paths.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { assertBuilt, distDir } from './dist';
import { probePath, probeScript, withProbe } from './engines/probe';
import { headersFor, parseHeaders } from './headers';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** The HTML file a path is served from, if it is one. */
function htmlFile(path: string): string | undefined {
  const file = join(distDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return file.startsWith(distDir) && file.endsWith('.html') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * With `headers`, every response carries what dist/_headers gives its path, as Netlify would.
 * With `probe`, every HTML page first loads the error and CSP listeners of engines/probe.ts.
 */
export async function serveDist(options: { headers?: boolean; probe?: boolean } = {}): Promise<StaticServer> {
  assertBuilt();
  const notFound = readFileSync(join(distDir, '404.html'));
  const rules = options.headers ? parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8')) : [];
  const serve = sirv(distDir, { dev: false, etag: true });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, path)) res.appendHeader(name, value);
    if (options.probe && path === probePath) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(probeScript);
    const html = options.probe ? htmlFile(path) : undefined;
    if (html) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withProbe(readFileSync(html, 'utf8')));
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(options.probe ? withProbe(notFound.toString()) : notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
