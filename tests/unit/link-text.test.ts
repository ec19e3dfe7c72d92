import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { actionButtonText, actionNote, linkConfidence, reportedNote, stepLinkText } from '../../src/lib/guide/link-text';
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
    const direct = { url: 'https://example.org/s', kind: 'direct' as const, signIn: true, sources: ['law'] };
    const entry = { url: 'https://example.org/p', kind: 'entry-point' as const, signIn: true, name: { fr: 'le Centre de confidentialité de Meta', en: 'Meta’s Privacy Center' }, sources: ['paper'] };
    const help = { url: 'https://example.org/h', kind: 'entry-point' as const, signIn: false, name: { fr: 'la page d’aide', en: 'the help page' }, sources: ['law'] };
    expect(actionButtonText(en, 'setting', direct, 'LinkedIn')).toBe('Open the setting on LinkedIn');
    expect(actionButtonText(en, 'form', direct, 'Meta')).toBe('Open the objection form');
    expect(actionButtonText(en, 'form', entry, 'Meta', entry.name.en)).toBe('Open the objection form via Meta’s Privacy Center');
    expect(actionButtonText(fr, 'form', entry, 'Meta', entry.name.fr)).toBe('Ouvrir le formulaire d’opposition via le Centre de confidentialité de Meta');
    // An entry point to a setting may be a page that only says where the setting is: the button finds it, it does not open it.
    expect(actionButtonText(en, 'setting', help, 'Acme', help.name.en)).toBe('Find the setting via the help page');
    expect(actionButtonText(fr, 'setting', help, 'Acme', help.name.fr)).toBe('Trouver le paramètre via la page d’aide');
    // A direct link names the platform whatever its name says.
    expect(actionButtonText(en, 'form', { ...direct, name: entry.name }, 'Meta', entry.name.en)).toBe('Open the objection form');
  });

  it('says under the main button whether its page asks to sign in', () => {
    const link = (kind: 'direct' | 'entry-point' | 'reported', signIn: boolean) => ({ url: 'https://example.org/l', kind, signIn, sources: ['law'] });
    expect(actionNote(en, link('direct', true))).toBe('You need to be signed in. If the link does not work, follow the steps below.');
    expect(actionNote(en, link('entry-point', true))).toBe('For members: sign in, then follow the steps below.');
    expect(actionNote(en, link('entry-point', false))).toBe('No need to sign in to open it; then follow the steps below.');
    expect(actionNote(fr, link('entry-point', false))).toBe('Pas besoin de vous connecter pour l’ouvrir\u202f; suivez ensuite les étapes ci-dessous.');
    expect(actionNote(en, link('direct', false))).toBe('If the link does not work, follow the steps below.');
    expect(actionNote(en, link('reported', false))).toBe('This address may have changed: if it does not work, follow the steps below.');
    for (const kind of ['direct', 'entry-point', 'reported'] as const) {
      expect(actionNote(en, link(kind, false))).not.toMatch(/sign(ed)? in,|signed in\./);
      expect(actionNote(fr, link(kind, false))).not.toMatch(/connecté|connectez-vous,/);
    }
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
    // A page asks the reader to sign in unless the guide says otherwise; only an action link says it.
    expect(actionLinkSchema.parse({ url: 'https://example.org/s', kind: 'direct', sources: ['a'] }).signIn).toBe(true);
    expect(issues(actionLinkSchema.safeParse({ url: 'https://example.org/s', kind: 'direct', signIn: 'no', sources: ['a'] }))[0]).toMatch(/^signIn: /);
    expect(issues(stepLinkSchema.safeParse({ url: 'https://example.org/f', kind: 'direct', signIn: false, sources: ['a'] }))[0]).toMatch(/signIn/);
  });
});
