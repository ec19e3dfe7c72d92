// One entry point for "is the content publishable?": the build, the tests and
// (later) the command-line checker all call this.
import { crossChecks } from './checks';
import { ContentError, sortProblems } from './problems';
import { readContent, type ReadResult } from './read';

/** What was read, with `problems` covering both single files and cross-file rules. */
export type Validation = ReadResult;

export function validateContent(contentDir: string, options: { root?: string; now?: Date } = {}): Validation {
  const result = readContent(contentDir, options.root);
  const problems = sortProblems([...result.problems, ...crossChecks(result, options.now ?? new Date())]);
  return { ...result, problems };
}

/** Throws a ContentError listing every problem, or returns the valid content. */
export function assertValidContent(contentDir: string, options: { root?: string; now?: Date } = {}): Validation {
  const validation = validateContent(contentDir, options);
  if (validation.problems.length) throw new ContentError(validation.problems);
  return validation;
}
