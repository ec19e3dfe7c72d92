// `npm run check`: validates all content without building the site (the same
// schemas and rules as the build), prints `file:line  field  message`, exits 1 on
// any error. Stale facts and lagging translations are warnings (exit 0).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { laggingTranslations, staleGuides } from '../lib/content/freshness';
import { contentDir } from '../lib/content/location';
import { formatProblem } from '../lib/content/problems';
import { validateContent } from '../lib/content/validate';

const root = process.cwd();
const now = new Date();
const result = validateContent(resolve(root, contentDir()), { root, now });

/** The last commit that touched a file, or undefined (not in git, or changed since). */
function lastChange(file: string): Date | undefined {
  try {
    const dirty = execFileSync('git', ['status', '--porcelain', '--', file], { cwd: root, encoding: 'utf8' }).trim();
    if (dirty) return now;
    const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: root, encoding: 'utf8' }).trim();
    return date ? new Date(date) : undefined;
  } catch {
    return undefined;
  }
}

const warnings = [...staleGuides(result.guides, now), ...laggingTranslations(result.places, lastChange)];
for (const problem of result.problems) console.error(`error    ${formatProblem(problem)}`);
for (const warning of warnings) console.warn(`warning  ${formatProblem(warning)}`);
const guides = result.guides.map((g) => g.guide).join(', ') || 'none';
console.log(`${result.problems.length} error(s), ${warnings.length} warning(s); ${result.places.length} entries checked in ${result.guides.length} guide(s): ${guides}`);
process.exitCode = result.problems.length ? 1 : 0;
