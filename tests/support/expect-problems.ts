// Finds each expected problem in what a command printed, as `file:line  field  message`.
import type { ExpectedProblem } from './fixtures';

/** The expected problems that no printed line reports (paths may carry a prefix, such as ../../tmp/…/). */
export function missingProblems(output: string, expected: ExpectedProblem[]): ExpectedProblem[] {
  const lines = output.split('\n');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return expected.filter((want) => {
    // Without an expected line, any line (or none) will do.
    const where = new RegExp(`[ /]${escape(want.file)}${want.line ? `:${want.line}` : '(?::\\d+)?'}  ${escape(want.field)}  `);
    return !lines.some((line) => where.test(line) && line.includes(want.includes));
  });
}

/** A stack trace: what a reader of a content error should never have to read. */
export const stackTrace = /Stack trace|^\s+at .+:\d+:\d+\)?$/m;
