// Preview images: drawn at build time, or reused from the build's cache (see lib/og).
// Each path is keyed by its image's inputs, so that Astro's incremental build copies an
// unchanged image from its last output without drawing or reading anything.
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../lib/og/cards';
import { ogImageKey } from '../../lib/og/cache-key';
import { buildImageCache, notePublished } from '../../lib/og/image-cache';
import { previewPng } from '../../lib/og/preview';
import { ogImageInputs, type OgCard } from '../../lib/og/render';

export const getStaticPaths: GetStaticPaths = async () => {
  const cache = buildImageCache();
  return (await ogCards()).map(({ path, card }) => {
    const key = ogImageKey(ogImageInputs(card));
    if (cache) notePublished(cache, key);
    return { params: { image: path.replace(/^\/og\//, '') }, props: { card }, cacheKey: key };
  });
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await previewPng((props as { card: OgCard }).card, buildImageCache())), { headers: { 'content-type': 'image/png' } });
