// Every text a reader sees, in its language, with where it comes from: the MDX
// entries (body and language-specific front matter), the per-language texts of
// guide.yaml, timeline.yaml and site.yaml, and the UI strings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, Languages } from '../languages/registry';
import { entryKinds } from '../content/schemas';
import type { Entry, ReadResult } from '../content/read';
import { parseYaml } from '../validation/yaml';
import { MdxSyntaxError } from '../content/mdx-body';
import { lineIn, mdxProse, plainProse, type Prose } from './prose';

export interface GlossaryText {
  file: string;
  field: string;
  lang: string;
  /** The guide it belongs to: its labels are checked against that guide's spellings. */
  guide?: string;
  /** Texts shown together share a page (an entry's body and title): the law rule reads a page whole. */
  page: string;
  /** `prose` for words we write; `label` for a platform's label listed in a step (its own words). */
  kind: 'prose' | 'label';
  prose: Prose;
  /** The line of the file where the character at `offset` of `prose` stands. */
  lineAt: (offset: number) => number | undefined;
}

type LineOf = (path: (string | number)[]) => number | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A YAML or JSON value as one text. A value written over several lines keeps its
 * line breaks only in block scalars: other matches point at the line it starts on.
 */
function valueText(file: string, path: (string | number)[], lang: string, value: string, lineOf: LineOf, rest: Pick<GlossaryText, 'page' | 'kind'> & { guide?: string }): GlossaryText {
  const start = lineOf(path);
  return {
    file,
    field: path.join('.'),
    lang,
    ...rest,
    prose: plainProse(value),
    lineAt: (offset) => (start === undefined ? undefined : start + lineIn(value, offset) - 1),
  };
}

function entryTexts(entry: Entry): GlossaryText[] {
  const texts: GlossaryText[] = [];
  const page = entry.file;
  const base = { file: entry.file, lang: entry.lang, guide: entry.guide, page };
  try {
    const prose = mdxProse(entry.body, entry.lang);
    texts.push({ ...base, field: 'body', kind: 'prose', prose, lineAt: (offset) => entry.bodyLine + lineIn(entry.body, offset) - 1 });
  } catch (error) {
    // Reported once, with its line, by the content check (lib/content/mdx-body.ts); no words to check.
    if (!(error instanceof MdxSyntaxError)) throw error;
  }
  // Language-neutral fields (surface, order, sources…) are ids; every other text field is written for readers.
  const neutral: readonly string[] = entryKinds[entry.kind].neutral;
  for (const [field, value] of Object.entries(entry.data)) {
    if (neutral.includes(field)) continue;
    if (typeof value === 'string') texts.push(valueText(entry.file, [field], entry.lang, value, entry.lineOf, { page, kind: 'prose', guide: entry.guide }));
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') texts.push(valueText(entry.file, [field, index], entry.lang, item, entry.lineOf, { page, kind: 'label', guide: entry.guide }));
      });
    }
  }
  return texts;
}

/** The per-language texts of a language-neutral YAML file: every `{ fr: "…", en: "…" }`. */
function perLanguageTexts(file: string, data: unknown, lineOf: LineOf, isLanguageCode: (key: string) => boolean, guide?: string): GlossaryText[] {
  const texts: GlossaryText[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    if (!isRecord(value)) return;
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every(isLanguageCode) && keys.every((key) => typeof value[key] === 'string')) {
      for (const lang of keys) {
        const field = [...path, lang];
        texts.push(valueText(file, field, lang, value[lang] as string, lineOf, { page: `${file}#${path.join('.')}`, kind: 'prose', ...(guide ? { guide } : {}) }));
      }
      return;
    }
    for (const key of keys) walk(value[key], [...path, key]);
  };
  walk(data, []);
  return texts;
}

/** The UI strings of `lang` (its locale file, relative to `root`), each one its own page. */
function localeTexts(root: string, lang: string, file: string): GlossaryText[] {
  const abs = join(root, file);
  if (!existsSync(abs)) return [];
  const parsed = parseYaml(readFileSync(abs, 'utf8'), 1);
  const texts: GlossaryText[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') texts.push(valueText(file, path, lang, value, parsed.lineOf, { page: `${file}#${path.join('.')}`, kind: 'prose' }));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(parsed.data, []);
  return texts;
}

export interface SiteTexts {
  file: string;
  data: unknown;
  lineOf: LineOf;
}

/**
 * Every text of the content, plus each language's UI strings (`localeFiles`, relative
 * to `root`: the generator's, or the content folder's own). An MDX body that does
 * not parse gives no text (the content check reports it).
 */
export function glossaryTexts(
  content: Pick<ReadResult, 'entries' | 'guides' | 'timelines'>,
  site: SiteTexts | undefined,
  root: string,
  languages: Languages,
  localeFiles: Record<Lang, string>,
): GlossaryText[] {
  const isLanguageCode = (key: string) => languages.isLang(key);
  return [
    ...content.entries.flatMap((entry) => entryTexts(entry)),
    ...content.guides.flatMap((g) => perLanguageTexts(g.file, g.data, g.lineOf, isLanguageCode, g.guide)),
    ...content.timelines.flatMap((t) => perLanguageTexts(t.file, t.data, t.lineOf, isLanguageCode, t.guide)),
    ...(site ? perLanguageTexts(site.file, site.data, site.lineOf, isLanguageCode) : []),
    ...Object.entries(localeFiles).flatMap(([lang, file]) => localeTexts(root, lang, file)),
  ];
}
