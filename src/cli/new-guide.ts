// `npm run new-guide -- <id> "<Platform name>"`: writes a draft guide in every
// language from src/cli/templates/, each field explained and marked TODO. The
// guide stays unpublished until every TODO is gone and `draft: true` is removed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languages, type Lang } from '../i18n/languages';
import { todayUtc } from '../lib/countdown/deadline';
import { contentDir } from '../lib/content/location';
import { idPattern } from '../lib/content/schemas';
import { reservedGuideIds } from '../lib/links';

const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates');
const languageNames: Record<Lang, string> = { fr: 'in French', en: 'in English' };

/** Target path inside the guide folder → template and its values. */
function plan(lang: Lang): [string, string, Record<string, string>][] {
  return [
    [`${lang}/overview.mdx`, 'overview.mdx', {}],
    [`${lang}/steps/web-open-settings.mdx`, 'step.mdx', { surface: 'web' }],
    [`${lang}/steps/mobile-open-settings.mdx`, 'step.mdx', { surface: 'mobile' }],
    [`${lang}/data/first-category.mdx`, 'entry.mdx', { what: 'A category of data the platform uses, e.g. "Profile".' }],
    [`${lang}/exclusions/first-exclusion.mdx`, 'entry.mdx', { what: 'A category of data the platform says it does not use.' }],
    [`${lang}/legal/what-objecting-does.mdx`, 'legal.mdx', { section: 'effects' }],
    [`${lang}/legal/legal-basis.mdx`, 'legal.mdx', { section: 'law' }],
    [`${lang}/faq/first-question.mdx`, 'faq.mdx', {}],
  ];
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);

function fail(message: string): never {
  console.error(`new-guide: ${message}`);
  console.error('usage: npm run new-guide -- <id> "<Platform name>"   e.g. npm run new-guide -- meta "Meta"');
  process.exit(1);
}

const [id, platform] = process.argv.slice(2);
if (!id || !platform?.trim()) fail('expected a guide id and the platform name');
if (!idPattern.test(id)) fail(`"${id}" is not a kebab-case id: use lowercase letters, digits and single hyphens, such as "meta" or "google-gemini"`);
if ((reservedGuideIds as readonly string[]).includes(id)) fail(`"${id}" is the address of a site page; pick another id (reserved: ${reservedGuideIds.join(', ')})`);
// The name is written into quoted YAML and into MDX prose, where quotes, backslashes,
// line breaks, < > or { } would break the file.
if (/["\\\n<>{}]/.test(platform)) fail('the platform name must be plain text, without quotes, backslashes, line breaks, < > or { }');

const root = process.cwd();
const guideDir = resolve(root, contentDir(), id);
if (existsSync(guideDir)) fail(`${relative(root, guideDir)} already exists: pick another id or edit that guide`);

const common = { id, platform: platform.trim(), today: todayUtc(new Date()) };
const files: [string, string][] = ['guide.yaml', 'timeline.yaml'].map((name) => [name, fill(readFileSync(join(templates, name), 'utf8'), common)]);
for (const lang of languages) {
  for (const [path, template, values] of plan(lang)) {
    files.push([path, fill(readFileSync(join(templates, template), 'utf8'), { ...common, ...values, language: languageNames[lang] })]);
  }
}
for (const [path, text] of files) {
  const target = join(guideDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
}

console.log(`Created the draft guide "${common.platform}" in ${relative(root, guideDir)}/ (${files.length} files):`);
for (const [path] of files) console.log(`  ${relative(root, join(guideDir, path))}`);
console.log('Next: replace every TODO (npm run check lists them), rename or add entries in both languages,');
console.log('then set draft: false in guide.yaml. See README, "Add a guide".');
