// JSON Schema of the API documents, generated from the same zod schemas.
import type { APIRoute, GetStaticPaths } from 'astro';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { apiGuide, apiGuideList } from '../../../../lib/api/schemas';

const schemas = { guides: apiGuideList, guide: apiGuide };

export const getStaticPaths: GetStaticPaths = () => Object.keys(schemas).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const name = params['name'] as keyof typeof schemas;
  return new Response(JSON.stringify(zodToJsonSchema(schemas[name], { name, target: 'jsonSchema7' }), null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
