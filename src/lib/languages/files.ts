/** The language registry, at the top of the content folder. */
export const LANGUAGES_FILE = 'languages.yaml';
/** The folder of UI strings (one <code>.json per language) in the content folder. */
export const LOCALES_DIR = 'locales';
