// JSON Schema of the API documents, generated from the same zod schemas. Within v1
// fields may be added (README "Re-use the data"), so no object forbids unknown ones.
import type { APIRoute, GetStaticPaths } from 'astro';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { apiSchemaNames, apiSchemaPath } from '../../../../lib/api/build';
import { apiGuide, apiGuideList } from '../../../../lib/api/schemas';
import { absoluteUrl } from '../../../../lib/links';

const schemas = { guides: apiGuideList, guide: apiGuide };

export const getStaticPaths: GetStaticPaths = () => apiSchemaNames.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params, site, url }) => {
  const name = params['name'] as keyof typeof schemas;
  const json = zodToJsonSchema(schemas[name], { name, target: 'jsonSchema7', removeAdditionalStrategy: 'strict', rejectedAdditionalProperties: undefined });
  const { $schema, ...rest } = json as Record<string, unknown>;
  return new Response(JSON.stringify({ $schema, $id: absoluteUrl(apiSchemaPath(name), site ?? url), ...rest }, null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
