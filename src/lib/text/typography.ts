// French typography: a no-break space before : ; ! ? » and after «, so that a
// line never starts with the punctuation. Applied to French text only.
const NBSP = '\u00a0';

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \t\n]+([:;!?»])/g, `${NBSP}$1`)
    .replace(/«[ \t\n]+/g, `«${NBSP}`);
}

export const typeset = (lang: string, text: string): string => (lang === 'fr' ? frenchSpacing(text) : text);

interface TextNode {
  type: string;
  value?: string;
  children?: TextNode[];
}

/** Rehype plugin: French spacing in the text of content files under a `fr/` folder. */
export function rehypeFrenchSpacing() {
  return (tree: TextNode, file: { path?: string }) => {
    if (!file.path || !/[\\/]fr[\\/]/.test(file.path)) return;
    const visit = (node: TextNode) => {
      if (node.type === 'text' && node.value) node.value = frenchSpacing(node.value);
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
