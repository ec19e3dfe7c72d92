// Reads and validates the content before Astro loads any collection, so a bad file
// stops `astro build` and `astro dev` with every problem listed, not just the first.
// The collections are then filled from this same read (loader.ts).
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftSummary } from './draft-summary';
import { ContentError } from '../validation/problems';
import { forgetContent, loadContent } from './load';

/** `contentDir` is resolved against the project root. */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'optout:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // A new start (or a changed config in dev) reads the files again.
        forgetContent();
        const { drafts, languages, problems } = loadContent(resolve(root, contentDir), { root });
        if (problems.length) throw new ContentError(problems);
        // Said out loud: a draft is a guide missing from the site on purpose, a draft language one built but not linked.
        for (const draft of drafts) logger.info(`${draftSummary(draft)} (npm run check lists what is left)`);
        for (const lang of languages?.all.filter((code) => languages.isDraft(code)) ?? []) {
          logger.info(`draft language "${lang}": built at /${lang}/ but linked from no other page and not indexed (npm run check lists what it lacks)`);
        }
      },
    },
  };
}
