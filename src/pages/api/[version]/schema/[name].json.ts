// JSON Schema of the API documents, generated from the same zod schemas. Within a
// version fields may be added (docs/reusers.md, "The version rule"), so no object forbids unknown ones.
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { apiSchemaNames, apiSchemaPath, apiVersions, type ApiVersion } from '../../../../lib/api/build';
import { apiGuide, apiGuideList, apiV2Guide, apiV2GuideList } from '../../../../lib/api/schemas';
import { absoluteUrl } from '../../../../lib/links';

const schemas = { 1: { guides: apiGuideList, guide: apiGuide }, 2: { guides: apiV2GuideList, guide: apiV2Guide } };
type Name = (typeof apiSchemaNames)[number];

export const getStaticPaths: GetStaticPaths = () =>
  apiVersions.flatMap((version) => apiSchemaNames.map((name) => ({ params: { version: `v${version}`, name }, props: { version, name } })));

export const GET: APIRoute<{ version: ApiVersion; name: Name }> = ({ props, site, url }) => {
  const { version, name } = props;
  const { $schema, ...rest } = z.toJSONSchema(schemas[version][name], {
    target: 'draft-7',
    // zod closes every object it outputs; published documents may gain fields within a version.
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  return new Response(JSON.stringify({ $schema, $id: absoluteUrl(apiSchemaPath(version, name), site ?? url), ...rest }, null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
