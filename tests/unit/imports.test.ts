// The layout rules of the code (README, "Layout"): src/lib/ is plain TypeScript that
// pages, components and the widget use, never the other way round, and its folders
// (one per concern) depend on each other in one direction only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/dist';
import { findCycle, relativeImports } from '../support/import-graph';

const LIB = 'src/lib';
const above = ['src/widget/', 'src/pages/', 'src/components/'];
const upward = (root: string) => relativeImports(root, LIB).filter(({ to }) => above.some((dir) => to.startsWith(dir)));

describe('src/lib', () => {
  const imports = relativeImports(projectRoot, LIB);

  it('is read: every relative import of its files resolves to a file', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.filter(({ to }) => !/\.(ts|mts|json|css|mjs)$/.test(to)).map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('never imports from src/widget/, src/pages/ or src/components/', () => {
    expect(upward(projectRoot).map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('has no cycle between its folders', () => {
    expect(findCycle(LIB, imports)).toBeUndefined();
  });
});

describe('the rules themselves', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const tree = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'imports-'));
    roots.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };

  it('find an upward import, type-only ones included', () => {
    const root = tree({
      'src/widget/data.ts': 'export type Data = { n: number };\n',
      'src/lib/embed/widget-data.ts': "import type { Data } from '../../widget/data';\nexport const d: Data = { n: 1 };\n",
    });
    expect(upward(root)).toEqual([{ from: 'src/lib/embed/widget-data.ts', to: 'src/widget/data.ts' }]);
  });

  it('find a cycle through several folders, and none where imports go one way', () => {
    const root = tree({
      'src/lib/site/read.ts': "import { contentDir } from '../content/location';\nexport const read = contentDir;\n",
      'src/lib/content/location.ts': 'export const contentDir = () => "content";\n',
      'src/lib/content/validate.ts': "import { read } from '../site/read';\nexport const validate = read;\n",
      'src/lib/links.ts': "import { validate } from './content/validate';\nexport const links = validate;\n",
    });
    expect(findCycle(LIB, relativeImports(root, LIB))).toEqual(['content', 'site', 'content']);
    rmSync(join(root, 'src/lib/content/validate.ts'));
    expect(findCycle(LIB, relativeImports(root, LIB))).toBeUndefined();
  });
});
