// A guide is a draft while its guide.yaml says `draft: true` or, until it is first
// published, while any of its files still holds a TODO marker (what `npm run
// new-guide` writes). Drafts are checked like any guide, but their problems do not
// stop the build and nothing of them is published: no page, no API entry, no
// sitemap or feed item, no search entry. Once a guide has been published (an
// entry of `updates` is written out), a TODO is an error: taking the guide offline
// would break every link shared to it, so only `draft: true` does that.
// Everything here comes from the one read of the content (read.ts).
import { sortProblems, type Problem } from '../validation/problems';
import type { ReadResult } from './read';

export interface Draft {
  guide: string;
  /** true when guide.yaml says `draft: true`. */
  flagged: boolean;
  /** Every line that still holds a TODO, as file:line  field  text. */
  todos: Problem[];
}

interface Scan extends Draft {
  /** guide.yaml has an update with no TODO left: the guide has been published. */
  published: boolean;
}

/** The fields of a parsed YAML mapping, valid or not (an invalid guide.yaml still says `draft: true`). */
const fieldsOf = (data: unknown): Map<string, unknown> => new Map(typeof data === 'object' && data !== null ? Object.entries(data) : []);

function scanGuide(result: ReadResult, guide: string): Scan {
  const guideFile = result.yamlFiles.find((file) => file.guide === guide && file.kind === 'guide');
  const todos = sortProblems(result.todos.get(guide) ?? []);
  const fields = fieldsOf(guideFile?.data);
  const updates = fields.get('updates');
  const unfinished = (index: number) => todos.some((t) => t.file === guideFile?.file && (t.field === `updates.${index}` || t.field.startsWith(`updates.${index}.`)));
  return { guide, flagged: fields.get('draft') === true, todos, published: Array.isArray(updates) && updates.some((_, index) => !unfinished(index)) };
}

const isDraft = (scan: Scan) => scan.flagged || (scan.todos.length > 0 && !scan.published);

/** Drafts among the guide folders read. */
export function findDrafts(result: ReadResult): Draft[] {
  return result.folders
    .map((guide) => scanGuide(result, guide))
    .filter(isDraft)
    .map(({ guide, flagged, todos }) => ({ guide, flagged, todos }));
}

/** TODOs left in published guides: errors, each with its line and field. */
export function publishedTodos(result: ReadResult): Problem[] {
  return result.folders
    .map((guide) => scanGuide(result, guide))
    .filter((scan) => !isDraft(scan))
    .flatMap((scan) =>
      scan.todos.map((todo) => ({
        ...todo,
        message: `${todo.message} (the guide is published: finish the text, or set draft: true in guide.yaml to take it offline on purpose)`,
      })),
    );
}
