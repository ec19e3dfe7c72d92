// A content problem names the file, the line when known, the field and what is
// expected. Zod's issues are turned into that shape here.
import { z } from 'zod';

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  /** Dotted path of the field, or "(file)" for a problem with the file itself. */
  field: string;
  message: string;
}

export const FILE_FIELD = '(file)';

const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** The description of the field at `path` in `schema`, when the schema declares one. */
export function describeField(schema: z.ZodTypeAny, path: (string | number)[]): string | undefined {
  let current: z.ZodTypeAny | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodTypeAny>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodTypeAny;
    else if (current instanceof z.ZodRecord) current = current.valueSchema as z.ZodTypeAny;
    else return undefined;
  }
  return current?.description ?? (current ? unwrap(current).description : undefined);
}

function unwrap(schema: z.ZodTypeAny | undefined): z.ZodTypeAny {
  let current = schema as z.ZodTypeAny;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap();
    else if (current instanceof z.ZodDefault) current = current.removeDefault();
    else if (current instanceof z.ZodEffects) current = current.innerType();
    else return current;
  }
}

/** One readable sentence for a zod issue: what was expected and what was found. */
export function issueMessage(issue: z.ZodIssue, data: unknown, schema: z.ZodTypeAny): string {
  const found = issue.path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
  const described = describeField(schema, issue.path);
  const hint = described ? ` (${described})` : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? `required field is missing: expected ${issue.expected}${hint}`
        : `expected ${issue.expected}, received ${issue.received} ${show(found)}${hint}`;
    case 'invalid_enum_value':
      return `expected one of ${issue.options.map((o) => show(o)).join(' | ')}, received ${show(found)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => show(k)).join(', ')}: remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}${allowed(schema, issue.path)}`;
    case 'too_small':
      return issue.type === 'string'
        ? `expected a non-empty text${typeof found === 'string' && found !== '' ? ', found only spaces' : ''}${hint}`
        : issue.type === 'array'
          ? `${issue.message === 'Array must contain at least 1 element(s)' ? 'expected at least one item' : issue.message}${hint}`
          : `${issue.message}${hint}`;
    case 'too_big':
      return issue.type === 'string' ? `expected at most ${issue.maximum} characters, received ${String(found).trim().length}${hint}` : issue.message;
    default:
      return `${issue.message}, received ${show(found)}${hint}`;
  }
}

function allowed(schema: z.ZodTypeAny, path: (string | number)[]): string {
  let current = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = unwrap((current.shape as Record<string, z.ZodTypeAny>)[String(key)]);
    else if (current instanceof z.ZodRecord) current = unwrap(current.valueSchema as z.ZodTypeAny);
    else return '';
  }
  return current instanceof z.ZodObject ? `; allowed fields: ${Object.keys(current.shape).join(', ')}` : '';
}

export const fieldName = (path: (string | number)[]): string => (path.length ? path.join('.') : FILE_FIELD);

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** `file:line  field  message`, one problem a line. */
export const formatProblem = (p: Problem): string => `${p.file}${p.line ? `:${p.line}` : ''}  ${p.field}  ${p.message}`;

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const count = `${problems.length} content problem${problems.length > 1 ? 's' : ''}`;
    super(`${count}; nothing was built. Fix each of these:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    // The message says everything: a stack trace (where this program noticed) would only bury it.
    this.stack = '';
  }
}
