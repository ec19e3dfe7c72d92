// Translation status per guide and language: texts not yet translated (the page
// shows them in another language, marked) and texts older than their twin.
import { languages, type Lang } from '../../i18n/languages';
import { outdatedTranslations, type Outdated } from './freshness';
import { FILE_FIELD, type Problem } from '../validation/problems';
import { groupByEntry, type EntryPlace } from './read';

export interface Missing {
  /** The text readers see instead, in another language. */
  shown: EntryPlace;
  /** Where the translation goes. */
  expected: string;
}

export interface TranslationStatus {
  guide: string;
  lang: Lang;
  missing: Missing[];
  outdated: Outdated[];
}

export function missingTranslations(places: EntryPlace[]): (Missing & { lang: Lang })[] {
  const missing: (Missing & { lang: Lang })[] = [];
  for (const group of groupByEntry(places)) {
    // What pages show instead: the text in the first language that has it, as collections.ts picks it.
    const shown = languages.map((lang) => group.find((p) => p.lang === lang)).find((p) => p !== undefined) as EntryPlace;
    for (const lang of languages) {
      if (group.some((p) => p.lang === lang)) continue;
      missing.push({ lang, shown, expected: shown.file.replace(`/${shown.guide}/${shown.lang}/`, `/${shown.guide}/${lang}/`) });
    }
  }
  return missing;
}

export function translationStatus(places: EntryPlace[], changedAt: (file: string) => Date | undefined): TranslationStatus[] {
  const missing = missingTranslations(places);
  const outdated = outdatedTranslations(places, changedAt);
  const guides = [...new Set(places.map((p) => p.guide))].sort();
  return guides.flatMap((guide) =>
    languages.map((lang) => ({
      guide,
      lang,
      missing: missing.filter((m) => m.shown.guide === guide && m.lang === lang).map(({ shown, expected }) => ({ shown, expected })),
      outdated: outdated.filter((o) => o.place.guide === guide && o.place.lang === lang),
    })),
  );
}

/** Warnings for the checker: a missing translation is published, but in another language. */
export function missingTranslationWarnings(places: EntryPlace[]): Problem[] {
  return missingTranslations(places).map(({ lang, shown, expected }) => ({
    file: shown.file,
    field: FILE_FIELD,
    message: `has no ${lang} translation (expected ${expected}): ${lang} pages show this ${shown.lang} text, marked as not yet translated`,
  }));
}
