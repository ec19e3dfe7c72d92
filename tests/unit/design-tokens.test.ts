// The design tokens: every text colour keeps WCAG AA contrast on every background it
// is drawn on, in both schemes, and the generated CSS, favicon and widget carry them.
import { describe, expect, it } from 'vitest';
import { faviconSvg } from '../../src/lib/design/mark';
import { themeCss } from '../../src/lib/design/theme-css';
import { accent, palette, radius, typeScale, type ColorRole } from '../../src/lib/design/tokens';

// WCAG 2.2 relative luminance and contrast ratio.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// [text, background, minimum]: body text 4.5:1; the caution rule is a graphic, 3:1.
const pairs: [ColorRole, ColorRole, number][] = [
  ['ink', 'canvas', 4.5],
  ['ink', 'surface', 4.5],
  ['muted', 'canvas', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'canvas', 4.5],
  ['accent', 'surface', 4.5],
  ['onAccent', 'accent', 4.5],
  ['caution', 'canvas', 3],
];

describe('design tokens', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pairs)(`${scheme}: %s on %s keeps at least %d:1`, (text, background, minimum) => {
      expect(contrast(palette[scheme][text], palette[scheme][background])).toBeGreaterThanOrEqual(minimum);
    });
  }

  it('checks the contrast formula against known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('writes every token into the Tailwind theme, and the dark palette under its media query', () => {
    const css = themeCss();
    for (const [role, value] of Object.entries(palette.light)) expect(css).toContain(`--color-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`);
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    for (const value of Object.values(palette.dark)) expect(dark).toContain(value);
    for (const [name, value] of Object.entries(radius)) expect(css).toContain(`--radius-${name}: ${value};`);
    for (const [name, [size, line]] of Object.entries(typeScale)) expect(css).toContain(`--text-${name}: ${size}rem;\n  --text-${name}--line-height: ${line}rem;`);
  });

  it('draws the favicon in the accent, with the dark accent for dark browsers', () => {
    const svg = faviconSvg();
    expect(svg).toContain(`fill="${accent}"`);
    expect(svg).toMatch(new RegExp(`prefers-color-scheme:dark.*${palette.dark.accent}`));
  });
});
