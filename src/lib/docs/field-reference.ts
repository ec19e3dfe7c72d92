// The field reference editors read (docs/fields.md), written from the zod schemas'
// own descriptions, the texts the build's error messages quote: one source of truth.
// zod turns each schema into JSON Schema (as written in the file, before defaults and
// normalisation); this walks it into one table row per field.
import { z } from 'astro/zod';
import { idPattern } from '../content/schemas';

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
}

export interface FieldRow {
  /** Dotted path; `[]` marks an array's items, `<key>` a map's values. */
  path: string;
  required: boolean;
  type: string;
  description: string;
}

const patterns: [string, string][] = [
  [idPattern.source, 'id (kebab-case)'],
  ['^\\d{4}-\\d{2}-\\d{2}$', 'date YYYY-MM-DD'],
  ['^\\d{4}-\\d{2}(?:-\\d{2})?$', 'date YYYY-MM-DD or YYYY-MM'],
];

const isTextPerLanguage = (schema: JsonSchema) =>
  schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object' && schema.additionalProperties.type === 'string' && !schema.propertyNames?.pattern;

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(', ');
  if (isTextPerLanguage(schema)) {
    const max = (schema.additionalProperties as JsonSchema).maxLength;
    return `text per language${max ? `, at most ${max} characters` : ''}`;
  }
  if (schema.type === 'string') {
    const named = patterns.find(([source]) => source === schema.pattern)?.[1];
    if (named) return named;
    if (schema.pattern?.includes('T\\d{2}')) return 'instant with its offset';
    return schema.maxLength ? `text, at most ${schema.maxLength} characters` : 'text';
  }
  if (schema.prefixItems) return `[${schema.prefixItems.map(typeOf).join(', ')}]`;
  if (schema.type === 'array') return `list of ${typeOf(schema.items ?? {})}`;
  if (schema.type === 'integer') return 'whole number';
  if (schema.type === 'object') return schema.properties ? 'group' : 'map';
  return schema.type ?? 'any';
}

/** One row per field of `schema`, nested fields after their parent. Throws on a field without a description. */
export function fieldRows(schema: z.ZodType, where: string): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (node: JsonSchema, path: string, required: boolean) => {
    // A field that must not be written (a removed one such as `status`) has no schema to show.
    if (Object.keys(node).length === 0) return;
    const description = node.description ?? (node.type === 'array' ? node.items?.description : undefined);
    if (!description) throw new Error(`${where}: the field ${path} has no description; add .describe() to its schema`);
    const shown = node.default !== undefined ? `${description} (default: \`${JSON.stringify(node.default)}\`)` : description;
    rows.push({ path, required, type: typeOf(node), description: shown });
    children(node, path);
  };
  const children = (node: JsonSchema, path: string) => {
    const prefix = path ? `${path}.` : '';
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, `${prefix}${key}`, node.required?.includes(key) ?? false);
    if (node.type === 'array' && node.items?.type === 'object') children(node.items, `${path}[]`);
    if (node.type === 'object' && !isTextPerLanguage(node) && typeof node.additionalProperties === 'object') {
      const value = node.additionalProperties;
      if (value.type === 'object' && value.properties) children(value, `${prefix}<${node.propertyNames?.description ? 'id' : 'key'}>`);
    }
  };
  children(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '');
  return rows;
}

// Table cells: a pipe would end the cell, and <guide> would be read as an HTML tag.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');

/** A Markdown table of `rows`; `neutral` fields are marked as identical in every language. */
export function fieldTable(rows: FieldRow[], neutral: readonly string[] = []): string {
  const lines = ['| Field | | Type | What it is |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const marks = [row.required ? 'required' : 'optional', ...(neutral.includes(row.path) ? ['same in every language'] : [])].join(', ');
    lines.push(`| \`${row.path}\` | ${marks} | ${cell(row.type)} | ${cell(row.description)} |`);
  }
  return lines.join('\n');
}
