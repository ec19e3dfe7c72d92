// One preview image: from the cache when the build keeps one, drawn otherwise.
import { ogImageKey } from './cache-key';
import { cachedPng, type ImageCache } from './image-cache';
import { drawOgImage, OG_HEIGHT, OG_WIDTH, ogImageInputs, type OgCard } from './render';

export function previewPng(card: OgCard, cache: ImageCache | null): Promise<Uint8Array> {
  const inputs = ogImageInputs(card);
  const draw = () => drawOgImage(inputs);
  return cache ? cachedPng(cache, ogImageKey(inputs), { width: OG_WIDTH, height: OG_HEIGHT }, draw) : draw();
}
