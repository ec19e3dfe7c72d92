import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { laggingTranslations, staleGuides } from '../../src/lib/content/freshness';
import { readContent } from '../../src/lib/content/read';
import { readLanguages } from '../../src/lib/languages/read';
import { fixtureRoot } from '../support/fixtures';

const root = fixtureRoot();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { languages } = readLanguages(join(root, 'content'), root);
const content = readContent(join(root, 'content'), languages!, root);

describe('freshness warnings', () => {
  it('warns when the facts were checked more than the review interval ago', () => {
    expect(staleGuides(content.guides, new Date('2026-02-01T00:00:00Z'))).toEqual([]);
    const warnings = staleGuides(content.guides, new Date('2026-03-15T00:00:00Z'));
    // Each of the fixture's guides, with or without a key date, was checked on 2025-12-01.
    expect(warnings.map((w) => w.file).sort()).toEqual(['content/check-now/guide.yaml', 'content/example/guide.yaml', 'content/objection-form/guide.yaml']);
    const warning = warnings.find((w) => w.file === 'content/example/guide.yaml');
    expect(warning).toMatchObject({ line: 9, field: 'lastVerified' });
    expect(warning!.message).toMatch(/facts last checked 104 days ago \(more than 90\)/);
    expect(staleGuides(content.guides, new Date('2026-03-15T00:00:00Z'), 365)).toEqual([]);
  });

  it('warns on the older twin when one language changed after another, whatever the languages that have the entry', () => {
    const dates: Record<string, string> = {
      // No German text: French and English are still compared.
      'content/example/fr/faq/too-late.mdx': '2026-01-10T00:00:00Z',
      'content/example/en/faq/too-late.mdx': '2026-01-02T00:00:00Z',
      // In three languages: the two older ones are flagged, each against the newest.
      'content/example/de/data/profile.mdx': '2026-01-12T00:00:00Z',
    };
    const added = new Date('2026-01-01T00:00:00Z');
    const warnings = laggingTranslations(content.places, { changed: (file) => (dates[file] ? new Date(dates[file]) : added), added: () => added });
    expect(warnings).toEqual([
      { file: 'content/example/en/data/profile.mdx', field: '(file)', message: 'last changed 2026-01-01 00:00 UTC, before its de text (2026-01-12 00:00 UTC): check that the translation is still up to date' },
      { file: 'content/example/fr/data/profile.mdx', field: '(file)', message: 'last changed 2026-01-01 00:00 UTC, before its de text (2026-01-12 00:00 UTC): check that the translation is still up to date' },
      { file: 'content/example/en/faq/too-late.mdx', field: '(file)', message: 'last changed 2026-01-02 00:00 UTC, before its fr text (2026-01-10 00:00 UTC): check that the translation is still up to date' },
    ]);
    expect(laggingTranslations(content.places, { changed: () => undefined, added: () => undefined })).toEqual([]);
  });

  it('does not flag the older texts when a translation is added after them, only when it changes afterwards', () => {
    const older = new Date('2026-01-01T00:00:00Z');
    const translated = new Date('2026-01-12T00:00:00Z');
    // The German profile text was written on the 12th, from the French and English ones.
    const addedLater = (file: string) => (file === 'content/example/de/data/profile.mdx' ? translated : older);
    expect(laggingTranslations(content.places, { changed: addedLater, added: addedLater })).toEqual([]);
    // Changed on the 20th: the French and English texts may now lag behind it.
    const changed = (file: string) => (file === 'content/example/de/data/profile.mdx' ? new Date('2026-01-20T00:00:00Z') : older);
    expect(laggingTranslations(content.places, { changed, added: addedLater }).map((w) => w.file)).toEqual([
      'content/example/en/data/profile.mdx',
      'content/example/fr/data/profile.mdx',
    ]);
    // Git cannot say when a text was added: any later change counts, as before.
    expect(laggingTranslations(content.places, { changed: addedLater, added: () => undefined }).map((w) => w.file)).toEqual([
      'content/example/en/data/profile.mdx',
      'content/example/fr/data/profile.mdx',
    ]);
  });
});
