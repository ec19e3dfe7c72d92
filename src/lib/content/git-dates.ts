// When a content file last changed, from git: what tells a translation that lags
// behind its twin. Unknown (undefined) outside a git checkout. Read in two git
// calls for the whole tree, not two per file: a site with 100 guides has thousands.
import { execFileSync } from 'node:child_process';

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/** Files under `root` (paths relative to it) → their last commit date, newest commit first wins. */
function committedDates(root: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of git(root, ['log', '--format=@%cI', '--name-only', '--relative', '--', '.']).split('\n')) {
    if (line.startsWith('@')) current = new Date(line.slice(1));
    else if (line && current && !dates.has(line)) dates.set(line, current);
  }
  return dates;
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

/** A file's last commit date; `now` when it has uncommitted changes; undefined when git cannot say. */
export function lastChangeFromGit(root: string, now: Date): (file: string) => Date | undefined {
  let known: { dates: Map<string, Date>; dirty: Set<string> } | null | undefined;
  return (file) => {
    if (known === undefined) {
      try {
        known = { dates: committedDates(root), dirty: dirtyFiles(root) };
      } catch {
        known = null;
      }
    }
    if (!known) return undefined;
    return known.dirty.has(file) ? now : known.dates.get(file);
  };
}
