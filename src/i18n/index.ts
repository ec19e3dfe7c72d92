// UI strings through one i18next instance. Content text lives in content/;
// these are the words around it (navigation, headings, labels). Each language's
// strings are its locale file (src/lib/languages/locales.ts), typeset by its rules.
import i18next, { type TFunction } from 'i18next';
import type { Strings } from '../lib/languages/locales';
import { siteLanguages } from '../lib/languages/site';
import { typesetWith } from '../lib/text/typography';
import type { Lang } from './languages';

const { languages, resources } = siteLanguages();

const typesetStrings = (tree: Strings, lang: Lang): Strings =>
  Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? typesetWith(languages.entry(lang).typography, value) : typesetStrings(value, lang)]));

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(languages.all.map((lang) => [lang, { translation: typesetStrings(resources[lang] ?? {}, lang) }])),
  lng: languages.default,
  // Published languages have every string (the content check says so); a draft's
  // missing ones come from its chain, as its content does.
  fallbackLng: Object.fromEntries(languages.all.map((lang) => [lang, languages.chain(lang).slice(1)])),
  initAsync: false,
  // Astro escapes every interpolated value when it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
});

export const useTranslations = (lang: Lang): TFunction => i18n.getFixedT(lang);

/** The Intl locale of a site language (content/languages.yaml), e.g. en-GB: "3 November 2025". */
export const intlLocale = (lang: Lang): string => languages.entry(lang).locale;
