// The documentation stays true to the repository: every relative link in README.md,
// CONTRIBUTING.md and docs/**/*.md leads to a file that exists and, for #anchors, to a
// heading of that file (GitHub's anchors); every `npm run …` they name is a script of
// package.json; the layout in CONTRIBUTING.md names only folders and files that exist,
// and every folder of the tree a contributor opens.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

const markdownFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
const documents = ['README.md', 'CONTRIBUTING.md', ...markdownFiles('docs')];

const walk = (node: Nodes, visit: (node: Nodes) => void) => {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
};
const textOf = (node: Nodes): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '');

interface Link {
  url: string;
  line: number;
}

function parse(file: string): { links: Link[]; anchors: Set<string> } {
  const tree = markdownToMdast(readFileSync(join(root, file), 'utf8')) as Nodes;
  const links: Link[] = [];
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
  });
  return { links, anchors };
}

const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

/** What is wrong with `url` written in `file`, if anything. */
function brokenLink(file: string, url: string): string | undefined {
  const [path = '', anchor] = url.split('#');
  const target = path === '' ? file : join(dirname(file), decodeURIComponent(path));
  if (relative(root, join(root, target)).startsWith('..')) return `${url} leads out of the repository`;
  if (!existsSync(join(root, target))) return `${url}: no file ${target}`;
  if (anchor === undefined) return undefined;
  if (!target.endsWith('.md')) return `${url}: an anchor into a file that is not Markdown`;
  return parse(target).anchors.has(anchor) ? undefined : `${url}: no heading with the anchor #${anchor} in ${target}`;
}

describe('relative links in the documentation', () => {
  it.each(documents)('%s: every relative link resolves', (file) => {
    const { links } = parse(file);
    const broken = links.filter(({ url }) => isRelative(url)).flatMap(({ url, line }) => {
      const problem = brokenLink(file, url);
      return problem ? [`${file}:${line}  ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('the README links to a page for each audience', () => {
    const linked = new Set(parse('README.md').links.map(({ url }) => url.split('#')[0]));
    for (const page of ['docs/editors.md', 'docs/translators.md', 'docs/embedders.md', 'docs/reusers.md', 'docs/deployers.md', 'CONTRIBUTING.md']) expect(linked, page).toContain(page);
  });

  it('finds a broken file and a broken anchor', () => {
    expect(brokenLink('README.md', 'docs/nope.md')).toBe('docs/nope.md: no file docs/nope.md');
    expect(brokenLink('README.md', 'CONTRIBUTING.md#no-such-heading')).toBe('CONTRIBUTING.md#no-such-heading: no heading with the anchor #no-such-heading in CONTRIBUTING.md');
    expect(brokenLink('docs/editors.md', '../README.md')).toBeUndefined();
  });
});

/** The paths the layout block names: `name/` at the left, nested two spaces per level. */
function layoutPaths(): string[] {
  const text = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  const block = /## Repository layout\n[\s\S]*?```\n([\s\S]*?)```/.exec(text)?.[1];
  if (!block) throw new Error('CONTRIBUTING.md has no "Repository layout" section with a code block');
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)(\S+)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    // A continuation of the description above, aligned under it.
    if (!Number.isInteger(depth) || depth > parents.length) continue;
    parents.length = depth;
    const path = [...parents, match[2]!].join('');
    paths.push(path);
    if (path.endsWith('/')) parents.push(match[2]!);
  }
  return paths;
}

describe('the repository layout in CONTRIBUTING.md', () => {
  const named = layoutPaths();

  it('names only folders and files that exist', () => {
    expect(named.length).toBeGreaterThan(20);
    const missing = named.filter((path) => !existsSync(join(root, path)) || (path.endsWith('/') && !statSync(join(root, path)).isDirectory()));
    expect(missing).toEqual([]);
  });

  it('names every folder of the repository, src/, src/lib/ and tests/', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
    const folders = new Set(
      tracked.flatMap((file) => {
        const parts = file.split('/').slice(0, -1);
        const depth = parts[0] === 'src' && parts[1] === 'lib' ? 3 : parts[0] === 'src' || parts[0] === 'tests' ? 2 : 1;
        return parts.length >= depth ? [`${parts.slice(0, depth).join('/')}/`] : [];
      }),
    );
    // A folder is named by itself or by a path inside it (".github/workflows/").
    const unnamed = [...folders].filter((folder) => !named.some((path) => path.startsWith(folder)));
    expect(unnamed).toEqual([]);
  });
});

describe('commands in the documentation', () => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it.each(documents)('%s names only scripts package.json has', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const named = [...text.matchAll(/\bnpm (?:run (?:-s |--silent )?([a-z][\w:-]*)|(start|test)\b)/g)].map((match) => match[1] ?? match[2]!);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });
});
