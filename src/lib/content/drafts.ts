// A guide is a draft while its guide.yaml says `draft: true` or, until it is first
// published, while any of its files still holds a TODO marker (what `npm run
// new-guide` writes). Drafts are checked like any guide, but their problems do not
// stop the build and nothing of them is published: no page, no API entry, no
// sitemap or feed item, no search entry. Once a guide has been published (an
// entry of `updates` is written out), a TODO is an error: taking the guide offline
// would break every link shared to it, so only `draft: true` does that.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { LOCALES_DIR } from '../languages/files';
import { parseYaml } from '../validation/yaml';
import { idPattern } from './schemas';
import { FILE_FIELD, type Problem } from '../validation/problems';

const TODO_MARKER = /\bTODO\b/;

export interface Draft {
  guide: string;
  /** true when guide.yaml says `draft: true`. */
  flagged: boolean;
  /** Every line that still holds a TODO, as file:line  field  text. */
  todos: Problem[];
}

const toPosix = (path: string) => path.split(sep).join('/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => !item.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((item) => (item.isDirectory() ? filesUnder(join(dir, item.name)) : item.isFile() ? [join(dir, item.name)] : []));
}

/** Line number → field path ("deadline.date", "updates.0.summary.fr") of each YAML key. */
function keyLines(yaml: string, firstLine: number): Map<number, string> {
  const counter = new LineCounter();
  const lines = new Map<number, string>();
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)];
        if (isNode(pair.key) && pair.key.range) lines.set(counter.linePos(pair.key.range[0]).line + firstLine - 1, key.join('.'));
        walk(pair.value, key);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(parseDocument(yaml, { lineCounter: counter, logLevel: 'silent' }).contents, []);
  return lines;
}

function todosIn(abs: string, file: string): Problem[] {
  const text = readFileSync(abs, 'utf8');
  const lines = text.split(/\r?\n/);
  // guide.yaml is all YAML; an .mdx file has YAML between its first two "---" lines, then prose.
  const frontEnd = abs.endsWith('.yaml') ? lines.length : lines.indexOf('---', 1);
  const yaml = abs.endsWith('.yaml') ? text : lines.slice(1, Math.max(frontEnd, 1)).join('\n');
  const fields = keyLines(yaml, abs.endsWith('.yaml') ? 1 : 2);
  const todos: Problem[] = [];
  lines.forEach((line, index) => {
    if (!TODO_MARKER.test(line)) return;
    const shown = line.trim().length > 120 ? `${line.trim().slice(0, 117)}...` : line.trim();
    const field = fields.get(index + 1) ?? (index < frontEnd ? FILE_FIELD : 'body');
    todos.push({ file, line: index + 1, field, message: `TODO left: ${shown}` });
  });
  return todos;
}

interface Scan extends Draft {
  /** guide.yaml has an update with no TODO left: the guide has been published. */
  published: boolean;
}

function scanGuide(dir: string, guide: string, root: string): Scan {
  const todos = filesUnder(dir).flatMap((abs) => todosIn(abs, toPosix(relative(root, abs))));
  let data: unknown;
  try {
    // Unreadable or invalid YAML is reported by the validator, not here.
    data = parseYaml(readFileSync(join(dir, 'guide.yaml'), 'utf8'), 1).data;
  } catch {
    data = undefined;
  }
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const updates = Array.isArray(fields['updates']) ? fields['updates'] : [];
  const guideYaml = toPosix(relative(root, join(dir, 'guide.yaml')));
  const unfinished = (index: number) => todos.some((t) => t.file === guideYaml && (t.field === `updates.${index}` || t.field.startsWith(`updates.${index}.`)));
  return { guide, flagged: fields['draft'] === true, todos, published: updates.some((_, index) => !unfinished(index)) };
}

/** A guide's folder: kebab-case, and not the folder of UI strings. */
const isGuideFolder = (contentDir: string, name: string) => idPattern.test(name) && name !== LOCALES_DIR && statSync(join(contentDir, name)).isDirectory();

function scanGuides(contentDir: string, root: string): Scan[] {
  return readdirSync(contentDir)
    .sort()
    .filter((guide) => isGuideFolder(contentDir, guide))
    .map((guide) => scanGuide(join(contentDir, guide), guide, root));
}

const isDraft = (scan: Scan) => scan.flagged || (scan.todos.length > 0 && !scan.published);

/** Drafts among the guide folders of `contentDir`; paths are relative to `root`. */
export function findDrafts(contentDir: string, root: string = process.cwd()): Draft[] {
  return scanGuides(contentDir, root)
    .filter(isDraft)
    .map(({ guide, flagged, todos }) => ({ guide, flagged, todos }));
}

/** TODOs left in published guides: errors, each with its line and field. */
export function publishedTodos(contentDir: string, root: string = process.cwd()): Problem[] {
  return scanGuides(contentDir, root)
    .filter((scan) => !isDraft(scan))
    .flatMap((scan) =>
      scan.todos.map((todo) => ({
        ...todo,
        message: `${todo.message} (the guide is published: finish the text, or set draft: true in guide.yaml to take it offline on purpose)`,
      })),
    );
}

/** Guide folders that are published: every kebab-case folder that is not a draft. */
export function publishedGuideIds(contentDir: string): string[] {
  return scanGuides(contentDir, process.cwd())
    .filter((scan) => !isDraft(scan))
    .map((scan) => scan.guide);
}
