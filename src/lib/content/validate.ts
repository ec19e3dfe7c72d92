// One entry point for "is the content publishable?": the build, the tests and
// the command-line checker all call this.
import { join, relative, sep } from 'node:path';
import { crossChecks } from './checks';
import { findDrafts, type Draft } from './drafts';
import { ContentError, sortProblems, type Problem } from './problems';
import { readContent, type ReadResult } from './read';
import { readSiteSettings } from '../site/read';
import { glossaryProblems, unknownGuides } from '../glossary/check';
import { readGlossary } from '../glossary/read';
import { glossaryTexts } from '../glossary/texts';
import type { SiteSettings } from '../site/schema';

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
}

export function validateContent(contentDir: string, options: { root?: string; now?: Date } = {}): Validation {
  const root = options.root ?? process.cwd();
  const result = readContent(contentDir, root);
  const site = readSiteSettings(contentDir, root);
  const all = sortProblems([
    ...site.problems,
    ...result.problems,
    ...crossChecks(result, options.now ?? new Date()),
    ...glossaryCheck(contentDir, root, result, site),
  ]);
  const drafts = findDrafts(contentDir, root);
  const folder = (guide: string) => `${relative(root, join(contentDir, guide)).split(sep).join('/')}/`;
  const inDraft = (file: string) => drafts.find((d) => file.startsWith(folder(d.guide)));
  const isPublished = ({ guide }: { guide: string }) => !drafts.some((d) => d.guide === guide);
  return {
    ...(site.settings ? { site: site.settings } : {}),
    guides: result.guides.filter(isPublished),
    timelines: result.timelines.filter(isPublished),
    entries: result.entries.filter(isPublished),
    places: result.places.filter(isPublished),
    problems: all.filter((p) => !inDraft(p.file)),
    drafts: drafts.map((draft) => ({ ...draft, problems: all.filter((p) => inDraft(p.file) === draft) })),
  };
}

/** The glossary's rules (content/glossary.yaml, if any) over every text of the content and the UI strings under `root`. */
function glossaryCheck(contentDir: string, root: string, result: ReadResult, site: ReturnType<typeof readSiteSettings>): Problem[] {
  const read = readGlossary(contentDir, root);
  if (!read.glossary) return read.problems;
  const siteTexts = site.settings && site.lineOf ? { file: site.file, data: site.settings, lineOf: site.lineOf } : undefined;
  const { texts, problems } = glossaryTexts(result, siteTexts, root);
  const guides = [...new Set([...result.guides.map((g) => g.guide), ...result.places.map((p) => p.guide)])];
  return [...read.problems, ...unknownGuides(read, guides), ...problems, ...glossaryProblems(texts, read.glossary)];
}

/** Throws a ContentError listing every problem, or returns the valid content. */
export function assertValidContent(contentDir: string, options: { root?: string; now?: Date } = {}): Validation {
  const validation = validateContent(contentDir, options);
  if (validation.problems.length) throw new ContentError(validation.problems);
  return validation;
}
