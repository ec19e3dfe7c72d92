// The content model. Every field carries a description: it is what an editor
// reads when the build refuses their file. The one read of the content (read.ts)
// validates with them, and Astro's collections, filled from that read, take their
// types from them (z.infer): there is one source of truth.
import { z } from 'astro/zod';
import { localizedText } from '../languages/localized';
import { drawn } from '../fonts/preview-text';
import { normaliseWebUrl, webUrlProblem } from '../validation/web-url';

/** Kebab-case identifier: it becomes a URL fragment and a file name. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lengths that fit where texts are shown: a title on a link-preview image
 * (1200×630, three lines at its largest type) and in search results, a
 * description in search results and link previews.
 */
export const textLimits = {
  /** Guide and step titles, drawn on preview images. */
  previewTitle: 90,
  /** The platform's name, in the line above every preview title. */
  platform: 40,
  /** Headings of data categories, exclusions and legal points. */
  heading: 120,
  question: 150,
  /** Search engines show about 155 characters; link previews show more. */
  description: 200,
} as const;

/** A text: trimmed (spaces around it are never meant), never empty, and within `max` characters when it has a limit. */
export const text = (what: string, max?: number) => {
  const trimmed = z.string().describe(max ? `${what}. At most ${max} characters` : what).trim().min(1);
  return max ? trimmed.max(max) : trimmed;
};

/** An https:// address (see lib/validation/web-url.ts), stored as the URL parser writes it. */
const https = (what: string) =>
  z
    .string()
    .describe(what)
    .superRefine((value, ctx) => {
      const problem = webUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .overwrite(normaliseWebUrl);

/** Dates before the web's privacy notices are typing mistakes (0000-01-01 would reach the sitemap). */
const EARLIEST = '2000-01-01';
const notBefore2000 = (value: string) => value >= EARLIEST.slice(0, value.length);
const before2000 = `expected a date from ${EARLIEST} on`;

/** A calendar date, written YYYY-MM-DD, that exists. */
export const isoDate = (what: string) =>
  z
    .string()
    .describe(what)
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'expected a real calendar date')
    .refine(notBefore2000, before2000);

/** A day (YYYY-MM-DD) or, when the source gives no day, a month (YYYY-MM). */
export const isoDayOrMonth = (what: string) =>
  z
    .string()
    .describe(what)
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected a date written YYYY-MM-DD, or YYYY-MM when the source gives only the month')
    .refine((value) => {
      const day = value.length === 7 ? `${value}-01` : value;
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
    }, 'expected a real calendar date')
    .refine(notBefore2000, before2000);

/** An instant with an explicit offset (Z or ±hh:mm), so that it means the same everywhere. */
export const isoInstant = (what: string) =>
  z
    .string()
    .describe(what)
    .regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/,
      'expected an instant with a time zone, such as 2025-11-02T22:00:00Z or 2025-11-03T00:00:00+02:00',
    )
    .refine((value) => !Number.isNaN(Date.parse(value)), 'expected a real date and time')
    .refine(notBefore2000, before2000);

const id = (what: string) =>
  z.string().describe(what).regex(idPattern, 'expected a kebab-case id such as "web-open-settings"');

export const sourceKinds = ['primary', 'regulator', 'press'] as const;
/**
 * What a guide's status can be. It is derived (src/lib/guide/status.ts): upcoming before
 * the key date, in force from then on or when there is none; paused and withdrawn only
 * when guide.yaml says so (statusOverride).
 */
export const guideStatuses = ['upcoming', 'in-force', 'paused', 'withdrawn'] as const;
/** The statuses an editor may set: the platform changed course, whatever the date says. */
export const overrideStatuses = ['paused', 'withdrawn'] as const;
/** What the reader does: switch a setting off, or submit a request (an objection form). */
export const actionKinds = ['setting', 'form'] as const;
/** How far a link can be trusted to lead where it says, strongest first. */
export const linkKinds = ['direct', 'entry-point', 'reported'] as const;
/** What a surface is used on: guides which one a reader on a touch screen sees first. */
export const devices = ['web', 'app'] as const;


