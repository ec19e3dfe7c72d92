// /api/v{1,2}/guides/{id}.json: one guide in full, in each version that can describe it,
// reused from the last build while the guide's pages key (lib/guide/page-key.ts) holds.
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiGuides, apiVersions, guideDocument, type ApiVersion } from '../../../../lib/api/build';
import { guidePagesKey } from '../../../../lib/guide/page-key';

export const getStaticPaths: GetStaticPaths = async () =>
  (
    await Promise.all(
      apiVersions.map(async (version) =>
        Promise.all((await apiGuides(version)).map(async (guide) => ({ params: { version: `v${version}`, guide: guide.id }, props: { version }, cacheKey: await guidePagesKey(guide.id) }))),
      ),
    )
  ).flat();

export const GET: APIRoute<{ version: ApiVersion }> = async ({ params, props, site, url }) =>
  new Response(JSON.stringify(await guideDocument(params['guide'] as string, site ?? url, props.version), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
