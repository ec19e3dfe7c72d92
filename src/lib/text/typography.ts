// Each language's typography, from its entry in content/languages.yaml: the build
// turns a typed space next to some marks into a no-break space (French: before : ; ! ?
// and inside « »), so that a line never starts with punctuation. Apostrophes and
// quotation marks are not guessed: texts are written with them (tests/site/typography.test.ts).
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Lang, Languages } from '../languages/registry';
import type { Typography } from '../languages/schema';
import { siteLanguages } from '../languages/site';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const SPACE = '[ \\t\\n\\u00a0\\u202f]+';
const marks = (chars: string) => `[${chars.replace(/[\\\]^-]/g, '\\$&')}]`;

const compiled = new WeakMap<Typography, (text: string) => string>();

/** `text` with the no-break spaces `typography` asks for. */
export function typesetWith(typography: Typography, text: string): string {
  let apply = compiled.get(typography);
  if (!apply) {
    const rules: [RegExp, string][] = [];
    if (typography.narrowNbspBefore) rules.push([new RegExp(`${SPACE}(${marks(typography.narrowNbspBefore)})`, 'g'), `${NNBSP}$1`]);
    if (typography.nbspBefore) rules.push([new RegExp(`${SPACE}(${marks(typography.nbspBefore)})`, 'g'), `${NBSP}$1`]);
    if (typography.nbspAfter) rules.push([new RegExp(`(${marks(typography.nbspAfter)})${SPACE}`, 'g'), `$1${NBSP}`]);
    apply = (input) => rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), input);
    compiled.set(typography, apply);
  }
  return apply(text);
}

/** The registry entry whose rules a text in `lang` follows: the same code, else the same language ("fr-BE" → "fr"). */
function typographyOf(languages: Languages, lang: string): Typography | undefined {
  if (languages.all.includes(lang)) return languages.entry(lang).typography;
  const base = lang.split('-')[0];
  const code = languages.all.find((code) => code.split('-')[0] === base);
  return code ? languages.entry(code).typography : undefined;
}

/** `text`, written in `lang` (a site language, or a source's), typeset by its rules; unchanged for a language the site lacks. */
export function typeset(lang: Lang, text: string): string {
  const typography = typographyOf(siteLanguages().languages, lang);
  return typography ? typesetWith(typography, text) : text;
}

/** Sätteri plugin (Astro's Markdown processor): each content file's text typeset by the rules of its language folder (<guide>/<lang>/…). */
export const typographyPlugin =
  (options: { languages: Languages; contentDir: string }): HastPluginEntry =>
  ({ fileURL }) => {
    const lang = fileURL && relative(resolve(options.contentDir), fileURLToPath(fileURL)).split(sep)[1];
    const typography = lang && options.languages.isLang(lang) ? options.languages.entry(lang).typography : undefined;
    return (
      typography !== undefined && {
        name: `optout:typography-${lang}`,
        text: (node, ctx) => ctx.setField(node, 'value', typesetWith(typography, node.value)),
      }
    );
  };
