// Runs `npm run new-guide` and `npm run check` the way a publisher does, in a fixture root.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './dist';

function runCli(script: string, root: string, args: string[] = []) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'src/cli', script), ...args], {
    cwd: root,
    env: { ...process.env, OPTOUT_CONTENT_DIR: 'content' },
    encoding: 'utf8',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

export const newGuide = (root: string, ...args: string[]) => runCli('new-guide.ts', root, args);
export const checkContent = (root: string) => runCli('check.ts', root);

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** What a publisher does, mechanically: every TODO replaced by text, and the draft flag removed. */
export function fillScaffold(guideDir: string): void {
  for (const file of files(guideDir)) {
    const text = readFileSync(file, 'utf8').replace(/\bTODO\b/g, 'Filled').replace(/^draft: true$/m, 'draft: false');
    writeFileSync(file, text);
  }
}
