// Every internal URL is built here, so routes change in one place.
import type { Lang } from '../i18n/languages';

export const homePath = (lang: Lang) => `/${lang}/`;
export const guidePath = (lang: Lang, guide: string) => `/${lang}/${guide}/`;
export const searchPath = (lang: Lang) => `/${lang}/search/`;
export const feedPath = (lang: Lang) => `/${lang}/feed.xml`;
export const legalPath = (lang: Lang) => `/${lang}/legal/`;
export const methodPath = (lang: Lang) => `/${lang}/how-we-work/`;
/** A guide's block for one language on the translation status page. */
export const translationAnchor = (guide: string, lang: Lang) => `${guide}-${lang}`;
export const translationsPath = (lang: Lang, guide?: string) => `/${lang}/translations/${guide ? `#${translationAnchor(guide, lang)}` : ''}`;
export const anchorPath = (lang: Lang, guide: string, anchor: string) => `${guidePath(lang, guide)}#${anchor}`;
export const stepSharePath = (lang: Lang, guide: string, step: string) => `${guidePath(lang, guide)}steps/${step}/`;
/** The name of a home's preview image, beside the guides' (/og/{lang}/home.png). */
export const HOME_IMAGE = 'home';
/**
 * Every fixed segment of the routes in src/pages, extension dropped (feed.xml → feed);
 * tests/unit/reserved-ids.test.ts keeps this list equal to the folder.
 */
export const routeNames = [
  '404', 'api', 'countdown', 'deadline', 'embed', 'favicon', 'feed', 'frame', 'guides', 'how-we-work',
  'legal', 'oembed', 'og', 'robots', 'schema', 'search', 'steps', 'translations',
] as const;
/**
 * Guide ids become paths (/{lang}/{id}/, /og/{lang}/{id}.png, /api/v1/guides/{id}.json):
 * an id that is also the name of a site page or file, of the homes' preview image or
 * of a language would take its place, or lose it, without a word.
 */
export const reservedGuideIds = (languageCodes: readonly string[]): string[] => [...new Set<string>([...routeNames, HOME_IMAGE, ...languageCodes])].sort();
/** Link-preview images: /og/{lang}/home.png, /og/{lang}/{guide}.png, /og/{lang}/{guide}/{step}.png. */
export const ogImagePath = (lang: Lang, guide?: string, step?: string) =>
  `/og/${lang}/${guide ? (step ? `${guide}/${step}` : guide) : HOME_IMAGE}.png`;
/** The language chooser's preview image, in every language. */
export const rootOgImagePath = '/og/home.png';
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/** The same page in another language: routes differ only by their first segment (/{lang}/…). */
export function translatePath(path: string, to: Lang): string {
  return path.replace(/^\/[^/]+(?=\/)/, `/${to}`);
}

export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;
