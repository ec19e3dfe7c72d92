import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../src/lib/validation/problems';
import { assertValidContent, validateContent } from '../../src/lib/pipeline/validate';
import { brokenDir, compatibleGroups, fixtureRoot, readCase } from '../support/fixtures';

// Fixed so that "in the future" and "in force" do not depend on the day the tests run.
const now = new Date('2026-01-15T12:00:00Z');
const roots: string[] = [];
const validate = (...cases: string[]) => {
  const root = fixtureRoot(...cases);
  roots.push(root);
  return validateContent(join(root, 'content'), { root, now });
};
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the valid fixture and the real content', () => {
  it('accepts the valid fixture: a key date ahead, a form in force, and no key date', () => {
    const result = validate();
    expect(result.problems).toEqual([]);
    expect(result.guides.map((g) => [g.guide, g.data.deadline?.date ?? null, g.data.action.kind])).toEqual([
      ['check-now', null, 'setting'],
      ['example', '2026-03-02', 'setting'],
      ['objection-form', '2025-05-27', 'form'],
    ]);
    // example: fr and en complete (6 entries each), de partly translated (4); the two other guides
    // complete in the three languages (an overview and a step each).
    expect(result.entries).toHaveLength(28);
  });

  it('accepts the published content', () => {
    const root = join(import.meta.dirname, '../..');
    const result = validateContent(join(root, 'content'), { root });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.guides.map((g) => g.guide)).toContain('linkedin');
  });
});

describe('each broken fixture fails with the file, the line and the field', () => {
  const cases = readdirSync(brokenDir).sort();

  it('has the cases the content model promises to catch', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'missing-field', 'wrong-enum', 'duplicate-step-id', 'unknown-source',
        'http-url', 'bad-date', 'instant-date-mismatch', 'empty-body',
        'timeline-unknown-source', 'timeline-unknown-language', 'timeline-duplicate-id', 'glossary',
        // Careless or hostile content (issue 21): injection through URLs, MDX as code,
        // silently wrong output, misleading refusals, crashes.
        'url-attribute-injection', 'url-step-link-injection', 'url-credentials', 'url-whitespace', 'url-javascript',
        'mdx-import', 'mdx-export', 'mdx-expression', 'mdx-script', 'mdx-iframe', 'mdx-event-handler', 'mdx-inline-style',
        'mdx-javascript-link', 'mdx-data-link', 'mdx-http-link', 'mdx-missing-anchor', 'mdx-image', 'mdx-html-comment',
        'mdx-unknown-component', 'mdx-unclosed-div',
        'todo-in-published', 'status-written', 'status-override', 'reserved-id-home', 'reserved-id-language',
        'invalid-utf8', 'nul-byte', 'control-character', 'blank-title', 'title-too-long', 'date-before-2000', 'reported-in-future',
        'step-in-data', 'overview-in-steps', 'yaml-js-function', 'yaml-alias-bomb', 'preview-emoji',
      ]),
    );
  });

  it.each(cases)('%s', (name) => {
    const { problems: expected } = readCase(name);
    const { problems } = validate(name);
    // Exactly the expected problems: no silent pass, and no noise that hides the real one.
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual(expected.map((p) => `${p.file} ${p.field}`).sort());
    for (const want of expected) {
      const got = problems.find((p) => p.file === want.file && p.field === want.field && (want.line === undefined || p.line === want.line));
      expect(got?.message).toContain(want.includes);
      if (want.line !== undefined) expect(got?.line).toBe(want.line);
    }
  });
});

