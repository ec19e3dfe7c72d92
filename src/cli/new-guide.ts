// `npm run new-guide -- <id> "<Platform name>" [--form] [--no-deadline] [--surfaces <id>:<web|app>[:<Product>],…]`:
// writes a draft guide in every published language (content/languages.yaml) from
// src/cli/templates/, each field explained and marked TODO, with one first step per
// surface; default texts come from each language's UI strings (`scaffold` in its
// locale file). The guide stays unpublished until every TODO is gone and `draft: true`
// is removed. A draft language is left to its translators: its pages show another, marked.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTranslations } from '../i18n';
import { siteLangs, publishedLanguages, type Lang } from '../i18n/languages';
import { deadlineStart, todayUtc } from '../lib/countdown/deadline';
import { contentDir } from '../lib/content-dir';
import { reservedAnchors } from '../lib/content/anchors';
import { reservedGuideIds } from '../lib/links';
import { devices, idPattern } from '../lib/content/schemas';

const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates');
/** How a TODO names the language to write in: "in Deutsch". */
const inLanguage = (lang: Lang) => `in ${siteLangs.entry(lang).name}`;

interface SurfacePlan {
  id: string;
  device: (typeof devices)[number];
  product?: string;
}

/** Target path inside the guide folder → template and its values. */
function plan(lang: Lang, surfaces: SurfacePlan[]): [string, string, Record<string, string>][] {
  return [
    [`${lang}/overview.mdx`, 'overview.mdx', {}],
    ...surfaces.map((s): [string, string, Record<string, string>] => [`${lang}/steps/${s.id}-open-settings.mdx`, 'step.mdx', { surface: s.id }]),
    [`${lang}/data/first-category.mdx`, 'entry.mdx', { what: 'A category of data the platform uses, e.g. "Profile".' }],
    [`${lang}/exclusions/first-exclusion.mdx`, 'entry.mdx', { what: 'A category of data the platform says it does not use.' }],
    [`${lang}/legal/what-objecting-does.mdx`, 'legal.mdx', { section: 'effects' }],
    [`${lang}/legal/legal-basis.mdx`, 'legal.mdx', { section: 'law' }],
    [`${lang}/faq/first-question.mdx`, 'faq.mdx', {}],
  ];
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);

const usage = `usage: npm run new-guide -- <id> "<Platform name>" [--form] [--no-deadline] [--surfaces <id>:<web|app>[:<Product>],...]
  --form         the reader submits a request (an objection form) rather than switching a setting off
  --no-deadline  no key date ("check this setting now"): no countdown, no calendar
  --surfaces     where the steps are followed, one tab each (default: web:web,mobile:app), e.g.
                 --surfaces facebook-app:app:Facebook,facebook-web:web:Facebook,instagram-app:app:Instagram`;

function fail(message: string): never {
  console.error(`new-guide: ${message}`);
  console.error(usage);
  process.exit(1);
}

