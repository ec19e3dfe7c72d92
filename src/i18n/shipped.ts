// The UI strings the generator ships. They define the keys every locale file has;
// a content folder adds a language, or replaces one, with its own locales/<code>.json.
import type { Strings } from '../lib/languages/locales';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const shippedLocales: Record<string, Strings> = { en, fr };

/** Where a shipped language's strings are, relative to the project root (for messages). */
export const shippedLocaleFile = (lang: string) => `src/i18n/locales/${lang}.json`;

/** The file a translator starts from: the generator's strings are written in English first. */
export const modelLocaleFile = shippedLocaleFile('en');
