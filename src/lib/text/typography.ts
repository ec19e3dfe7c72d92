// French typography, applied to French text only, so that a line never starts with
// punctuation: a no-break space before : and inside « », a narrow no-break space
// before ; ! ? (the Imprimerie nationale's rule, and what French readers expect).
// Apostrophes are not guessed here: texts are written with ’ (tests/site/typography.test.ts).
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \t\n\u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \t\n\u00a0\u202f]+([:»])/g, `${NBSP}$1`)
    .replace(/«[ \t\n\u00a0\u202f]+/g, `«${NBSP}`);
}

export const typeset = (lang: string, text: string): string => (lang === 'fr' ? frenchSpacing(text) : text);

/** Sätteri plugin (Astro's Markdown processor): French spacing in the text of content files under a `fr/` folder. */
export const frenchSpacingPlugin: HastPluginEntry = ({ fileURL }) =>
  fileURL !== undefined && /\/fr\//.test(fileURL.pathname) && {
    name: 'optout:french-spacing',
    text: (node, ctx) => ctx.setField(node, 'value', frenchSpacing(node.value)),
  };
