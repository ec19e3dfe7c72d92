import type { APIRoute } from 'astro';
import { guideListDocument } from '../../../lib/api/build';

export const GET: APIRoute = async ({ site, url }) =>
  new Response(JSON.stringify(await guideListDocument(site ?? url), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
