// docs/fields.md: every field of every content and settings file, from the schemas.
import type { z } from 'astro/zod';
import { dataCategorySchema, entryKinds, faqSchema, guideSchema, legalSchema, overviewSchema, stepSchema, timelineSchema } from '../content/schemas';
import { registrySchema } from '../languages/schema';
import { siteSettingsSchema } from '../site/schema';
import { fieldRows, fieldTable } from './field-reference';

interface Section {
  file: string;
  what: string;
  schema: z.ZodType;
  neutral?: readonly string[];
}

const sections: Section[] = [
  { file: 'content/site.yaml', what: 'Who publishes the site and where (see [deployers](deployers.md#site-settings)).', schema: siteSettingsSchema },
  { file: 'content/languages.yaml', what: 'The languages of the site (see [translators](translators.md#add-a-language)).', schema: registrySchema },
  { file: 'content/<guide>/guide.yaml', what: 'The facts of a guide that do not depend on the language.', schema: guideSchema },
  { file: 'content/<guide>/timeline.yaml', what: 'Optional: what happened, and when, dated and sourced.', schema: timelineSchema },
  { file: 'content/<guide>/<lang>/overview.mdx', what: 'Front matter of the overview; its body is the one-paragraph answer.', schema: overviewSchema, neutral: entryKinds.overview.neutral },
  { file: 'content/<guide>/<lang>/steps/<id>.mdx', what: 'Front matter of a step; its body says what to do.', schema: stepSchema, neutral: entryKinds.steps.neutral },
  { file: 'content/<guide>/<lang>/data/<id>.mdx, exclusions/<id>.mdx', what: 'Front matter of a category of data the platform uses, or does not use.', schema: dataCategorySchema, neutral: entryKinds.data.neutral },
  { file: 'content/<guide>/<lang>/legal/<id>.mdx', what: 'Front matter of a legal point.', schema: legalSchema, neutral: entryKinds.legal.neutral },
  { file: 'content/<guide>/<lang>/faq/<id>.mdx', what: 'Front matter of a question readers ask.', schema: faqSchema, neutral: entryKinds.faq.neutral },
];

export function fieldsPage(): string {
  const parts = [
    '# Field reference',
    '',
    '<!-- Written by `npm run docs` from the descriptions in the zod schemas (src/lib/content/schemas.ts,',
    'src/lib/site/schema.ts, src/lib/languages/schema.ts). Do not edit: change a description there, then run it. -->',
    '',
    'Every field of the files an editor writes, as the build checks them. The descriptions are the ones',
    'its error messages quote. How to write a guide: [editors](editors.md).',
    '',
  ];
  for (const section of sections) parts.push(`## \`${section.file}\``, '', section.what, '', fieldTable(fieldRows(section.schema, section.file), section.neutral), '');
  return parts.join('\n');
}
