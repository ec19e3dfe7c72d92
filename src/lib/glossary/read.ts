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

export function readGlossary(contentDir: string, root: string = process.cwd()): GlossaryRead {
  const abs = join(contentDir, GLOSSARY_FILE);
  const file = relative(root, abs).split(sep).join('/');
  if (!existsSync(abs)) return { file, problems: [] };
  const { parsed, problems } = readYamlFile(abs, file);
  if (!parsed) return { file, problems };
  const glossary = parsed.errors.length ? undefined : validate(glossarySchema, parsed, file, problems);
  return { ...(glossary ? { glossary } : {}), file, problems, lineOf: parsed.lineOf };
}
