// Reads content/glossary.yaml. Without one, the content has no glossary rules;
// a glossary that does not parse or validate is a content problem like any other.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readYamlFile, validate } from '../validation/yaml';
import type { Problem } from '../validation/problems';
import { GLOSSARY_FILE } from './file';
import { glossarySchema, type Glossary } from './schema';

export interface GlossaryRead {
  glossary?: Glossary;
  file: string;
  problems: Problem[];
  lineOf?: (path: (string | number)[]) => number | undefined;
}

/**
 * content/glossary.yaml, its blocks checked against `languages` (content/languages.yaml, which the
 * caller has read: the glossary does not read the site's registry itself, so that a broken
 * registry is reported, not thrown while the checker loads).
 */
export function readGlossary(contentDir: string, root: string = process.cwd(), languages?: readonly string[]): GlossaryRead {
  const abs = join(contentDir, GLOSSARY_FILE);
  const file = relative(root, abs).split(sep).join('/');
  if (!existsSync(abs)) return { file, problems: [] };
  const { parsed, problems } = readYamlFile(abs, file);
  if (!parsed) return { file, problems };
  const valid = parsed.errors.length ? undefined : validate(glossarySchema, parsed, file, problems);
  const unknown = valid && languages ? Object.keys(valid.languages).filter((lang) => !languages.includes(lang)) : [];
  for (const lang of unknown) {
    const line = parsed.lineOf(['languages', lang]);
    problems.push({ file, ...(line ? { line } : {}), field: `languages.${lang}`, message: `unknown language "${lang}": expected one of the site's languages ${languages?.join(', ')}` });
  }
  const glossary = unknown.length ? undefined : valid;
  return { ...(glossary ? { glossary } : {}), file, problems, lineOf: parsed.lineOf };
}
