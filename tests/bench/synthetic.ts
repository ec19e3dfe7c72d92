// Synthetic guides for the build-scaling benchmark: valid content, 8 steps each
// (4 web, 4 app), in every language of the site's content/languages.yaml, and in at
// least three: while the site has fewer, the test fixture's next ones (German) are added
// the way a publisher adds a language, by registry entry and UI strings, so that the
// scaling runs measure what issue 20 sets (N = 100 in 3 languages).
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { LANGUAGES_FILE, LOCALES_DIR } from '../../src/lib/languages/files';
import { registrySchema, type Registry } from '../../src/lib/languages/schema';
import { SITE_FILE } from '../../src/lib/site/file';
import { projectRoot } from '../support/dist';
import { fixturesDir } from '../support/fixtures';

const MIN_LANGUAGES = 3;
const siteContent = join(projectRoot, 'content');
const fixtureContent = join(fixturesDir, 'valid', 'content');
const registryIn = (dir: string): Registry => registrySchema.parse(parse(readFileSync(join(dir, LANGUAGES_FILE), 'utf8')));

/** The site's registry, with the fixture's languages it lacks appended until there are three. */
function syntheticRegistry(): Registry {
  const site = registryIn(siteContent);
  const codes = new Set(site.languages.map(({ code }) => code));
  const added = registryIn(fixtureContent).languages.filter(({ code }) => !codes.has(code)).slice(0, Math.max(0, MIN_LANGUAGES - codes.size));
  return { ...site, languages: [...site.languages, ...added] };
}

/** Writes the registry and every UI strings file it needs (the site's own, then the fixture's for the added languages); returns the codes. */
function writeLanguages(contentDir: string): string[] {
  const registry = syntheticRegistry();
  writeFileSync(join(contentDir, LANGUAGES_FILE), stringify(registry));
  if (existsSync(join(siteContent, LOCALES_DIR))) cpSync(join(siteContent, LOCALES_DIR), join(contentDir, LOCALES_DIR), { recursive: true });
  for (const { code } of registry.languages) {
    const strings = join(fixtureContent, LOCALES_DIR, `${code}.json`);
    const target = join(contentDir, LOCALES_DIR, `${code}.json`);
    if (existsSync(strings) && !existsSync(target)) {
      mkdirSync(join(contentDir, LOCALES_DIR), { recursive: true });
      copyFileSync(strings, target);
    }
  }
  return registry.languages.map(({ code }) => code);
}

/** A text per language, as the YAML files write them: { fr: "… (fr)", en: "… (en)" }. */
const perLanguage = (languages: string[], text: string) => `{ ${languages.map((lang) => `${lang}: ${text} (${lang})`).join(', ')} }`;

const guideYaml = (n: number, languages: string[]) => `platform: Platform ${n}
owner: Owner ${n}
deadline:
  date: 2025-11-03
  instant: 2025-11-02T22:00:00Z
regions: [EU]
surfaces:
  - { id: web, device: web, label: ${perLanguage(languages, 'Website')}, where: ${perLanguage(languages, 'on the website')} }
  - { id: mobile, device: app, label: ${perLanguage(languages, 'App')}, where: ${perLanguage(languages, 'in the app')} }
action:
  kind: setting
  links: [{ url: 'https://example.org/${n}/settings', kind: direct, sources: [notice] }]
lastVerified: 2025-12-01
sources:
  notice:
    title: Privacy notice ${n}
    url: https://example.org/${n}/privacy
    publisher: Platform ${n}
    kind: primary
    lang: en
updates:
  - date: 2025-12-01
    summary: ${perLanguage(languages, 'Published')}
`;

const mdx = (front: Record<string, string | number>, body: string) =>
  `---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\nsources: [notice]\n---\n\n${body}\n`;

/** Writes `count` guides into `contentDir`; returns the languages they are written in. */
export function writeSyntheticGuides(contentDir: string, count: number): string[] {
  mkdirSync(contentDir, { recursive: true });
  copyFileSync(join(siteContent, SITE_FILE), join(contentDir, SITE_FILE));
  const languages = writeLanguages(contentDir);
  for (let n = 1; n <= count; n++) {
    const dir = join(contentDir, `guide-${n}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'guide.yaml'), guideYaml(n, languages));
    for (const lang of languages) {
      for (const folder of ['steps', 'data', 'exclusions', 'legal', 'faq']) mkdirSync(join(dir, lang, folder), { recursive: true });
      writeFileSync(join(dir, lang, 'overview.mdx'), mdx({ title: `Guide ${n} (${lang})`, description: `Synthetic guide ${n}.` }, `Summary of guide ${n} in ${lang}.`));
      for (const surface of ['web', 'mobile']) {
        for (let order = 1; order <= 4; order++) {
          writeFileSync(join(dir, lang, 'steps', `${surface}-step-${order}.mdx`), mdx({ title: `Step ${order} (${lang})`, surface, order }, `Do thing ${order} on ${surface}, in ${lang}.`));
        }
      }
      writeFileSync(join(dir, lang, 'data', 'profile.mdx'), mdx({ title: 'Profile', order: 1 }, `Profile data (${lang}).`));
      writeFileSync(join(dir, lang, 'exclusions', 'messages.mdx'), mdx({ title: 'Messages', order: 1 }, `Private messages (${lang}).`));
      writeFileSync(join(dir, lang, 'legal', 'basis.mdx'), mdx({ title: 'Legal basis', section: 'law', order: 1 }, `Legitimate interest (${lang}).`));
      writeFileSync(join(dir, lang, 'faq', 'question.mdx'), mdx({ question: 'A question?', order: 1 }, `An answer (${lang}).`));
    }
  }
  return languages;
}
