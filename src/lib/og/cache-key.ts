// The cache key of a preview image: a SHA-256 of everything its drawing depends on
// (text, language, design tokens, font files, satori and resvg versions, the renderer's
// code), so that an entry can only be reused for the very image it was drawn for.
import { digest, sha256 } from '../build/digest';
import type { OgImageInputs } from './render';

/** Bumped when the way entries are stored changes, so that old ones are not read. */
const ENTRY_FORMAT = 1;

// Fonts are the same objects for every image of a build: hash each file once.
const fontDigests = new WeakMap<Uint8Array, string>();
const fontDigest = (data: Uint8Array) => {
  let known = fontDigests.get(data);
  if (!known) fontDigests.set(data, (known = sha256(data)));
  return known;
};

export function ogImageKey({ card, design, fonts, renderer }: OgImageInputs): string {
  return digest(
    {
      format: ENTRY_FORMAT,
      card,
      design,
      fonts: fonts.map(({ name, weight, style, data }) => ({ name, weight, style, data: fontDigest(data) })),
      renderer,
    },
  );
}
