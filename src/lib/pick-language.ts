import { languages, type Lang } from '../i18n/languages';

/** The first of the reader's preferred languages that the site has ("fr-CA" counts as "fr"). */
export function pickLanguage(preferred: readonly string[]): Lang | undefined {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = languages.find((l) => l === base);
    if (match) return match;
  }
  return undefined;
}
