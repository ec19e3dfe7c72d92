// The UI strings of each language: content/locales/<code>.json when the content
// folder has one, else the generator's own (src/i18n/locales/). Every file is
// checked against the generator's keys. Incomplete is normal for a draft language
// (what it lacks falls back along its chain, with a warning) and an error for a
// published one; a wrong key, value or placeholder is an error in both.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { modelLocaleFile, shippedLocaleFile, shippedLocales } from '../../i18n/shipped';
import { readYamlFile } from '../validation/yaml';
import { FILE_FIELD, type Problem } from '../validation/problems';
import { LOCALES_DIR } from './files';
import type { Lang, Languages } from './registry';

export type Strings = { [key: string]: string | Strings };


export const flattenStrings = (tree: Strings, prefix = ''): Map<string, string> =>
  new Map(Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...flattenStrings(value, `${prefix}${key}.`)])));

/** Every key the generator's pages use, with a shipped text of it to show translators what is meant. */
const reference = new Map<string, { lang: Lang; text: string }>();
for (const [lang, strings] of Object.entries(shippedLocales)) {
  for (const [key, text] of flattenStrings(strings)) if (!reference.has(key)) reference.set(key, { lang, text });
}
export const localeKeys = [...reference.keys()];

export const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''))].sort();
const listPlaceholders = (names: string[]) => names.map((p) => `{{${p}}}`).join(', ') || 'none';

export interface LocalesRead {
  /** The strings of every language of the registry, as i18next takes them (what is missing falls back). */
  resources: Record<Lang, Strings>;
  /** Where each language's strings come from, relative to the root. */
  files: Record<Lang, string>;
  problems: Problem[];
  warnings: Problem[];
}

/** Sets `value` at a dotted key. */
function put(tree: Strings, key: string, value: string): void {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node = typeof next === 'object' ? next : (node[part] = {});
  }
  node[parts.at(-1) ?? key] = value;
}

/** The texts of a parsed locale file by dotted key, and the keys whose value is not a text. */
function leaves(data: unknown, path: string[] = [], found = new Map<string, string>(), wrong: string[] = []) {
  if (typeof data === 'string') found.set(path.join('.'), data);
  else if (data && typeof data === 'object' && !Array.isArray(data)) for (const [key, value] of Object.entries(data)) leaves(value, [...path, key], found, wrong);
  else wrong.push(path.join('.'));
  return { found, wrong };
}

interface OwnFile {
  file: string;
  lineOf: (path: (string | number)[]) => number | undefined;
  texts: Map<string, string>;
}

/** Reads the locale file of every language of `languages`; `contentDir` may hold locales/<code>.json. */
export function readLocales(languages: Languages, contentDir: string, root: string = process.cwd()): LocalesRead {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');
  const dir = join(contentDir, LOCALES_DIR);
  const found = new Map<Lang, string>();
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
      const abs = join(dir, name);
      const code = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !statSync(abs).isFile()) {
        problems.push({ file: rel(abs), field: FILE_FIELD, message: `unexpected ${statSync(abs).isDirectory() ? 'folder' : 'file'} here: expected one <code>.json file of UI strings per language of ${languages.file}` });
      } else if (!languages.isLang(code)) {
        problems.push({ file: rel(abs), field: FILE_FIELD, message: `no language "${code}" in ${languages.file} (${languages.all.join(', ')}): declare it there, or remove this file` });
      } else found.set(code, abs);
    }
  }

  const resources: Record<Lang, Strings> = {};
  const files: Record<Lang, string> = {};
  const own = new Map<Lang, OwnFile>();
  for (const lang of languages.all) {
    const abs = found.get(lang);
    const shipped = shippedLocales[lang];
    if (!abs) {
      if (shipped) {
        resources[lang] = shipped;
        files[lang] = shippedLocaleFile(lang);
      } else {
        const { file, line } = languages.where(lang);
        problems.push({ file, ...(line ? { line } : {}), field: 'languages', message: `no UI strings for "${lang}": expected ${rel(join(dir, `${lang}.json`))}, a copy of ${modelLocaleFile} with every text translated` });
      }
      continue;
    }
    const file = rel(abs);
    files[lang] = file;
    const read = readYamlFile(abs, file, 'JSON');
    problems.push(...read.problems);
    const { parsed } = read;
    if (!parsed || parsed.errors.length) continue;
    const at = (key: string): Omit<Problem, 'message'> => {
      const line = parsed.lineOf(key.split('.'));
      return { file, ...(line ? { line } : {}), field: key || FILE_FIELD };
    };
    const draft = languages.isDraft(lang);
    const incomplete = (where: Omit<Problem, 'message'>, what: string) =>
      (draft ? warnings : problems).push({
        ...where,
        message: draft
          ? `${what}: ${lang} pages show the ${languages.chain(lang).slice(1).join(', else ')} text until it is translated`
          : `${what}: ${lang} is published, so every text is needed (or set draft: true in ${languages.file})`,
      });
    const { found: texts, wrong } = leaves(parsed.data ?? {});
    for (const key of wrong) problems.push({ ...at(key), message: 'expected a text (a JSON string) or an object of texts' });
    const strings: Strings = {};
    for (const [key, value] of texts) {
      const model = reference.get(key);
      if (!model) {
        problems.push({ ...at(key), message: 'unknown key: no page uses it; remove it, or check its spelling against the other locale files' });
      } else if (value.trim() === '') {
        incomplete(at(key), 'empty text');
      } else if (placeholders(value).join() !== placeholders(model.text).join()) {
        problems.push({ ...at(key), message: `expected the placeholders ${listPlaceholders(placeholders(model.text))} (${model.lang}: "${model.text}"), found ${listPlaceholders(placeholders(value))}` });
      } else put(strings, key, value);
    }
    for (const [key, model] of reference) if (!texts.has(key) && !wrong.includes(key)) incomplete(at(key), `missing: expected the ${lang} text of "${key}" (${model.lang}: "${model.text}")`);
    resources[lang] = strings;
    own.set(lang, { file, lineOf: parsed.lineOf, texts: flattenStrings(strings) });
  }

  for (const [lang, { file, lineOf, texts }] of own) {
    for (const other of languages.all) {
      const theirs = resources[other] ? flattenStrings(resources[other]) : undefined;
      if (other === lang || !theirs || texts.size === 0) continue;
      // A copy of another language's file, even with keys removed since.
      if ([...texts].every(([key, value]) => theirs.get(key) === value)) {
        warnings.push({ file, field: FILE_FIELD, message: `every text it has is the same as in ${files[other]} (${other}): translate them into ${languages.entry(lang).name}` });
      }
    }
    // Quotation marks of another language, or straight ones, in this language's texts.
    const [open, close] = languages.entry(lang).typography.quotes;
    const foreign = new Set(['"', ...languages.all.flatMap((other) => languages.entry(other).typography.quotes)].join(''));
    for (const mark of open + close) foreign.delete(mark);
    for (const [key, value] of texts) {
      const marks = [...new Set([...value].filter((char) => foreign.has(char)))];
      const line = lineOf(key.split('.'));
      if (marks.length) warnings.push({ file, ...(line ? { line } : {}), field: key, message: `quotes with ${marks.join(' ')}: ${languages.entry(lang).name} quotes with ${open}…${close} (its typography in ${languages.file})` });
    }
  }
  return { resources, files, problems, warnings };
}
