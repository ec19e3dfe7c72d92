// Where the site will be served. The public URL comes from SITE_URL (preview
// deploys) or else from `url` in content/site.yaml; `astro build --site` beats both.
import { resolve } from 'node:path';
import type { Problem } from '../validation/problems';
import { webUrlProblem } from '../validation/web-url';
import { SITE_FILE } from './file';
import { readSiteSettings } from './read';

/** The environment variable that overrides `url` of the settings file (preview deploys). */
export const SITE_URL = 'SITE_URL';

/** The address local commands fall back to (npm start, npm run dev). */
export const LOCAL_URL = 'http://localhost:4321/';

/**
 * What is wrong with SITE_URL, named as the variable it is (not as Astro's "site"), or
 * undefined when it is unset, empty or valid: the same rules as `url` in the settings file.
 */
export function siteUrlEnvProblem(env: Record<string, string | undefined> = process.env): Problem | undefined {
  const value = env[SITE_URL]?.trim();
  if (!value) return undefined;
  const problem = webUrlProblem(value, { allowHttp: true }) ?? (new URL(value).pathname === '/' ? undefined : 'expected the root of a domain, such as https://guides.example.org/ (the site cannot be served from a sub-folder)');
  return problem === undefined ? undefined : { file: 'environment', field: SITE_URL, message: `${JSON.stringify(value)}: ${problem}. It overrides url in ${SITE_FILE}: fix it, or unset it to build for that url` };
}

/**
 * SITE_URL, else the settings file's url, else undefined. An invalid SITE_URL gives
 * undefined too, so that the site check (integration.ts) names it; an invalid settings
 * file is reported by the content check.
 */
export function configuredSiteUrl(contentDir: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const fromEnv = env[SITE_URL]?.trim();
  if (fromEnv) return siteUrlEnvProblem(env) ? undefined : fromEnv;
  const { settings } = readSiteSettings(resolve(contentDir));
  return settings?.url || undefined;
}

/** What a deployment build says when it has no public URL: the setting, and where to put it. */
export const missingUrlMessage = (contentDir: string) =>
  [
    'No public URL: a deployed site needs it for every absolute link (canonical, link previews, feeds, calendar, API, embeds).',
    `Set \`url\` in ${resolve(contentDir, SITE_FILE)} (for example url: https://guides.example.org/),`,
    'or SITE_URL=https://… in the environment for a preview deploy.',
    'To build for a local preview only, run `npm start` (it builds with http://localhost:4321/).',
  ].join('\n');

/** Problems with a URL Astro accepted but the site cannot be served from. */
export function siteUrlProblem(site: string): string | undefined {
  const url = new URL(site);
  if (url.pathname !== '/') return `the public URL ${site} has a path: the site must be served at the root of its domain (for example https://guides.example.org/)`;
  return undefined;
}
