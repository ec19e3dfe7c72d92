// A real `astro build` of fixture content. The content sits inside the project
// (Vite serves MDX from the project only) in a gitignored folder, and the build
// keeps its own content cache, so the site's own build is left untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { astroCli, projectRoot } from './dist';
import { fixturesDir } from './fixtures';

/** A fresh project-local root holding content/ copied from the valid fixture. */
export function projectFixtureRoot(): string {
  mkdirSync(join(projectRoot, '.test-builds'), { recursive: true });
  const root = mkdtempSync(join(projectRoot, '.test-builds', 'run-'));
  cpSync(join(fixturesDir, 'valid', 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Builds root/content into root/dist (or outDir); returns the exit status and everything printed. */
export function buildFixture(root: string, env: Record<string, string> = {}, outDir = join(root, 'dist')): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [astroCli, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, OPTOUT_CONTENT_DIR: join(root, 'content'), OPTOUT_CACHE_DIR: join(root, 'cache'), ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
