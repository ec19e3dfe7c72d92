// Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`.
// Pagefind splits it by the pages' <html lang>, so French pages search French text.
// Only what pages mark with data-pagefind-body is indexed (the guides).
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'optout:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          // Pagefind also writes its ready-made interfaces (about 420 KB); the site has its own.
          const output = join(site, 'pagefind');
          for (const name of readdirSync(output)) if (/-ui\.|highlight/.test(name)) rmSync(join(output, name));
          logger.info(`search index: ${added.page_count} page(s) indexed`);
        } finally {
          await close();
        }
      },
    },
  };
}
