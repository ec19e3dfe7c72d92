import type { APIRoute, GetStaticPaths } from 'astro';
import { guideDocument } from '../../../../lib/api/build';
import { listGuides } from '../../../../lib/content/collections';

export const getStaticPaths: GetStaticPaths = async () => (await listGuides()).map((guide) => ({ params: { guide: guide.id } }));

export const GET: APIRoute = async ({ params, site, url }) =>
  new Response(JSON.stringify(await guideDocument(params['guide'] as string, site ?? url), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
