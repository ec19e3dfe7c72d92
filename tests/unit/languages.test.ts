// Languages as data: content/languages.yaml, each language's UI strings and its
// texts. Checked on the fixture, which adds German by registry entry, locale file and content only.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problems';
import { validateContent } from '../../src/lib/pipeline/validate';
import { localize } from '../../src/lib/languages/localized';
import { readLocales } from '../../src/lib/languages/locales';
import { readLanguages } from '../../src/lib/languages/read';
import { fixtureRoot } from '../support/fixtures';
import { checkContent, newGuide } from '../support/scaffold';

const now = new Date('2026-01-15T12:00:00Z');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const fresh = () => {
  const root = fixtureRoot();
  roots.push(root);
  return root;
};
const edit = (root: string, file: string, change: (text: string) => string) => writeFileSync(join(root, 'content', file), change(readFileSync(join(root, 'content', file), 'utf8')));
const problemsOf = (root: string) => validateContent(join(root, 'content'), { root, now }).problems.map(formatProblem);
const warningsOf = (root: string) => validateContent(join(root, 'content'), { root, now }).warnings.map(formatProblem);

describe('the language registry', () => {
  it('states each language, the default and where missing texts come from', () => {
    const root = fresh();
    const { languages, problems } = readLanguages(join(root, 'content'), root);
    expect(problems).toEqual([]);
    expect(languages!.all).toEqual(['fr', 'en', 'de']);
    expect(languages!.default).toBe('fr');
    expect(languages!.entry('de')).toMatchObject({ name: 'Deutsch', locale: 'de-DE', typography: { quotes: ['„', '“'] } });
    // Its own fallbacks, then the default, then every other language.
    expect(languages!.chain('de')).toEqual(['de', 'en', 'fr']);
    expect(languages!.chain('en')).toEqual(['en', 'fr', 'de']);
    expect(localize({ fr: 'Sur le site', en: 'On the website' }, 'de', languages!)).toEqual({ text: 'On the website', lang: 'en' });
    expect(localize({ fr: 'Sur le site' }, 'de', languages!)).toEqual({ text: 'Sur le site', lang: 'fr' });
  });

  it('keeps a draft language out of what readers are offered, but builds it', () => {
    const root = fresh();
    edit(root, 'languages.yaml', (text) => text.replace('    fallback: [en, fr]', '    fallback: [en, fr]\n    draft: true'));
    const { languages } = readLanguages(join(root, 'content'), root);
    expect(languages!.all).toEqual(['fr', 'en', 'de']);
    expect(languages!.published).toEqual(['fr', 'en']);
    expect(languages!.alternates('fr')).toEqual(['fr', 'en']);
    expect(languages!.alternates('de')).toEqual(['fr', 'en', 'de']);
  });

  it.each([
    ['an unknown default', (t: string) => t.replace('default: fr', 'default: es'), 'content/languages.yaml:5  default  unknown language "es": expected one of the codes declared below (fr, en, de)'],
    ['a draft default', (t: string) => t.replace('default: fr', 'default: de').replace('    fallback: [en, fr]', '    fallback: [en, fr]\n    draft: true'), 'content/languages.yaml:5  default  "de" is a draft: the default language must be published'],
    ['an unknown fallback', (t: string) => t.replace('fallback: [en, fr]', 'fallback: [en, it]'), 'content/languages.yaml:21  languages.2.fallback.1  unknown language "it": expected one of the codes declared here (fr, en, de)'],
    ['a fallback to itself', (t: string) => t.replace('fallback: [en, fr]', 'fallback: [de]'), 'content/languages.yaml:21  languages.2.fallback.0  "de" is this language itself'],
    ['a code twice', (t: string) => t.replace('code: de', 'code: en'), 'content/languages.yaml:17  languages.2.code  duplicate language "en": languages.1 has it too'],
    ['a code that is not a language tag', (t: string) => t.replace('code: de', 'code: German'), 'content/languages.yaml:17  languages.2.code  expected a BCP 47 language tag such as "de", "fr" or "pt-BR"'],
    ['a code that is a folder of the site', (t: string) => t.replace('code: de', 'code: og'), 'content/languages.yaml:17  languages.2.code  "og" is a folder of the site (/og/)'],
    ['a locale Intl cannot write', (t: string) => t.replace('locale: de-DE', 'locale: de-XX-x'), 'content/languages.yaml:19  languages.2.locale'],
    ['no quotation marks', (t: string) => t.replace('typography: { quotes: ["„", "“"] }', 'typography: {}'), 'content/languages.yaml:20  languages.2.typography.quotes  required field is missing'],
  ])('refuses %s, naming the file, line and field', (_, change, expected) => {
    const root = fresh();
    edit(root, 'languages.yaml', change);
    expect(problemsOf(root).join('\n')).toContain(expected);
  });

  it('is required, and says where it goes', () => {
    const root = fresh();
    rmSync(join(root, 'content/languages.yaml'));
    expect(problemsOf(root)).toEqual(['content/languages.yaml  (file)  missing: the site\'s languages are declared in languages.yaml at the top of the content folder (docs/translators.md, "Add a language")']);
  });

  it('is where a folder in an undeclared language sends the editor', () => {
    const root = fresh();
    mkdirSync(join(root, 'content/example/it'));
    cpSync(join(root, 'content/example/en/overview.mdx'), join(root, 'content/example/it/overview.mdx'));
    expect(problemsOf(root)).toEqual([
      'content/example/it  (file)  unexpected folder here: expected guide.yaml, an optional timeline.yaml and one folder per language of content/languages.yaml (fr, en, de); to write in another language, declare it there first (docs/translators.md, "Add a language")',
    ]);
  });

  it('is where a per-language text in an undeclared language sends the editor', () => {
    const root = fresh();
    edit(root, 'example/guide.yaml', (t) => t.replace('de: Auf der Website }', 'de: Auf der Website, it: Sul sito }'));
    expect(problemsOf(root)).toEqual(['content/example/guide.yaml:25  surfaces.0.label.it  unknown language "it": expected one of the languages of content/languages.yaml (fr, en, de)']);
  });
});

