// When a content file was added and last changed, from git: what tells a translation
// that lags behind its twin. Unknown (undefined) outside a git checkout. Read in two
// git calls for the whole tree, not two per file: a site with 100 guides has thousands.
import { execFileSync } from 'node:child_process';

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/**
 * A commit whose message carries this trailer changed texts without changing what they say to
 * their twins (a wording fix in one language, a translation brought in line with the others): its
 * changes do not make the other languages' texts outdated. An addition in it still counts.
 */
export const UNAFFECTED_TRAILER = 'Translations-unaffected';

/** A file's dates; both undefined when git cannot say. */
export interface FileDates {
  /** Its last commit (not counting a commit with the trailer above); `now` when it has uncommitted changes. */
  changed(file: string): Date | undefined;
  /** The commit that added it; `now` when git does not have it yet. */
  added(file: string): Date | undefined;
}

/**
 * Files under `root` (paths relative to it) → their last commit and the commit that last added
 * them: a file deleted and later restored (a translation parked, then published) was added when
 * it came back, not when it first appeared. Without an addition in reach (a shallow clone), its
 * oldest commit seen.
 */
function committedDates(root: string): { last: Map<string, Date>; first: Map<string, Date> } {
  const last = new Map<string, Date>();
  const first = new Map<string, Date>();
  const addedAt = new Set<string>();
  let current: Date | undefined;
  let unaffected = false;
  // Newest commit first: the first date seen is the last change, the first addition seen is the latest one.
  const format = `--format=@%cI %(trailers:key=${UNAFFECTED_TRAILER},valueonly,separator=%x2C)`;
  for (const line of git(root, ['log', format, '--name-status', '--relative', '--', '.']).split('\n')) {
    if (line.startsWith('@')) {
      const [date, trailer = ''] = line.slice(1).split(' ');
      current = new Date(date!);
      unaffected = trailer.trim() !== '';
      continue;
    }
    const [status, ...paths] = line.split('\t');
    // A rename or copy names its original, then its new path: the new one is what changed.
    const file = paths.at(-1);
    if (!status || !file || !current || addedAt.has(file)) continue;
    const added = /^[ARC]/.test(status);
    if (unaffected && !added) continue;
    if (!last.has(file)) last.set(file, current);
    first.set(file, current);
    if (added) addedAt.add(file);
  }
  return { last, first };
}

/** Files under `root` (relative to it) with uncommitted changes, new files included. */
function dirtyFiles(root: string): Set<string> {
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  const fields = git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.']).split('\0');
  const dirty = new Set<string>();
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    if (field.length < 4) continue;
    // Porcelain paths are relative to the repository's top level.
    const path = field.slice(3);
    if (path.startsWith(prefix)) dirty.add(path.slice(prefix.length));
    // A rename or copy is followed by its original path: skip it.
    if (/^[RC]|^.[RC]/.test(field)) i++;
  }
  return dirty;
}

export function datesFromGit(root: string, now: Date): FileDates {
  let known: { last: Map<string, Date>; first: Map<string, Date>; dirty: Set<string> } | null | undefined;
  const read = () => {
    if (known === undefined) {
      try {
        known = { ...committedDates(root), dirty: dirtyFiles(root) };
      } catch {
        known = null;
      }
    }
    return known;
  };
  return {
    changed: (file) => {
      const dates = read();
      if (!dates) return undefined;
      return dates.dirty.has(file) ? now : dates.last.get(file);
    },
    added: (file) => {
      const dates = read();
      if (!dates) return undefined;
      return dates.first.get(file) ?? (dates.dirty.has(file) ? now : undefined);
    },
  };
}
