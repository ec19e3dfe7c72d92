// The real build, pointed at broken content, must stop before writing anything and
// list every problem, exactly as `npm run check` does: every case of the content
// mutation suite (tests/fixtures/broken/) is built, in groups of cases that touch
// different files. A build that fails later never leaves a half-written output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCli, projectRoot } from '../support/dist';
import { missingProblems, stackTrace } from '../support/expect-problems';
import { childEnv } from '../support/engines/availability';
import { clockAt, FIXTURE_NOW, oneBuildAtATime, projectFixtureRoot } from '../support/fixture-build';
import { brokenDir, compatibleGroups, fixtureRoot, readCase } from '../support/fixtures';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function build(root: string, script = astroCli, args = ['build', '--outDir', join(root, 'dist')]) {
  const run = spawnSync(process.execPath, [script, ...args], {
    cwd: projectRoot,
    env: { ...childEnv(), OPTOUT_CONTENT_DIR: join(root, 'content'), OPTOUT_CACHE_DIR: join(root, 'cache'), OUT_DIR: join(root, 'dist'), ...clockAt(FIXTURE_NOW) },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build refuses every broken case before writing anything', () => {
  it.each(compatibleGroups(readdirSync(brokenDir).sort()).map((group) => [group.join(', '), group]))('%s', (_name, group) => {
    const root = fixtureRoot(...group);
    roots.push(root);
    const { status, output: printed } = build(root);
    // Paths are printed relative to the project; the fixture lives elsewhere.
    const output = printed.replaceAll(`${relative(projectRoot, root)}/`, '');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content problems?; nothing was built/);
    expect(missingProblems(output, group.flatMap((name) => readCase(name).problems))).toEqual([]);
    expect(output).not.toMatch(stackTrace);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(existsSync(join(root, 'dist.partial'))).toBe(false);
  }, 120_000);
});

it('keeps the previous output untouched when a build fails after writing its pages', () => {
  const root = projectFixtureRoot();
  roots.push(root);
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'previous-build.txt'), 'the last good build');
  // It gets as far as rendering, where Astro writes to the project's .astro/: one build at a time.
  // (The broken cases above stop at the content check, before Astro writes anything.)
  const { status, output } = oneBuildAtATime(() => build(root, join(projectRoot, 'tests/support/build-failing-late.mjs'), []));
  expect(status, output).not.toBe(0);
  expect(output).toContain('fails once every page is written');
  expect(readdirSync(join(root, 'dist'))).toEqual(['previous-build.txt']);
  expect(existsSync(join(root, 'dist.partial'))).toBe(false);
}, 180_000);
