// A real `astro build` of fixture content. The content sits inside the project
// (Vite serves MDX from the project only) in a gitignored folder, and the build
// keeps its own content cache, so the site's own build is left untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroCli, projectRoot } from './dist';
import { childEnv, paths } from './engines/availability';
import { fixturesDir } from './fixtures';

/** A fresh project-local root holding content/ copied from the valid fixture. */
export function projectFixtureRoot(): string {
  mkdirSync(join(projectRoot, '.test-builds'), { recursive: true });
  const root = mkdtempSync(join(projectRoot, '.test-builds', 'run-'));
  cpSync(join(fixturesDir, 'valid', 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const lock = join(projectRoot, '.test-builds', 'build.lock');
const pause = new Int32Array(new SharedArrayBuffer(4));

/** True while the process that took the lock is alive. */
function held(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true; // just taken, its owner not yet written
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `build` when no other test file's build is running. Test files run side by side, but
 * Astro keeps a build's list of content modules in the project's .astro/ folder, whatever the
 * content folder: two builds at once would render each other's entries. A lock left by a
 * process that died is taken over.
 */
export function oneBuildAtATime<T>(build: () => T): T {
  mkdirSync(join(projectRoot, '.test-builds'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!held()) rmSync(lock, { recursive: true, force: true });
      // Synchronous, as the builds are: this worker has nothing else to do meanwhile.
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
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
 * The fixture's day, when it is checked and built unless a test says otherwise: after the
 * example guide's key date (2 March 2026), with every fixture date behind it. Whatever day
 * the tests run.
 */
export const FIXTURE_NOW = Date.parse('2026-06-01T12:00:00Z');

/**
 * The variables that start a child process's clock at `at` (ms since the epoch) with
 * libfaketime, over childEnv() whatever clock this process runs on; none without
 * libfaketime. "@" starts the clock there and lets it run; monotonic time stays real, for timers.
 */
export const clockAt = (at: number): Record<string, string> =>
  paths.libfaketime ? { LD_PRELOAD: paths.libfaketime, FAKETIME: `@${new Date(at).toISOString().slice(0, 19).replace('T', ' ')}`, FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' } : {};

/**
 * Builds root/content into root/dist (or `outDir`); returns the exit status and everything
 * printed. The build's clock starts at `at` (ms since the epoch; FIXTURE_NOW by default), with
 * libfaketime: statuses are derived from the clock, so a fixture is built before or after its
 * key date. Without libfaketime (canSetClock() says so), the build runs on the real clock.
 */
export function buildFixture(root: string, env: Record<string, string> = {}, outDir = join(root, 'dist'), { at = FIXTURE_NOW }: { at?: number } = {}): { status: number | null; output: string } {
  const clock = clockAt(at);
  const run = oneBuildAtATime(() =>
    spawnSync(process.execPath, [astroCli, 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...childEnv(), OPTOUT_CONTENT_DIR: join(root, 'content'), OPTOUT_CACHE_DIR: join(root, 'cache'), ...clock, ...env },
      encoding: 'utf8',
      timeout: 180_000,
    }),
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