export const sourceSchema = z
  .object({
    title: text('The title of the document, in its own language'),
    url: https('Where the document can be read').optional(),
    publisher: text('Who published it: the platform, a regulator, a newspaper'),
    date: isoDate('Publication or last-update date given by the document itself, if it gives one').optional(),
    kind: z.enum(sourceKinds).describe('primary: the platform or the law itself; regulator: a data-protection authority; press: everything else'),
    lang: z.string().describe('Language of the document (BCP 47, e.g. "fr", "en")').min(2),
  })
  .strict();

const sourcesField = z
  .array(id('A source id declared in guide.yaml'))
  .describe('Ids of the guide.yaml sources that support this text')
  .min(1, 'expected at least one source id: every factual text cites its source');

/** A link to the platform, with how far it can be trusted and who reports it. */
const linkFields = {
  url: https('Where the link leads, exactly as the sources give it'),
  kind: z.enum(linkKinds).describe('direct: the platform itself gives this address for this purpose; entry-point: a stable page the platform names, from which the reader goes on (e.g. a privacy center); reported: a deep link only reported by others, which may have changed'),
  reportedIn: z
    .number()
    .describe('For a reported link: the year the sources reported it (shown as "direct link reported in <year>")')
    .int('expected a year such as 2025')
    .min(2000, 'expected a year such as 2025')
    .optional(),
  sources: sourcesField,
};
const reportedNeedsYear = (link: { kind: string; reportedIn?: number | undefined }, ctx: z.RefinementCtx) => {
  if (link.kind === 'reported' && link.reportedIn === undefined) {
    ctx.addIssue({ code: 'custom', path: ['reportedIn'], message: 'required for a reported link: the year the sources reported it, e.g. 2025' });
  }
  if (link.kind !== 'reported' && link.reportedIn !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['reportedIn'], message: `only a reported link has a year: remove it, or set kind: reported` });
  }
};

/** A link on a step: its text is drawn from its kind and the guide's action. */
export const stepLinkSchema = z.object(linkFields).strict().superRefine(reportedNeedsYear);

/** A link of the guide's main action: it names what it opens, in every language. */
export const actionLinkSchema = z
  .object({
    ...linkFields,
    name: localizedText('What the link opens, as a reader would name it, e.g. "the Privacy Center" or "the Facebook form"').optional(),
    signIn: z
      .boolean()
      .describe('Whether the page asks the reader to sign in before going on (the note under the main button says so): false for a help page, or a form anyone can open')
      .default(true),
  })
  .strict()
  .superRefine((link, ctx) => {
    reportedNeedsYear(link, ctx);
    if (link.kind !== 'direct' && !link.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: `required for an ${link.kind} link: what it opens, per language, e.g. { en: "the Privacy Center" }` });
    }
  });

/** One place where the reader follows the steps: a website or an app, possibly of one product of the platform. */
export const surfaceSchema = z
  .object({
    id: id('The surface id: the anchor of its list of steps (/#<id>), cited by each step as `surface`. Never change it once published'),
    device: z.enum(devices).describe('web: a website in a browser; app: an app on a phone or tablet'),
    product: text('The product of the platform this surface belongs to, when the platform has several (e.g. "Instagram")').optional(),
    label: localizedText('The tab and heading of its steps, e.g. "In the app (iPhone and Android)"'),
    where: localizedText('How a step position ends, after "Step 2 of 4,", e.g. "in the app" (drawn on the step\'s preview image)', { drawn: true }),
  })
  .strict();

/** A key date: the date the platform announced, and the instant a countdown measures to. */
export const deadlineSchema = z
  .object({
    date: isoDate('The date the platform announced (YYYY-MM-DD). Texts always show this date, never a converted one'),
    instant: isoInstant('What a countdown measures to: the start of that date in the earliest time zone of the regions concerned'),
  })
  .strict();

