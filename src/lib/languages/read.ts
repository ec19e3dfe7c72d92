// Reads and checks content/languages.yaml: problems come as file, line, field and
// what is expected, like every other content file.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readYamlFile, validate } from '../validation/yaml';
import { FILE_FIELD, type Problem } from '../validation/problems';
import { LANGUAGES_FILE } from './files';
import { languagesOf, type Languages } from './registry';
import { registrySchema, reservedCodes, type Registry } from './schema';


export interface LanguagesRead {
  languages?: Languages;
  file: string;
  problems: Problem[];
}

/** What the schema cannot say alone: codes that refer to each other, and locales Intl can write. */
function registryProblems(registry: Registry, file: string, lineOf: (path: (string | number)[]) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) => {
    const line = lineOf(path);
    problems.push({ file, ...(line ? { line } : {}), field: path.join('.'), message });
  };
  const codes = registry.languages.map((entry) => entry.code);
  const listed = codes.join(', ');
  registry.languages.forEach((entry, index) => {
    const first = codes.indexOf(entry.code);
    if (first !== index) at(['languages', index, 'code'], `duplicate language "${entry.code}": languages.${first} has it too`);
    if ((reservedCodes as readonly string[]).includes(entry.code)) {
      at(['languages', index, 'code'], `"${entry.code}" is a folder of the site (/${entry.code}/): pick the language's own tag (reserved: ${reservedCodes.join(', ')})`);
    }
    if (Intl.DateTimeFormat.supportedLocalesOf([entry.locale]).length === 0) {
      at(['languages', index, 'locale'], `no date and number formats are known for "${entry.locale}": expected a locale such as "${entry.code}" or "${entry.code}-${entry.code.toUpperCase()}"`);
    }
    entry.fallback.forEach((code, position) => {
      const path = ['languages', index, 'fallback', position];
      if (code === entry.code) at(path, `"${code}" is this language itself: list the languages its missing texts are taken from`);
      else if (!codes.includes(code)) at(path, `unknown language "${code}": expected one of the codes declared here (${listed})`);
      else if (entry.fallback.indexOf(code) !== position) at(path, `"${code}" is listed twice`);
    });
  });
  const declaredDefault = registry.languages.find((entry) => entry.code === registry.default);
  if (!declaredDefault) at(['default'], `unknown language "${registry.default}": expected one of the codes declared below (${listed})`);
  else if (declaredDefault.draft) at(['default'], `"${registry.default}" is a draft: the default language must be published (set draft: false, or name another)`);
  return problems;
}

/** Reads `contentDir`/languages.yaml; paths in problems are relative to `root`. */
export function readLanguages(contentDir: string, root: string = process.cwd()): LanguagesRead {
  const abs = join(contentDir, LANGUAGES_FILE);
  const file = relative(root, abs).split(sep).join('/');
  if (!existsSync(abs)) {
    return { file, problems: [{ file, field: FILE_FIELD, message: `missing: the site's languages are declared in ${LANGUAGES_FILE} at the top of the content folder (docs/translators.md, "Add a language")` }] };
  }
  const { parsed, problems } = readYamlFile(abs, file);
  if (!parsed) return { file, problems };
  const registry = parsed.errors.length ? undefined : validate(registrySchema, parsed, file, problems);
  if (registry) problems.push(...registryProblems(registry, file, parsed.lineOf));
  return { ...(registry && problems.length === 0 ? { languages: languagesOf(registry, file, parsed.lineOf) } : {}), file, problems };
}
