// What the rest of the site asks of the language registry: which languages are
// built and which published, the default, and where a missing text comes from.
import type { LanguageEntry, Registry } from './schema';

/** A language code from content/languages.yaml. */
export type Lang = string;

export interface Languages {
  /** content/languages.yaml, relative to the project root: where messages send the editor. */
  file: string;
  /** Every language the site builds, drafts included, in the registry's order. */
  all: [Lang, ...Lang[]];
  /** The languages readers are offered: switch, chooser, alternates, sitemap, 404, API. */
  published: Lang[];
  default: Lang;
  isLang: (value: unknown) => value is Lang;
  isDraft: (lang: Lang) => boolean;
  entry: (lang: Lang) => LanguageEntry;
  /** Where `lang` is declared, for messages about it. */
  where: (lang: Lang) => { file: string; line?: number };
  /** Where a text in `lang` is looked for: itself, its fallbacks, the default, then every other language. */
  chain: (lang: Lang) => Lang[];
  /** The languages a page in `lang` names as its versions: the published ones, and itself. */
  alternates: (lang: Lang) => Lang[];
}

/** `registry` has passed readLanguages's checks: every code it names exists. `lineOf` finds a field's line in `file`. */
export function languagesOf(registry: Registry, file: string, lineOf: (path: (string | number)[]) => number | undefined = () => undefined): Languages {
  const entries = new Map(registry.languages.map((entry) => [entry.code, entry]));
  const [first, ...rest] = registry.languages;
  if (!first) throw new Error(`${file} declares no language`);
  const all: [Lang, ...Lang[]] = [first.code, ...rest.map((entry) => entry.code)];
  const published = registry.languages.filter((entry) => !entry.draft).map((entry) => entry.code);
  const isLang = (value: unknown): value is Lang => typeof value === 'string' && entries.has(value);
  const entry = (lang: Lang): LanguageEntry => {
    const found = entries.get(lang);
    if (!found) throw new Error(`unknown language "${lang}": expected one of ${all.join(', ')} (declared in ${file})`);
    return found;
  };
  const chains = new Map(all.map((lang) => [lang, [...new Set([lang, ...entry(lang).fallback, registry.default, ...published, ...all])]]));
  return {
    file,
    all,
    published,
    default: registry.default,
    isLang,
    isDraft: (lang) => entry(lang).draft,
    entry,
    where: (lang) => {
      const line = lineOf(['languages', all.indexOf(lang), 'code']);
      return { file, ...(line ? { line } : {}) };
    },
    // An unknown language has no chain: entry() says so.
    chain: (lang) => chains.get(lang) ?? [entry(lang).code],
    alternates: (lang) => all.filter((other) => other === lang || !entry(other).draft),
  };
}

/** The `lang` attribute a text needs inside a page: none when it is the page's own language. */
export const langAttribute = (text: Lang, page: Lang): Lang | undefined => (text === page ? undefined : text);