/** content/<guide>/guide.yaml: the facts that do not depend on the language. */
export const guideSchema = z
  .object({
    draft: z
      .boolean()
      .describe('true keeps the guide unpublished while it is being written (a TODO left anywhere does the same)')
      .default(false),
    platform: drawn(text('The platform as its users name it, e.g. "LinkedIn", shown above every preview title', textLimits.platform)),
    owner: text('The company that controls the platform'),
    deadline: deadlineSchema
      .describe('The key date, when there is one. Leave it out for a guide with no date to wait for ("check this setting now"): no countdown, no calendar, no since/starts sentence')
      .optional(),
    status: z
      .undefined('no longer written: the status follows deadline.instant when the site is built (upcoming before, in force after). Remove this line; if the platform paused or gave up the change, write statusOverride instead')
      .optional(),
    statusOverride: z
      .object({
        status: z.enum(overrideStatuses).describe('paused: the platform has put the change on hold; withdrawn: it has given it up'),
        since: isoDate('The day the platform said so (YYYY-MM-DD)'),
        sources: sourcesField,
      })
      .strict()
      .describe('Only when the platform changes course: this status replaces the one the key date gives')
      .optional(),
    regions: z
      .array(z.enum(['EU', 'EEA', 'CH', 'UK']))
      .describe('Where the change applies and the guide helps')
      .min(1),
    surfaces: z
      .array(surfaceSchema)
      .describe('Where the reader follows the steps (a website, an app, per product), in the order readers choose among them')
      .min(1, 'expected at least one surface, such as the website'),
    action: z
      .object({
        kind: z.enum(actionKinds).describe('setting: the reader switches a setting off; form: the reader submits a request'),
        links: z
          .array(actionLinkSchema)
          .describe('The first is the main button; the others are listed under it with their kind, e.g. direct links reported by the press')
          .min(1, 'expected at least one link: the main button'),
      })
      .strict()
      .describe('What the reader does, and the links that take them there'),
    objectionFormUrl: https('The platform form for objecting to processing the setting does not cover').optional(),
    lastVerified: isoDate('The day an editor last checked every fact against its sources'),
    sources: z.record(id('Source id, cited from entries'), sourceSchema).describe('Every document the guide relies on, by id'),
    updates: z
      .array(
        z
          .object({
            date: isoDate('The day the change was published'),
            summary: localizedText('What changed'),
            anchors: z
              .array(id('Id of a step, section or entry the change concerns'))
              .describe('The steps, sections or entries the change concerns: the feed item links to the first')
              .default([]),
          })
          .strict(),
      )
      .describe('What changed in the guide and when, one feed item each (first publication included)')
      .min(1, 'expected at least one update: the first publication'),
  })
  .strict();

const orderField = z
  .number()
  .describe('Position in its list, starting at 1')
  .int('expected a whole number')
  .positive('expected a number from 1 up');

/** <guide>/<lang>/overview.mdx: the answer first. The body is the one-paragraph summary. */
export const overviewSchema = z
  .object({
    title: drawn(text('The page title, as a reader would search it; it is drawn on the preview image', textLimits.previewTitle)),
    description: text('One sentence for search results (which show about 155 characters) and link previews', textLimits.description),
    sources: sourcesField,
  })
  .strict();

/** <guide>/<lang>/steps/<id>.mdx: one thing the reader does. */
export const stepSchema = z
  .object({
    title: drawn(text('The action, in the imperative, e.g. "Open Settings & Privacy"; it is drawn on the step\'s preview image', textLimits.previewTitle)),
    surface: id('The id of one of the surfaces declared in guide.yaml, e.g. "web" or "instagram-app"'),
    order: orderField,
    labels: z
      .array(text('A label exactly as the platform writes it'))
      .describe("The platform's own UI labels the reader taps in this step, in that order, exactly as the platform writes them in this language (they make the path at a glance)")
      .default([]),
    link: stepLinkSchema.optional().describe('A link that performs or shortcuts this step, with its kind'),
    after: text('What to expect once the step is done: a confirmation, how long it takes, what to do if nothing comes').optional(),
    sources: sourcesField,
  })
  .strict();

/** The step schema of one guide: `surface` must be one of the surfaces its guide.yaml declares. */
export const stepSchemaFor = (surfaceIds: string[]) =>
  surfaceIds.length > 0
    ? stepSchema.extend({
        surface: z.enum(surfaceIds as [string, ...string[]]).describe(`One of the surfaces declared in guide.yaml: ${surfaceIds.join(', ')}`),
      })
    : stepSchema;

