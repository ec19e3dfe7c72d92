// Translation status per guide and language: texts not yet translated (the page
// shows them in another language, marked) and texts older than their twin.
import type { MissingText } from '../languages/localized';
import type { Lang, Languages } from '../languages/registry';
import { outdatedTranslations, type Outdated } from './freshness';
import type { FileDates } from './git-dates';
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
  /** Texts of guide.yaml and timeline.yaml this language lacks. */
  missingTexts: GuideText[];
  outdated: Outdated[];
}

/** A per-language text of a guide's YAML files that a language lacks. */
export type GuideText = MissingText & { guide: string };

export function missingTranslations(places: EntryPlace[], languages: Languages): (Missing & { lang: Lang })[] {
  const missing: (Missing & { lang: Lang })[] = [];
  for (const group of groupByEntry(places)) {
    for (const lang of languages.all) {
      if (group.some((p) => p.lang === lang)) continue;
      // What pages show instead: the text of the first language of its chain that has it, as collections.ts picks it.
      const shown = languages.chain(lang).map((other) => group.find((p) => p.lang === other)).find((p) => p !== undefined);
      if (shown) missing.push({ lang, shown, expected: shown.file.replace(`/${shown.guide}/${shown.lang}/`, `/${shown.guide}/${lang}/`) });
    }
  }
  return missing;
}

export function translationStatus(places: EntryPlace[], dates: FileDates, languages: Languages, missingTexts: GuideText[] = []): TranslationStatus[] {
  const missing = missingTranslations(places, languages);
  const outdated = outdatedTranslations(places, dates);
  const guides = [...new Set(places.map((p) => p.guide))].sort();
  return guides.flatMap((guide) =>
    languages.all.map((lang) => ({
      guide,
      lang,
      missing: missing.filter((m) => m.shown.guide === guide && m.lang === lang).map(({ shown, expected }) => ({ shown, expected })),
      missingTexts: missingTexts.filter((text) => text.lang === lang && text.guide === guide),
      outdated: outdated.filter((o) => o.place.guide === guide && o.place.lang === lang),
    })),
  );
}

/** Warnings for the checker: a missing translation is published, but in another language. A draft language's are only counted. */
export function missingTranslationWarnings(places: EntryPlace[], languages: Languages): Problem[] {
  return missingTranslations(places, languages)
    .filter(({ lang }) => !languages.isDraft(lang))
    .map(({ lang, shown, expected }) => ({
      file: shown.file,
      field: FILE_FIELD,
      message: `has no ${lang} translation (expected ${expected}): ${lang} pages show this ${shown.lang} text, marked as not yet translated`,
    }));
}
