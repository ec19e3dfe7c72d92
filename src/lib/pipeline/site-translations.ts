// The translation status of the published content, as /{lang}/translations/ shows
// it. Every language's page shows the same report: it comes from the build's one
// read of the content (load.ts), dated once per build (each time in dev, where it changes).
import { datesFromGit } from '../content/git-dates';
import { contentDir } from '../content-dir';
import { translationStatus, type TranslationStatus } from '../content/translations';
import { loadContent } from './load';

let report: TranslationStatus[] | undefined;

export function siteTranslationStatus(): TranslationStatus[] {
  if (report && !import.meta.env.DEV) return report;
  const root = process.cwd();
  const now = new Date();
  // Published guides only: the validation leaves drafts out of `places`.
  const { places, languages, missingTexts } = loadContent(contentDir(), { root, now });
  report = languages ? translationStatus(places, datesFromGit(root, now), languages, missingTexts) : [];
  return report;
}
