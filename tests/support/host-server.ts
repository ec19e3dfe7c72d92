// A second origin that embeds the site, as a newspaper or an association would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { probePath, probeScript, withProbe } from './engines/probe';
import type { StaticServer } from './server';

/**
 * Serves the given pages (path → HTML) on localhost, a different origin from 127.0.0.1.
 * With `probe`, each page first loads the error and CSP listeners of engines/probe.ts.
 */
export async function serveHostPages(pages: Record<string, string>, options: { probe?: boolean } = {}): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // Browsers ask every origin for an icon; an empty answer keeps the console clean.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (options.probe && path === probePath) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(probeScript);
    const page = pages[path] && options.probe ? withProbe(pages[path]) : pages[path];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
