// Which characters preview images can draw: those in the character map of their
// fonts (fonts.ts). Anything else would be drawn as a "NO GLYPH" box, so every text
// that reaches a preview image is checked with this, and refused with the reason.
// Refused rather than drawn with more fonts, as tried with satori 0.63:
// - emoji: satori draws no colour glyphs, and outline emoji fonts lose skin tones,
//   flags and joined sequences;
// - Arabic and Hebrew: with Noto Sans Arabic the dots that tell letters apart
//   (ب ي ة) were dropped or misplaced depending on the line, and the words of a
//   wrapped right-to-left line came out in the wrong order. A wrong word in a
//   preview is worse than a refusal, and the site has no right-to-left language.
import { create, type Font } from 'fontkitten';
import { ogFonts } from './fonts';

let drawable: Set<number> | undefined;
const drawableCodePoints = () => (drawable ??= new Set(ogFonts().flatMap(({ data }) => (create(data) as Font).characterSet)));

// Spaces the fonts lack (the narrow no-break space of French typography) are drawn as
// spaces by satori's shaper, HarfBuzz, and invisible characters are not drawn at all.
const shapedWithoutGlyph = /^[\p{Zs}\p{Default_Ignorable_Code_Point}]$/u;
// A combining mark left after NFC has no precomposed letter: satori does not place marks.
const combiningMark = /^\p{M}$/u;

/** The characters of `text` that preview images cannot draw, each once, in order of appearance. */
export function undrawableCharacters(text: string): string[] {
  const codePoints = drawableCodePoints();
  return [...new Set(text.normalize('NFC'))].filter((char) => shapedWithoutGlyph.test(char) ? false : combiningMark.test(char) || !codePoints.has(char.codePointAt(0)!));
}

const describe = (char: string) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * Why `text` cannot go into a preview image, or undefined when it can. For the content
 * checks, on every field a preview draws: titles, the platform's name, a surface's
 * `where`, the site's name and tagline.
 */
export function previewGlyphProblem(text: string): string | undefined {
  const missing = undrawableCharacters(text);
  if (missing.length === 0) return undefined;
  return `preview images cannot draw ${missing.map(describe).join(', ')}: write it in letters of the Latin, Greek or Cyrillic alphabets, without emoji (Arabic, Hebrew and other scripts are not drawn either)`;
}
