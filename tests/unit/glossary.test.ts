// The glossary's rules as data: what each rule finds, what it lets through, and
// that the page editors read is the one `npm run glossary` writes from the data.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validation/problems';
import type { Entry } from '../../src/lib/content/read';
import { parseYaml } from '../../src/lib/validation/yaml';
import { glossaryProblems } from '../../src/lib/glossary/check';
import { glossaryPage } from '../../src/lib/glossary/page';
import { findPhrases } from '../../src/lib/glossary/patterns';
import { checkMdxBody, MdxSyntaxError } from '../../src/lib/content/mdx-body';
import { mdxProse } from '../../src/lib/glossary/prose';
import { quotedSpans } from '../../src/lib/glossary/quotes';
import { readGlossary } from '../../src/lib/glossary/read';
import { glossarySchema, type Glossary } from '../../src/lib/glossary/schema';
import { glossaryTexts } from '../../src/lib/glossary/texts';
import { siteLangs } from '../../src/i18n/languages';

// The site's languages and their UI strings (content/languages.yaml, src/i18n/locales/).
const uiFiles = { fr: 'src/i18n/locales/fr.json', en: 'src/i18n/locales/en.json' };
import { validateContent } from '../../src/lib/pipeline/validate';
import { fixtureRoot } from '../support/fixtures';

const root = join(import.meta.dirname, '../..');

const glossary: Glossary = glossarySchema.parse({
  intro: 'Test glossary.',
  quotes: [
    { open: '«', close: '»' },
    { open: '“', close: '”' },
    { open: '„', close: '“' },
    { open: '"', close: '"' },
  ],
  notions: [
    { id: 'object', notion: 'Saying no' },
    { id: 'switch-off', notion: 'Acting on it' },
  ],
  languages: {
    en: {
      name: 'English',
      terms: { object: 'object', 'switch-off': 'switch off' },
      avoid: [
        { term: 'opt out', forms: ['opt out', 'opt-out', 'opting out'], notion: 'object' },
        { term: 'data protection authority', matchCase: true, notion: 'object', use: 'data-protection authority' },
      ],
      labels: { meta: [{ label: 'Privacy Center', variants: ['Privacy Centre'] }] },
      law: {
        general: 'the GDPR',
        forms: ['GDPR'],
        scope: ['EU'],
        readers: [
          { readers: 'UK readers', named: ['UK', 'British'], law: 'the UK GDPR', forms: ['UK GDPR'] },
          { readers: 'Swiss readers', named: ['Switzerland', 'Swiss'], law: 'the Swiss FADP', forms: ['FADP'] },
        ],
      },
    },
    fr: {
      name: 'Français',
      terms: { object: 's’opposer', 'switch-off': 'désactiver' },
      avoid: [
        { term: 'faire opposition', forms: ['faire opposition', 'faites opposition'], notion: 'object', use: 's’opposer (« Opposez-vous »)' },
        { term: 'couper', forms: ['couper', 'coupez'], notion: 'switch-off' },
      ],
    },
  },
});

/**
 * An MDX entry as read from content/, its body starting on `bodyLine`: a step when the
 * path says so, else a category with `title`. Its front matter holds `fields`, in that order.
 */
