// Reads and validates content/site.yaml: problems come as file, line, field and
// what is expected, like every other content file.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FILE_FIELD, type Problem } from '../validation/problems';
import { readYamlFile, validate } from '../validation/yaml';
import { SITE_FILE } from './file';
import { siteSettingsSchema, type SiteSettings } from './schema';

export interface SiteRead {
  settings?: SiteSettings;
  file: string;
  /** The file as parsed, valid or not, and the line of each field. */
  parsed?: { data: unknown; lineOf: (path: (string | number)[]) => number | undefined };
  problems: Problem[];
}

export function readSiteSettings(contentDir: string, root: string = process.cwd()): SiteRead {
  const abs = join(contentDir, SITE_FILE);
  const file = relative(root, abs).split(sep).join('/');
  if (!existsSync(abs)) {
    return { file, problems: [{ file, field: FILE_FIELD, message: `missing: the site settings (name, public URL, publisher) live in ${SITE_FILE} at the top of the content folder` }] };
  }
  const { parsed, problems } = readYamlFile(abs, file);
  if (!parsed) return { file, problems };
  const settings = parsed.errors.length ? undefined : validate(siteSettingsSchema, parsed, file, problems);
  return { ...(settings ? { settings } : {}), file, ...(parsed.errors.length ? {} : { parsed: { data: parsed.data, lineOf: parsed.lineOf } }), problems };
}
