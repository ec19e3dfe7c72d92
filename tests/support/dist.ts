// Reads the built site. `npm test`, `test:site` and `test:e2e` build it first (`npm run build:test`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const projectRoot = new URL('../../', import.meta.url).pathname;
export const distDir = join(projectRoot, 'dist');
/** Astro's command line as npm links it (where it sits inside the package changes between majors). */
export const astroCli = join(projectRoot, 'node_modules/.bin/astro');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`no built site in ${distDir}: run "npm run build:test" first (npm test, test:site and test:e2e do it for you)`);
  }
}

/** The public address the site in dist/ (or another build folder) was built for (robots.txt names its sitemap). */
export function builtSiteUrl(dir = distDir): string {
  if (dir === distDir) assertBuilt();
  const sitemap = /^Sitemap: (\S+)$/m.exec(readFileSync(join(dir, 'robots.txt'), 'utf8'))?.[1];
  if (!sitemap) throw new Error(`${dir}/robots.txt names no sitemap`);
  return new URL('/', sitemap).href;
}

/** The file a URL path is served from: /fr/linkedin/ → dist/fr/linkedin/index.html. */
export const fileForPath = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);

export function readPage(path: string): HTMLElement {
  assertBuilt();
  return parse(readFileSync(fileForPath(path), 'utf8'));
}

/** The URL path of every built HTML page (index.html pages and the 404 page). */
export const builtPages = (): string[] =>
  readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') || file === '404.html')
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
