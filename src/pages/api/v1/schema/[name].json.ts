// JSON Schema of the API documents, generated from the same zod schemas. Within v1
// fields may be added (README "Re-use the data"), so no object forbids unknown ones.
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { apiSchemaNames, apiSchemaPath } from '../../../../lib/api/build';
import { apiGuide, apiGuideList } from '../../../../lib/api/schemas';
import { absoluteUrl } from '../../../../lib/links';

const schemas = { guides: apiGuideList, guide: apiGuide };

export const getStaticPaths: GetStaticPaths = () => apiSchemaNames.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params, site, url }) => {
  const name = params['name'] as keyof typeof schemas;
  const { $schema, ...rest } = z.toJSONSchema(schemas[name], {
    target: 'draft-7',
    // zod closes every object it outputs; published documents may gain fields within v1.
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  return new Response(JSON.stringify({ $schema, $id: absoluteUrl(apiSchemaPath(name), site ?? url), ...rest }, null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
