// Content files are wrapped at about 100 columns, and Markdown keeps those line breaks
// in the text it writes. A browser shows each as a space, so the build writes it as
// one: the same page, and a smaller one, since phrases that recur across lines now
// compress as one (about 300 B gzip on a guide page). Preformatted text keeps its lines.
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Sätteri plugin (Astro's Markdown processor): a source line break in text, with the spaces around it, becomes one space. */
export const sourceLineBreaksPlugin: HastPluginEntry = {
  name: 'optout:source-line-breaks',
  text: (node, ctx) => {
    if (!node.value.includes('\n')) return;
    for (let parent: ReturnType<typeof ctx.parent> = ctx.parent(node); parent; parent = ctx.parent(parent)) {
      if (parent.type === 'element' && parent.tagName === 'pre') return;
    }
    ctx.setField(node, 'value', node.value.replace(/[ \t]*\n[ \t]*/g, ' '));
  },
};
