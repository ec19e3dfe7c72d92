// Serves the built site on a free loopback port, as a static host would,
// including its 404 page for unknown paths. It stands in for the site's public
// address: the Content-Security-Policy names that origin (src/lib/headers/), so
// the server names its own in its place, in the headers and in each page's meta.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { assertBuilt, builtSiteUrl, distDir } from './dist';
import { probePath, probeScript, withProbe } from './engines/probe';
import { headersFor, parseHeaders } from './headers';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** The HTML file a path is served from, if it is one. */
function htmlFile(root: string, path: string): string | undefined {
  const file = join(root, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return file.startsWith(root) && file.endsWith('.html') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * With `headers`, every response carries what dist/_headers gives its path, as Netlify would.
 * With `probe`, every HTML page first loads the error and CSP listeners of engines/probe.ts.
 * `dir` serves another build than dist/, such as a fixture's.
 */
export async function serveDist(options: { headers?: boolean; probe?: boolean; dir?: string } = {}): Promise<StaticServer> {
  const root = options.dir ?? distDir;
  if (root === distDir) assertBuilt();
  const notFound = readFileSync(join(root, '404.html'), 'utf8');
  const rules = options.headers ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const serve = sirv(root, { dev: false, etag: true });
  const builtOrigin = new URL(builtSiteUrl(root)).origin;
  let origin = '';
  const csp = (policy: string) => policy.replaceAll(builtOrigin, origin);
  const page = (html: string) => {
    const local = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)/, (_, head: string, policy: string) => head + csp(policy));
    return options.probe ? withProbe(local) : local;
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, path)) res.appendHeader(name, name === 'Content-Security-Policy' ? csp(value) : value);
    if (options.probe && path === probePath) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(probeScript);
    const html = htmlFile(root, path);
    if (html) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(readFileSync(html, 'utf8')));
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(notFound));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
