// Typographic quotes in prose: every built page, French and English, is walked and a
// straight apostrophe or double quote in text fails. Code, scripts, styles and attribute
// values (URLs, data for scripts) are not prose and may keep them.
import { parse, type Node } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, builtPages, fileForPath } from '../support/dist';

beforeAll(assertBuilt);

const notProse = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea']);
// Only scripts and styles are raw text: <pre> and <noscript> are parsed, so the prose in them is checked.
const read = (html: string) => parse(html, { blockTextElements: { script: true, style: true } });

/** Straight quotes in the text of `node`, with a few words around each. */
export function straightQuotes(node: Node, found: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      const text = child.text.replace(/\s+/g, ' ');
      for (const match of text.matchAll(/['"]/g)) found.push(text.slice(Math.max(0, match.index - 30), match.index + 30).trim());
    } else if (child.nodeType === 1 && !notProse.has((child as unknown as { rawTagName: string }).rawTagName?.toLowerCase())) {
      straightQuotes(child, found);
    }
  }
  return found;
}

it('finds a straight quote in text, and ignores code, scripts and attributes', () => {
  const page = read(`<p title="it's">It’s “fine”</p><code>a = 'b'</code><script>var a = "b"</script><noscript><p>don't</p><pre>x = 'y'</pre></noscript><a href="/x?q='y'">ok</a>`);
  expect(straightQuotes(page)).toEqual(["don't"]);
});

it('every page is built with typographic apostrophes and quotes in its prose', () => {
  const pages = builtPages();
  expect(pages.filter((path) => path.startsWith('/fr/')).length).toBeGreaterThan(3);
  expect(pages.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(3);
  const problems = pages.flatMap((path) => straightQuotes(read(readFileSync(fileForPath(path), 'utf8'))).map((where) => `${path}: …${where}…`));
  expect(problems).toEqual([]);
});
