import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { actionButtonText, linkConfidence, reportedNote, stepLinkText } from '../../src/lib/guide/link-text';
import type { Source } from '../../src/lib/content/schemas';

const source = (kind: Source['kind']): Source => ({ title: 't', publisher: 'p', kind, lang: 'en' });
const sources = { law: source('primary'), dpa: source('regulator'), paper: source('press') };
const en = useTranslations('en');
const fr = useTranslations('fr');

describe('the words around platform links', () => {
  it('rates a link by its weakest source', () => {
    expect(linkConfidence(['law'], sources)).toBe('primary');
    expect(linkConfidence(['law', 'dpa'], sources)).toBe('regulator');
    expect(linkConfidence(['dpa', 'paper', 'law'], sources)).toBe('press');
  });

  it('words the main button from the action and the link kind', () => {
    const direct = { url: 'https://example.org/s', kind: 'direct' as const, sources: ['law'] };
    const entry = { url: 'https://example.org/p', kind: 'entry-point' as const, name: { fr: 'le Centre de confidentialité de Meta', en: 'Meta’s Privacy Center' }, sources: ['paper'] };
    expect(actionButtonText(en, 'setting', direct, 'LinkedIn')).toBe('Open the setting on LinkedIn');
    expect(actionButtonText(en, 'form', direct, 'Meta')).toBe('Open the objection form');
    expect(actionButtonText(en, 'form', entry, 'Meta', entry.name.en)).toBe('Open the objection form via Meta’s Privacy Center');
    expect(actionButtonText(fr, 'form', entry, 'Meta', entry.name.fr)).toBe('Ouvrir le formulaire d’opposition via le Centre de confidentialité de Meta');
    // A direct link names the platform whatever its name says.
    expect(actionButtonText(en, 'form', { ...direct, name: entry.name }, 'Meta', entry.name.en)).toBe('Open the objection form');
  });

  it('words a step link, and warns about a reported one with who reported it and when', () => {
    const reported = { url: 'https://example.org/f', kind: 'reported' as const, reportedIn: 2025, sources: ['paper'] };
    expect(stepLinkText(en, 'setting', { url: 'https://example.org/s', kind: 'direct', sources: ['law'] })).toBe('Open this setting directly');
    expect(stepLinkText(en, 'form', { url: 'https://example.org/s', kind: 'direct', sources: ['law'] })).toBe('Open the objection form directly');
    expect(stepLinkText(en, 'form', reported)).toBe('Open the form: direct link reported in 2025');
    expect(stepLinkText(fr, 'form', reported)).toBe('Ouvrir le formulaire\u00a0: lien direct signalé en 2025');
    expect(reportedNote(en, reported, sources)).toBe('Reported by third parties in 2025. Such addresses change: if it does not work, follow the steps.');
    expect(reportedNote(en, { url: 'https://example.org/s', kind: 'direct', sources: ['law'] }, sources)).toBeUndefined();
  });
});

describe('link schemas', () => {
  it('require a year for a reported link, a name for an entry point, and nothing extra', async () => {
    const { actionLinkSchema, stepLinkSchema } = await import('../../src/lib/content/schemas');
    const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
      result.success ? [] : result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
    expect(issues(stepLinkSchema.safeParse({ url: 'https://example.org/f', kind: 'reported', sources: ['a'] }))).toEqual(['reportedIn: required for a reported link: the year the sources reported it, e.g. 2025']);
    expect(issues(stepLinkSchema.safeParse({ url: 'https://example.org/f', kind: 'direct', reportedIn: 2025, sources: ['a'] }))).toEqual(['reportedIn: only a reported link has a year: remove it, or set kind: reported']);
    expect(issues(actionLinkSchema.safeParse({ url: 'https://example.org/p', kind: 'entry-point', sources: ['a'] }))).toEqual(['name: required for an entry-point link: what it opens, per language, e.g. { en: "the Privacy Center" }']);
    expect(issues(actionLinkSchema.safeParse({ url: 'http://example.org/p', kind: 'direct', sources: ['a'] }))[0]).toMatch(/^url: expected an https:\/\/ URL/);
    expect(issues(stepLinkSchema.safeParse({ url: 'https://example.org/f', kind: 'direct', sources: ['a'] }))).toEqual([]);
  });
});
