// The one line that says why a guide is not published, shared by the build log and the checker.
import type { DraftReport } from './validate';

export function draftSummary(draft: DraftReport): string {
  const reasons = [
    ...(draft.flagged ? ['marked draft: true'] : []),
    ...(draft.todos.length ? [`${draft.todos.length} TODO(s) left`] : []),
    ...(draft.problems.length ? [`${draft.problems.length} problem(s) to fix`] : []),
  ];
  return `draft "${draft.guide}" not published: ${reasons.join(', ')}`;
}
