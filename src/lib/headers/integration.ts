// Writes dist/_headers from the rules once the site is built.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from './netlify';

export const securityHeaders = (): AstroIntegration => ({
  name: 'optout:headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
  },
});
