// A real `astro build` of fixture content. The content sits inside the project
// (Vite serves MDX from the project only) in a gitignored folder, and the build
// keeps its own content cache, so the site's own build is left untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { astroCli, projectRoot } from './dist';
import { paths } from './engines/availability';
import { fixturesDir } from './fixtures';

/** A fresh project-local root holding content/ copied from the valid fixture. */
export function projectFixtureRoot(): string {
  mkdirSync(join(projectRoot, '.test-builds'), { recursive: true });
  const root = mkdtempSync(join(projectRoot, '.test-builds', 'run-'));
  cpSync(join(fixturesDir, 'valid', 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** True when libfaketime can set a build's clock; otherwise says why, and throws in CI. */
export function canSetClock(): boolean {
  if (paths.libfaketime) return true;
  const message = `libfaketime not found: builds at a set clock ${process.env['CI'] ? 'cannot run' : 'are skipped'} (apt-get install -y faketime)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(message);
  return false;
}

/**
 * Builds root/content into root/dist (or `outDir`); returns the exit status and everything
 * printed. `at` (ms since the epoch) starts the build's clock there, with libfaketime:
 * statuses are derived from the clock, so a fixture is built before or after its key date.
 */
export function buildFixture(root: string, env: Record<string, string> = {}, outDir = join(root, 'dist'), options: { at?: number } = {}): { status: number | null; output: string } {
  const clock =
    options.at === undefined
      ? {}
      : // "@" starts the clock there and lets it run; monotonic time stays real, for timers.
        { LD_PRELOAD: paths.libfaketime, FAKETIME: `@${new Date(options.at).toISOString().slice(0, 19).replace('T', ' ')}`, FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' };
  const run = spawnSync(process.execPath, [astroCli, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, OPTOUT_CONTENT_DIR: join(root, 'content'), OPTOUT_CACHE_DIR: join(root, 'cache'), ...clock, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
