// The site settings: who publishes the site and where. One file at the top of
// the content (content/site.yaml) that every page, feed, calendar, API document
// and legal notice reads. Fields a deploying publisher must fill may stay empty
// here ("" in the file); the build lists those still empty (toFill below).
import { z } from 'astro/zod';
import { localizedText } from '../languages/localized';
import { normaliseWebUrl, webUrlProblem } from '../validation/web-url';

/** What fits the language chooser's preview image, which shows every language's name and tagline at once. */
export const siteTextLimits = { name: 30, tagline: 90 } as const;

const text = (what: string) => z.string().describe(what).trim();

/** Empty, or an absolute URL (see lib/validation/web-url.ts), stored as the URL parser writes it. */
const optionalUrl = (what: string, httpsOnly: boolean) =>
  text(what)
    .superRefine((value, ctx) => {
      const problem = value === '' ? undefined : webUrlProblem(value, { allowHttp: !httpsOnly });
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem}, or "" until you know it` });
    })
    .overwrite((value) => (value === '' ? value : normaliseWebUrl(value)));

// zod's own check: it refuses what would break out of a mailto: link (`a@b.c"><script>`,
// `a@b.org?cc=…`), which a bare "something@something.tld" pattern let through.
const emailAddress = z.email();

export const siteSettingsSchema = z
  .object({
    // An address that does not parse has its own problem (optionalUrl): the refinement is about the path only.
    url: optionalUrl(
      'The public address of the site, such as https://guides.example.org/: the site must be served at the root of its domain. Required to build for deployment; SITE_URL overrides it',
      false,
    ).refine((value) => !URL.canParse(value) || new URL(value).pathname === '/', 'expected the root of a domain, such as https://guides.example.org/ (the site cannot be served from a sub-folder)'),
    // Both are drawn on preview images.
    name: localizedText("The site's name, shown in every header, title, preview, feed and calendar", { drawn: true, max: siteTextLimits.name }),
    tagline: localizedText("One sentence saying what the site is, for the homes, previews (the title of the site's own preview image, every language's on one card) and feeds", {
      drawn: true,
      max: siteTextLimits.tagline,
    }),
    publisher: z
      .object({
        name: text('Who publishes the site: an association, a newsroom, a person (to fill before deploying)'),
        url: optionalUrl("The publisher's own website (to fill before deploying)", true),
        email: text('An address where readers can reach the publisher, e.g. to report an error (to fill before deploying)').refine(
          (value) => value === '' || emailAddress.safeParse(value).success,
          'expected an email address such as contact@example.org (letters, digits and . _ + - \' before the @, a domain such as example.org after it, nothing else: it becomes a mailto: link), or "" until you know it',
        ),
        country: text('The country the publisher is established in, as an ISO 3166-1 code such as FR (to fill before deploying)').refine(
          (value) => value === '' || /^[A-Z]{2}$/.test(value),
          'expected a two-letter ISO 3166-1 country code in capitals, such as FR, or "" until you know it',
        ),
        address: text("The publisher's postal address, required of publishers in France (LCEN) (to fill before deploying)"),
      })
      .strict()
      .describe('Who publishes the site: the structured data, the legal notice and where readers report an error name them'),
    legal: z
      .object({
        director: text('The publication director (directeur de la publication) required by French law (LCEN): a person (to fill before deploying)'),
        host: z
          .object({
            name: text('Who hosts the site: the company whose servers serve it (to fill before deploying)'),
            address: text("The host's postal address (to fill before deploying)"),
            phone: text("The host's telephone number, required by the LCEN (to fill before deploying)"),
          })
          .strict()
          .describe('Who hosts the site, as the legal notice states it'),
      })
      .strict()
      .describe('What French law (LCEN) requires a publisher to state, shown on the legal notice'),
    repository: optionalUrl("Where the site's source code and content can be read, if public", true),
  })
  .strict();

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Fields a deploying publisher must fill, as dotted paths. */
export const fieldsToFill = [
  'url',
  'publisher.name',
  'publisher.url',
  'publisher.email',
  'publisher.country',
  'publisher.address',
  'legal.director',
  'legal.host.name',
  'legal.host.address',
  'legal.host.phone',
] as const;
export type FieldToFill = (typeof fieldsToFill)[number];

const valueAt = (settings: SiteSettings, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), settings);

/** The fields still empty among those a publisher must fill. */
export const emptyFields = (settings: SiteSettings): FieldToFill[] => fieldsToFill.filter((path) => valueAt(settings, path) === '');
