// A folder of drawn PNGs, `<key>.png`, kept between builds so that a rebuild only draws
// the images whose inputs changed (the key, cache-key.ts). An entry is written under a
// temporary name and renamed into place, so that it appears whole or not at all, and it
// is checked again before every reuse: a damaged entry is drawn again, never published.
// Each build notes in its own journal which images it publishes, and how it got those it
// rendered; Astro's incremental build copies the others from its last output without
// asking. When the build is done, the entries it does not publish are removed, so the
// folder holds one site's worth of images.
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCompletePng } from './png-check';

export interface ImageCache {
  /** The folder of entries. */
  dir: string;
  /** This build's journal: one line per image, how it was obtained and its key. */
  journal: string;
}

/**
 * published: the build publishes this image (noted for each one, however it is obtained);
 * then, for those it renders: reused, read from the cache; drawn, not there; redrawn,
 * there but damaged; unsaved, drawn but could not be stored.
 */
const outcomes = ['published', 'reused', 'drawn', 'redrawn', 'unsaved'] as const;
type Outcome = (typeof outcomes)[number];
export type CacheReport = Record<Outcome | 'removed', number>;

const ENTRY = /^([0-9a-f]{64})\.png$/;
/** Journals and temporary files older than this were left by a build that stopped half-way. */
const STALE_MS = 24 * 60 * 60 * 1000;

export function openImageCache(dir: string): ImageCache {
  mkdirSync(dir, { recursive: true });
  return { dir, journal: join(dir, `build-${randomUUID()}.journal`) };
}

function note(cache: ImageCache, outcome: Outcome, key: string): void {
  try {
    appendFileSync(cache.journal, `${outcome} ${key}\n`);
  } catch {
    // The journal only serves the summary and the clean-up; the image itself is right.
  }
}

/** The stored bytes, `undefined` when there is no entry; an unreadable entry counts as damaged (empty). */
function read(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'ENOENT' ? undefined : new Uint8Array();
  }
}

function store(file: string, image: Uint8Array): boolean {
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temporary, image, { flag: 'wx' });
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/** Notes that this build publishes the image of `key`, so that its entry is kept even when the image is not rendered again. */
export const notePublished = (cache: ImageCache, key: string): void => note(cache, 'published', key);

/** The PNG for `key`: the cached one when it is whole and of the expected size, otherwise drawn and stored. */
export async function cachedPng(cache: ImageCache, key: string, size: { width: number; height: number }, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = join(cache.dir, `${key}.png`);
  const stored = read(file);
  if (stored && isCompletePng(stored, size)) {
    note(cache, 'reused', key);
    return stored;
  }
  const image = await draw();
  note(cache, !store(file, image) ? 'unsaved' : stored ? 'redrawn' : 'drawn', key);
  return image;
}

/**
 * Ends a build's use of the cache: removes the entries it does not publish, and what
 * builds that stopped half-way left behind, then its journal. Returns what the build
 * did, or `undefined` when it noted no image (nothing is removed then).
 */
export function settleImageCache(cache: ImageCache, now = Date.now()): CacheReport | undefined {
  let lines: string[];
  try {
    lines = readFileSync(cache.journal, 'utf8').split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  const report: CacheReport = { published: 0, reused: 0, drawn: 0, redrawn: 0, unsaved: 0, removed: 0 };
  const used = new Set<string>();
  for (const line of lines) {
    const [outcome, key] = line.split(' ');
    const known = outcomes.find((name) => name === outcome);
    if (known && key) {
      report[known] += 1;
      used.add(key);
    }
  }
  for (const name of readdirSync(cache.dir)) {
    const path = join(cache.dir, name);
    const entry = ENTRY.exec(name);
    if (entry) {
      if (!used.has(entry[1] ?? '')) {
        rmSync(path, { force: true });
        report.removed += 1;
      }
    } else if (/\.(tmp|journal)$/.test(name) && path !== cache.journal && now - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? now) > STALE_MS) {
      rmSync(path, { force: true });
    }
  }
  rmSync(cache.journal, { force: true });
  return report;
}

declare global {
  /** The cache of the running `astro build` (integration.ts), which the preview route reads: one process, separate module graphs. */
  var optoutImageCache: ImageCache | null | undefined;
}

/** The running build's cache, set by integration.ts; null in dev and when the build has none. */
export const buildImageCache = (): ImageCache | null => globalThis.optoutImageCache ?? null;
