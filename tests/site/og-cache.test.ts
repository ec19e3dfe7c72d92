// Rebuilding with the preview image cache (src/lib/og/): a second build of the fixture
// over the first one's cache publishes the same images byte for byte without drawing
// them, draws only the image whose text changed, and never publishes a damaged entry.
// The second build renders every page, as after a change to the code or the
// dependencies, when Astro's incremental build has nothing to copy
// (tests/site/incremental-build.test.ts covers the copying).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUSE_MANIFEST } from '../../src/lib/build/reuse-guard';
import { isCompletePng } from '../../src/lib/og/png-check';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og/render';
import { buildFixture, projectFixtureRoot } from '../support/fixture-build';

const root = projectFixtureRoot();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ogDir = join(root, 'dist', 'og');
const cacheDir = join(root, 'cache', 'og');
const images = () =>
  new Map(readdirSync(ogDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).map((file) => [file, readFileSync(join(ogDir, file))]));
/** Each cache file with its inode: a file drawn again is a new file, renamed into place. */
const entries = () => new Map(readdirSync(cacheDir).map((name) => [name, statSync(join(cacheDir, name)).ino]));
const build = () => {
  const run = buildFixture(root);
  if (run.status !== 0) throw new Error(run.output);
  return run.output;
};

const changed = 'en/example/web-open.png';
const damaged = 'fr/home.png';

describe('a rebuild with the preview image cache', () => {
  let first: Map<string, Buffer>;
  let second: Map<string, Buffer>;
  let firstEntries: Map<string, number>;
  let secondEntries: Map<string, number>;
  let damagedEntry: string;
  let coldOutput: string;
  let warmOutput: string;

  beforeAll(() => {
    coldOutput = build();
    first = images();
    firstEntries = entries();
    // One entry cut in half, as a build killed while copying the cache could leave it...
    damagedEntry = [...firstEntries.keys()].find((name) => readFileSync(join(cacheDir, name)).equals(first.get(damaged) ?? Buffer.alloc(0))) ?? '';
    const bytes = readFileSync(join(cacheDir, damagedEntry));
    writeFileSync(join(cacheDir, damagedEntry), bytes.subarray(0, bytes.length >> 1));
    // ...and one step whose title changed.
    const step = join(root, 'content', 'example', 'en', 'steps', 'web-open.mdx');
    writeFileSync(step, readFileSync(step, 'utf8').replace('title: Open the settings (en)', 'title: Open the settings page (en)'));
    rmSync(join(root, 'cache', REUSE_MANIFEST));
    warmOutput = build();
    second = images();
    secondEntries = entries();
  }, 400_000);

  it('draws every image in a cold build and keeps one whole entry for each', () => {
    expect(first.size).toBeGreaterThan(10);
    expect(coldOutput).toContain(`preview images: ${first.size}, 0 kept from the last build, 0 from the cache, ${first.size} drawn; 0 unused removed`);
    expect([...firstEntries.keys()].filter((name) => name.endsWith('.png'))).toHaveLength(first.size);
    expect(damagedEntry).toMatch(/^[0-9a-f]{64}\.png$/);
  });

  it('publishes every unchanged image byte for byte as the first build did, reusing its entry', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, png] of first) {
      if (path !== changed) expect(second.get(path)?.equals(png), path).toBe(true);
    }
    const reused = [...firstEntries].filter(([name, inode]) => secondEntries.get(name) === inode);
    expect(reused).toHaveLength(first.size - 2);
    expect(warmOutput).toContain(`preview images: ${first.size}, 0 kept from the last build, ${first.size - 2} from the cache, 2 drawn; 1 unused removed`);
  });

  it('draws the image whose text changed, and drops its old entry', () => {
    expect(second.get(changed)?.equals(first.get(changed) ?? Buffer.alloc(0))).toBe(false);
    expect(secondEntries.size).toBe(firstEntries.size);
  });

  it('never publishes a damaged entry: it is drawn again, identical, and replaced whole', () => {
    expect(warmOutput).toMatch(/1 damaged cache entries in \S+ were drawn again and replaced/);
    expect(second.get(damaged)?.equals(first.get(damaged) ?? Buffer.alloc(0))).toBe(true);
    expect(secondEntries.get(damagedEntry)).not.toBe(firstEntries.get(damagedEntry));
    expect(readFileSync(join(cacheDir, damagedEntry)).equals(first.get(damaged) ?? Buffer.alloc(0))).toBe(true);
  });

  it('publishes only whole PNGs and leaves no temporary file or journal in the cache', () => {
    for (const [path, png] of second) expect(isCompletePng(png, { width: OG_WIDTH, height: OG_HEIGHT }), path).toBe(true);
    expect([...secondEntries.keys()].filter((name) => !/^[0-9a-f]{64}\.png$/.test(name))).toEqual([]);
  });
});