/** Positionals, `--form`, `--no-deadline` and `--surfaces <list>` (or `--surfaces=<list>`); anything else starting with "--" is refused. */
function parseOptions(args: string[]) {
  const positionals: string[] = [];
  let form = false;
  let deadline = true;
  let surfaces = 'web:web,mobile:app';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--form') form = true;
    else if (arg === '--no-deadline') deadline = false;
    else if (arg === '--surfaces') surfaces = args[++index] ?? fail('--surfaces needs a value');
    else if (arg.startsWith('--surfaces=')) surfaces = arg.slice('--surfaces='.length);
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else positionals.push(arg);
  }
  return { positionals, values: { form, deadline, surfaces } };
}
const parsed = parseOptions(process.argv.slice(2));
const [id, platform] = parsed.positionals;
if (!id || !platform?.trim()) fail('expected a guide id and the platform name');
if (!idPattern.test(id)) fail(`"${id}" is not a kebab-case id: use lowercase letters, digits and single hyphens, such as "meta" or "google-gemini"`);
const reserved = reservedGuideIds(siteLangs.all);
if (reserved.includes(id)) fail(`"${id}" is the name of a site page or file; pick another id (reserved: ${reserved.join(', ')})`);
// The name is written into quoted YAML and into MDX prose, where quotes, backslashes,
// line breaks, < > or { } would break the file.
if (/["\\\n<>{}]/.test(platform)) fail('the platform name must be plain text, without quotes, backslashes, line breaks, < > or { }');

const surfaces: SurfacePlan[] = parsed.values.surfaces.split(',').map((spec) => {
  const [surfaceId = '', device = '', product, ...rest] = spec.trim().split(':');
  if (!idPattern.test(surfaceId) || rest.length > 0) fail(`"${spec}" is not a surface: expected <id>:<web|app>[:<Product>] with a kebab-case id, e.g. instagram-app:app:Instagram`);
  if (!(devices as readonly string[]).includes(device)) fail(`"${spec}": the device must be one of ${devices.join(', ')}`);
  if ((reservedAnchors as readonly string[]).includes(surfaceId)) fail(`"${surfaceId}" is a section anchor of the guide page; pick another surface id`);
  if (product !== undefined && (!product.trim() || /["\\\n<>{}]/.test(product))) fail(`"${spec}": the product name must be plain text`);
  return { id: surfaceId, device: device as SurfacePlan['device'], ...(product ? { product: product.trim() } : {}) };
});
if (new Set(surfaces.map((s) => s.id)).size !== surfaces.length) fail('each surface needs its own id');

const root = process.cwd();
const guideDir = resolve(root, contentDir(), id);
if (existsSync(guideDir)) fail(`${relative(root, guideDir)} already exists: pick another id or edit that guide`);

// Default texts for a website and an app of a one-product platform, in each language's words; a product's surface gets a TODO.
const texts = (field: 'label' | 'where', surface: SurfacePlan) =>
  publishedLanguages
    .map((lang) => `${lang}: "${surface.product ? `TODO ${field === 'label' ? 'the tab' : 'after “Step 2 of 4,”'} ${inLanguage(lang)}, naming ${surface.product}` : useTranslations(lang)(`scaffold.${surface.device}.${field}`)}"`)
    .join(', ');
/** One `lang: "TODO …"` line per language, for a block of guide.yaml or timeline.yaml. */
const perLanguage = (key: 'scaffold.published' | 'scaffold.announced', indent: string) =>
  publishedLanguages.map((lang) => `${indent}${lang}: "TODO ${useTranslations(lang)(key, { platform: platform.trim() })}"`).join('\n');
const surfacesYaml = surfaces
  .map((s) =>
    [`  - id: ${s.id}`, `    device: ${s.device}`, ...(s.product ? [`    product: "${s.product}"`] : []), `    label: { ${texts('label', s)} }`, `    where: { ${texts('where', s)} }`].join('\n'),
  )
  .join('\n');
const today = todayUtc(new Date());
// A placeholder key date a year ahead, so that a scaffolded guide reads as upcoming whatever the day.
const placeholderDeadline = `${Number(today.slice(0, 4)) + 1}-01-01`;
const keyDate = parsed.values.deadline
  ? fill(readFileSync(join(templates, 'deadline.yaml'), 'utf8'), { deadline: placeholderDeadline, instant: deadlineStart(placeholderDeadline, ['EU', 'EEA', 'CH', 'UK']).instant })
  : readFileSync(join(templates, 'no-deadline.yaml'), 'utf8');
const common = {
  id,
  platform: platform.trim(),
  today,
  keyDate: keyDate.trimEnd(),
  surfaces: surfacesYaml,
  action: parsed.values.form ? 'form' : 'setting',
  folders: publishedLanguages.map((lang) => `${lang}/`).join(', '),
  summaries: perLanguage('scaffold.published', '      '),
  announcements: perLanguage('scaffold.announced', '      '),
};
const files: [string, string][] = ['guide.yaml', 'timeline.yaml'].map((name) => [name, fill(readFileSync(join(templates, name), 'utf8'), common)]);
for (const lang of publishedLanguages) {
  for (const [path, template, values] of plan(lang, surfaces)) {
    files.push([path, fill(readFileSync(join(templates, template), 'utf8'), { ...common, ...values, language: inLanguage(lang) })]);
  }
}
for (const [path, text] of files) {
  const target = join(guideDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
}

console.log(`Created the draft guide "${common.platform}" in ${relative(root, guideDir)}/ (${files.length} files):`);
for (const [path] of files) console.log(`  ${relative(root, join(guideDir, path))}`);
console.log(`Next: replace every TODO (npm run check lists them), rename or add entries in every language (${publishedLanguages.join(', ')}),`);
console.log('then set draft: false in guide.yaml. See docs/editors.md, "Add a guide".');
