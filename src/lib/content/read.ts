// Reads a content folder from disk into typed entries, validating each file
// against its schema. Every file is accounted for: one that does not fit the
// layout is reported, never skipped. This is the only read of the guides: the
// checker, the drafts, Astro's collections and through them every page use it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lang, Languages } from '../languages/registry';
import { LANGUAGES_FILE, LOCALES_DIR } from '../languages/files';
import {
  dataCategorySchema,
  entryKinds,
  faqSchema,
  guideSchema,
  idPattern,
  legalSchema,
  overviewSchema,
  stepSchema,
  stepSchemaFor,
  timelineSchema,
  type EntryData,
  type EntryKind,
  type Guide,
  type Timeline,
} from './schemas';
import { FILE_FIELD, type Problem } from '../validation/problems';
import { readTextFile } from '../validation/text-file';
import { parseYaml, validate, yamlProblems, type Parsed } from '../validation/yaml';
import { checkMdxBody, type BodyLink } from './mdx-body';
import { todosIn } from './todos';
import { reservedGuideIds } from '../links';

export interface GuideFile {
  guide: string;
  file: string;
  data: Guide;
  lineOf: (path: (string | number)[]) => number | undefined;
}

/** content/<guide>/timeline.yaml, when the guide has one. */
export interface TimelineFile {
  guide: string;
  file: string;
  data: Timeline;
  lineOf: (path: (string | number)[]) => number | undefined;
}

interface EntryFile {
  guide: string;
  lang: Lang;
  /** Language-neutral id: the file name without extension. */
  id: string;
  file: string;
  body: string;
  /** Links of the body, with their lines (anchors are checked across files). */
  links: BodyLink[];
  /** The line of the file the body starts on. */
  bodyLine: number;
  lineOf: (path: (string | number)[]) => number | undefined;
}

/** An entry whose front matter is valid, its data typed by its kind (a union discriminated by `kind`). */
export type Entry = EntryFile & EntryData;
/** An entry of one kind. */
export type EntryOf<K extends EntryKind> = EntryFile & Extract<EntryData, { kind: K }>;

/** Where an entry file stands, whether or not its content is valid. */
export type EntryPlace = Pick<Entry, 'guide' | 'lang' | 'kind' | 'id' | 'file'>;

/** Places of the same entry in every language, keyed by guide, kind and id. */
export function groupByEntry(places: EntryPlace[]): EntryPlace[][] {
  const groups = new Map<string, EntryPlace[]>();
  for (const place of places) {
    const key = `${place.guide}/${place.kind}/${place.id}`;
    groups.set(key, [...(groups.get(key) ?? []), place]);
  }
  return [...groups.values()];
}

/** guide.yaml or timeline.yaml as parsed, valid or not: its per-language texts are checked either way. */
export interface YamlFile {
  guide: string;
  file: string;
  kind: 'guide' | 'timeline';
  data: unknown;
  lineOf: (path: (string | number)[]) => number | undefined;
}

export interface ReadResult {
  /** Every guide folder read, valid or not. */
  folders: string[];
  guides: GuideFile[];
  timelines: TimelineFile[];
  /** Every guide.yaml and timeline.yaml that parsed as YAML, valid or not. */
  yamlFiles: YamlFile[];
  /** Entries whose front matter is valid. */
  entries: Entry[];
  /** Every entry file found, valid or not (translation parity is about files). */
  places: EntryPlace[];
  /** Every line that still holds a TODO, in every file read, by guide folder (see drafts.ts). */
  todos: Map<string, Problem[]>;
  problems: Problem[];
}

const GUIDE_FILE = 'guide.yaml';
const TIMELINE_FILE = 'timeline.yaml';
const OVERVIEW_FILE = 'overview.mdx';
const folderKinds = (Object.keys(entryKinds) as EntryKind[]).filter((k) => k !== 'overview');

const toPosix = (path: string) => path.split(sep).join('/');

/** Splits an MDX file into its front matter (YAML between --- lines) and body. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

const kindNames: Record<EntryKind, string> = {
  overview: 'an overview',
  steps: 'a step',
  data: 'a data category',
  exclusions: 'an exclusion',
  legal: 'a legal point',
  faq: 'a question',
};
/** Each kind's data, validated by its schema and tagged with its kind. */
const entryData: { [K in EntryKind]: (parsed: Parsed, file: string, problems: Problem[], surfaceIds: string[]) => Extract<EntryData, { kind: K }> | undefined } = {
  overview: (parsed, file, problems) => tagged('overview', validate(overviewSchema, parsed, file, problems)),
  // A step is checked against its own guide's surfaces (any kebab-case id when guide.yaml declares none validly).
  steps: (parsed, file, problems, surfaceIds) => tagged('steps', validate(stepSchemaFor(surfaceIds), parsed, file, problems)),
  data: (parsed, file, problems) => tagged('data', validate(dataCategorySchema, parsed, file, problems)),
  exclusions: (parsed, file, problems) => tagged('exclusions', validate(dataCategorySchema, parsed, file, problems)),
  legal: (parsed, file, problems) => tagged('legal', validate(legalSchema, parsed, file, problems)),
  faq: (parsed, file, problems) => tagged('faq', validate(faqSchema, parsed, file, problems)),
};
const tagged = <K extends EntryKind, D>(kind: K, data: D | undefined) => (data === undefined ? undefined : { kind, data });

