// A guide is a draft while its guide.yaml says `draft: true` or any of its files
// still holds a TODO marker (what `npm run new-guide` writes). Drafts are checked
// like any guide, but their problems do not stop the build and nothing of them is
// published: no page, no API entry, no sitemap or feed item, no search entry.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parse, parseDocument } from 'yaml';
import { LOCALES_DIR } from '../languages/files';
import { idPattern } from './schemas';
import { FILE_FIELD, type Problem } from './problems';

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
  walk(parseDocument(yaml, { lineCounter: counter }).contents, []);
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

function isFlagged(guideYaml: string): boolean {
  try {
    const data: unknown = parse(readFileSync(guideYaml, 'utf8'));
    return typeof data === 'object' && data !== null && (data as Record<string, unknown>)['draft'] === true;
  } catch {
    // Unreadable or invalid YAML is reported by the validator, not here.
    return false;
  }
}

/** A guide's folder: kebab-case, and not the folder of UI strings. */
const isGuideFolder = (contentDir: string, name: string) => idPattern.test(name) && name !== LOCALES_DIR && statSync(join(contentDir, name)).isDirectory();

/** Drafts among the guide folders of `contentDir`; paths are relative to `root`. */
export function findDrafts(contentDir: string, root: string = process.cwd()): Draft[] {
  const drafts: Draft[] = [];
  for (const guide of readdirSync(contentDir).sort()) {
    const dir = join(contentDir, guide);
    if (!isGuideFolder(contentDir, guide)) continue;
    const todos = filesUnder(dir).flatMap((abs) => todosIn(abs, toPosix(relative(root, abs))));
    const flagged = isFlagged(join(dir, 'guide.yaml'));
    if (flagged || todos.length) drafts.push({ guide, flagged, todos });
  }
  return drafts;
}

/** Guide folders that are published: every kebab-case folder that is not a draft. */
export function publishedGuideIds(contentDir: string): string[] {
  const drafts = new Set(findDrafts(contentDir).map((d) => d.guide));
  return readdirSync(contentDir)
    .sort()
    .filter((guide) => isGuideFolder(contentDir, guide) && !drafts.has(guide));
}
