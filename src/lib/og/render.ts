// Link-preview images (Open Graph, 1200×630 PNG), drawn at build time by satori
// (layout to SVG) and resvg (SVG to PNG) with the Inter font shipped in this folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

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

const fontDir = join(process.cwd(), 'src/lib/og/fonts');
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= [400, 700].map((weight) => ({
    name: 'Inter',
    data: readFileSync(join(fontDir, `inter-latin-${weight}-normal.woff`)),
    weight: weight as 400 | 700,
    style: 'normal' as const,
  })));

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | string } };
const el = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({ type: 'div', props: { style, children } });

// satori sizes boxes like CSS content-box: padding and border add to width and height.
function ogTree(card: OgCard): Node {
  const titleSize = card.title.length > 70 ? 56 : card.title.length > 40 ? 66 : 76;
  return el(
    { width: OG_WIDTH - 2 * 72, height: OG_HEIGHT - 2 * 64 - 16, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#f6f7fb', color: '#161616', fontFamily: 'Inter', borderTop: '16px solid #2e4aa8' },
    [
      el({ display: 'flex', fontSize: 32, fontWeight: 700, color: '#2e4aa8' }, card.kicker),
      el({ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, card.title),
      el({ display: 'flex', flexDirection: 'column', fontSize: 30, color: '#3a3a3a' }, [
        el({ display: 'flex' }, card.footer),
        el({ display: 'flex', marginTop: 12, fontWeight: 700, color: '#161616' }, card.siteName),
      ]),
    ],
  );
}

export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await satori(ogTree(card) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
