// The preview cache key: the same for the same inputs, different when anything an
// image depends on changes, so that a cached image is never reused for another.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogImageKey } from '../../src/lib/og/cache-key';
import { ogFonts } from '../../src/lib/fonts/fonts';
import { ogDesign, ogImageInputs, ogRenderer, type OgImageInputs } from '../../src/lib/og/render';
import satoriPackage from 'satori/package.json';
import resvgPackage from '@resvg/resvg-js/package.json';
import { projectRoot } from '../support/dist';

const card = { lang: 'fr', kicker: 'LinkedIn · Étape 2 sur 4', title: 'Allez dans « Confidentialité des données »', footer: 'Depuis le 3 novembre 2025', siteName: 'Guides pour refuser' } as const;
const inputs = ogImageInputs(card);
const key = ogImageKey(inputs);

describe('the preview cache key', () => {
  it('is a SHA-256, the same for equal inputs, whatever their key order and object identity', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(ogImageKey(ogImageInputs({ ...card }))).toBe(key);
    const reordered: OgImageInputs = {
      renderer: { code: ogRenderer.code, icu: ogRenderer.icu, resvg: ogRenderer.resvg, satori: ogRenderer.satori },
      fonts: ogFonts().map(({ style, weight, name, data }) => ({ style, weight, name, data: Buffer.from(data) })),
      design: { mark: ogDesign.mark, typeScale: ogDesign.typeScale, colors: { ...ogDesign.colors } },
      card: { siteName: card.siteName, footer: card.footer, title: card.title, kicker: card.kicker, lang: card.lang },
    };
    expect(ogImageKey(reordered)).toBe(key);
  });

  const changes: [string, (inputs: OgImageInputs) => OgImageInputs][] = [
    ['the kicker', (i) => ({ ...i, card: { ...i.card, kicker: 'LinkedIn · Étape 3 sur 4' } })],
    ['the title', (i) => ({ ...i, card: { ...i.card, title: `${i.card.title} ` } })],
    ['the footer', (i) => ({ ...i, card: { ...i.card, footer: 'Depuis le 4 novembre 2025' } })],
    ['the site name', (i) => ({ ...i, card: { ...i.card, siteName: 'Autre site' } })],
    ['the language', (i) => ({ ...i, card: { ...i.card, lang: 'en' } })],
    ['a colour token', (i) => ({ ...i, design: { ...i.design, colors: { ...i.design.colors, accent: '#000000' } } })],
    ['a type-scale token', (i) => ({ ...i, design: { ...i.design, typeScale: { ...i.design.typeScale, base: [1.0625, i.design.typeScale.base[1]] } } })],
    ['the mark', (i) => ({ ...i, design: { ...i.design, mark: i.design.mark.replace('rx="8"', 'rx="6"') } })],
    ['one byte of a font file', (i) => ({ ...i, fonts: i.fonts.map((font, n) => (n === 0 ? { ...font, data: Buffer.from(font.data).fill(0, 100, 101) } : font)) })],
    ['a font weight', (i) => ({ ...i, fonts: i.fonts.map((font) => ({ ...font, weight: font.weight === 400 ? 700 : 400 })) })],
    ['the satori version', (i) => ({ ...i, renderer: { ...i.renderer, satori: '0.63.3' } })],
    ['the resvg version', (i) => ({ ...i, renderer: { ...i.renderer, resvg: '2.6.3' } })],
    ['the ICU version (line breaks)', (i) => ({ ...i, renderer: { ...i.renderer, icu: '1.0' } })],
    ["the renderer's code", (i) => ({ ...i, renderer: { ...i.renderer, code: createHash('sha256').update('changed').digest('hex') } })],
  ];
  it.each(changes)('changes with %s', (_, change) => {
    expect(ogImageKey(change(inputs))).not.toBe(key);
  });

  it('names the installed satori, resvg and ICU, and hashes the renderer source as it is on disk', () => {
    expect(ogRenderer).toEqual({
      satori: satoriPackage.version,
      resvg: resvgPackage.version,
      icu: process.versions.icu,
      code: createHash('sha256').update(readFileSync(join(projectRoot, 'src/lib/og/render.ts'))).digest('hex'),
    });
  });
});
