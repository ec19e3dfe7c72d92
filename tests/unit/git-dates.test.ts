// Added and last-change dates from git, read in one pass for the whole tree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { datesFromGit } from '../../src/lib/content/git-dates';

const repo = mkdtempSync(join(tmpdir(), 'optout-git-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function commit(date: string, message: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '-A'], { cwd: repo, env });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', message], { cwd: repo, env });
}

it('gives each file its first and last commits, uncommitted changes "now", and nothing outside git', () => {
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const site = join(repo, 'site');
  mkdirSync(join(site, 'content/g/fr'), { recursive: true });
  mkdirSync(join(site, 'content/g/en'), { recursive: true });
  writeFileSync(join(repo, 'outside.txt'), 'x');
  writeFileSync(join(site, 'content/g/fr/a.mdx'), '1');
  writeFileSync(join(site, 'content/g/en/a.mdx'), '1');
  writeFileSync(join(site, 'content/g/en/old.mdx'), '1');
  commit('2026-01-01T10:00:00Z', 'first');
  writeFileSync(join(site, 'content/g/en/a.mdx'), '2');
  commit('2026-02-01T10:00:00Z', 'second');
  writeFileSync(join(site, 'content/g/fr/a.mdx'), 'dirty');
  writeFileSync(join(site, 'content/g/fr/new.mdx'), 'untracked');
  renameSync(join(site, 'content/g/en/old.mdx'), join(site, 'content/g/en/renamed.mdx'));
  execFileSync('git', ['add', '-A'], { cwd: repo });

  const now = new Date('2026-03-01T00:00:00Z');
  // The project root is a subfolder of the repository: paths are relative to it.
  const { changed, added } = datesFromGit(site, now);
  expect(changed('content/g/en/a.mdx')?.toISOString()).toBe('2026-02-01T10:00:00.000Z');
  expect(added('content/g/en/a.mdx')?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  expect(changed('content/g/fr/a.mdx')).toBe(now);
  expect(added('content/g/fr/a.mdx')?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  expect(changed('content/g/fr/new.mdx')).toBe(now);
  expect(added('content/g/fr/new.mdx')).toBe(now);
  expect(changed('content/g/en/renamed.mdx')).toBe(now);
  expect(added('content/g/en/renamed.mdx')).toBe(now);
  expect(changed('content/g/missing.mdx')).toBeUndefined();
  expect(added('content/g/missing.mdx')).toBeUndefined();
  expect(datesFromGit(tmpdir(), now).changed('content/g/en/a.mdx')).toBeUndefined();
  expect(datesFromGit(tmpdir(), now).added('content/g/en/a.mdx')).toBeUndefined();
});

it('dates a file deleted and restored (a parked translation published) from its restoration', () => {
  const site = join(repo, 'parked');
  mkdirSync(join(site, 'content/g/de'), { recursive: true });
  writeFileSync(join(site, 'content/g/de/a.mdx'), '1');
  commit('2026-04-01T10:00:00Z', 'written');
  rmSync(join(site, 'content/g/de/a.mdx'));
  commit('2026-04-02T10:00:00Z', 'parked');
  writeFileSync(join(site, 'content/g/de/a.mdx'), '1');
  commit('2026-04-03T10:00:00Z', 'restored');

  const { changed, added } = datesFromGit(site, new Date('2026-05-01T00:00:00Z'));
  expect(changed('content/g/de/a.mdx')?.toISOString()).toBe('2026-04-03T10:00:00.000Z');
  expect(added('content/g/de/a.mdx')?.toISOString()).toBe('2026-04-03T10:00:00.000Z');
});

it('does not count a change whose commit says the other languages are unaffected (a wording fix in one language)', () => {
  const site = join(repo, 'wording');
  mkdirSync(join(site, 'content/g/de'), { recursive: true });
  writeFileSync(join(site, 'content/g/de/a.mdx'), '1');
  commit('2026-06-01T10:00:00Z', 'translated');
  writeFileSync(join(site, 'content/g/de/a.mdx'), '2');
  commit('2026-06-02T10:00:00Z', 'German wording\n\nTranslations-unaffected: fr, en');
  writeFileSync(join(site, 'content/g/de/b.mdx'), '1');
  commit('2026-06-03T10:00:00Z', 'German addition\n\nTranslations-unaffected: fr, en');

  const { changed, added } = datesFromGit(site, new Date('2026-07-01T00:00:00Z'));
  expect(changed('content/g/de/a.mdx')?.toISOString()).toBe('2026-06-01T10:00:00.000Z');
  expect(added('content/g/de/b.mdx')?.toISOString()).toBe('2026-06-03T10:00:00.000Z');
  expect(changed('content/g/de/b.mdx')?.toISOString()).toBe('2026-06-03T10:00:00.000Z');
});
