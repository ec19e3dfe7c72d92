// The site settings as pages and endpoints read them, once per build.
import { resolve } from 'node:path';
import { contentDir } from '../content-dir';
import { ContentError } from '../validation/problems';
import { readSiteSettings } from './read';
import type { SiteSettings } from './schema';

let cached: SiteSettings | undefined;

/** content/site.yaml (or OPTOUT_CONTENT_DIR's), validated; the build has already reported any problem. */
export function siteSettings(): SiteSettings {
  if (!cached) {
    const { settings, problems } = readSiteSettings(resolve(contentDir()));
    if (!settings) throw new ContentError(problems);
    cached = settings;
  }
  return cached;
}