/** data/<id>.mdx and exclusions/<id>.mdx: a category of data that is, or is not, used. */
export const dataCategorySchema = z
  .object({
    title: text('The category, e.g. "Profile"', textLimits.heading),
    order: orderField,
    sources: sourcesField,
  })
  .strict();

export const legalSections = ['effects', 'law'] as const;

/** legal/<id>.mdx: what opting out does (effects) and the legal context (law). */
export const legalSchema = z
  .object({
    title: text('A heading that states the point, e.g. "Not retroactive"', textLimits.heading),
    section: z.enum(legalSections).describe('effects: what opting out does and does not do; law: the legal context'),
    order: orderField,
    sources: sourcesField,
  })
  .strict();

/** faq/<id>.mdx: a question readers ask. */
export const faqSchema = z
  .object({
    question: text('The question, as a reader would ask it', textLimits.question),
    order: orderField,
    sources: sourcesField,
  })
  .strict();

/** The events of a timeline, in any order. */
const timelineEvents = z
  .array(
    z
      .object({
        id: id('Stable id of the event: its anchor on the guide page and the id of its feed item. Never rename it once published'),
        date: isoDayOrMonth('When it happened, as precisely as the source dates it: YYYY-MM-DD, or YYYY-MM'),
        text: localizedText('What happened, in one or two sentences that attribute each claim to who made it'),
        sources: sourcesField,
        anchors: z
          .array(id('Id of a step, entry or section of the guide that this event affects'))
          .describe('The steps, entries or sections of the guide this event affects')
          .default([]),
      })
      .strict(),
  )
  .describe('The events, in any order: pages list them by date');

/**
 * content/<guide>/timeline.yaml (optional): what happened since the change was
 * announced, dated and sourced. Language-neutral like guide.yaml, with a text per language.
 */
export const timelineSchema = z
  .object({ events: timelineEvents.min(1, 'expected at least one event (delete the file if the guide has no timeline)') })
  .strict();

/** A guide's timeline as the site holds it: every guide has one, empty when it has no timeline.yaml. */
export const guideTimelineSchema = z.object({ events: timelineEvents }).strict();

export type Guide = z.infer<typeof guideSchema>;
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineEvent = Timeline['events'][number];
export type Source = z.infer<typeof sourceSchema>;
export type Overview = z.infer<typeof overviewSchema>;
export type Step = z.infer<typeof stepSchema>;
export type DataCategory = z.infer<typeof dataCategorySchema>;
export type LegalPoint = z.infer<typeof legalSchema>;
export type FaqItem = z.infer<typeof faqSchema>;
export type Surface = z.infer<typeof surfaceSchema>;
export type ActionLink = z.infer<typeof actionLinkSchema>;
export type StepLink = z.infer<typeof stepLinkSchema>;
export type ActionKind = (typeof actionKinds)[number];
export type Deadline = z.infer<typeof deadlineSchema>;
export type GuideStatus = (typeof guideStatuses)[number];

/**
 * The kinds of entry a guide holds in each language: folder (or file) name,
 * schema, and the fields that must be identical in every language.
 */
export const entryKinds = {
  overview: { schema: overviewSchema, neutral: ['sources'] },
  steps: { schema: stepSchema, neutral: ['surface', 'order', 'link', 'sources'] },
  data: { schema: dataCategorySchema, neutral: ['order', 'sources'] },
  exclusions: { schema: dataCategorySchema, neutral: ['order', 'sources'] },
  legal: { schema: legalSchema, neutral: ['section', 'order', 'sources'] },
  faq: { schema: faqSchema, neutral: ['order', 'sources'] },
} as const;

export type EntryKind = keyof typeof entryKinds;

/** One entry of a guide, its data typed by its kind's schema: `kind` tells which. */
export type EntryData = { [K in EntryKind]: { kind: K; data: z.infer<(typeof entryKinds)[K]['schema']> } }[EntryKind];
