// A content problem names the file, the line when known, the field and what is
// expected. Zod's issues are turned into that shape here.
import { z } from 'astro/zod';

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

/** A path into parsed YAML: zod's paths may hold symbols, YAML keys never do. */
export type FieldPath = (string | number)[];

/** The schema of `key` inside `schema` (an object's field, an array's item, a record's value). */
export function fieldSchema(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  const current = unwrap(schema);
  if (current instanceof z.ZodObject) return (current.shape as Record<string, z.ZodType>)[String(key)];
  if (current instanceof z.ZodArray) return current.element as z.ZodType;
  if (current instanceof z.ZodRecord) return current.valueType as z.ZodType;
  return undefined;
}

/** The description of the field at `path` in `schema`, when the schema declares one. */
export function describeField(schema: z.ZodType, path: FieldPath): string | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) current = current && fieldSchema(current, key);
  return current?.description ?? (current ? unwrap(current).description : undefined);
}

/** `schema` and each schema it wraps (optional, nullable, default, preprocessing), outermost first. */
export function layers(schema: z.ZodType): z.ZodType[] {
  const found = [schema];
  for (let current = schema; ; ) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = (current.out instanceof z.ZodTransform ? current.in : current.out) as z.ZodType;
    else return found;
    found.push(current);
  }
}

/** The schema that holds the field's own checks, past optional, default and preprocessing wrappers. */
const unwrap = (schema: z.ZodType): z.ZodType => layers(schema).at(-1) ?? schema;

/**
 * Wording for zod's own checks where a schema gives no message of its own. Passed to
 * `safeParse` as its error map: a message written in a schema takes precedence.
 */
export const defaultWording: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'too_small' && issue.origin === 'array') return 'expected at least one item';
  return undefined;
};

/** What a value is, in the words zod uses for the types it expects. */
const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : value instanceof Date ? 'date' : typeof value;

/** One readable sentence for a zod issue (from a parse given `defaultWording`): what was expected and what was found. */
export function issueMessage(issue: z.core.$ZodIssue, path: FieldPath, data: unknown, schema: z.ZodType): string {
  const found = path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
  const described = describeField(schema, path);
  const hint = described ? ` (${described})` : '';
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `required field is missing: expected ${issue.expected}${hint}`
        : `${issue.message}, received ${kindOf(found)} ${show(found)}${hint}`;
    case 'invalid_value': {
      const expected = `expected one of ${issue.values.map((value) => show(value)).join(' | ')}`;
      return found === undefined ? `required field is missing: ${expected}${hint}` : `${expected}, received ${show(found)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => show(k)).join(', ')}: remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}${allowed(schema, path)}`;
    case 'invalid_key':
      return `${issue.issues.map((inner) => inner.message).join('; ')}, received the key ${show(path.at(-1))}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `expected a non-empty text${typeof found === 'string' && found !== '' ? ', found only spaces' : ''}${hint}`
        : `${issue.message}${hint}`;
    case 'too_big':
      return issue.origin === 'string' ? `expected at most ${String(issue.maximum)} characters, received ${String(found).trim().length}${hint}` : issue.message;
    default:
      return `${issue.message}, received ${show(found)}${hint}`;
  }
}

function allowed(schema: z.ZodType, path: FieldPath): string {
  let current: z.ZodType | undefined = schema;
  for (const key of path) current = current && fieldSchema(current, key);
  const found = current && unwrap(current);
  return found instanceof z.ZodObject ? `; allowed fields: ${Object.keys(found.shape).join(', ')}` : '';
}

export const fieldName = (path: FieldPath): string => (path.length ? path.join('.') : FILE_FIELD);

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
