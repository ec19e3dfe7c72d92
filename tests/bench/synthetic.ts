// Synthetic guides for the build-scaling benchmark: valid content, 8 steps each
// (4 web, 4 app), in every language of the site's content/languages.yaml.
import { copyFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../../src/i18n/languages';
import { LANGUAGES_FILE, LOCALES_DIR } from '../../src/lib/languages/files';
import { SITE_FILE } from '../../src/lib/site/file';
import { projectRoot } from '../support/dist';

/** A text per language, as the YAML files write them: { fr: "… (fr)", en: "… (en)" }. */
const perLanguage = (text: string) => `{ ${languages.map((lang) => `${lang}: ${text} (${lang})`).join(', ')} }`;

const guideYaml = (n: number) => `platform: Platform ${n}
owner: Owner ${n}
deadline:
  date: 2025-11-03
  instant: 2025-11-02T22:00:00Z
status: in-force
regions: [EU]
surfaces:
  - { id: web, device: web, label: ${perLanguage('Website')}, where: ${perLanguage('on the website')} }
  - { id: mobile, device: app, label: ${perLanguage('App')}, where: ${perLanguage('in the app')} }
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
    summary: ${perLanguage('Published')}
`;

const mdx = (front: Record<string, string | number>, body: string) =>
  `---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\nsources: [notice]\n---\n\n${body}\n`;

export function writeSyntheticGuides(contentDir: string, count: number): void {
  mkdirSync(contentDir, { recursive: true });
  copyFileSync(join(projectRoot, 'content', SITE_FILE), join(contentDir, SITE_FILE));
  copyFileSync(join(projectRoot, 'content', LANGUAGES_FILE), join(contentDir, LANGUAGES_FILE));
  if (existsSync(join(projectRoot, 'content', LOCALES_DIR))) cpSync(join(projectRoot, 'content', LOCALES_DIR), join(contentDir, LOCALES_DIR), { recursive: true });
  for (let n = 1; n <= count; n++) {
    const dir = join(contentDir, `guide-${n}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'guide.yaml'), guideYaml(n));
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
}
