// The built site carries the design tokens everywhere they are used: the stylesheet,
// the favicon and the embeddable widget (lib/design/tokens.ts is their one source).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { faviconSvg } from '../../src/lib/design/mark';
import { accent, palette } from '../../src/lib/design/tokens';
import { assertBuilt, distDir } from '../support/dist';

beforeAll(assertBuilt);

it('gives the stylesheet both palettes', () => {
  const css = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(distDir, '_astro', f), 'utf8')).join('');
  expect(css).toContain(`--color-accent:${accent}`);
  expect(css).toMatch(new RegExp(`prefers-color-scheme:\\s*dark\\)\\s*\\{\\s*:root\\s*\\{[^}]*--color-accent:${palette.dark.accent}`));
});

it('serves the favicon drawn from the mark and the tokens', () => {
  expect(readFileSync(join(distDir, 'favicon.svg'), 'utf8')).toBe(faviconSvg());
});

it('frames the widget in the accent, written into its styles', () => {
  expect(readFileSync(join(distDir, 'embed/countdown.js'), 'utf8')).toContain(`border:1px solid ${accent};`);
});
