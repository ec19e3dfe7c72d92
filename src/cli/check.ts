// `npm run check`: validates all content without building the site (the same
// schemas and rules as the build), prints `file:line  field  message`, exits 1 on
// any error, SITE_URL and the site settings first. Stale facts, missing and lagging translations are warnings (exit 0).
// Drafts are listed with every TODO left and what would fail once published (exit 0).
// A GLOSSARY.md that differs from what `npm run glossary` writes is a warning.
import { join, resolve } from 'node:path';
import { draftSummary } from '../lib/pipeline/draft-summary';
import { laggingTranslations, staleGuides } from '../lib/content/freshness';
import { datesFromGit } from '../lib/content/git-dates';
import { contentDir } from '../lib/content-dir';
import { formatProblem } from '../lib/validation/problems';
import { missingTranslationWarnings, translationStatus } from '../lib/content/translations';
import { validateContent } from '../lib/pipeline/validate';
import { stalePage } from '../lib/glossary/page';
import { readGlossary } from '../lib/glossary/read';
import { SITE_FILE } from '../lib/site/file';
import { emptyFields } from '../lib/site/schema';
import { siteUrlEnvProblem } from '../lib/site/url';

const root = process.cwd();
const now = new Date();
const dir = resolve(root, contentDir());
const result = validateContent(dir, { root, now });
// What the whole site depends on comes first: SITE_URL, then the settings file (validateContent puts its problems first).
const envProblem = siteUrlEnvProblem();
const problems = [...(envProblem ? [envProblem] : []), ...result.problems];
const dates = datesFromGit(root, now);
const glossaryPage = stalePage(readGlossary(dir, root), dir);

const { languages } = result;
const warnings = [
  ...result.warnings,
  ...staleGuides(result.guides, now),
  ...(languages ? missingTranslationWarnings(result.places, languages) : []),
  ...laggingTranslations(result.places, dates),
  ...(glossaryPage ? [glossaryPage] : []),
];
for (const problem of problems) console.error(`error    ${formatProblem(problem)}`);
for (const warning of warnings) console.warn(`warning  ${formatProblem(warning)}`);
for (const draft of result.drafts) {
  console.log(`draft    ${draftSummary(draft)}`);
  for (const todo of draft.todos) console.log(`  todo     ${formatProblem(todo)}`);
  for (const problem of draft.problems) console.log(`  fix      ${formatProblem(problem)}`);
}
for (const status of languages ? translationStatus(result.places, dates, languages, result.missingTexts) : []) {
  const missing = status.missing.length + status.missingTexts.length;
  const state = missing || status.outdated.length ? `${missing} missing, ${status.outdated.length} outdated` : 'complete';
  console.log(`translation  ${status.guide}  ${status.lang}  ${state}${languages?.isDraft(status.lang) ? ' (draft language: built, not linked)' : ''}`);
}
// Not an error: the generator's own settings leave the publisher's facts to whoever deploys it.
const toFill = result.site ? emptyFields(result.site) : [];
if (toFill.length) console.log(`to fill  ${join(contentDir(), SITE_FILE)}  ${toFill.join(', ')} (before deploying; npm run build needs url)`);
const guides = result.guides.map((g) => g.guide).join(', ') || 'none';
const drafts = result.drafts.length ? `; ${result.drafts.length} draft(s): ${result.drafts.map((d) => d.guide).join(', ')}` : '';
console.log(`${problems.length} error(s), ${warnings.length} warning(s); ${result.places.length} entries checked in ${result.guides.length} guide(s): ${guides}${drafts}`);
process.exitCode = problems.length ? 1 : 0;
