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

/** The schema of `key` inside `schema` (an object's field, an array's item, a record's value). */
export function fieldSchema(schema: z.ZodTypeAny, key: string | number): z.ZodTypeAny | undefined {
  const current = unwrap(schema);
  if (current instanceof z.ZodObject) return (current.shape as Record<string, z.ZodTypeAny>)[String(key)];
  if (current instanceof z.ZodArray) return current.element as z.ZodTypeAny;
  if (current instanceof z.ZodRecord) return current.valueSchema as z.ZodTypeAny;
  return undefined;
}

/** The description of the field at `path` in `schema`, when the schema declares one. */
export function describeField(schema: z.ZodTypeAny, path: (string | number)[]): string | undefined {
  let current: z.ZodTypeAny | undefined = schema;
  for (const key of path) current = current && fieldSchema(current, key);
  return current?.description ?? (current ? unwrap(current).description : undefined);
}

/** `schema` and each schema it wraps (optional, nullable, default, refinements), outermost first. */
export function layers(schema: z.ZodTypeAny): z.ZodTypeAny[] {
  const found = [schema];
  for (let current = schema; ; ) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap();
    else if (current instanceof z.ZodDefault) current = current.removeDefault();
    else if (current instanceof z.ZodEffects) current = current.innerType();
    else return found;
    found.push(current);
  }
}

const unwrap = (schema: z.ZodTypeAny): z.ZodTypeAny => layers(schema).at(-1) ?? schema;

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
        ? `expected a non-empty text${hint}`
        : issue.type === 'array'
          ? `${issue.message === 'Array must contain at least 1 element(s)' ? 'expected at least one item' : issue.message}${hint}`
          : `${issue.message}${hint}`;
    case 'too_big':
      return issue.type === 'string' ? `expected at most ${issue.maximum} characters, received ${String(found).length}` : issue.message;
    default:
      return `${issue.message}, received ${show(found)}${hint}`;
  }
}

function allowed(schema: z.ZodTypeAny, path: (string | number)[]): string {
  let current: z.ZodTypeAny | undefined = schema;
  for (const key of path) current = current && fieldSchema(current, key);
  const found = current && unwrap(current);
  return found instanceof z.ZodObject ? `; allowed fields: ${Object.keys(found.shape).join(', ')}` : '';
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
  }
}
