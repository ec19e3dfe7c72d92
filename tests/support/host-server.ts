// A second origin that embeds the site, as a newspaper or an association would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StaticServer } from './server';

/** Serves the given pages (path → HTML) on localhost, a different origin from 127.0.0.1. */
export async function serveHostPages(pages: Record<string, string>): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // Browsers ask every origin for an icon; an empty answer keeps the console clean.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages[path];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
