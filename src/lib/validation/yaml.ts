// YAML with line numbers, and zod validation reported as problems: the one
// parser every content and settings file goes through.
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { FILE_FIELD, defaultWording, fieldName, issueMessage, type Problem } from './problems';
import { readTextFile } from './text-file';

export interface Parsed {
  data: unknown;
  lineOf: (path: (string | number)[]) => number | undefined;
  /** The dotted path ("deadline.date", "updates.0.summary.fr") of the key written on `line`, if any. */
  fieldAt: (line: number) => string | undefined;
  errors: { line: number; message: string }[];
}

/** Line number → dotted path of each key of the document. */
function keyLines(doc: Document, lineAt: (offset: number) => number): Map<number, string> {
  const lines = new Map<number, string>();
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)];
        if (isNode(pair.key) && pair.key.range) lines.set(lineAt(pair.key.range[0]), key.join('.'));
        walk(pair.value, key);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(doc.contents, []);
  return lines;
}

// Tags name a type to construct (`!!js/function`, `!!binary`): guide content
// never needs one, and Astro's own YAML reader would act on some of them.
const shownTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/** Parses YAML keeping line numbers, `firstLine` being the line the YAML starts on. */
export function parseYaml(text: string, firstLine: number): Parsed {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'silent' });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: (string | number)[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    // A missing top-level field: point at the start of the mapping it belongs in.
    return isNode(doc.contents) && doc.contents.range ? lineAt(doc.contents.range[0]) : undefined;
  };
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  let firstAlias: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (firstAlias === undefined && node.range) firstAlias = lineAt(node.range[0]);
    },
    Node(_key, node) {
      if (node.tag && node.range) {
        errors.push({ line: lineAt(node.range[0]), message: `the tag ${shownTag(node.tag)} is not allowed: write the value as plain text, without a tag` });
      }
    },
  });
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Aliases of aliases that would expand beyond reason ("billion laughs").
    errors.push({ line: firstAlias ?? firstLine, message: `${error instanceof Error ? error.message : String(error)}: write each value out instead of nesting aliases (*name)` });
  }
  let keys: Map<number, string> | undefined;
  const fieldAt = (line: number) => (keys ??= keyLines(doc, lineAt)).get(line);
  return { data, lineOf, fieldAt, errors };
}

/** Parse errors as problems of `file` (`format` names it: YAML, or JSON, which YAML reads too). */
export const yamlProblems = (parsed: Parsed, file: string, format = 'YAML'): Problem[] =>
  parsed.errors.map((error) => ({ file, line: error.line, field: FILE_FIELD, message: `invalid ${format}: ${error.message}` }));

/**
 * A YAML (or JSON) file of the content, read as UTF-8 text and parsed with line
 * numbers; `parsed` is missing when the text itself was refused.
 */
export function readYamlFile(abs: string, file: string, format = 'YAML'): { parsed?: Parsed; problems: Problem[] } {
  const read = readTextFile(abs, file);
  if (read.text === undefined) return { problems: read.problems };
  const parsed = parseYaml(read.text, 1);
  return { parsed, problems: yamlProblems(parsed, file, format) };
}

/** Validates parsed YAML against a schema, adding one problem per zod issue. */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: Parsed,
  file: string,
  problems: Problem[],
): z.infer<S> | undefined {
  const result = schema.safeParse(parsed.data ?? {}, { error: defaultWording });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    const line = parsed.lineOf(path);
    problems.push({
      file,
      ...(line ? { line } : {}),
      field: fieldName(path),
      message: issueMessage(issue, path, parsed.data, schema),
    });
  }
  return undefined;
}
