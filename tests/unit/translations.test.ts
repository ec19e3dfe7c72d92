// A missing translation is published in another language (the next of its chain in
// content/languages.yaml), marked, and listed; never a build error, a missing page or a silent mix.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingTranslations, missingTranslationWarnings, translationStatus } from '../../src/lib/content/translations';
import { validateContent } from '../../src/lib/pipeline/validate';
import { fixtureRoot } from '../support/fixtures';
import { checkContent } from '../support/scaffold';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
function without(...files: string[]) {
  const root = fixtureRoot();
  roots.push(root);
  for (const file of files) rmSync(join(root, 'content/example', file));
  return { root, ...validateContent(join(root, 'content'), { root }) };
}

describe('missing translations', () => {
  it('are not errors, and are listed with where the translation goes and what is shown instead', () => {
    const { problems, places, languages, missingTexts } = without('en/faq/too-late.mdx');
    expect(problems).toEqual([]);
    // German lacks its mobile step and its question: it shows English (its first fallback), else French.
    expect(missingTranslations(places, languages!).sort((a, b) => a.expected.localeCompare(b.expected))).toEqual([
      { lang: 'de', shown: expect.objectContaining({ file: 'content/example/fr/faq/too-late.mdx', lang: 'fr' }), expected: 'content/example/de/faq/too-late.mdx' },
      { lang: 'de', shown: expect.objectContaining({ file: 'content/example/en/steps/mobile-open.mdx', lang: 'en' }), expected: 'content/example/de/steps/mobile-open.mdx' },
      { lang: 'en', shown: expect.objectContaining({ file: 'content/example/fr/faq/too-late.mdx', lang: 'fr' }), expected: 'content/example/en/faq/too-late.mdx' },
    ]);
    expect(missingTranslationWarnings(places, languages!)).toContainEqual({
      file: 'content/example/fr/faq/too-late.mdx',
      field: '(file)',
      message: 'has no en translation (expected content/example/en/faq/too-late.mdx): en pages show this fr text, marked as not yet translated',
    });
    const status = translationStatus(places, { changed: () => undefined, added: () => undefined }, languages!, missingTexts);
    expect(status.map((s) => [s.guide, s.lang, s.missing.length, s.missingTexts.length, s.outdated.length])).toEqual([
      ['check-now', 'fr', 0, 0, 0],
      ['check-now', 'en', 0, 0, 0],
      ['check-now', 'de', 0, 0, 0],
      ['example', 'fr', 0, 0, 0],
      ['example', 'en', 1, 0, 0],
      // Also two texts of guide.yaml (the mobile surface's label and where) and one of timeline.yaml.
      ['example', 'de', 2, 3, 0],
      ['objection-form', 'fr', 0, 0, 0],
      ['objection-form', 'en', 0, 0, 0],
      ['objection-form', 'de', 0, 0, 0],
    ]);
  });

  it('in the YAML files are warnings that name the file, line and field, and fall back along the chain', () => {
    const { problems, warnings, missingTexts } = without();
    expect(problems).toEqual([]);
    expect(missingTexts.map(({ file, line, field, lang, shown }) => `${file}:${line} ${field} ${lang}→${shown}`)).toEqual([
      'content/example/guide.yaml:26 surfaces.1.label de→en',
      'content/example/guide.yaml:26 surfaces.1.where de→en',
      'content/example/timeline.yaml:14 events.1.text de→en',
    ]);
    expect(warnings).toContainEqual({
      file: 'content/example/guide.yaml',
      line: 26,
      field: 'surfaces.1.label',
      message: 'has no de text: de pages show the en one, marked as not yet translated (add de: "…")',
    });
    // The site's tagline too, though it belongs to no guide.
    expect(warnings).toContainEqual(expect.objectContaining({ file: 'content/site.yaml', field: 'tagline', message: expect.stringContaining('has no de text') }));
  });

  it('keep list orders whole: a borrowed step fills its place', () => {
    expect(without('en/steps/web-open.mdx').problems).toEqual([]);
    expect(without('fr/steps/web-switch-off.mdx', 'en/steps/web-open.mdx').problems).toEqual([]);
  });

  it('allow an overview in one language only, but not none', () => {
    expect(without('en/overview.mdx').problems).toEqual([]);
    const none = without('en/overview.mdx', 'fr/overview.mdx', 'de/overview.mdx');
    expect(none.problems).toEqual([
      { file: 'content/example/guide.yaml', field: '(file)', message: 'the guide has no overview: expected content/example/fr/overview.mdx or content/example/en/overview.mdx or content/example/de/overview.mdx' },
    ]);
  });

  it('are a warning and a status line in npm run check', () => {
    const { root } = without('en/faq/too-late.mdx');
    const { status, out } = checkContent(root);
    expect(status).toBe(0);
    expect(out).toContain('warning  content/example/fr/faq/too-late.mdx  (file)  has no en translation');
    expect(out).toMatch(/^translation {2}example {2}en {2}1 missing, 0 outdated$/m);
    expect(out).toMatch(/^translation {2}example {2}fr {2}complete$/m);
  });
});
