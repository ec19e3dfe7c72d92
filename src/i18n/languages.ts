// The languages of the site, as content/languages.yaml declares them (see src/lib/languages/).
import { siteLanguages } from '../lib/languages/site';

export type { Lang } from '../lib/languages/registry';
export { langAttribute } from '../lib/languages/registry';

const site = siteLanguages().languages;

/** The registry of the site being built. */
export const siteLangs = site;
/** Every language the site builds, drafts included: one set of pages each. */
export const languages = site.all;
/** The languages readers are offered (switch, chooser, alternates, sitemap, 404, API). */
export const publishedLanguages = site.published;
export const defaultLang = site.default;
export const isLang = site.isLang;
