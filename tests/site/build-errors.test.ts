// The real build, pointed at broken content, must stop and list every problem.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroCli, projectRoot } from '../support/dist';
import { fixtureRoot } from '../support/fixtures';

// The glossary case comes before timeline-unknown-language, whose timeline.yaml replaces its own.
const root = fixtureRoot('wrong-enum', 'unknown-source', 'empty-body', 'glossary', 'timeline-unknown-language');
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('astro build fails on malformed content, naming every file, line and field', () => {
  const outDir = join(root, 'dist');
  const run = spawnSync(process.execPath, [astroCli, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, OPTOUT_CONTENT_DIR: join(root, 'content') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain('content problems; nothing was built');
  expect(output).toMatch(/content\/example\/fr\/steps\/mobile-open\.mdx:3 {2}surface {2}expected one of "web" \| "mobile", received "desktop"/);
  expect(output).toMatch(/content\/example\/en\/data\/profile\.mdx:4 {2}sources\.1 {2}unknown source "blog-post"/);
  expect(output).toMatch(/content\/example\/en\/faq\/too-late\.mdx:6 {2}body {2}expected text after the front matter/);
  expect(output).toMatch(/content\/example\/timeline\.yaml:6 {2}events\.0\.text\.es {2}unknown language "es"/);
  expect(output).toContain('content/example/fr/steps/web-switch-off.mdx:9  body  "coupez": write "désactiver" instead');
}, 120_000);
