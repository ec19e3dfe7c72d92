// Preview images, rendered once at build time (see lib/og).
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCards } from '../../lib/og/cards';
import { renderOgImage, type OgCard } from '../../lib/og/render';

export const getStaticPaths: GetStaticPaths = async () =>
  (await ogCards()).map(({ path, card }) => ({ params: { image: path.replace(/^\/og\//, '') }, props: { card } }));

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage((props as { card: OgCard }).card)), { headers: { 'content-type': 'image/png' } });