function entry(file: string, body: string, fields: { title: string; labels?: string[]; sources: string[] } = { title: 'A title', sources: ['notice'] }, bodyLine = 7): Entry {
  const [guide = '', lang = 'en', kind = 'faq'] = file.replace(/^content\//, '').split('/');
  const read = { guide, lang, id: 'x', file, body, bodyLine, links: [], lineOf: (path: (string | number)[]) => 2 + Object.keys(fields).indexOf(String(path[0])) };
  const { title, labels = [], sources } = fields;
  return kind === 'steps' ? { ...read, kind: 'steps', data: { title, surface: 'web', order: 1, labels, sources } } : { ...read, kind: 'data', data: { title, order: 1, sources } };
}

const check = (...entries: Entry[]) => {
  const texts = glossaryTexts({ entries, guides: [], timelines: [] }, undefined, '/nowhere', siteLangs, uiFiles);
  return glossaryProblems(texts, glossary).map(formatProblem);
};

describe('phrases', () => {
  it('finds whole words in any case, across line breaks, with either apostrophe', () => {
    expect(findPhrases('You can\nOpt  out here', ['opt out']).map((m) => m.found)).toEqual(['Opt  out']);
    expect(findPhrases('c\'est terminé', ['c’est terminé'])).toHaveLength(1);
    expect(findPhrases('optout, opt outs, adopt out', ['opt out'])).toEqual([]);
    expect(findPhrases('an e-mail', ['mail'])).toEqual([]);
    expect(findPhrases('Coupez-le.', ['coupez'])).toHaveLength(1);
    expect(findPhrases('Data Protection Authority', ['data protection authority'], true)).toEqual([]);
  });
});

describe('quotations', () => {
  it('spans each kind of quotation mark, the outermost only, and never past a paragraph', () => {
    const text = 'a « b « c » d » e “f” g „h“ i "j" k « open\n\nl';
    const quoted = quotedSpans(text, glossary.quotes).map((s) => text.slice(s.start, s.end));
    expect(quoted).toEqual(['« b « c » d »', '“f”', '„h“', '"j"']);
  });
});

describe('MDX prose', () => {
  it('keeps the words readers read, at their offsets, and blanks code, URLs, markup and other languages', () => {
    const body = 'Read [the notice](https://example.org/opt-out) and `opt out`.\n<span lang="en">Opting out</span> https://example.org/x {1}\n';
    const prose = mdxProse(body, 'fr');
    expect(prose).toHaveLength(body.length);
    expect(prose.split('\n')).toHaveLength(body.split('\n').length);
    expect(prose.replace(/\s+/g, ' ').trim()).toBe('Read the notice and .');
    expect(mdxProse(body, 'en')).toContain('Opting out');
  });

  it('leaves a body that is not MDX to the content check, which reports it once with its line', () => {
    expect(() => mdxProse('fine\n\na <div> b', 'en')).toThrow(MdxSyntaxError);
    expect(check(entry('content/meta/en/faq/x.mdx', 'fine\n\na <div> b\n'))).toEqual([]);
    expect(checkMdxBody('fine\n\na <div> b\n', 7).problems).toEqual([{ line: 9, message: expect.stringMatching(/^MDX syntax: Expected a closing tag for `<div>`/) }]);
  });
});

describe('words to avoid', () => {
  it('reports each one outside quotations with file:line, field, the words and what to write', () => {
    const body = 'First line.\nLinkedIn says “you can opt out any time”, and «\u00a0opt-out\u00a0» is its word,\nbut here you are opting out.\n';
    expect(check(entry('content/linkedin/en/faq/too-late.mdx', body))).toEqual([
      'content/linkedin/en/faq/too-late.mdx:9  body  "opting out": write "object" instead (glossary, en, not "opt out"; a quotation may keep it)',
    ]);
  });

  it('checks titles and other texts of the front matter, and keeps the case a rule names', () => {
    const data = { title: 'Ask the data protection authority', sources: ['notice'] };
    expect(check(entry('content/meta/en/faq/x.mdx', 'The Dutch Data Protection Authority says so.\n', data))).toEqual([
      'content/meta/en/faq/x.mdx:2  title  "data protection authority": write "data-protection authority" instead (glossary, en, not "data protection authority"; a quotation may keep it)',
    ]);
  });

  it('uses each language’s own rules: French words are not English ones', () => {
    expect(check(entry('content/meta/fr/faq/x.mdx', 'Faites opposition, ou coupez-le ; « Coupez » reste une citation. Opt out.\n'))).toEqual([
      'content/meta/fr/faq/x.mdx:7  body  "Faites opposition": write "s’opposer (« Opposez-vous »)" instead (glossary, fr, not "faire opposition"; a quotation may keep it)',
      'content/meta/fr/faq/x.mdx:7  body  "coupez": write "désactiver" instead (glossary, fr, not "couper"; a quotation may keep it)',
    ]);
  });

  it('lets a step’s own labels keep the platform’s words, quoted or in bold', () => {
    const data = { title: 'Tap Opt out of training', labels: ['Opt out of training'], sources: ['notice'] };
    expect(check(entry('content/acme/en/steps/x.mdx', 'Tap **Opt out of training**.\n', data))).toEqual([]);
  });

  it('has no rules for a language without a block', () => {
    const german: Entry = { ...entry('content/meta/en/faq/x.mdx', 'Opt out, GDPR, UK, Privacy Centre.\n'), lang: 'de' };
    const texts = glossaryTexts({ entries: [german], guides: [], timelines: [] }, undefined, '/nowhere', siteLangs, uiFiles);
    expect(texts.map((t) => t.lang)).toContain('de');
    expect(glossaryProblems(texts, glossary)).toEqual([]);
    const silent = glossarySchema.parse({ ...glossary, languages: { en: { name: 'English' } } });
    expect(glossaryProblems(texts.map((t) => ({ ...t, lang: 'en' })), silent)).toEqual([]);
  });
});

describe('interface labels', () => {
  it('refuses another spelling of a guide’s label, in any case, quoted or not', () => {
    const body = 'Open the Privacy Center.\nThen “privacy centre” again.\n';
    expect(check(entry('content/meta/en/faq/x.mdx', body))).toEqual([
      'content/meta/en/faq/x.mdx:8  body  "privacy centre": the meta guide spells this label "Privacy Center" in en (glossary, labels); give another spelling only beside it, in the same sentence',
    ]);
  });

  it('accepts the other spelling in a sentence that gives the label too, and in other guides', () => {
    expect(check(entry('content/meta/en/faq/x.mdx', 'Open the Privacy Center (“Privacy Centre” in UK English).\n'))).toEqual([]);
    expect(check(entry('content/linkedin/en/faq/x.mdx', 'A Privacy Centre.\n'))).toEqual([]);
  });

  it('checks the labels a step lists', () => {
    const data = { title: 'Open it', labels: ['Privacy Centre'], sources: ['notice'] };
    expect(check(entry('content/meta/en/steps/x.mdx', 'Tap **Privacy Centre**.\n', data))).toEqual([
      'content/meta/en/steps/x.mdx:7  body  "Privacy Centre": the meta guide spells this label "Privacy Center" in en (glossary, labels); give another spelling only beside it, in the same sentence',
      'content/meta/en/steps/x.mdx:3  labels.0  "Privacy Centre": the meta guide spells this label "Privacy Center" in en (glossary, labels); give another spelling only beside it, in the same sentence',
    ]);
  });
});

describe('the law of UK and Swiss readers', () => {
  it('refuses the GDPR alone on a page that names them, at the first citation', () => {
    const body = 'Under the GDPR you may object.\nIn the UK and in Switzerland, ask the ICO or the FDPIC.\n';
    expect(check(entry('content/linkedin/en/legal/x.mdx', body))).toEqual([
      'content/linkedin/en/legal/x.mdx:7  body  "GDPR" on a page addressed to UK readers (it says "UK", line 8): name the UK GDPR too (glossary, en: never the GDPR alone to UK readers)',
      'content/linkedin/en/legal/x.mdx:7  body  "GDPR" on a page addressed to Swiss readers (it says "Switzerland", line 8): name the Swiss FADP too (glossary, en: never the GDPR alone to Swiss readers)',
    ]);
  });

  it('reads an entry as one page: a title that names the readers counts', () => {
    const data = { title: 'For British members', sources: ['notice'] };
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'The GDPR applies.\n', data))).toHaveLength(1);
  });

  it('accepts the page once it names their law, and does not count the UK GDPR as the GDPR', () => {
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'The GDPR applies; in the UK, the UK GDPR does.\n'))).toEqual([]);
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'In the UK, the UK GDPR applies.\n'))).toEqual([]);
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'The GDPR applies in the EU.\n'))).toEqual([]);
  });

  it('does not count a citation its sentence limits to the EU, unless that sentence names the readers too', () => {
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'In the EU, the lead authority acts under the GDPR.\nIn the UK, the ICO published a statement.\n'))).toEqual([]);
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'In the EU and the UK, the GDPR applies.\n'))).toEqual([
      'content/linkedin/en/legal/x.mdx:7  body  "GDPR" on a page addressed to UK readers (it says "UK", line 7): name the UK GDPR too (glossary, en: never the GDPR alone to UK readers)',
    ]);
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'In the EU, the GDPR applies. You may object under the GDPR.\nIn the UK, ask the ICO.\n'))).toEqual([
      'content/linkedin/en/legal/x.mdx:7  body  "GDPR" on a page addressed to UK readers (it says "UK", line 8): name the UK GDPR too (glossary, en: never the GDPR alone to UK readers)',
    ]);
  });

  it('ignores quoted words: a quotation neither cites the GDPR nor addresses anyone', () => {
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'LinkedIn writes “under the GDPR”. In the UK, ask the ICO.\n'))).toEqual([]);
    expect(check(entry('content/linkedin/en/legal/x.mdx', 'The GDPR applies, says “a UK newspaper”.\n'))).toEqual([]);
  });
});

