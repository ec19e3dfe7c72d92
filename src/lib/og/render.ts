// Link-preview images (Open Graph, 1200×630 PNG), drawn at build time by satori
// (layout to SVG) and resvg (SVG to PNG) with the fonts of fonts.ts.
// Everything a drawing depends on is gathered in OgImageInputs, which both draws the
// image and keys its cache entry (cache-key.ts): the two cannot disagree.
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import resvgPackage from '@resvg/resvg-js/package.json';
import satori from 'satori';
import satoriPackage from 'satori/package.json';
import type { Lang } from '../languages/registry';
import { markSvg } from '../design/mark';
import { palette, typeScale, type ColorRole } from '../design/tokens';
import { OG_FONT_FAMILY, ogFonts, type OgFont } from '../fonts/fonts';
import { previewGlyphProblem } from '../fonts/glyphs';
import rendererSource from './render.ts?raw';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** The language of the card's text (satori's `lang`, which picks locale-specific glyphs and line breaks). */
  lang: Lang;
  /** Small line above the title: "LinkedIn · Step 2 of 4 · In the app". */
  kicker: string;
  title: string;
  /** The guide's status at build time, as a sentence. */
  footer: string;
  siteName: string;
}

/** The design tokens a card uses: the light palette, the type scale and the mark (an SVG document). */
export interface OgDesign {
  colors: Record<ColorRole, string>;
  typeScale: Record<keyof typeof typeScale, readonly [number, number]>;
  mark: string;
}
export const ogDesign: OgDesign = { colors: palette.light, typeScale, mark: markSvg(palette.light.accent, palette.light.onAccent) };

/** What draws: the two libraries' versions, the ICU data satori breaks lines with (Intl.Segmenter), and this file's own code. */
export const ogRenderer = {
  satori: satoriPackage.version,
  resvg: resvgPackage.version,
  icu: process.versions.icu ?? 'none',
  code: createHash('sha256').update(rendererSource).digest('hex'),
};
export type OgRenderer = typeof ogRenderer;

export interface OgImageInputs {
  card: OgCard;
  design: OgDesign;
  fonts: readonly OgFont[];
  renderer: OgRenderer;
}

/**
 * The inputs of a card's image with this build's design, fonts and renderer. Refuses,
 * rather than draw "NO GLYPH" boxes, a text its fonts cannot draw (content checks should
 * have said so first); a cached image therefore never stands for a text that is refused.
 */
export function ogImageInputs({ lang, kicker, title, footer, siteName }: OgCard): OgImageInputs {
  for (const [field, text] of Object.entries({ kicker, title, footer, siteName })) {
    const problem = previewGlyphProblem(text);
    if (problem) throw new Error(`preview image: the ${field} ${JSON.stringify(text)}: ${problem}`);
  }
  // The check reads composed letters (e + U+0301 is é): draw those, and key them, so that both spellings share an image.
  const nfc = (text: string) => text.normalize('NFC');
  return { card: { lang, kicker: nfc(kicker), title: nfc(title), footer: nfc(footer), siteName: nfc(siteName) }, design: ogDesign, fonts: ogFonts(), renderer: ogRenderer };
}

type Node = { type: string; props: { lang?: string; style?: Record<string, string | number>; children?: (Node | string)[] | string; src?: string; width?: number; height?: number } };
const el = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({ type: 'div', props: { style, children } });

// The site's tokens at preview scale: 1rem is 32 px on the 1200 px card.
const REM = 32;

// satori sizes boxes like CSS content-box: padding and border add to width and height.
function ogTree({ lang, kicker, title, footer, siteName }: OgCard, { colors, typeScale, mark }: OgDesign): Node {
  const size = (step: keyof OgDesign['typeScale']) => typeScale[step][0] * REM;
  const titleSize = size(title.length > 70 ? '2xl' : title.length > 40 ? '3xl' : '4xl');
  const root = el(
    { width: OG_WIDTH - 2 * 72, height: OG_HEIGHT - 2 * 60 - 16, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '60px 72px', background: colors.canvas, color: colors.ink, fontFamily: OG_FONT_FAMILY, borderTop: `16px solid ${colors.accent}` },
    [
      el({ display: 'flex', fontSize: size('base'), fontWeight: 700, color: colors.accent }, kicker),
      // A word longer than the card (a URL, a compound) wraps rather than runs off the edge.
      el({ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, wordBreak: 'break-word' }, title),
      el({ display: 'flex', flexDirection: 'column', fontSize: size('base') * 0.9375, color: colors.muted }, [
        el({ display: 'flex' }, footer),
        el({ display: 'flex', alignItems: 'center', marginTop: 20, fontWeight: 700, color: colors.ink }, [
          { type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`, width: 48, height: 48, style: { marginRight: 16, borderRadius: 12 } } },
          siteName,
        ]),
      ]),
    ],
  );
  return { ...root, props: { ...root.props, lang } };
}

/** The card laid out as SVG from its inputs (tests read where each part landed). */
export const ogSvg = ({ card, design, fonts }: Pick<OgImageInputs, 'card' | 'design' | 'fonts'>): Promise<string> =>
  satori(ogTree(card, design) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: [...fonts] });

/** Draws the image from exactly the inputs its cache key is made of. */
export async function drawOgImage(inputs: OgImageInputs): Promise<Buffer> {
  return new Resvg(await ogSvg(inputs), { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
