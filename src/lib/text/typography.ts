// French typography, applied to French text only, so that a line never starts with
// punctuation: a no-break space before : and inside « », a narrow no-break space
// before ; ! ? (the Imprimerie nationale's rule, and what French readers expect).
// Apostrophes are not guessed here: texts are written with ’ (tests/site/typography.test.ts).
const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \t\n\u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \t\n\u00a0\u202f]+([:»])/g, `${NBSP}$1`)
    .replace(/«[ \t\n\u00a0\u202f]+/g, `«${NBSP}`);
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
