// Runs the content validation before Astro loads any collection, so a bad file
// stops `astro build` and `astro dev` with every problem listed, not just the first.
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftSummary } from './draft-summary';
import { assertValidContent } from './validate';

/** `contentDir` is resolved against the project root. */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'optout:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { drafts, languages } = assertValidContent(resolve(root, contentDir), { root });
        // Said out loud: a draft is a guide missing from the site on purpose, a draft language one built but not linked.
        for (const draft of drafts) logger.info(`${draftSummary(draft)} (npm run check lists what is left)`);
        for (const lang of languages?.all.filter((code) => languages.isDraft(code)) ?? []) {
          logger.info(`draft language "${lang}": built at /${lang}/ but linked from no other page and not indexed (npm run check lists what it lacks)`);
        }
      },
    },
  };
}
