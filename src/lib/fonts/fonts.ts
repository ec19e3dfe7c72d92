// The fonts preview images are drawn with: Inter from npm (@fontsource/inter, SIL
// Open Font License), read from node_modules at build time, so nothing is fetched
// and nothing is committed. Its Latin, extended Latin, Greek and Cyrillic subsets
// cover every official language of the EU/EEA, Switzerland and the UK; what they
// do not cover is refused in the texts a preview draws (glyphs.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const subsets = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The family the card asks for; satori takes a character it lacks from the next font that has it. */
export const OG_FONT_FAMILY = `Inter ${subsets[0]}`;

// From the node_modules above this module: the project's, whether it runs from src/
// (npm run check, from any folder) or from a chunk of the build, which Astro writes
// inside the project.
const resolveFile = (file: string) => createRequire(import.meta.url).resolve(file);

let fonts: OgFont[] | undefined;

/** Every font file, in fallback order. Each subset is a family of its own: satori draws from one file per family and weight. */
export const ogFonts = (): OgFont[] =>
  (fonts ??= subsets.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Inter ${subset}`,
      data: readFileSync(resolveFile(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  ));
