// Reads the built site. `npm test` builds it first; alone, run `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const projectRoot = new URL('../../', import.meta.url).pathname;
export const distDir = join(projectRoot, 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`no built site in ${distDir}: run "npm run build" first (npm test does it for you)`);
  }
}

/** The file a URL path is served from: /fr/linkedin/ → dist/fr/linkedin/index.html. */
export const fileForPath = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);

export function readPage(path: string): HTMLElement {
  assertBuilt();
  return parse(readFileSync(fileForPath(path), 'utf8'));
}
