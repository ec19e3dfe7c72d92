// Writes dist/_headers from the rules once the site is built.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from './netlify';
import { headerRules } from './rules';

export function securityHeaders(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'optout:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(headerRules(site))),
    },
  };
}
