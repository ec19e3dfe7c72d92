// Texts written per language in YAML files (surface labels, link names, update
// summaries, timeline texts, the site's name): `{ fr: "…", en: "…" }`. A language
// may lack one, as an MDX entry may lack a translation: pages then show the text of
// the next language of its chain, marked, and the checker warns.
import { z } from 'astro/zod';
import { fieldSchema, layers, type Problem } from '../validation/problems';
import { drawn } from '../fonts/preview-text';
import type { Lang, Languages } from './registry';

const localizedSchemas = new WeakSet<z.ZodType>();

/**
 * A text per language code of content/languages.yaml, at least one: trimmed, within
 * `max` characters when it has a limit, and in characters preview images draw when
 * it is `drawn` on them.
 */
export function localizedText(what: string, options: { drawn?: boolean; max?: number } = {}) {
  const trimmed = z.string().trim().min(1);
  const text = (options.max ? trimmed.max(options.max) : trimmed).describe(`${what}, in that language${options.max ? `. At most ${options.max} characters` : ''}`);
  const schema = z
    .record(z.string(), options.drawn ? drawn(text) : text)
    .refine((texts) => Object.keys(texts).length > 0, 'expected a text in at least one language, such as { en: "…" }')
    .describe(`${what}: one text per language of content/languages.yaml, e.g. { fr: "…", en: "…" }`);
  localizedSchemas.add(schema);
  return schema;
}

export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

const isLocalized = (schema: z.ZodType) => layers(schema).some((layer) => localizedSchemas.has(layer));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface LocalizedField {
  path: (string | number)[];
  texts: LocalizedText;
}

/** Every per-language text in `data` (as parsed, valid or not, against `schema`), with its path. */
export function localizedFields(schema: z.ZodType, data: unknown, path: (string | number)[] = []): LocalizedField[] {
  if (isLocalized(schema)) {
    return isRecord(data) ? [{ path, texts: Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string')) }] : [];
  }
  const children: [string | number, unknown][] = Array.isArray(data) ? data.map((item, index) => [index, item]) : isRecord(data) ? Object.entries(data) : [];
  return children.flatMap(([key, value]) => {
    const child = fieldSchema(schema, key);
    return child ? localizedFields(child, value, [...path, key]) : [];
  });
}

/** The text shown in `lang`: its own, else the first language of its chain that has one. */
export function localize(texts: LocalizedText, lang: Lang, languages: Languages): { text: string; lang: Lang } {
  for (const candidate of languages.chain(lang)) {
    const text = texts[candidate];
    if (text !== undefined) return { text, lang: candidate };
  }
  throw new Error(`no text in any language of ${languages.file} among ${JSON.stringify(texts)}: the content check refuses this`);
}

export interface MissingText {
  file: string;
  line?: number;
  /** Dotted path of the text, e.g. surfaces.1.label. */
  field: string;
  /** The language it is missing in. */
  lang: Lang;
  /** The language readers of `lang` see instead. */
  shown: Lang;
}

/**
 * Per-language texts of one file against the registry: a language it does not know
 * is an error; a language it lacks is listed (a warning, and the translation status).
 */
export function checkLocalized(
  fields: LocalizedField[],
  file: string,
  lineOf: (path: (string | number)[]) => number | undefined,
  languages: Languages,
): { problems: Problem[]; missing: MissingText[] } {
  const problems: Problem[] = [];
  const missing: MissingText[] = [];
  for (const { path, texts } of fields) {
    const written = Object.keys(texts);
    for (const code of written) {
      if (languages.isLang(code)) continue;
      const line = lineOf([...path, code]);
      problems.push({ file, ...(line ? { line } : {}), field: [...path, code].join('.'), message: `unknown language "${code}": expected one of the languages of ${languages.file} (${languages.all.join(', ')})` });
    }
    if (!written.some((code) => languages.isLang(code))) continue;
    for (const lang of languages.all) {
      if (lang in texts) continue;
      const line = lineOf(path);
      missing.push({ file, ...(line ? { line } : {}), field: path.join('.'), lang, shown: localize(texts, lang, languages).lang });
    }
  }
  return { problems, missing };
}

/** A warning for each text a published language lacks (a draft's are only counted in its translation status). */
export const missingTextWarnings = (missing: MissingText[], languages: Languages): Problem[] =>
  missing
    .filter((text) => !languages.isDraft(text.lang))
    .map(({ file, line, field, lang, shown }) => ({
      file,
      ...(line ? { line } : {}),
      field,
      message: `has no ${lang} text: ${lang} pages show the ${shown} one, marked as not yet translated (add ${lang}: "…")`,
    }));
