// The site's few design decisions, in one place. The site's CSS (through a generated
// Tailwind @theme, see theme-css.ts), the preview images (lib/og), the favicon and the
// widget read them from here. Separate exports, so that the widget bundle keeps only
// the one it imports.

/** Links, the primary button, focus rings and the mark, on a light background; also the
 *  widget's top rule, whatever the host's background (there it only decorates). */
export const accent = '#2346a0';

/** Colours by role. Each pair keeps WCAG AA contrast (tests/unit/design-tokens.test.ts). */
export const palette = {
  light: {
    /** The page. */
    canvas: '#ffffff',
    /** Cards and the header's search field: a step away from the page. */
    surface: '#f4f6fa',
    /** Body text and headings. */
    ink: '#161a23',
    /** Secondary text: notes, source numbers, step positions. */
    muted: '#4a5263',
    /** Borders and rules. */
    line: '#cfd5df',
    accent,
    /** Text on an accent background. */
    onAccent: '#ffffff',
    /** Text shown in another language, and other cautions (a side rule, never alone). */
    caution: '#94560a',
  },
  dark: {
    canvas: '#10131a',
    surface: '#191d27',
    ink: '#e8ebf1',
    muted: '#a9b1c1',
    line: '#343b4a',
    accent: '#a4b9ff',
    onAccent: '#10131a',
    caution: '#f0b45a',
  },
} as const;

export type ColorRole = keyof (typeof palette)['light'];

/** Corner radii: small controls, buttons and fields, cards. */
export const radius = { sm: '0.25rem', md: '0.5rem', lg: '0.75rem' } as const;

/** One spacing step; every margin and padding is a multiple of it (Tailwind's `--spacing`). */
export const spacing = '0.25rem';

/** The type scale, [size, line height] in rem: a 1.125 ratio from the body size up. */
export const typeScale = {
  sm: [0.875, 1.25],
  base: [1, 1.625],
  lg: [1.125, 1.75],
  xl: [1.25, 1.75],
  '2xl': [1.5, 2],
  '3xl': [1.875, 2.25],
  '4xl': [2.25, 2.5],
} as const satisfies Record<string, readonly [number, number]>;

/** System fonts only: nothing is fetched from another site. */
export const fontStack = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
