// When a content file last changed, from git: what tells a translation that lags
// behind its twin. Unknown (undefined) outside a git checkout.
import { execFileSync } from 'node:child_process';

/** A file's last commit date; `now` when it has uncommitted changes; undefined when git cannot say. */
export function lastChangeFromGit(root: string, now: Date): (file: string) => Date | undefined {
  return (file) => {
    try {
      const dirty = execFileSync('git', ['status', '--porcelain', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (dirty) return now;
      const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      return date ? new Date(date) : undefined;
    } catch {
      return undefined;
    }
  };
}
