// `npm run glossary`: writes content/GLOSSARY.md from content/glossary.yaml, so
// the page editors read says exactly what `npm run check` enforces.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../lib/content-dir';
import { formatProblem } from '../lib/validation/problems';
import { GLOSSARY_PAGE } from '../lib/glossary/file';
import { glossaryPage } from '../lib/glossary/page';
import { readGlossary } from '../lib/glossary/read';
import { readLanguages } from '../lib/languages/read';

const root = process.cwd();
const dir = resolve(root, contentDir());
const registry = readLanguages(dir, root);
const read = readGlossary(dir, root, registry.languages?.all);
const { glossary, file } = read;
const problems = [...registry.problems, ...read.problems];
if (!glossary || problems.length) {
  for (const problem of problems) console.error(`error    ${formatProblem(problem)}`);
  console.error(problems.length ? `${file} is not valid: nothing was written.` : `No ${file}: nothing to write.`);
  process.exitCode = 1;
} else {
  writeFileSync(join(dir, GLOSSARY_PAGE), glossaryPage(glossary));
  console.log(`Wrote ${join(contentDir(), GLOSSARY_PAGE)} from ${file}.`);
}
