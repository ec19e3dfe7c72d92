/** The site settings file, at the top of the content folder. */
export const SITE_FILE = 'site.yaml';
