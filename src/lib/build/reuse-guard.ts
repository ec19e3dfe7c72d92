// Astro's incremental build (astro.config.mjs) stores a copy of each page as it renders
// it, but the list of what each copy stands for (its manifest) only once every page is
// done. A build that stops half-way (an error, a kill, a full disk) can leave copies
// newer than that list, and a later build would then publish a page made from content
// it no longer has. So a build marks the cache as in use until it has finished, and the
// next build that finds the mark drops the list: every page is rendered again (the
// preview images keep their own cache, which checks each entry).
// Astro also cannot see every change of the files a page links to: a script shared by
// all pages is renamed when another page's script starts importing from it. So the
// build tells the page keys the names of those files (clientAssetNames).
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's list of reusable pages, in its cacheDir (astro/dist/core/build/incremental.js). */
export const REUSE_MANIFEST = 'incremental-build.json';
const MARK = 'build-unfinished';

/** Marks the cache as in use; returns true when the last build left its mark, and its list was dropped. */
export function startReuse(cacheDir: string): boolean {
  mkdirSync(cacheDir, { recursive: true });
  const unfinished = existsSync(join(cacheDir, MARK));
  if (unfinished) rmSync(join(cacheDir, REUSE_MANIFEST), { force: true });
  writeFileSync(join(cacheDir, MARK), `${process.pid}\n`);
  return unfinished;
}

export const finishReuse = (cacheDir: string): void => rmSync(join(cacheDir, MARK), { force: true });

declare global {
  /** Where the running `astro build` writes the files pages link to (_astro/); unset outside a build. */
  var optoutClientAssets: string | undefined;
}

/**
 * The names of the scripts, styles and fonts pages link to, as this build emitted them:
 * content hashes, so a new name is a new file. Astro writes them before it renders any
 * page. Empty outside `astro build`.
 */
export function clientAssetNames(): string[] {
  const dir = globalThis.optoutClientAssets;
  return dir && existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [];
}

export function reuseGuard(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'optout:reuse-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        if (startReuse(cacheDir)) logger.info('the last build did not finish: every page is rendered again, none reused');
      },
      // The output folder as every integration left it (atomicOutput moves it).
      'astro:config:done': ({ config }) => {
        if (cacheDir) globalThis.optoutClientAssets = fileURLToPath(new URL(`${config.build.assets}/`, config.outDir));
      },
      'astro:build:done': () => finishReuse(cacheDir),
    },
  };
}