describe('locale files', () => {
  const read = (root: string) => {
    const { languages } = readLanguages(join(root, 'content'), root);
    return readLocales(languages!, join(root, 'content'), root);
  };

  it('come from the content folder, else from the generator', () => {
    const root = fresh();
    const locales = read(root);
    expect(locales.problems).toEqual([]);
    expect(locales.files).toEqual({ fr: 'src/i18n/locales/fr.json', en: 'src/i18n/locales/en.json', de: 'content/locales/de.json' });
  });

  it('fail the build on a missing key of a published language, naming the file, the line and the key', () => {
    const root = fresh();
    edit(root, 'locales/de.json', (t) => t.replace('    "link": "So widersprechen Sie",\n', ''));
    expect(problemsOf(root)).toEqual([
      'content/locales/de.json:132  countdown.link  missing: expected the de text of "countdown.link" (en: "How to object"): de is published, so every text is needed (or set draft: true in content/languages.yaml)',
    ]);
  });

  it('warn about a missing key of a draft language, which falls back along its chain', () => {
    const root = fresh();
    edit(root, 'languages.yaml', (t) => t.replace('    fallback: [en, fr]', '    fallback: [en, fr]\n    draft: true'));
    edit(root, 'locales/de.json', (t) => t.replace('    "link": "So widersprechen Sie",\n', '').replace('"invalid": "Countdown nicht verfügbar"', '"invalid": ""'));
    expect(problemsOf(root)).toEqual([]);
    expect(warningsOf(root)).toEqual(
      expect.arrayContaining([
        'content/locales/de.json:132  countdown.link  missing: expected the de text of "countdown.link" (en: "How to object"): de pages show the en, else fr text until it is translated',
        'content/locales/de.json:138  countdown.invalid  empty text: de pages show the en, else fr text until it is translated',
      ]),
    );
  });

  it('fail on an unknown key, a value that is not text, other placeholders, invalid JSON or a file for no language', () => {
    const root = fresh();
    edit(root, 'locales/de.json', (t) =>
      t
        .replace('"skip": "Zum Inhalt springen"', '"skip": "Zum Inhalt springen",\n    "skp": "Tippfehler"')
        .replace('"guides": "Anleitungen"', '"guides": 3')
        .replace('"{{platform}} nutzt diese Daten seit dem {{date}}."', '"{{plattform}} nutzt diese Daten seit dem {{date}}."'),
    );
    writeFileSync(join(root, 'content/locales/it.json'), '{}');
    expect(problemsOf(root)).toEqual([
      'content/locales/de.json:4  nav.skp  unknown key: no page uses it; remove it, or check its spelling against the other locale files',
      'content/locales/de.json:12  home.guides  expected a text (a JSON string) or an object of texts',
      'content/locales/de.json:24  deadline.inForce  expected the placeholders {{date}}, {{platform}} (en: "{{platform}} has been using this data since {{date}}."), found {{date}}, {{plattform}}',
      'content/locales/it.json  (file)  no language "it" in content/languages.yaml (fr, en, de): declare it there, or remove this file',
    ]);
    writeFileSync(join(root, 'content/locales/de.json'), '{ "nav": { "skip": "x", } ');
    rmSync(join(root, 'content/locales/it.json'));
    expect(problemsOf(root)[0]).toMatch(/^content\/locales\/de\.json:1 {2}\(file\) {2}invalid JSON: /);
  });

  it('are needed for a language the generator does not ship, named at its registry entry', () => {
    const root = fresh();
    rmSync(join(root, 'content/locales/de.json'));
    expect(problemsOf(root)).toEqual([
      'content/languages.yaml:17  languages  no UI strings for "de": expected content/locales/de.json, a copy of src/i18n/locales/en.json with every text translated',
    ]);
  });

  it('are reported when identical to another language\'s, or quoting with another language\'s marks', () => {
    const root = fresh();
    // A copy of the English file, with a key taken out since: still a copy.
    writeFileSync(join(root, 'content/locales/de.json'), readFileSync(join(import.meta.dirname, '../../src/i18n/locales/en.json'), 'utf8').replace('    "skip": "Skip to content"\n', '    "skip": "Zum Inhalt springen"\n').replace('"guides": "Guides",\n', ''));
    const warnings = warningsOf(root);
    expect(warnings).not.toContainEqual(expect.stringContaining('every text'));
    writeFileSync(join(root, 'content/locales/de.json'), readFileSync(join(import.meta.dirname, '../../src/i18n/locales/en.json'), 'utf8').replace('"guides": "Guides",\n', ''));
    expect(warningsOf(root)).toContain('content/locales/de.json  (file)  every text it has is the same as in src/i18n/locales/en.json (en): translate them into Deutsch');
    expect(warnings).toContain('content/locales/de.json:104  entry.selfLink  quotes with ”: Deutsch quotes with „…“ (its typography in content/languages.yaml)');
    // Published, it also lacks a text: an error.
    expect(problemsOf(root)).toEqual([expect.stringContaining('content/locales/de.json:9  home.guides  missing')]);
  });
});

describe('the scaffold', () => {
  it('writes the published languages only: a draft language is left to its translators', () => {
    const root = fresh();
    edit(root, 'languages.yaml', (t) => t.replace('    fallback: [en, fr]', '    fallback: [en, fr]\n    draft: true'));
    const created = newGuide(root, 'acme', 'Acme');
    expect(created.status, created.out).toBe(0);
    expect(created.out).toContain('(18 files)');
    expect(created.out).not.toContain('content/acme/de/');
    expect(readFileSync(join(root, 'content/acme/guide.yaml'), 'utf8')).toContain('label: { fr: "Sur le site web", en: "On the website" }');
    const check = checkContent(root);
    expect(check.out).toMatch(/^translation {2}example {2}de {2}5 missing, 0 outdated \(draft language: built, not linked\)$/m);
  });
});
