// The public JSON API, versions 1 and 2. The published files are built from these
// schemas and validated against them; their JSON Schema is generated from them too.
// Version 1 requires a key date and knows two statuses, and may only gain fields, so it
// lists only the guides it can describe; version 2 describes every guide.
import { z } from 'astro/zod';
import { languages } from '../../i18n/languages';
import { actionKinds, deadlineSchema as deadline, devices, guideSchema, guideStatuses, legalSections, linkKinds, overrideStatuses, sourceSchema } from '../content/schemas';

/**
 * Keyed by the site's published languages (content/languages.yaml). Any key is accepted:
 * publishing a language adds one to every such map, an addition within v1.
 */
const perLanguage = <T extends z.ZodType>(value: T) => z.record(z.string().describe('A language code (BCP 47)'), value);
const languageCode = z.enum(languages);
/** Beside a map of plain texts: the language each is written in, another one than its key while it is not yet translated. */
const textLanguages = perLanguage(languageCode).describe('The language each text of the map beside it is written in: another one than its key while it is not yet translated');
const text = z.object({
  title: z.string(),
  text: z.string(),
  lang: languageCode.describe('The language the text is written in: another one than its key while it is not yet translated'),
});

export const apiGuideSummary = z.object({
  id: z.string().describe('Stable id of the guide, as in its URLs'),
  name: z.string().describe('The platform'),
  status: z.enum(['upcoming', 'in-force']).describe('upcoming: before the key date; in-force: from the key date on'),
  deadline,
  regions: guideSchema.shape.regions,
  lastVerified: z.string().describe('The day the facts were last checked (YYYY-MM-DD)'),
  urls: perLanguage(z.url()).describe('The guide page in each language'),
  api: z.url().describe('This guide in full'),
});

const schemaLink = z.url().describe('The JSON Schema this document follows (its $id)');

export const apiGuideList = z.object({
  $schema: schemaLink,
  version: z.literal(1),
  guides: z
    .array(apiGuideSummary)
    .describe(
      'The guides version 1 can describe: those with a key date, upcoming or in force. Guides without a key date, and those the platform paused or gave up, are only in version 2 (/api/v2/guides.json), which lists every guide',
    ),
});

const entry = z.object({
  id: z.string().describe('Stable, language-neutral id; also the anchor on the guide page'),
  order: z.number().int().positive(),
  sources: z.array(z.string()).describe('Ids of the sources below'),
  text: perLanguage(text).describe('Title, and the whole body as plain text, in each language'),
  urls: perLanguage(z.url()).describe('Where it is on the site, in each language'),
});

const link = z.object({
  url: z.url(),
  kind: z.enum(linkKinds).describe('direct: given by the platform for this purpose; entry-point: a stable page the platform names, from which the reader goes on; reported: a deep link reported by others, which may have changed'),
  reportedIn: z.number().int().optional().describe('For a reported link: the year it was reported'),
  sources: z.array(z.string()).describe('Ids of the sources that give this link'),
});

const stepText = text.extend({ after: z.string().optional().describe('What to expect once the step is done') });

const timelineEvent = z.object({
  id: z.string().describe('Stable id of the event; also its anchor on the guide page and its feed item'),
  date: z.string().describe('When it happened: YYYY-MM-DD, or YYYY-MM when the source gives only the month'),
  text: perLanguage(z.string()).describe('What happened, in each language'),
  textLang: textLanguages,
  sources: z.array(z.string()).describe('Ids of the sources below'),
  anchors: z.array(z.string()).describe('Ids of the steps, entries or sections it affects'),
  urls: perLanguage(z.url()).describe('The event on the guide page, in each language'),
});

const action = z.object({
  kind: z.enum(actionKinds).describe('setting: the reader switches a setting off; form: the reader submits a request'),
  links: z
    .array(
      link.extend({
        name: perLanguage(z.string()).optional().describe('What the link opens'),
        nameLang: textLanguages.optional(),
        signIn: z.boolean().describe('Whether the page asks the reader to sign in before going on (false: a help page, or a form anyone can open)'),
      }),
    )
    .describe('The first is the main one'),
});
const surfaces = z
  .array(
    z.object({
      id: z.string().describe('Key of its steps in `steps`, and the anchor of its list on the guide page'),
      device: z.enum(devices),
      product: z.string().optional().describe('The product of the platform, when it has several'),
      label: perLanguage(z.string()),
      labelLang: textLanguages,
    }),
  )
  .describe('Where the reader follows the steps, in the guide\'s order');
const step = entry.extend({
  text: perLanguage(stepText),
  link: link.optional().describe('A link that performs or shortcuts this step, with its kind'),
  labels: perLanguage(z.array(z.string())),
});
const steps = <T extends z.ZodType>(one: T) => z.record(z.string(), z.array(one)).describe('The steps of each surface, keyed by surface id');
/** Everything after the summary that both versions carry alike. */
const contents = {
  data: z.array(entry),
  exclusions: z.array(entry),
  legal: z.partialRecord(z.enum(legalSections), z.array(entry)),
  faq: z.array(entry),
  timeline: z.array(timelineEvent).describe('What happened, and when, oldest first (empty if the guide has no timeline)'),
  sources: z.record(z.string(), sourceSchema),
};

export const apiGuide = apiGuideSummary.extend({
  $schema: schemaLink,
  version: z.literal(1),
  owner: z.string(),
  action,
  settingsUrl: z.url().describe('The main action link (action.links[0].url), kept for clients of the first version of this API'),
  objectionFormUrl: z.url().optional(),
  surfaces,
  steps: steps(step.extend({ url: z.url().optional().describe('The step\'s link (link.url), kept for clients of the first version') })),
  ...contents,
});

/** Version 2: every guide, with or without a key date, and the statuses an editor sets. */
export const apiV2GuideSummary = apiGuideSummary.extend({
  status: z
    .enum(guideStatuses)
    .describe('upcoming: before the key date; in-force: from the key date on, or now for a guide without one; paused, withdrawn: the platform put the change on hold or gave it up (see statusOverride)'),
  deadline: deadline.nullable().describe('The key date; null when the guide has none ("check this setting now": no countdown, no calendar)'),
  statusOverride: z
    .object({
      status: z.enum(overrideStatuses),
      since: z.string().describe('The day the platform said so (YYYY-MM-DD)'),
      sources: z.array(z.string()).describe('Ids of the sources that report it'),
    })
    .nullable()
    .describe('Set when the platform changed course: this status replaces the one the key date gives; null otherwise'),
  api: z.url().describe('This guide in full (version 2)'),
});

export const apiV2GuideList = z.object({
  $schema: schemaLink,
  version: z.literal(2),
  guides: z.array(apiV2GuideSummary).describe('Every published guide, most urgent first'),
});

export const apiV2Guide = apiV2GuideSummary.extend({
  $schema: schemaLink,
  version: z.literal(2),
  owner: z.string(),
  action,
  objectionFormUrl: z.url().optional(),
  surfaces,
  steps: steps(step),
  ...contents,
});

export type ApiGuideList = z.infer<typeof apiGuideList>;
export type ApiGuide = z.infer<typeof apiGuide>;
export type ApiV2GuideList = z.infer<typeof apiV2GuideList>;
export type ApiV2Guide = z.infer<typeof apiV2Guide>;
