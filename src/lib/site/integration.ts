// Checks where the site will live before anything is built: a deployment build
// without a public URL would write a local address into every absolute link.
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../validation/problems';
import { readSiteSettings } from './read';
import { emptyFields } from './schema';
import { LOCAL_URL, missingUrlMessage, siteUrlEnvProblem, siteUrlProblem } from './url';

export function siteCheck(contentDir: string): AstroIntegration {
  return {
    name: 'optout:site-check',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const dir = resolve(fileURLToPath(config.root), contentDir);
        // SITE_URL is left out of the config when it is invalid (lib/site/url.ts): said here by its name.
        const envProblem = config.site ? undefined : siteUrlEnvProblem();
        if (envProblem) throw new ContentError([envProblem]);
        if (!config.site) {
          if (command === 'build') {
            // An invalid settings file gives no url: the content check (next) lists what is wrong with
            // it first, with every other problem of the content, rather than that the url is missing.
            if (readSiteSettings(dir, fileURLToPath(config.root)).problems.length) return;
            throw new Error(missingUrlMessage(dir));
          }
          // dev and preview serve on this machine: links point at it.
          updateConfig({ site: LOCAL_URL });
          return;
        }
        const problem = siteUrlProblem(config.site);
        if (problem) throw new Error(problem);
        if (command !== 'build') return;
        const { hostname } = new URL(config.site);
        if (hostname === 'localhost' || hostname === '127.0.0.1') {
          logger.warn(`building for a local preview at ${config.site}: every absolute link points at this machine, do not deploy this build`);
        }
        const { settings, file } = readSiteSettings(dir, fileURLToPath(config.root));
        const empty = settings ? emptyFields(settings).filter((field) => field !== 'url') : [];
        if (empty.length) logger.warn(`${file}: to fill before publishing (the legal notice shows them as missing): ${empty.join(', ')}`);
      },
    },
  };
}
