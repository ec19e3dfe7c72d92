// The cache key of a preview image: a SHA-256 of everything its drawing depends on
// (text, language, design tokens, font files, satori and resvg versions, the renderer's
// code), so that an entry can only be reused for the very image it was drawn for.
import { createHash } from 'node:crypto';
import type { OgImageInputs } from './render';

/** Bumped when the way entries are stored changes, so that old ones are not read. */
const ENTRY_FORMAT = 1;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

// Fonts are the same objects for every image of a build: hash each file once.
const fontDigests = new WeakMap<Uint8Array, string>();
const fontDigest = (data: Uint8Array) => {
  let digest = fontDigests.get(data);
  if (!digest) fontDigests.set(data, (digest = sha256(data)));
  return digest;
};

/** JSON with object keys sorted, so that equal inputs give the same text whatever their key order. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.entries(value)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
          .join(',')}}`
      : String(JSON.stringify(value));

export function ogImageKey({ card, design, fonts, renderer }: OgImageInputs): string {
  return sha256(
    canonical({
      format: ENTRY_FORMAT,
      card,
      design,
      fonts: fonts.map(({ name, weight, style, data }) => ({ name, weight, style, data: fontDigest(data) })),
      renderer,
    }),
  );
}
