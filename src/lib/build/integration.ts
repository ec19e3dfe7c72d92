// A build writes into a staging folder beside the output folder and replaces the
// output only once every page, file and index is written. A build that fails,
// at any step, leaves the previous output as it was and nothing half-written.
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Must be the last integration: its build:done hook runs after every other one has written its files. */
export function atomicOutput(): AstroIntegration {
  let output = '';
  let staging = '';
  let done = false;
  const removeStaging = () => {
    if (!done && staging) rmSync(staging, { recursive: true, force: true });
  };
  return {
    name: 'optout:atomic-output',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        output = fileURLToPath(config.outDir).replace(/\/$/, '');
        // A sibling, on the same file system, so that putting it in place is one rename.
        staging = `${output}.partial`;
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        process.once('exit', removeStaging);
      },
      'astro:build:done': ({ logger }) => {
        const previous = `${output}.previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(output)) renameSync(output, previous);
        renameSync(staging, output);
        done = true;
        rmSync(previous, { recursive: true, force: true });
        logger.info(`complete: ${output}`);
      },
    },
  };
}
