// The content is read and validated once per process: the build's check
// (integration.ts), Astro's collections (loader.ts), the sitemap and the
// translations page share that one result. Astro loads its config, its content
// config and the pages as separate module graphs of one process, hence a global.
import { resolve } from 'node:path';
import { validateContent, type Validation } from './validate';

declare global {
  /** Validated content by content folder and root (see loadContent). */
  var optoutContent: Map<string, Validation> | undefined;
}

const cache = (): Map<string, Validation> => (globalThis.optoutContent ??= new Map());
const keyOf = (contentDir: string, root: string) => `${resolve(root, contentDir)}\n${resolve(root)}`;

/** The content of `contentDir` (relative to `root`), read and validated on first use. */
export function loadContent(contentDir: string, options: { root?: string; now?: Date } = {}): Validation {
  const root = resolve(options.root ?? process.cwd());
  const key = keyOf(contentDir, root);
  const known = cache().get(key);
  if (known) return known;
  const read = validateContent(resolve(root, contentDir), { root, ...(options.now ? { now: options.now } : {}) });
  cache().set(key, read);
  return read;
}

/** Forgets what was read, so that the next loadContent reads the files again (a file changed in dev). */
export function forgetContent(): void {
  cache().clear();
}
