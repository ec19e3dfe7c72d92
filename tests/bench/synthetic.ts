// Synthetic guides for the build-scaling benchmark: valid content, 8 steps each
// (4 web, 4 app), in both languages.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../../src/i18n/languages';
import { SITE_FILE } from '../../src/lib/site/file';
import { projectRoot } from '../support/dist';

const guideYaml = (n: number) => `platform: Platform ${n}
owner: Owner ${n}
deadline:
  date: 2025-11-03
  instant: 2025-11-02T22:00:00Z
regions: [EU]
surfaces:
  - { id: web, device: web, label: { fr: Sur le site, en: On the website }, where: { fr: sur le site, en: on the website } }
  - { id: mobile, device: app, label: { fr: Dans l'application, en: In the app }, where: { fr: dans l'application, en: in the app } }
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
    summary:
      fr: Publication.
      en: Published.
`;

const mdx = (front: Record<string, string | number>, body: string) =>
  `---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\nsources: [notice]\n---\n\n${body}\n`;

export function writeSyntheticGuides(contentDir: string, count: number): void {
  mkdirSync(contentDir, { recursive: true });
  copyFileSync(join(projectRoot, 'content', SITE_FILE), join(contentDir, SITE_FILE));
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
