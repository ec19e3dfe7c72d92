// Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`.
// Pagefind splits it by the pages' <html lang>, so French pages search French text.
// Only what pages mark with data-pagefind-body is indexed (the guides).
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Pagefind's ready-made interfaces (about 420 KB): the site has its own search page. */
const unused = /-ui\.|highlight/;

export function searchIndex(): AstroIntegration {
  return {
    name: 'optout:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          // The files come back in memory and are written here: Pagefind's own writeFiles
          // can still be flushing when close() stops its process, leaving a file empty.
          const built = await index.getFiles();
          if (built.errors.length) throw new Error(built.errors.join('; '));
          for (const file of built.files) {
            if (unused.test(file.path)) continue;
            const target = join(site, 'pagefind', file.path);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, file.content);
          }
          const entry = built.files.find((file) => file.path === 'pagefind-entry.json');
          const languages = entry ? (JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages: Record<string, { page_count: number }> }).languages : {};
          const counts = Object.entries(languages).map(([lang, { page_count }]) => `${lang} ${page_count}`).join(', ');
          logger.info(`search index: ${counts || 'no'} page(s) indexed of ${added.page_count} read, in ${((performance.now() - start) / 1000).toFixed(2)} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
