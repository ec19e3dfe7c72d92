// One entry point for "is the content publishable?": the build (through load.ts),
// the tests and the command-line checker all call this. Problems with the site
// settings come first: they concern every page, and a guide's problem may follow from them.
import { join, relative, sep } from 'node:path';
import { checkLocalized, localizedFields, missingTextWarnings } from '../languages/localized';
import { readLocales } from '../languages/locales';
import { readLanguages } from '../languages/read';
import type { Lang, Languages } from '../languages/registry';
import { crossChecks } from '../content/checks';
import { findDrafts, publishedTodos, type Draft } from '../content/drafts';
import { ContentError, sortProblems, type Problem } from '../validation/problems';
import { readContent, type ReadResult } from '../content/read';
import { guideSchema, timelineSchema } from '../content/schemas';
import type { GuideText } from '../content/translations';
import { SITE_FILE } from '../site/file';
import { readSiteSettings } from '../site/read';
import { siteSettingsSchema, type SiteSettings } from '../site/schema';
import { glossaryProblems, unknownGuides } from '../glossary/check';
import { GLOSSARY_FILE } from '../glossary/file';
import { readGlossary } from '../glossary/read';
import { glossaryTexts } from '../glossary/texts';

export interface DraftReport extends Draft {
  /** What would stop the build if the guide were published. */
  problems: Problem[];
}

/**
 * What was read, published guides only, with `problems` covering both single
 * files and cross-file rules. Drafts are reported apart and never fail.
 */
export interface Validation extends ReadResult {
  drafts: DraftReport[];
  /** content/site.yaml, when valid. */
  site?: SiteSettings;
  /** content/languages.yaml, when valid: without it nothing else is read. */
  languages?: Languages;
  /** Per-language texts of guide.yaml and timeline.yaml that a language lacks (published guides). */
  missingTexts: GuideText[];
  /** What does not stop the build: UI strings a draft language lacks, texts shown in another language. */
  warnings: Problem[];
}

export function validateContent(contentDir: string, options: { root?: string; now?: Date } = {}): Validation {
  const root = options.root ?? process.cwd();
  const registry = readLanguages(contentDir, root);
  const site = readSiteSettings(contentDir, root);
  const { languages } = registry;
  if (!languages) {
    // Which folders hold which language is unknown: the registry comes first.
    return {
      folders: [],
      guides: [],
      timelines: [],
      yamlFiles: [],
      entries: [],
      places: [],
      todos: new Map(),
      drafts: [],
      missingTexts: [],
      warnings: [],
      problems: [...sortProblems(site.problems), ...sortProblems(registry.problems)],
    };
  }
  const locales = readLocales(languages, contentDir, root);
  const result = readContent(contentDir, languages, root, [SITE_FILE, GLOSSARY_FILE]);
  // Per-language texts are checked in every file that parsed, valid or not, so that all its problems come at once.
  const texts = result.yamlFiles.map(({ guide, file, kind, data, lineOf }) => ({
    guide,
    ...checkLocalized(localizedFields(kind === 'guide' ? guideSchema : timelineSchema, data), file, lineOf, languages),
  }));
  const siteTexts = site.parsed ? checkLocalized(localizedFields(siteSettingsSchema, site.parsed.data), site.file, site.parsed.lineOf, languages) : { problems: [], missing: [] };
  const all = sortProblems([
    ...locales.problems,
    ...result.problems,
    ...texts.flatMap((t) => t.problems),
    ...crossChecks(result, languages, options.now ?? new Date()),
    ...publishedTodos(result),
    ...glossaryCheck(contentDir, root, result, site, languages, locales.files),
  ]);
  const siteProblems = sortProblems([...site.problems, ...siteTexts.problems]);
  const drafts = findDrafts(result);
  const folder = (guide: string) => `${relative(root, join(contentDir, guide)).split(sep).join('/')}/`;
  const inDraft = (file: string) => drafts.find((d) => file.startsWith(folder(d.guide)));
  const isPublished = ({ guide }: { guide: string }) => !drafts.some((d) => d.guide === guide);
  const missingTexts = texts.filter(isPublished).flatMap((t) => t.missing.map((text) => ({ ...text, guide: t.guide })));
  return {
    ...(site.settings ? { site: site.settings } : {}),
    languages,
    folders: result.folders,
    todos: result.todos,
    guides: result.guides.filter(isPublished),
    timelines: result.timelines.filter(isPublished),
    yamlFiles: result.yamlFiles.filter(isPublished),
    entries: result.entries.filter(isPublished),
    places: result.places.filter(isPublished),
    problems: [...siteProblems, ...all.filter((p) => !inDraft(p.file))],
    drafts: drafts.map((draft) => ({ ...draft, problems: all.filter((p) => inDraft(p.file) === draft) })),
    missingTexts,
    warnings: sortProblems([...locales.warnings, ...missingTextWarnings([...siteTexts.missing, ...missingTexts], languages)]),
  };
}

/** The glossary's rules (content/glossary.yaml, if any) over every text of the content and each language's UI strings. */
function glossaryCheck(contentDir: string, root: string, result: ReadResult, site: ReturnType<typeof readSiteSettings>, languages: Languages, localeFiles: Record<Lang, string>): Problem[] {
  const read = readGlossary(contentDir, root, languages.all);
  if (!read.glossary) return read.problems;
  const siteTexts = site.settings && site.parsed ? { file: site.file, data: site.settings, lineOf: site.parsed.lineOf } : undefined;
  const texts = glossaryTexts(result, siteTexts, root, languages, localeFiles);
  const guides = [...new Set([...result.guides.map((g) => g.guide), ...result.places.map((p) => p.guide)])];
  return [...read.problems, ...unknownGuides(read, guides), ...glossaryProblems(texts, read.glossary)];
}

/** Throws a ContentError listing every problem, or returns the valid content. */
export function assertValidContent(contentDir: string, options: { root?: string; now?: Date } = {}): Validation {
  const validation = validateContent(contentDir, options);
  if (validation.problems.length) throw new ContentError(validation.problems);
  return validation;
}
