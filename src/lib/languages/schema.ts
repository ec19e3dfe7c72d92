// content/languages.yaml: the site's languages. Routes, content folders, UI strings,
// dates, typography, feeds, the API, the sitemap and the checks all follow it.
import { z } from 'astro/zod';

/** The site's top-level folders: a language code cannot take one (its pages live at /{code}/). */
export const reservedCodes = ['og', 'api', 'embed', 'pagefind'] as const;

const isCanonical = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
};

const languageTag = (what: string) =>
  z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "de", "fr" or "pt-BR"')
    .refine(isCanonical, 'expected a valid BCP 47 language tag in its canonical form, such as "de" or "pt-BR"')
    .describe(what);

/** Marks the build turns a typed space into a no-break space next to (empty: none). */
const marks = (what: string) => z.string().default('').describe(what);

const typographySchema = z
  .object({
    quotes: z
      .tuple([z.string().min(1), z.string().min(1)])
      .describe('The quotation marks texts in this language use, opening then closing, e.g. ["„", "“"] in German'),
    nbspBefore: marks('Marks a typed space before becomes a no-break space (U+00A0), e.g. ":»" in French'),
    narrowNbspBefore: marks('Marks a typed space before becomes a narrow no-break space (U+202F), e.g. ";!?" in French'),
    nbspAfter: marks('Marks a typed space after becomes a no-break space (U+00A0), e.g. "«" in French'),
  })
  .strict();

const languageSchema = z
  .object({
    code: languageTag('The language tag (BCP 47): its pages are at /{code}/, its texts in content/<guide>/{code}/ and locales/{code}.json'),
    name: z.string().min(1).describe('The language\'s name in itself, as the language switch shows it, e.g. "Deutsch"'),
    locale: languageTag('The locale dates, numbers and lists are written in, e.g. "de-DE" or "en-GB"'),
    typography: typographySchema.describe('Quotation marks and the no-break spaces the build adds'),
    fallback: z
      .array(z.string())
      .default([])
      .describe('Where a text not yet translated into this language is taken from, in order, e.g. [en, fr]; the default language and then every other one follow'),
    draft: z
      .boolean()
      .default(false)
      .describe('true while its editors translate it: its pages are built but nothing links to them and search engines are asked not to index them'),
  })
  .strict();

export const registrySchema = z
  .object({
    default: z.string().min(1).describe('The code of the default language: the chooser, the 404 page and the widget speak it when nothing else fits'),
    languages: z.array(languageSchema).nonempty('expected at least one language').describe('Every language of the site, in the order the language chooser and switch list them'),
  })
  .strict();

export type Typography = z.infer<typeof typographySchema>;
export type LanguageEntry = z.infer<typeof languageSchema>;
export type Registry = z.infer<typeof registrySchema>;
