// Builds a content tree for a test: the valid fixture, with a broken case laid over it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const fixturesDir = new URL('../fixtures/', import.meta.url).pathname;
export const brokenDir = join(fixturesDir, 'broken');

export interface ExpectedProblem {
  file: string;
  line?: number;
  field: string;
  includes: string;
}

export interface BrokenCase {
  remove?: string[];
  /** Files or folders moved, [from, to], relative to the root, after the overlay is laid. */
  move?: [string, string][];
  /** The case changes what other files are checked against (guide.yaml unreadable, the guide renamed): check it on its own. */
  alone?: boolean;
  problems: ExpectedProblem[];
}

export function readCase(name: string): BrokenCase {
  return JSON.parse(readFileSync(join(brokenDir, name, 'expected.json'), 'utf8')) as BrokenCase;
}

/** A temporary project root holding content/ made of the valid fixture plus the given cases. */
export function fixtureRoot(...cases: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'optout-content-'));
  cpSync(join(fixturesDir, 'valid', 'content'), join(root, 'content'), { recursive: true });
  for (const name of cases) {
    const overlay = join(brokenDir, name, 'content');
    if (existsSync(overlay)) cpSync(overlay, join(root, 'content'), { recursive: true });
    for (const path of readCase(name).remove ?? []) rmSync(join(root, path));
    for (const [from, to] of readCase(name).move ?? []) {
      mkdirSync(dirname(join(root, to)), { recursive: true });
      renameSync(join(root, from), join(root, to));
    }
  }
  return root;
}

/** Every path a case writes, removes or moves, relative to the root. */
function touchedPaths(name: string): string[] {
  const overlay = join(brokenDir, name, 'content');
  const written = existsSync(overlay)
    ? readdirSync(overlay, { recursive: true, withFileTypes: true }).filter((item) => item.isFile()).map((item) => `content/${relative(overlay, join(item.parentPath, item.name))}`)
    : [];
  const { remove = [], move = [] } = readCase(name);
  return [...written, ...remove, ...move.flat()];
}

// Entry files of a language are also tied by their id (the file name), across kinds.
const entryId = (path: string) => /^content\/[^/]+\/([^/]+)\/(?:[^/]+\/)?([^/]+)\.mdx$/.exec(path)?.slice(1).join('/');
const overlaps = (a: string, b: string) =>
  a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`) || (entryId(a) !== undefined && entryId(a) === entryId(b));

/**
 * The cases in as few groups as possible, each group's cases touching different
 * files, so that one check or build can take a whole group. `alone` cases (which
 * change what other files are checked against) get a group of their own.
 */
export function compatibleGroups(names: string[]): string[][] {
  const groups: { names: string[]; paths: string[] }[] = [];
  for (const name of names) {
    const paths = touchedPaths(name);
    const alone = readCase(name).alone === true;
    const group = alone ? undefined : groups.find((g) => !g.names.some((n) => readCase(n).alone) && !g.paths.some((p) => paths.some((q) => overlaps(p, q))));
    if (group) {
      group.names.push(name);
      group.paths.push(...paths);
    } else groups.push({ names: [name], paths });
  }
  return groups.map((g) => g.names);
}

/** Legitimate content a careless check could refuse or a careless build could mangle, one folder per case. */
export const acceptedDir = join(fixturesDir, 'accepted');

/** Lays every accepted case over root/content (they touch different files). */
export function overlayAccepted(root: string): string[] {
  const names = readdirSync(acceptedDir).sort();
  for (const name of names) cpSync(join(acceptedDir, name, 'content'), join(root, 'content'), { recursive: true });
  return names;
}