describe('YAML and UI texts', () => {
  it('reads every per-language text of guide.yaml with its line and field, and the UI strings', () => {
    const source = 'platform: Acme\nupdates:\n  - date: 2025-12-01\n    summary:\n      fr: "Coupez-le."\n      en: "Opt out now."\n';
    const parsed = parseYaml(source, 1);
    const guides = [{ guide: 'acme', file: 'content/acme/guide.yaml', data: parsed.data as never, lineOf: parsed.lineOf }];
    const texts = glossaryTexts({ entries: [], guides, timelines: [] }, undefined, root, siteLangs, uiFiles);
    expect(glossaryProblems(texts.filter((t) => t.file.startsWith('content/')), glossary).map(formatProblem)).toEqual([
      'content/acme/guide.yaml:5  updates.0.summary.fr  "Coupez": write "désactiver" instead (glossary, fr, not "couper"; a quotation may keep it)',
      'content/acme/guide.yaml:6  updates.0.summary.en  "Opt out": write "object" instead (glossary, en, not "opt out"; a quotation may keep it)',
    ]);
    const ui = texts.filter((t) => t.file === 'src/i18n/locales/fr.json');
    expect(ui.length).toBeGreaterThan(100);
    expect(ui.find((t) => t.field === 'nav.skip')?.lineAt(0)).toBe(3);
    expect(ui.find((t) => t.field === 'home.regions')?.prose).not.toContain('{{');
  });
});

