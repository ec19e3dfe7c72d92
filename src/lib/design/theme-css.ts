// The design tokens as CSS: a Tailwind @theme block (so that `bg-surface`, `text-muted`,
// `rounded-lg`, `text-xl` come from tokens.ts) and the dark palette swapped in on
// :root when the reader's system asks for it.
import { fontStack, palette, radius, spacing, typeScale, type ColorRole } from './tokens';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const colors = (scheme: Record<ColorRole, string>, indent: string) =>
  Object.entries(scheme).map(([role, value]) => `${indent}--color-${kebab(role)}: ${value};`);

export function themeCss(): string {
  return [
    '/* Generated from src/lib/design/tokens.ts at build time: edit that file, not this one. */',
    '@theme {',
    `  --font-sans: ${fontStack};`,
    `  --spacing: ${spacing};`,
    ...Object.entries(radius).map(([name, value]) => `  --radius-${name}: ${value};`),
    ...Object.entries(typeScale).flatMap(([name, [size, line]]) => [`  --text-${name}: ${size}rem;`, `  --text-${name}--line-height: ${line}rem;`]),
    ...colors(palette.light, '  '),
    '}',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    ...colors(palette.dark, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
