// The guard over Astro's copies of pages (src/lib/build/reuse-guard.ts): after a build
// that did not finish, the next one drops Astro's list of copies and so reuses none.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishReuse, REUSE_MANIFEST, startReuse } from '../../src/lib/build/reuse-guard';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reuse-'));
  writeFileSync(join(dir, REUSE_MANIFEST), '{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the reuse guard', () => {
  it('keeps the list after a build that finished', () => {
    expect(startReuse(dir)).toBe(false);
    finishReuse(dir);
    expect(startReuse(dir)).toBe(false);
    expect(existsSync(join(dir, REUSE_MANIFEST))).toBe(true);
  });

  it('drops the list when the last build started and never finished (an error, a kill)', () => {
    startReuse(dir);
    expect(startReuse(dir)).toBe(true);
    expect(existsSync(join(dir, REUSE_MANIFEST))).toBe(false);
  });

  it('starts in a cache folder that does not exist yet', () => {
    const fresh = join(dir, 'new', 'cache');
    expect(startReuse(fresh)).toBe(false);
    finishReuse(fresh);
  });
});
