// The prose of a text, as the reader reads it: code, URLs, markup, placeholders
// and passages in another language are blanked out, keeping every offset and
// line break, so that a match points at its place in the source.
import type { Nodes } from 'mdast';
import { parseMdx } from '../content/mdx-body';

/** Same length as the source; what is not prose is spaces (line breaks kept). */
export type Prose = string;

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

// URLs are addresses, i18next {{placeholders}} are filled in later: neither is prose.
const notWords = /\bhttps?:\/\/[^\s<>"»”]*|\{\{[^}]*\}\}/g;

/** A plain text (a YAML or JSON string): everything but URLs and placeholders. */
export const plainProse = (text: string): Prose => text.replace(notWords, blank);

const langOf = (node: Nodes): string | undefined => {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang');
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

/**
 * The prose of an MDX body in `lang`: the text of paragraphs, headings, lists,
 * emphasis and link texts. Code, link targets, JSX tags and attributes, expressions
 * and elements marked in another language (`<span lang="en">`) are blanked.
 * The body is parsed as the build parses it; throws MdxSyntaxError when it is not valid MDX.
 */
export function mdxProse(body: string, lang: string): Prose {
  const tree: Nodes = parseMdx(body);
  const kept = blank(body).split('');
  const visit = (node: Nodes) => {
    const other = langOf(node);
    if (other !== undefined && other !== lang) return;
    if (node.type === 'text' && node.position) {
      const { start, end } = node.position;
      if (start.offset !== undefined && end.offset !== undefined) {
        for (let index = start.offset; index < end.offset; index++) kept[index] = body[index] as string;
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return plainProse(kept.join(''));
}

/** 1-based line of `offset` in `text`. */
export const lineIn = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
