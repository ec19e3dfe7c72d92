// MDX is code: a body can import modules, run expressions and render any element
// at build time. Guide text needs none of that, so every body is compiled here
// with the compiler and Markdown features of Astro's MDX integration (Sätteri, with
// GFM; smart punctuation off, as in astro.config.mjs), and only Markdown plus the
// few elements listed below are accepted. Links are returned for the cross-file
// checks (anchors must exist).
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { mdxToJs, mdxToMdast, type Features } from 'satteri';
import { webUrlProblem } from '../validation/web-url';

/**
 * The elements guide text may use, with the attributes each may carry. Content
 * uses no components; `span lang` marks a quotation in another language, `sup`
 * an ordinal (1<sup>er</sup>). Everything else is written in Markdown.
 */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
  span: ['lang', 'dir'],
  sup: [],
  sub: [],
  abbr: ['title', 'lang'],
};

const markdownInstead = 'write it in Markdown (**bold**, *italic*, lists, [a link](https://…))';
const elementList = Object.keys(allowedElements).map((name) => `<${name}>`).join(', ');
/** Elements refused with their own reason, because each is a known way in. */
const refusedElements: Record<string, string> = {
  script: 'is code, and guide text cannot run code: delete it and describe the step in words',
  iframe: 'loads another page into this one: link to it instead, with [text](https://…)',
  frame: 'loads another page into this one: link to it instead, with [text](https://…)',
  object: 'loads another document into this one: link to it instead, with [text](https://…)',
  embed: 'loads another document into this one: link to it instead, with [text](https://…)',
  style: 'restyles the page: the site styles all text; delete it',
  link: 'loads a file from elsewhere: delete it',
  meta: 'changes how the page behaves (a refresh can send readers elsewhere): delete it',
  base: 'changes where every link of the page leads: delete it',
  form: 'sends what readers type elsewhere: link to the platform’s own form instead',
  a: `is written in Markdown here, so that its address is checked: [text](https://…) or [text](#anchor)`,
  img: 'images are not part of guide text (they would load from another site): describe what the reader sees in words',
};

export interface BodyLink {
  url: string;
  line: number;
}

export interface BodyProblem {
  line: number;
  message: string;
}

export interface BodyCheck {
  problems: BodyProblem[];
  links: BodyLink[];
}

const features: Features = { gfm: true, smartPunctuation: false };

type Position = Nodes['position'];

/** What is wrong with a link of a body, before anchors are known. */
export function bodyLinkProblem(url: string): string | undefined {
  if (url.startsWith('#')) return url.length > 1 ? undefined : 'expected an anchor after "#", such as #web-switch-off';
  if (/^mailto:/i.test(url)) {
    return /^mailto:[^\s@"<>\\?&]+@[^\s@"<>\\?&]+\.[^\s@"<>\\?&]+$/i.test(url) ? undefined : 'expected mailto: followed by one email address, such as mailto:dpo@example.org';
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript') return `a ${scheme}: link runs code: link to an https:// page, or to an #anchor of this guide`;
  if (scheme === 'data') return 'a data: link carries a whole document of its own: link to an https:// page, or to an #anchor of this guide';
  if (!scheme) return `"${url}" is not an address readers of every page can follow: write a full https:// address, or an #anchor of this guide`;
  return webUrlProblem(url);
}

function jsxProblems(node: MdxJsxFlowElement | MdxJsxTextElement): string[] {
  const name = node.name;
  if (name === null) return ['an empty element <>…</> is not needed: delete the <> and </>'];
  const allowed = allowedElements[name];
  if (!allowed) {
    const reason = refusedElements[name.toLowerCase()];
    if (reason) return [`<${name}> ${reason}`];
    return /^[a-z]/.test(name) && !name.includes('.')
      ? [`<${name}> is not an element guide text may use (only ${elementList}): ${markdownInstead}`]
      : [`unknown component <${name}>: guide text uses no components, only Markdown and ${elementList}; ${markdownInstead}`];
  }
  const problems: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`{${attribute.value}} on <${name}> is code: write each attribute as name="value"`);
      continue;
    }
    const attr = attribute.name;
    if (/^on/i.test(attr)) problems.push(`the event handler ${attr}= on <${name}> runs code: delete it`);
    else if (attr.toLowerCase() === 'style') problems.push(`the inline style= on <${name}> is not allowed: the site styles all text; delete it (use **bold** or *italic* for emphasis)`);
    else if (!allowed.includes(attr)) problems.push(`the attribute ${attr}= is not allowed on <${name}>: ${allowed.length ? `it may carry only ${allowed.map((a) => `${a}=`).join(', ')}` : 'it takes no attribute'}`);
    else if (attribute.value !== null && typeof attribute.value === 'object') problems.push(`${attr}={${attribute.value.value}} on <${name}> is code: write ${attr}="…" with the value itself`);
  }
  return problems;
}

/** Problems of one node (children are walked by the caller). */
function nodeProblems(node: Nodes, links: BodyLink[], lineOf: (position: Position) => number): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [`import and export are code, run when the site is built: delete the line (guide text uses no components, only Markdown and ${elementList})`];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // Even a {/* comment */}: it would reach the API's plain text as it is.
      return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
        ? [`{${node.value}} is a comment, which would be published in the API's plain text: delete it`]
        : [`{${node.value}} is a JavaScript expression, run when the site is built: write the text itself (a literal brace is written \\{)`];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblems(node);
    case 'image':
    case 'imageReference':
      return [refusedElements['img'] as string];
    case 'link':
    case 'definition': {
      links.push({ url: node.url, line: lineOf(node.position) });
      const problem = bodyLinkProblem(node.url);
      return problem ? [`link to "${node.url}": ${problem}`] : [];
    }
    default:
      return [];
  }
}

/** A body that is not valid MDX: what the compiler says, at which line of the body. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'MdxSyntaxError';
    this.line = line;
  }
}

/** The Markdown tree of a body, parsed as Astro's MDX integration parses it; throws MdxSyntaxError. */
export function parseMdx(body: string): Root {
  try {
    return mdxToMdast(body, { features });
  } catch (error) {
    // "2:1: Expected a closing tag for `<div>` (2:1) (mdx-jsx:unexpected-character)"
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', what = message] = /^(\d+):\d+: ([\s\S]*?)(?: \(\d+:\d+(?:-\d+:\d+)?\))?(?: \([\w:-]+\))?$/.exec(message) ?? [];
    throw new MdxSyntaxError(what, Number(line));
  }
}

/** Compiles an MDX body whose first line is line `firstLine` of its file. */
export function checkMdxBody(body: string, firstLine: number): BodyCheck {
  const lineOf = (position: Position) => (position?.start?.line ?? 1) + firstLine - 1;
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return {
      problems: [{ line: error.line + firstLine - 1, message: `MDX syntax: ${error.message} (in MDX, < and { start an element or code: write \\< or \\{ for the characters themselves)` }],
      links: [],
    };
  }
  const problems: BodyProblem[] = [];
  const links: BodyLink[] = [];
  const walk = (node: Nodes) => {
    for (const message of nodeProblems(node, links, lineOf)) problems.push({ line: lineOf(node.position), message });
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  if (problems.length) return { problems, links };
  // The rest of the compiler (Markdown to HTML to JavaScript), as the build will run it.
  try {
    mdxToJs(body, { features, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  } catch (error) {
    problems.push({ line: firstLine, message: `MDX: ${error instanceof Error ? error.message : String(error)}` });
  }
  return { problems, links };
}
