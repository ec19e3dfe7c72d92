import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations } from '../../src/i18n';
import { shippedLocales } from '../../src/i18n/shipped';
import { flattenStrings, placeholders } from '../../src/lib/languages/locales';

// The UI strings the generator ships: they define the keys of every locale file.
const shipped = Object.keys(shippedLocales);
const flat = Object.fromEntries(shipped.map((lang) => [lang, flattenStrings(shippedLocales[lang]!)]));

describe('UI strings the generator ships', () => {
  it('has one resource file per shipped language, each imported', () => {
    const files = readdirSync(join(import.meta.dirname, '../../src/i18n/locales')).sort();
    expect(files).toEqual(shipped.map((l) => `${l}.json`).sort());
  });

  it('has exactly the same keys in every language', () => {
    const [first, ...others] = shipped;
    for (const lang of others) expect([...flat[lang]!.keys()].sort()).toEqual([...flat[first!]!.keys()].sort());
  });

  it('leaves no value empty or untranslated', () => {
    const [first, ...others] = shipped;
    for (const [key, value] of flat[first!]!) {
      expect(value.trim(), key).not.toBe('');
      for (const lang of others) {
        expect(flat[lang]!.get(key)!.trim(), `${lang}:${key}`).not.toBe('');
        expect(flat[lang]!.get(key), `${lang}:${key} is the same as ${first}`).not.toBe(value);
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    const [first, ...others] = shipped;
    for (const [key, value] of flat[first!]!) for (const lang of others) expect(placeholders(flat[lang]!.get(key)!), `${lang}:${key}`).toEqual(placeholders(value));
  });

  it('uses every key somewhere in the source, so none is dead', () => {
    const source = readdirSync(join(import.meta.dirname, '../../src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts)$/.test(file))
      .map((file) => readFileSync(join(import.meta.dirname, '../../src', file), 'utf8'))
      .join('\n');
    const dynamic = ['status.', 'deadline.undated.', 'region.', 'sources.kind.', 'entry.kind.', 'embed.themes.', 'embed.methods.', 'guide.action.', 'guide.actionNote.', 'guide.actionNoteNoSignIn.', 'steps.heading.', 'steps.link.', 'links.by.', 'path.end.', 'scaffold.web.', 'scaffold.app.'];
    for (const key of flat[shipped[0]!]!.keys()) {
      if (dynamic.some((prefix) => key.startsWith(prefix))) continue;
      // The countdown strings ship whole to the widget, which reads them as s.<name>.
      const used = key.startsWith('countdown.') ? source.includes(`s.${key.slice('countdown.'.length)}`) : source.includes(`'${key}'`);
      expect(used, key).toBe(true);
    }
  });

  it('interpolates without escaping (Astro escapes on render)', () => {
    expect(useTranslations('fr')('guide.action.setting', { platform: 'A&B' })).toBe('Ouvrir le paramètre sur A&B');
    expect(useTranslations('en')('steps.position', { n: 2, total: 4 })).toBe('Step 2 of 4');
  });

  it('labels each language link in its own language', () => {
    expect(useTranslations('fr')('lang.read')).toBe('Lire en français');
    expect(useTranslations('en')('lang.read')).toBe('Read in English');
  });

  it('uses no-break spaces before French high punctuation, as the build would put them', () => {
    for (const [key, value] of flat['fr']!) expect(value, key).not.toMatch(/ [:;?!»]|« /);
  });
});
