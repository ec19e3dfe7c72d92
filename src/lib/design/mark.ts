// The site's mark: a switch in the "off" position on an accent tile, since every
// guide ends with a switch turned off. One geometry for the header (SiteMark.astro),
// the favicon and the preview images.
import { palette } from './tokens';

export const markViewBox = '0 0 32 32';
export const markShapes = {
  tile: { width: 32, height: 32, rx: 8 },
  /** The switch's track, drawn as an outline. */
  track: { x: 6.5, y: 10.5, width: 19, height: 11, rx: 5.5, 'stroke-width': 2.5 },
  /** The knob, on the left: off. */
  knob: { cx: 12, cy: 16, r: 3 },
} as const;

const attrs = (shape: Record<string, string | number>) =>
  Object.entries(shape)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');

/** The mark as a standalone SVG document in the given colours. `style` may add a <style> element. */
export function markSvg(tile: string, symbol: string, style = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${markViewBox}">${style}` +
    `<rect class="tile" ${attrs(markShapes.tile)} fill="${tile}"/>` +
    `<rect class="track" ${attrs(markShapes.track)} fill="none" stroke="${symbol}"/>` +
    `<circle class="knob" ${attrs(markShapes.knob)} fill="${symbol}"/></svg>`
  );
}

/** The favicon: the light palette, and the dark one where the browser's theme is dark. */
export const faviconSvg = () =>
  markSvg(
    palette.light.accent,
    palette.light.onAccent,
    `<style>@media (prefers-color-scheme:dark){.tile{fill:${palette.dark.accent}}.track{stroke:${palette.dark.onAccent}}.knob{fill:${palette.dark.onAccent}}}</style>`,
  );
