import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resources, useTranslations } from '../../src/i18n';
import { languages } from '../../src/i18n/languages';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
const flat = Object.fromEntries(languages.map((lang) => [lang, flatten(resources[lang] as unknown as Tree)]));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('has one resource file per language', () => {
    const files = readdirSync(join(import.meta.dirname, '../../src/i18n/locales')).sort();
    expect(files).toEqual(languages.map((l) => `${l}.json`).sort());
  });

  it('has exactly the same keys in every language', () => {
    const [first, ...others] = languages;
    for (const lang of others) expect(Object.keys(flat[lang]!).sort()).toEqual(Object.keys(flat[first]!).sort());
  });

  it('leaves no value empty or untranslated', () => {
    const [first, ...others] = languages;
    for (const [key, value] of Object.entries(flat[first]!)) {
      expect(value.trim(), key).not.toBe('');
      for (const lang of others) {
        expect(flat[lang]![key]!.trim(), `${lang}:${key}`).not.toBe('');
        expect(flat[lang]![key], `${lang}:${key} is the same as ${first}`).not.toBe(value);
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const key of Object.keys(flat['en']!)) {
      expect(placeholders(flat['fr']![key]!), key).toEqual(placeholders(flat['en']![key]!));
    }
  });

  it('uses every key somewhere in the source, so none is dead', () => {
    const source = readdirSync(join(import.meta.dirname, '../../src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts)$/.test(file))
      .map((file) => readFileSync(join(import.meta.dirname, '../../src', file), 'utf8'))
      .join('\n');
    const dynamic = ['status.', 'deadline.undated.', 'region.', 'sources.kind.', 'entry.kind.', 'embed.themes.', 'embed.methods.', 'guide.action.', 'guide.actionNote.', 'steps.heading.', 'steps.link.', 'links.by.', 'path.end.'];
    for (const key of Object.keys(flat['en']!)) {
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

  it('uses no-break spaces before French high punctuation', () => {
    for (const [key, value] of Object.entries(flat['fr']!)) expect(value, key).not.toMatch(/ [:;?!»]|« /);
  });
});