describe('reporting', () => {
  it('reports every case of a group checked at once, as the build and npm run check take them', () => {
    for (const group of compatibleGroups(readdirSync(brokenDir).sort())) {
      const { problems } = validate(...group);
      for (const want of group.flatMap((name) => readCase(name).problems)) {
        expect(problems.some((p) => p.file === want.file && p.field === want.field && p.message.includes(want.includes)), `${group.join(', ')}: ${want.file} ${want.field}`).toBe(true);
      }
    }
  });

  it('lists every problem of several broken files at once', () => {
    const cases = ['missing-field', 'wrong-enum', 'unknown-source', 'stray-file', 'empty-body'];
    const { problems } = validate(...cases);
    const expected = cases.flatMap((name) => readCase(name).problems);
    for (const want of expected) {
      expect(problems.some((p) => p.file === want.file && p.field === want.field)).toBe(true);
    }
    expect(problems.length).toBe(expected.length);
  });

  it('throws one ContentError naming each file, line and field', () => {
    const root = fixtureRoot('wrong-enum', 'http-url');
    roots.push(root);
    let error: unknown;
    try {
      assertValidContent(join(root, 'content'), { root, now });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toMatch(/^2 content problems; nothing was built/);
    expect(message).toContain('content/example/fr/steps/mobile-open.mdx:3  surface  expected one of "web" | "mobile", received "desktop"');
    expect(message).toContain('content/example/guide.yaml:7  action.links.0.url  expected an https:// URL');
  });

  it('puts the site settings first: every page depends on them, and a guide problem may follow from them', () => {
    const { problems } = validate('wrong-enum', 'site-url-no-scheme', 'unknown-source');
    expect(problems.length).toBeGreaterThan(2);
    expect(formatProblem(problems[0]!)).toMatch(/^content\/site\.yaml:3 {2}url {2}expected an absolute URL/);
    expect(problems.slice(1).every((p) => p.file !== 'content/site.yaml')).toBe(true);
  });

  it('names an entry id that differs between languages as a file to rename, not as an order clash', () => {
    const { problems } = validate('id-renamed-in-one-language');
    expect(problems.map(formatProblem)).toEqual([
      'content/example/en/steps/web-turn-off.mdx  (file)  rename content/example/en/steps/web-turn-off.mdx to match content/example/fr/steps/web-switch-off.mdx (content/example/en/steps/web-switch-off.mdx): an entry has the same id in every language (it is its anchor and its link), and this one is "web-switch-off" in fr',
    ]);
  });

  it('reports a guide folder without guide.yaml instead of skipping it', () => {
    const root = fixtureRoot();
    roots.push(root);
    rmSync(join(root, 'content/example/guide.yaml'));
    const { problems } = validateContent(join(root, 'content'), { root, now });
    expect(problems.map(formatProblem)).toContain(
      'content/example/guide.yaml  (file)  missing: every guide folder needs a guide.yaml with its language-neutral facts',
    );
  });

  it('refuses a guide folder named like a site page, which would take its address', () => {
    const root = fixtureRoot();
    roots.push(root);
    cpSync(join(root, 'content/example'), join(root, 'content/search'), { recursive: true });
    const { problems } = validateContent(join(root, 'content'), { root, now });
    expect(problems.map(formatProblem)).toEqual([
      'content/search  (file)  "search" is the name of a site page or file (its pages and images would take each other\'s place): rename the folder (reserved: 404, api, countdown, de, deadline, embed, en, favicon, feed, fr, frame, guides, home, how-we-work, legal, oembed, og, robots, schema, search, steps, translations)',
    ]);
  });

  it('reads the optional timeline, and lets an update point at one of its events', () => {
    const root = fixtureRoot();
    roots.push(root);
    const guideYaml = join(root, 'content/example/guide.yaml');
    writeFileSync(guideYaml, readFileSync(guideYaml, 'utf8').replace('      de: Erste Veröffentlichung.', '      de: Erste Veröffentlichung.\n    anchors: [announced]'));
    const result = validateContent(join(root, 'content'), { root, now });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.timelines.map((t) => t.data.events.map((e) => e.id))).toEqual([['notice-updated', 'announced']]);
    rmSync(join(root, 'content/example/timeline.yaml'));
    expect(validateContent(join(root, 'content'), { root, now }).problems.map(formatProblem)).toEqual([
      'content/example/guide.yaml:24  updates.0.anchors.0  unknown anchor "announced": expected the id of a step, entry, timeline event or section of this guide',
    ]);
  });
});
