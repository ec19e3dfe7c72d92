// content/glossary.yaml: the glossary as rules that `npm run check` and the build
// enforce, one block per language. GLOSSARY.md, the page editors read, is
// generated from it (npm run glossary).
import { z } from 'astro/zod';
import { idPattern } from '../content/schemas';

const phrase = (what: string) => z.string().trim().min(1).describe(what);
const phrases = (what: string) => z.array(phrase(what)).min(1).describe(what);
const id = (what: string) => z.string().regex(idPattern, 'expected a kebab-case id such as "object"').describe(what);

export const quotePairSchema = z
  .object({
    open: z.string().length(1, 'expected one character').describe('The opening quotation mark, e.g. «'),
    close: z.string().length(1, 'expected one character').describe('The closing quotation mark, e.g. »'),
  })
  .strict();

export const notionSchema = z
  .object({
    id: id('Stable id of the notion, cited by each language’s `terms` and `avoid`'),
    notion: phrase('The notion, in a few words, e.g. "Saying no to the processing"'),
    note: phrase('What editors need to know about it, in every language (shown in the Notes column)').optional(),
  })
  .strict();

export const avoidSchema = z
  .object({
    term: phrase('The word or phrase to avoid, as the glossary names it, e.g. "opt out"'),
    forms: phrases('Every form the check looks for (conjugations, plurals, spellings); defaults to the term alone').optional(),
    matchCase: z
      .boolean()
      .default(false)
      .describe('true when only this exact case is wrong (e.g. "data protection authority", not the proper name "Data Protection Authority")'),
    notion: id('The notion it is a wrong word for: an id from `notions`'),
    use: phrase('What to write instead, when it is not the language’s term for the notion').optional(),
    why: phrase('Why, in a few words (shown in the message and on the page)').optional(),
  })
  .strict();

export const labelSchema = z
  .object({
    label: phrase('The one spelling of the interface label this guide quotes in this language, e.g. "Privacy Center"'),
    variants: z
      .array(phrase('Another spelling of the same label'))
      .default([])
      .describe('Other spellings the check refuses, found in any case, e.g. "Privacy Centre"; list one that differs only in case to make the case binding (the label exactly as given is always accepted)'),
    note: phrase('Why, or where the other spelling comes from (shown on the page)').optional(),
  })
  .strict();

export const readersSchema = z
  .object({
    readers: phrase('Who they are, for messages: e.g. "UK readers"'),
    named: phrases('Words that name them or their country: a page that says one of them is addressed to them, e.g. "UK", "British"'),
    law: phrase('Their law, as the guide names it, e.g. "the UK GDPR"'),
    forms: phrases('The ways of writing that law the check accepts as naming it, e.g. "UK GDPR"'),
  })
  .strict();

export const lawSchema = z
  .object({
    general: phrase('The law the guides cite for the EU, e.g. "the GDPR"'),
    forms: phrases('Its forms in the text, e.g. "GDPR"; one that is part of a regional law (UK GDPR) does not count'),
    scope: z
      .array(phrase('e.g. "EU"'))
      .default([])
      .describe('Words that limit a citation to where the general law applies ("In the EU, …"): a sentence that says one of them, and does not name the readers, cites it for others'),
    readers: z.array(readersSchema).min(1).describe('Readers who have their own law: a page that names them and cites the general law names theirs too'),
  })
  .strict();

export const languageGlossarySchema = z
  .object({
    name: phrase('The language’s name in itself, the heading of its column, e.g. "Français"'),
    terms: z
      .record(z.string(), phrase('The term, e.g. "object, objection"'))
      .default({})
      .describe('The term for each notion, by notion id'),
    avoid: z.array(avoidSchema).default([]).describe('Words the check refuses outside quotation marks, each with what to write instead'),
    labels: z
      .record(z.string(), z.array(labelSchema))
      .default({})
      .describe('Per guide id: the one spelling of each interface label the guide quotes in this language'),
    law: lawSchema.optional().describe('Never the general law alone to readers who have their own'),
    typography: z.array(phrase('One rule, in Markdown')).default([]).describe('This language’s typography, shown on the page'),
  })
  .strict();

export const glossarySchema = z
  .object({
    intro: phrase('The opening paragraph of GLOSSARY.md, in Markdown'),
    quotes: z
      .array(quotePairSchema)
      .min(1)
      .describe('Quotation marks of every language: words between them are quotations, exempt from `avoid`'),
    notions: z.array(notionSchema).min(1).describe('The notions, in the order of the table'),
    typography: z.array(phrase('One rule, in Markdown')).default([]).describe('Typography rules shared by every language'),
    languages: z
      .record(z.string(), languageGlossarySchema)
      .describe('One block per language code of content/languages.yaml; a language without a block has no rules'),
  })
  .strict()
  .superRefine((glossary, ctx) => {
    const notions = glossary.notions.map((n) => n.id);
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    glossary.notions.forEach((notion, index) => {
      if (notions.indexOf(notion.id) !== index) issue(['notions', index, 'id'], `duplicate notion id "${notion.id}"`);
    });
    const known = `expected one of the notion ids: ${notions.join(', ')}`;
    for (const [lang, block] of Object.entries(glossary.languages)) {
      for (const notion of Object.keys(block.terms)) {
        if (!notions.includes(notion)) issue(['languages', lang, 'terms', notion], `a term for an unknown notion "${notion}": ${known}`);
      }
      block.avoid.forEach((rule, index) => {
        if (!notions.includes(rule.notion)) issue(['languages', lang, 'avoid', index, 'notion'], `unknown notion: ${known}`);
        else if (!rule.use && !block.terms[rule.notion]) {
          issue(['languages', lang, 'avoid', index], `say what to write instead of "${rule.term}": add \`use\`, or a term for "${rule.notion}" in \`terms\``);
        }
      });
      for (const guide of Object.keys(block.labels)) {
        if (!idPattern.test(guide)) issue(['languages', lang, 'labels', guide], `expected a guide id (a kebab-case folder name such as "meta"), received "${guide}"`);
      }
    }
  });

export type Glossary = z.infer<typeof glossarySchema>;
export type LanguageGlossary = z.infer<typeof languageGlossarySchema>;
export type AvoidRule = z.infer<typeof avoidSchema>;
export type LabelRule = z.infer<typeof labelSchema>;
export type LawRule = z.infer<typeof lawSchema>;
export type QuotePair = z.infer<typeof quotePairSchema>;
