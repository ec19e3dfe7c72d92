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
/** Site pages that sit where a guide would (/{lang}/{id}/): no guide may take these ids. */
export const reservedGuideIds = ['embed', 'search', 'translations', 'legal', 'how-we-work'] as const;
export const anchorPath = (lang: Lang, guide: string, anchor: string) => `${guidePath(lang, guide)}#${anchor}`;
export const stepSharePath = (lang: Lang, guide: string, step: string) => `${guidePath(lang, guide)}steps/${step}/`;
/** Link-preview images: /og/{lang}/home.png, /og/{lang}/{guide}.png, /og/{lang}/{guide}/{step}.png. */
export const ogImagePath = (lang: Lang, guide?: string, step?: string) =>
  `/og/${lang}/${guide ? (step ? `${guide}/${step}` : guide) : 'home'}.png`;
/** The language chooser's preview image, in every language. */
export const rootOgImagePath = '/og/home.png';
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/** The same page in another language: routes differ only by their first segment (/{lang}/…). */
export function translatePath(path: string, to: Lang): string {
  return path.replace(/^\/[^/]+(?=\/)/, `/${to}`);
}

export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;