describe('the glossary file', () => {
  it('validates the real glossary', () => {
    const read = readGlossary(join(root, 'content'), root);
    expect(read.problems.map(formatProblem)).toEqual([]);
    expect(Object.keys(read.glossary?.languages ?? {})).toEqual(['en', 'fr', 'de']);
  });

  it('refuses unknown notions, and a word to avoid with nothing to write instead', () => {
    const result = glossarySchema.safeParse({
      ...glossary,
      languages: {
        en: { name: 'English', terms: { nope: 'x' }, avoid: [{ term: 'a', notion: 'object' }, { term: 'b', notion: 'none' }] },
      },
      notions: [{ id: 'object', notion: 'Saying no' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'languages.en.terms.nope: a term for an unknown notion "nope": expected one of the notion ids: object',
      'languages.en.avoid.0: say what to write instead of "a": add `use`, or a term for "object" in `terms`',
      'languages.en.avoid.1.notion: unknown notion: expected one of the notion ids: object',
    ]);
  });

  it('refuses a block for a language the site does not declare, with its line', () => {
    const fixture = fixtureRoot();
    try {
      const file = join(fixture, 'content/glossary.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^languages:\n/m, 'languages:\n  xx:\n    name: X\n'));
      const read = readGlossary(join(fixture, 'content'), fixture, ['fr', 'en', 'de']);
      expect(read.glossary).toBeUndefined();
      expect(read.problems.map(formatProblem)).toEqual(['content/glossary.yaml:12  languages.xx  unknown language "xx": expected one of the site\'s languages fr, en, de']);
    } finally {
      rmSync(fixture, { recursive: true, force: true });
    }
  });

  it('reports a bad glossary file like any content file: file, line, field, what is expected', () => {
    const fixture = fixtureRoot();
    try {
      const file = join(fixture, 'content/glossary.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('notion: switch-off }', 'notion: switch }').replace('      example:', '      exemple:'));
      expect(validateContent(join(fixture, 'content'), { root: fixture, now: new Date('2026-01-15T12:00:00Z') }).problems.map(formatProblem)).toEqual([
        expect.stringMatching(/^content\/glossary\.yaml:17 {2}languages\.fr\.avoid\.0\.notion {2}unknown notion: expected one of the notion ids: switch-off, law, received "switch"/),
      ]);
      writeFileSync(file, readFileSync(file, 'utf8').replace('notion: switch }', 'notion: switch-off }'));
      expect(validateContent(join(fixture, 'content'), { root: fixture, now: new Date('2026-01-15T12:00:00Z') }).problems.map(formatProblem)).toEqual([
        'content/glossary.yaml:20  languages.fr.labels.exemple  no guide "exemple": expected the id of a guide folder (check-now, example, objection-form)',
      ]);
    } finally {
      rmSync(fixture, { recursive: true, force: true });
    }
  });

  it('is the source of GLOSSARY.md: the page is what `npm run glossary` writes', () => {
    for (const dir of [join(root, 'content'), join(root, 'tests/fixtures/valid/content')]) {
      const read = readGlossary(dir, root);
      if (!read.glossary) throw new Error(`${read.file} did not validate`);
      expect(readFileSync(join(dir, 'GLOSSARY.md'), 'utf8'), `${dir}/GLOSSARY.md: run npm run glossary`).toBe(glossaryPage(read.glossary));
    }
  });

  it('shows every rule on the page', () => {
    const page = glossaryPage(glossary);
    expect(page).toContain('| Saying no | object | s’opposer |');
    expect(page).toContain('| English | opt out (also opt-out, opting out) | object | Saying no |');
    expect(page).toContain('| meta | English | Privacy Center | Privacy Centre |');
    expect(page).toContain('a page that says “UK” or “British” is addressed to UK readers and also names the UK GDPR (“UK GDPR”)');
  });
});
