// Runs the content validation before Astro loads any collection, so a bad file
// stops `astro build` and `astro dev` with every problem listed, not just the first.
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidContent } from './validate';

/** `contentDir` is resolved against the project root. */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'optout:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        assertValidContent(resolve(root, contentDir), { root });
      },
    },
  };
}
