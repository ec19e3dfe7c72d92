// The translation status of the published content, as /{lang}/translations/ shows
// it. Every language's page shows the same report, so the content is read, checked
// and dated once per build (each time in dev, where it changes).
import { resolve } from 'node:path';
import { datesFromGit } from './git-dates';
import { contentDir } from './location';
import { translationStatus, type TranslationStatus } from './translations';
import { validateContent } from './validate';

let report: TranslationStatus[] | undefined;

export function siteTranslationStatus(): TranslationStatus[] {
  if (report && !import.meta.env.DEV) return report;
  const root = process.cwd();
  const now = new Date();
  // Published guides only: validateContent leaves drafts out of `places`.
  const { places, languages, missingTexts } = validateContent(resolve(root, contentDir()), { root, now });
  report = languages ? translationStatus(places, datesFromGit(root, now), languages, missingTexts) : [];
  return report;
}
