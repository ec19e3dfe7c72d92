// Preview images, drawn at build time or reused from the build's cache (see lib/og).
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../lib/og/cards';
import { previewPng } from '../../lib/og/preview';
import type { OgCard } from '../../lib/og/render';

export const getStaticPaths: GetStaticPaths = async () =>
  (await ogCards()).map(({ path, card }) => ({ params: { image: path.replace(/^\/og\//, '') }, props: { card } }));

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await previewPng((props as { card: OgCard }).card, __OG_IMAGE_CACHE__)), { headers: { 'content-type': 'image/png' } });
