// The preview image cache: a hit is reused without drawing, a miss is drawn and stored
// whole, and a damaged entry (cut, altered, of another size, not a PNG) is drawn again:
// what the build publishes is always a whole PNG. Then the build's clean-up.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedPng, notePublished, openImageCache, settleImageCache, type ImageCache } from '../../src/lib/og/image-cache';
import { isCompletePng } from '../../src/lib/og/png-check';
import { plainPng } from '../support/png';

const size = { width: 120, height: 63 };
const key = (n: number) => n.toString(16).padStart(64, '0');
const drawn = plainPng(size.width, size.height, 200);

let root: string;
let cache: ImageCache;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'og-cache-'));
  cache = openImageCache(join(root, 'og'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const entry = (n: number) => join(cache.dir, `${key(n)}.png`);
const journal = () => readFileSync(cache.journal, 'utf8');

describe('a whole PNG', () => {
  it('is recognised, and not once cut, padded, altered or of another size', () => {
    expect(isCompletePng(drawn, size)).toBe(true);
    expect(isCompletePng(drawn.subarray(0, drawn.length - 1), size)).toBe(false);
    expect(isCompletePng(Buffer.concat([drawn, Buffer.from([0])]), size)).toBe(false);
    const altered = Buffer.from(drawn);
    altered[60] = (altered[60] ?? 0) ^ 1;
    expect(isCompletePng(altered, size)).toBe(false);
    expect(isCompletePng(plainPng(size.width, size.height + 1), size)).toBe(false);
    expect(isCompletePng(Buffer.alloc(0), size)).toBe(false);
    expect(isCompletePng(Buffer.from('not an image'), size)).toBe(false);
  });
});

describe('the preview image cache', () => {
  it('draws and stores a missing image, then reuses it without drawing', async () => {
    const draw = vi.fn(async () => drawn);
    expect(Buffer.compare(Buffer.from(await cachedPng(cache, key(1), size, draw)), drawn)).toBe(0);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(readFileSync(entry(1)).equals(drawn)).toBe(true);
    const again = await cachedPng(cache, key(1), size, draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(Buffer.from(again).equals(drawn)).toBe(true);
    expect(journal()).toBe(`drawn ${key(1)}\nreused ${key(1)}\n`);
    // Written under a temporary name, then renamed: nothing half-written is left.
    expect(readdirSync(cache.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('serves a stored image as it is: a second build publishes the bytes the first one stored', async () => {
    const stored = plainPng(size.width, size.height, 7);
    writeFileSync(entry(2), stored);
    expect(Buffer.from(await cachedPng(cache, key(2), size, async () => drawn)).equals(stored)).toBe(true);
  });

  const damaged: [string, (png: Buffer) => Buffer][] = [
    ['cut short', (png) => png.subarray(0, png.length - 20)],
    ['empty', () => Buffer.alloc(0)],
    ['altered inside', (png) => Buffer.from(png).fill(0xff, 50, 60)],
    ['of another size', () => plainPng(size.width * 2, size.height)],
    ['not a PNG', () => Buffer.from('<html>')],
  ];
  it.each(damaged)('draws again, and replaces, an entry %s', async (_, damage) => {
    writeFileSync(entry(3), damage(plainPng(size.width, size.height, 9)));
    const draw = vi.fn(async () => drawn);
    expect(Buffer.from(await cachedPng(cache, key(3), size, draw)).equals(drawn)).toBe(true);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(readFileSync(entry(3)).equals(drawn)).toBe(true);
    expect(journal()).toBe(`redrawn ${key(3)}\n`);
  });

  it('still returns the drawn image when it cannot be stored, and says so', async () => {
    mkdirSync(entry(4)); // an entry that cannot be read nor replaced
    expect(Buffer.from(await cachedPng(cache, key(4), size, async () => drawn)).equals(drawn)).toBe(true);
    expect(journal()).toBe(`unsaved ${key(4)}\n`);
    expect(readdirSync(cache.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stores nothing when drawing fails', async () => {
    await expect(cachedPng(cache, key(5), size, async () => Promise.reject(new Error('no font')))).rejects.toThrow('no font');
    expect(readdirSync(cache.dir)).toEqual([]);
  });
});

describe('settling the cache at the end of a build', () => {
  it('keeps the entries the build used, removes the others and the leftovers of stopped builds, and reports', async () => {
    writeFileSync(entry(1), drawn);
    writeFileSync(entry(2), drawn);
    writeFileSync(entry(3), Buffer.from('damaged'));
    await cachedPng(cache, key(1), size, async () => drawn);
    await cachedPng(cache, key(3), size, async () => drawn);
    await cachedPng(cache, key(4), size, async () => drawn);
    // Every age is set here, and the cache settled at the time given to the running build's
    // files as the file system reads it back: libfaketime (`faketime -f '+1y' npm test`)
    // shifts the times stat() reads, not those utimes() writes.
    const at = (name: string, time: Date) => {
      writeFileSync(join(cache.dir, name), '');
      utimesSync(join(cache.dir, name), time, time);
    };
    const now = new Date();
    for (const name of [`${key(5)}.png.abc.tmp`, 'build-old.journal']) at(name, new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000));
    // Another build, still running, keeps its files.
    for (const name of [`${key(6)}.png.def.tmp`, 'build-running.journal']) at(name, now);

    expect(settleImageCache(cache, statSync(join(cache.dir, 'build-running.journal')).mtimeMs)).toEqual({ published: 0, reused: 1, drawn: 1, redrawn: 1, unsaved: 0, removed: 1 });
    expect(readdirSync(cache.dir).sort()).toEqual([`${key(1)}.png`, `${key(3)}.png`, `${key(4)}.png`, `${key(6)}.png.def.tmp`, 'build-running.journal'].sort());
  });

  it('keeps the entries of the images the build publishes without rendering them (copied by Astro from its last output)', async () => {
    writeFileSync(entry(1), drawn);
    writeFileSync(entry(2), drawn);
    notePublished(cache, key(1));
    notePublished(cache, key(3));
    await cachedPng(cache, key(3), size, async () => drawn);
    expect(settleImageCache(cache)).toEqual({ published: 2, reused: 0, drawn: 1, redrawn: 0, unsaved: 0, removed: 1 });
    expect(readdirSync(cache.dir).sort()).toEqual([`${key(1)}.png`, `${key(3)}.png`].sort());
  });

  it('removes nothing when the build noted no image', () => {
    writeFileSync(entry(1), drawn);
    expect(settleImageCache(cache)).toBeUndefined();
    expect(readdirSync(cache.dir)).toEqual([`${key(1)}.png`]);
  });
});
