// /api/v1/guides.json and /api/v2/guides.json: the published guides each version can describe.
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiVersions, guideListDocument, type ApiVersion } from '../../../lib/api/build';

export const getStaticPaths: GetStaticPaths = () => apiVersions.map((version) => ({ params: { version: `v${version}` }, props: { version } }));

export const GET: APIRoute<{ version: ApiVersion }> = async ({ props, site, url }) =>
  new Response(JSON.stringify(await guideListDocument(site ?? url, props.version), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
