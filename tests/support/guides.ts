// The published guides, read from content/ as the build reads them: tests that
// cover one guide cover every guide, by iterating over these.
import { join } from 'node:path';
import { languages } from '../../src/i18n/languages';
import { validateContent } from '../../src/lib/pipeline/validate';
import { projectRoot } from './dist';

export const content = validateContent(join(projectRoot, 'content'), { root: projectRoot });
export const publishedGuides = content.guides.map((g) => g.guide);
export const guideFile = (guide: string) => content.guides.find((g) => g.guide === guide)!;

/** `pattern` with {guide} and {lang} filled in, for every published guide and language. */
export const perGuideAndLang = (pattern: string): string[] =>
  publishedGuides.flatMap((guide) => languages.map((lang) => pattern.replaceAll('{lang}', lang).replaceAll('{guide}', guide)));

/** The first step of each guide's first surface: a step every guide has. */
export const firstStep = (guide: string): string =>
  content.entries.find((e) => e.guide === guide && e.kind === 'steps' && e.data.surface === guideFile(guide).data.surfaces[0]!.id && e.data.order === 1)!.id;
