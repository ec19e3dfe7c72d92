// UI strings through one i18next instance. Content text lives in content/;
// these are the words around it (navigation, headings, labels).
import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import type { Lang } from './languages';

export const resources = { en, fr } as const;

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  // No fallback: a missing key must show up in tests, not as the other language.
  fallbackLng: false,
  initAsync: false,
  // Astro escapes every interpolated value when it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const useTranslations = (lang: Lang): TFunction => i18n.getFixedT(lang);

/** BCP 47 tags for Intl: British English suits a guide for Europe (3 November 2025, not November 3). */
export const intlLocale: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
