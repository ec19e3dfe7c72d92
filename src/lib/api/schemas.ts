// The public JSON API, version 1. The published files are built from these schemas
// and validated against them; their JSON Schema is generated from them too.
import { z } from 'zod';
import { languages } from '../../i18n/languages';
import { guideSchema, guideStatuses, legalSections, sourceSchema, surfaces } from '../content/schemas';

const perLanguage = <T extends z.ZodTypeAny>(value: T) => z.record(z.enum(languages), value);
const text = z.object({
  title: z.string(),
  text: z.string(),
  lang: z.enum(languages).describe('The language the text is written in: another one than its key while it is not yet translated'),
});

export const apiGuideSummary = z.object({
  id: z.string().describe('Stable id of the guide, as in its URLs'),
  name: z.string().describe('The platform'),
  status: z.enum(guideStatuses),
  deadline: guideSchema.shape.deadline,
  regions: guideSchema.shape.regions,
  lastVerified: z.string().describe('The day the facts were last checked (YYYY-MM-DD)'),
  urls: perLanguage(z.string().url()).describe('The guide page in each language'),
  api: z.string().url().describe('This guide in full'),
});

const schemaLink = z.string().url().describe('The JSON Schema this document follows (its $id)');

export const apiGuideList = z.object({
  $schema: schemaLink,
  version: z.literal(1),
  guides: z.array(apiGuideSummary),
});

const entry = z.object({
  id: z.string().describe('Stable, language-neutral id; also the anchor on the guide page'),
  order: z.number().int().positive(),
  sources: z.array(z.string()).describe('Ids of the sources below'),
  text: perLanguage(text).describe('Title and plain text in each language'),
  urls: perLanguage(z.string().url()).describe('Where it is on the site, in each language'),
});

const timelineEvent = z.object({
  id: z.string().describe('Stable id of the event; also its anchor on the guide page and its feed item'),
  date: z.string().describe('When it happened: YYYY-MM-DD, or YYYY-MM when the source gives only the month'),
  text: perLanguage(z.string()).describe('What happened, in each language'),
  sources: z.array(z.string()).describe('Ids of the sources below'),
  anchors: z.array(z.string()).describe('Ids of the steps, entries or sections it affects'),
  urls: perLanguage(z.string().url()).describe('The event on the guide page, in each language'),
});

export const apiGuide = apiGuideSummary.extend({
  $schema: schemaLink,
  version: z.literal(1),
  owner: z.string(),
  settingsUrl: z.string().url(),
  objectionFormUrl: z.string().url().optional(),
  steps: z.record(z.enum(surfaces), z.array(entry.extend({ url: z.string().url().optional().describe('Direct link for this step'), labels: perLanguage(z.array(z.string())) }))),
  data: z.array(entry),
  exclusions: z.array(entry),
  legal: z.record(z.enum(legalSections), z.array(entry)),
  faq: z.array(entry),
  timeline: z.array(timelineEvent).describe('What happened since the change was announced, oldest first (empty if the guide has no timeline)'),
  sources: z.record(z.string(), sourceSchema),
});

export type ApiGuideList = z.infer<typeof apiGuideList>;
export type ApiGuide = z.infer<typeof apiGuide>;
