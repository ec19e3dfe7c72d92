// `npm run new-guide` scaffolds a draft: checked like any guide, listed with every
// TODO, never published, and published once filled in.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/pipeline/validate';
import { formatProblem } from '../../src/lib/validation/problems';
import { fixtureRoot } from '../support/fixtures';
import { checkContent, fillScaffold, newGuide } from '../support/scaffold';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
/** The valid fixture's guides: a key date ahead, no key date, a form in force. */
const fixtureGuides = ['check-now', 'example', 'objection-form'];
/** The guides the site publishes, as Astro's collections get them (lib/pipeline/loader.ts). */
const publishedGuideIds = (root: string) => validateContent(join(root, 'content'), { root }).guides.map((g) => g.guide);
const freshRoot = () => {
  const root = fixtureRoot();
  roots.push(root);
  return root;
};

describe('npm run new-guide', () => {
  it('scaffolds every required file in every published language, which the checker lists as a draft with every TODO', () => {
    const root = freshRoot();
    const created = newGuide(root, 'acme', 'Acme Social');
    expect(created.status).toBe(0);
    // The fixture's three languages (content/languages.yaml): 8 files each, plus guide.yaml and timeline.yaml.
    expect(created.out).toContain('Created the draft guide "Acme Social" in content/acme/ (26 files)');
    for (const lang of ['fr', 'en', 'de']) {
      for (const file of ['overview.mdx', 'steps/web-open-settings.mdx', 'steps/mobile-open-settings.mdx', 'data/first-category.mdx', 'exclusions/first-exclusion.mdx', 'legal/what-objecting-does.mdx', 'legal/legal-basis.mdx', 'faq/first-question.mdx']) {
        expect(created.out).toContain(`content/acme/${lang}/${file}`);
      }
    }
    // Every field is explained by a comment.
    const guideYaml = readFileSync(join(root, 'content/acme/guide.yaml'), 'utf8');
    for (const key of ['platform', 'owner', 'deadline', 'date', 'instant', 'regions', 'surfaces', 'action', 'links', 'kind', 'lastVerified', 'sources', 'updates']) {
      const lines = guideYaml.split('\n');
      const at = lines.findIndex((line) => new RegExp(`^\\s*${key}:`).test(line));
      expect(lines[at - 1], key).toMatch(/^\s*#/);
    }
    expect(guideYaml).toContain('platform: "Acme Social"');
    // Texts per language come from each language's UI strings, typeset by its rules.
    expect(guideYaml).toContain('label: { fr: "Sur le site web", en: "On the website", de: "Auf der Website" }');
    expect(guideYaml).toContain('      de: "TODO Erste Veröffentlichung der Anleitung zu Acme Social."');
    expect(readFileSync(join(root, 'content/acme/timeline.yaml'), 'utf8')).toContain('      fr: "TODO Acme Social annonce le changement."');
    expect(readFileSync(join(root, 'content/acme/de/overview.mdx'), 'utf8')).toContain('title: "TODO in Deutsch: the title readers would search for"');
    expect(created.out).toContain('content/acme/timeline.yaml');

    // No status to write: it follows the key date.
    expect(guideYaml).not.toMatch(/^status:/m);
    const { problems, guides, drafts } = validateContent(join(root, 'content'), { root });
    expect(problems).toEqual([]);
    expect(guides.map((g) => g.guide)).toEqual(fixtureGuides);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.guide).toBe('acme');
    expect(draft!.flagged).toBe(true);
    // Every scaffolded file still holds at least one TODO, each reported with its line and field.
    const filesWithTodo = new Set(draft!.todos.map((t) => t.file));
    expect(filesWithTodo.size).toBe(26);
    expect(draft!.todos).toContainEqual({ file: 'content/acme/guide.yaml', line: expect.any(Number), field: 'owner', message: 'TODO left: owner: "TODO the company that controls Acme Social"' });
    expect(draft!.todos).toContainEqual(expect.objectContaining({ file: 'content/acme/en/steps/web-open-settings.mdx', field: 'title' }));
    expect(draft!.todos).toContainEqual(expect.objectContaining({ file: 'content/acme/fr/faq/first-question.mdx', field: 'body' }));
    expect(draft!.todos).toContainEqual(expect.objectContaining({ file: 'content/acme/guide.yaml', field: 'deadline.instant' }));

    const check = checkContent(root);
    expect(check.status).toBe(0);
    expect(check.out).toMatch(/^draft {4}draft "acme" not published: marked draft: true, \d+ TODO\(s\) left$/m);
    expect(check.out).toMatch(/^ {2}todo {5}content\/acme\/guide\.yaml:\d+ {2}owner {2}TODO left: owner: "TODO the company that controls Acme Social"$/m);
    expect(check.out).toMatch(/; 1 draft\(s\): acme$/m);
  });

  it('scaffolds a form-based guide with several products: one tab and one first step per surface', () => {
    const root = freshRoot();
    const created = newGuide(root, 'forma', 'Forma', '--form', '--surfaces', 'forma-app:app:Forma,forma-web:web:Forma,other-app:app:Other');
    expect(created.status, created.out).toBe(0);
    expect(created.out).toContain('(29 files)');
    for (const surface of ['forma-app', 'forma-web', 'other-app']) expect(created.out).toContain(`content/forma/en/steps/${surface}-open-settings.mdx`);
    fillScaffold(join(root, 'content/forma'));
    const { problems, guides } = validateContent(join(root, 'content'), { root });
    expect(problems).toEqual([]);
    const forma = guides.find((g) => g.guide === 'forma')!;
    expect(forma.data.action.kind).toBe('form');
    expect(forma.data.surfaces.map((s) => [s.id, s.device, s.product])).toEqual([
      ['forma-app', 'app', 'Forma'],
      ['forma-web', 'web', 'Forma'],
      ['other-app', 'app', 'Other'],
    ]);
    for (const bad of ['Web:web', 'web:desktop', 'steps:web', 'a:web,a:app', 'a:web:Pro:x']) {
      const refused = newGuide(root, 'other', 'Other', '--surfaces', bad);
      expect(refused.status, bad).toBe(1);
    }
    expect(newGuide(root, 'other', 'Other', '--surfaces', 'steps:web').out).toContain('"steps" is a section anchor');
  });

  it('refuses an id that exists or is not kebab-case, and writes nothing', () => {
    const root = freshRoot();
    const existing = newGuide(root, 'example', 'Example');
    expect(existing.status).toBe(1);
    expect(existing.out).toContain('content/example already exists');
    for (const id of ['Acme', 'acme_social', 'acme--social', '-acme']) {
      const bad = newGuide(root, id, 'Acme');
      expect(bad.status, id).toBe(1);
      expect(bad.out, id).toContain('is not a kebab-case id');
    }
    expect(newGuide(root, 'search', 'Search').out).toContain('"search" is the name of a site page or file');
    expect(newGuide(root, 'acme').out).toContain('expected a guide id and the platform name');
    for (const name of ['Acme "Social"', 'Acme <Social>', 'Acme {Social}']) expect(newGuide(root, 'acme', name).out, name).toContain('must be plain text');
    expect(publishedGuideIds(root)).toEqual(fixtureGuides);
    expect(validateContent(join(root, 'content'), { root }).drafts).toEqual([]);
  });

  it('keeps problems of a draft out of the build, and lists them for the editor', () => {
    const root = freshRoot();
    newGuide(root, 'acme', 'Acme');
    const step = join(root, 'content/acme/en/steps/web-open-settings.mdx');
    writeFileSync(step, readFileSync(step, 'utf8').replace('surface: web', 'surface: desktop'));
    const { problems, drafts } = validateContent(join(root, 'content'), { root });
    expect(problems).toEqual([]);
    expect(drafts[0]!.problems).toContainEqual(expect.objectContaining({ file: 'content/acme/en/steps/web-open-settings.mdx', field: 'surface' }));
    expect(checkContent(root).out).toMatch(/^ {2}fix {6}content\/acme\/en\/steps\/web-open-settings\.mdx:\d+ {2}surface {2}expected one of "web" \| "mobile"/m);
  });

  it('publishes the guide once every TODO is gone and draft is false; until then a TODO alone keeps it a draft', () => {
    const root = freshRoot();
    // YAML and MDX punctuation in the name must not break the files it is written into.
    expect(newGuide(root, 'acme', 'Acme: Social #1 & co.').status).toBe(0);
    const guideYaml = join(root, 'content/acme/guide.yaml');
    writeFileSync(guideYaml, readFileSync(guideYaml, 'utf8').replace(/^draft: true$/m, 'draft: false'));
    let result = validateContent(join(root, 'content'), { root });
    expect(result.drafts.map((d) => [d.guide, d.flagged])).toEqual([['acme', false]]);
    expect(result.problems).toEqual([]);

    fillScaffold(join(root, 'content/acme'));
    result = validateContent(join(root, 'content'), { root });
    expect(result.problems).toEqual([]);
    expect(result.drafts).toEqual([]);
    expect(result.guides.map((g) => g.guide)).toEqual(['acme', ...fixtureGuides]);
    expect(publishedGuideIds(root)).toEqual(['acme', ...fixtureGuides]);
  });

  it('never unpublishes a published guide over a TODO: it is an error, with its line', () => {
    const root = freshRoot();
    newGuide(root, 'acme', 'Acme');
    fillScaffold(join(root, 'content/acme'));
    const faq = join(root, 'content/acme/fr/faq/first-question.mdx');
    writeFileSync(faq, `${readFileSync(faq, 'utf8')}\nTODO: vérifier la date.\n`);
    const result = validateContent(join(root, 'content'), { root });
    expect(result.drafts).toEqual([]);
    expect(result.guides.map((g) => g.guide)).toEqual(['acme', ...fixtureGuides]);
    expect(publishedGuideIds(root)).toEqual(['acme', ...fixtureGuides]);
    expect(result.problems.map(formatProblem)).toEqual([
      'content/acme/fr/faq/first-question.mdx:12  body  TODO left: TODO: vérifier la date. (the guide is published: finish the text, or set draft: true in guide.yaml to take it offline on purpose)',
    ]);
    // Taking it offline is said in so many words.
    const guideYaml = join(root, 'content/acme/guide.yaml');
    writeFileSync(guideYaml, readFileSync(guideYaml, 'utf8').replace(/^draft: false$/m, 'draft: true'));
    expect(validateContent(join(root, 'content'), { root }).drafts.map((d) => [d.guide, d.flagged, d.todos.length])).toEqual([['acme', true, 1]]);
  });

  it('scaffolds a guide with no key date with --no-deadline: guide.yaml only changes, and it publishes as such', () => {
    const root = freshRoot();
    expect(newGuide(root, 'acme', 'Acme', '--no-deadline').status).toBe(0);
    const guideYaml = readFileSync(join(root, 'content/acme/guide.yaml'), 'utf8');
    expect(guideYaml).not.toMatch(/^\s*(deadline|date|instant|status):/m);
    expect(guideYaml).toContain('# No key date (scaffolded with --no-deadline)');
    fillScaffold(join(root, 'content/acme'));
    const result = validateContent(join(root, 'content'), { root });
    expect(result.problems).toEqual([]);
    expect(result.guides.find((g) => g.guide === 'acme')?.data.deadline).toBeUndefined();
  });
});