const placeOf = (kind: EntryKind, id: string) => (kind === 'overview' ? OVERVIEW_FILE : `${kind}/${id}.mdx`);
// Steps are matched here without their guide's surfaces: the point is the shape of the file.
const shapeOf = (kind: EntryKind) => (kind === 'steps' ? stepSchema : entryKinds[kind].schema);

/**
 * A file that fails its own folder's schema but fits another kind was put in
 * the wrong place (a step copied into data/, an overview into steps/): say where
 * it belongs rather than listing fields it "should not" have.
 */
function misplaced(file: string, kind: EntryKind, id: string, parsed: Parsed): Problem | undefined {
  const fits = (Object.keys(entryKinds) as EntryKind[]).filter(
    (other) => shapeOf(other) !== shapeOf(kind) && shapeOf(other).safeParse(parsed.data ?? {}).success,
  );
  const [other] = fits;
  if (!other) return undefined;
  const langDir = kind === 'overview' ? file.slice(0, file.lastIndexOf('/')) : file.slice(0, file.lastIndexOf('/', file.lastIndexOf('/') - 1));
  const fields = Object.keys(parsed.data ?? {}).join(', ');
  const target = fits.map((k) => `${langDir}/${placeOf(k, id)}`).join(' or ');
  return { file, line: 1, field: FILE_FIELD, message: `its fields (${fields}) are those of ${kindNames[other]}, not of ${kindNames[kind]}: move the file to ${target}` };
}

function readEntry(
  root: string,
  abs: string,
  guide: string,
  lang: Lang,
  kind: EntryKind,
  id: string,
  problems: Problem[],
  todos: Problem[],
  surfaceIds: string[],
): Entry | undefined {
  const file = toPosix(relative(root, abs));
  const read = readTextFile(abs, file);
  if (read.text === undefined) {
    problems.push(...read.problems);
    return undefined;
  }
  const split = splitFrontmatter(read.text);
  if (!split) {
    todos.push(...todosIn(read.text, file, () => undefined, 1));
    problems.push({ file, line: 1, field: FILE_FIELD, message: 'expected front matter between two "---" lines at the top of the file' });
    return undefined;
  }
  const parsed = parseYaml(split.yaml, 2);
  todos.push(...todosIn(read.text, file, parsed.fieldAt, split.bodyLine));
  problems.push(...yamlProblems(parsed, file));
  const body = checkMdxBody(split.body, split.bodyLine);
  problems.push(...body.problems.map(({ line, message }) => ({ file, line, field: 'body', message })));
  if (split.body.trim() === '') {
    problems.push({ file, line: split.bodyLine, field: 'body', message: 'expected text after the front matter: the body is empty' });
  }
  if (parsed.errors.length) return undefined;
  const fieldProblems: Problem[] = [];
  const typed = entryData[kind](parsed, file, fieldProblems, surfaceIds);
  const elsewhere = typed ? undefined : misplaced(file, kind, id, parsed);
  problems.push(...(elsewhere ? [elsewhere] : fieldProblems));
  if (!typed) return undefined;
  return { guide, lang, id, file, body: split.body, bodyLine: split.bodyLine, links: body.links, lineOf: parsed.lineOf, ...typed };
}

/** A YAML file of the content, its problems added to `problems` and its TODOs to `todos`. */
function readYaml(abs: string, file: string, problems: Problem[], todos: Problem[]): Parsed | undefined {
  const read = readTextFile(abs, file);
  if (read.text === undefined) {
    problems.push(...read.problems);
    return undefined;
  }
  const parsed = parseYaml(read.text, 1);
  problems.push(...yamlProblems(parsed, file));
  todos.push(...todosIn(read.text, file, parsed.fieldAt, Infinity));
  return parsed;
}

function list(dir: string): string[] {
  return readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
}

/**
 * Reads `contentDir` (one folder per guide, a folder per language of `languages`
 * in each) and returns what parsed, plus a problem for every file that did not.
 * `root` is what paths are relative to; `besides` names the other files at the top
 * of the content folder (site settings, glossary), which their own readers check.
 */
