// Link-preview images (Open Graph, 1200×630 PNG), drawn at build time by satori
// (layout to SVG) and resvg (SVG to PNG) with the fonts of fonts.ts.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { markSvg } from '../design/mark';
import { palette, typeScale } from '../design/tokens';
import { OG_FONT_FAMILY, ogFonts } from './fonts';
import { previewGlyphProblem } from './glyphs';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** Small line above the title: "LinkedIn · Step 2 of 4 · In the app". */
  kicker: string;
  title: string;
  /** The deadline state at build time, as a sentence. */
  footer: string;
  siteName: string;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | string; src?: string; width?: number; height?: number } };
const el = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({ type: 'div', props: { style, children } });

// The site's tokens at preview scale: 1rem is 32 px on the 1200 px card.
const REM = 32;
const size = (step: keyof typeof typeScale) => typeScale[step][0] * REM;
const colors = palette.light;
const mark = `data:image/svg+xml;base64,${Buffer.from(markSvg(colors.accent, colors.onAccent)).toString('base64')}`;

// satori sizes boxes like CSS content-box: padding and border add to width and height.
function ogTree(card: OgCard): Node {
  const titleSize = size(card.title.length > 70 ? '2xl' : card.title.length > 40 ? '3xl' : '4xl');
  return el(
    { width: OG_WIDTH - 2 * 72, height: OG_HEIGHT - 2 * 60 - 16, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '60px 72px', background: colors.canvas, color: colors.ink, fontFamily: OG_FONT_FAMILY, borderTop: `16px solid ${colors.accent}` },
    [
      el({ display: 'flex', fontSize: size('base'), fontWeight: 700, color: colors.accent }, card.kicker),
      el({ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, card.title),
      el({ display: 'flex', flexDirection: 'column', fontSize: size('base') * 0.9375, color: colors.muted }, [
        el({ display: 'flex' }, card.footer),
        el({ display: 'flex', alignItems: 'center', marginTop: 20, fontWeight: 700, color: colors.ink }, [
          { type: 'img', props: { src: mark, width: 48, height: 48, style: { marginRight: 16, borderRadius: 12 } } },
          card.siteName,
        ]),
      ]),
    ],
  );
}

/** Draws the card; refuses, rather than draw "NO GLYPH" boxes, a text its fonts cannot draw (content checks should have said so first). */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  for (const [field, text] of Object.entries(card)) {
    const problem = previewGlyphProblem(text);
    if (problem) throw new Error(`preview image: the ${field} ${JSON.stringify(text)}: ${problem}`);
  }
  // The check reads composed letters (e + U+0301 is é): draw those.
  const nfc = (text: string) => text.normalize('NFC');
  const composed: OgCard = { kicker: nfc(card.kicker), title: nfc(card.title), footer: nfc(card.footer), siteName: nfc(card.siteName) };
  const svg = await satori(ogTree(composed) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: ogFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
