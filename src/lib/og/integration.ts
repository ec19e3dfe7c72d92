// Keeps the preview images between builds, in Astro's own cache folder (`cacheDir`,
// node_modules/.astro/ unless OPTOUT_CACHE_DIR moves it) under og/. That folder already
// holds what Astro keeps between builds, hosts that cache builds keep it (Cloudflare
// Pages for Astro sites, Netlify with node_modules), and test and bench builds, which
// get their own cacheDir, get their own images: one build never prunes another's.
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openImageCache, settleImageCache, type ImageCache } from './image-cache';

export function ogImageCache(): AstroIntegration {
  let cache: ImageCache | null = null;
  return {
    name: 'optout:og-image-cache',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // `astro dev` draws each image on request, as it is edited.
        if (command === 'build') {
          try {
            cache = openImageCache(fileURLToPath(new URL('og/', config.cacheDir)));
          } catch (error) {
            logger.warn(`preview images will all be drawn: no cache folder (${error instanceof Error ? error.message : String(error)})`);
          }
        }
        // Handed over in memory, not through Vite's define: the journal's name, new for each
        // build, would make every build's code differ and Astro's incremental build reuse nothing.
        globalThis.optoutImageCache = cache;
      },
      'astro:build:done': ({ logger }) => {
        const report = cache && settleImageCache(cache);
        if (!cache || !report) return;
        const folder = relative(process.cwd(), cache.dir) || '.';
        const rendered = report.reused + report.drawn + report.redrawn + report.unsaved;
        logger.info(
          `preview images: ${report.published}, ${report.published - rendered} kept from the last build, ${report.reused} from the cache, ${rendered - report.reused} drawn; ${report.removed} unused removed from ${folder}`,
        );
        if (report.redrawn) logger.warn(`${report.redrawn} damaged cache entries in ${folder} were drawn again and replaced`);
        if (report.unsaved) logger.warn(`${report.unsaved} preview images could not be stored in ${folder} (disk full or read-only?): the next build draws them again`);
      },
    },
  };
}