export function readContent(contentDir: string, languages: Languages, root: string = process.cwd(), besides: readonly string[] = []): ReadResult {
  const folders: string[] = [];
  const guides: GuideFile[] = [];
  const timelines: TimelineFile[] = [];
  const yamlFiles: YamlFile[] = [];
  const entries: Entry[] = [];
  const places: EntryPlace[] = [];
  const todos = new Map<string, Problem[]>();
  const problems: Problem[] = [];
  const read = (abs: string, guide: string, lang: Lang, kind: EntryKind, id: string, surfaceIds: string[], guideTodos: Problem[]) => {
    places.push({ guide, lang, kind, id, file: rel(abs) });
    const entry = readEntry(root, abs, guide, lang, kind, id, problems, guideTodos, surfaceIds);
    if (entry) entries.push(entry);
  };
  const rel = (abs: string) => toPosix(relative(root, abs));
  const unexpected = (abs: string, expected: string) =>
    problems.push({ file: rel(abs), field: FILE_FIELD, message: `unexpected ${statSync(abs).isDirectory() ? 'folder' : 'file'} here: expected ${expected}` });

  const reserved = reservedGuideIds(languages.all);
  for (const guide of list(contentDir)) {
    // The languages and their UI strings sit beside the guides (src/lib/languages/), and so do `besides`.
    if (guide === LANGUAGES_FILE || guide === LOCALES_DIR || besides.includes(guide)) continue;
    const guideDir = join(contentDir, guide);
    if (!statSync(guideDir).isDirectory()) {
      // Notes for editors (the glossary) sit beside the guides.
      if (guide.endsWith('.md')) continue;
      unexpected(guideDir, 'one folder per guide, and Markdown notes for editors (.md)');
      continue;
    }
    if (!idPattern.test(guide)) {
      problems.push({ file: rel(guideDir), field: FILE_FIELD, message: 'expected a kebab-case guide folder name such as "linkedin"' });
      continue;
    }
    if (reserved.includes(guide)) {
      problems.push({ file: rel(guideDir), field: FILE_FIELD, message: `"${guide}" is the name of a site page or file (its pages and images would take each other's place): rename the folder (reserved: ${reserved.join(', ')})` });
      continue;
    }
    folders.push(guide);
    const guideTodos: Problem[] = [];
    todos.set(guide, guideTodos);
    const guidePath = join(guideDir, GUIDE_FILE);
    let surfaceIds: string[] = [];
    if (!existsSync(guidePath)) {
      problems.push({ file: rel(guidePath), field: FILE_FIELD, message: `missing: every guide folder needs a ${GUIDE_FILE} with its language-neutral facts` });
    }
    const parsedGuide = existsSync(guidePath) ? readYaml(guidePath, rel(guidePath), problems, guideTodos) : undefined;
    if (parsedGuide) {
      const data = parsedGuide.errors.length ? undefined : validate(guideSchema, parsedGuide, rel(guidePath), problems);
      if (data) guides.push({ guide, file: rel(guidePath), data, lineOf: parsedGuide.lineOf });
      if (!parsedGuide.errors.length) yamlFiles.push({ guide, file: rel(guidePath), kind: 'guide', data: parsedGuide.data, lineOf: parsedGuide.lineOf });
      // The surfaces alone, so that steps are checked against them even when another field of guide.yaml is wrong.
      const declared = guideSchema.shape.surfaces.safeParse(new Map(Object.entries(parsedGuide.data ?? {})).get('surfaces'));
      if (declared.success) surfaceIds = declared.data.map((s) => s.id);
    }

    for (const name of list(guideDir)) {
      const abs = join(guideDir, name);
      if (name === GUIDE_FILE) continue;
      if (name === TIMELINE_FILE) {
        const parsed = readYaml(abs, rel(abs), problems, guideTodos);
        const data = !parsed || parsed.errors.length ? undefined : validate(timelineSchema, parsed, rel(abs), problems);
        if (data && parsed) timelines.push({ guide, file: rel(abs), data, lineOf: parsed.lineOf });
        if (parsed && !parsed.errors.length) yamlFiles.push({ guide, file: rel(abs), kind: 'timeline', data: parsed.data, lineOf: parsed.lineOf });
        continue;
      }
      if (!languages.isLang(name) || !statSync(abs).isDirectory()) {
        unexpected(abs, `${GUIDE_FILE}, an optional ${TIMELINE_FILE} and one folder per language of ${languages.file} (${languages.all.join(', ')}); to write in another language, declare it there first (docs/translators.md, "Add a language")`);
        continue;
      }
      const lang = name;
      for (const item of list(abs)) {
        const itemAbs = join(abs, item);
        if (item === OVERVIEW_FILE) {
          read(itemAbs, guide, lang, 'overview', guide, surfaceIds, guideTodos);
          continue;
        }
        const kind = folderKinds.find((k) => k === item);
        if (!kind || !statSync(itemAbs).isDirectory()) {
          unexpected(itemAbs, `${OVERVIEW_FILE} and the folders ${folderKinds.join(', ')}`);
          continue;
        }
        for (const file of list(itemAbs)) {
          const fileAbs = join(itemAbs, file);
          const id = file.replace(/\.mdx$/, '');
          if (!file.endsWith('.mdx') || !statSync(fileAbs).isFile()) {
            unexpected(fileAbs, `.mdx files in ${item}/`);
          } else if (!idPattern.test(id)) {
            problems.push({ file: rel(fileAbs), field: FILE_FIELD, message: 'expected a kebab-case file name such as "web-open-settings.mdx": the name is the entry\'s id and anchor' });
          } else {
            read(fileAbs, guide, lang, kind, id, surfaceIds, guideTodos);
          }
        }
      }
    }
  }
  return { folders, guides, timelines, yamlFiles, entries, places, todos, problems };
}
