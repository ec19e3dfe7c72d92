// The languages of the site being built (content/languages.yaml, or OPTOUT_CONTENT_DIR's)
// and their UI strings, read once. The content check has already reported any problem;
// a build that reaches here with one stops with the same list.
import { resolve } from 'node:path';
import { contentDir } from '../content-dir';
import { ContentError } from '../validation/problems';
import { localize, type LocalizedText } from './localized';
import { readLocales, type Strings } from './locales';
import { readLanguages } from './read';
import type { Lang, Languages } from './registry';

export interface SiteLanguages {
  languages: Languages;
  resources: Record<Lang, Strings>;
}

let cached: SiteLanguages | undefined;

export function siteLanguages(): SiteLanguages {
  if (!cached) {
    const dir = resolve(contentDir());
    const read = readLanguages(dir);
    if (!read.languages) throw new ContentError(read.problems);
    const locales = readLocales(read.languages, dir);
    if (locales.problems.length) throw new ContentError(locales.problems);
    cached = { languages: read.languages, resources: locales.resources };
  }
  return cached;
}

/** A per-language text as a page in `lang` shows it: its own, else the next language of its chain that has one. */
export const localized = (texts: LocalizedText, lang: Lang): { text: string; lang: Lang } => localize(texts, lang, siteLanguages().languages);
