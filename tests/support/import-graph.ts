// The relative imports of a source tree, as TypeScript reads them (type-only imports
// included: they couple the folders too), for the layering rules of tests/unit/imports.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface Import {
  /** Both paths relative to the project root, with forward slashes. */
  from: string;
  to: string;
}

const posix = (path: string) => path.split(sep).join('/');
const sourceFile = /\.(ts|mts|tsx|astro)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : sourceFile.test(name) ? [path] : [];
    });
}

/** Where a relative specifier leads: the file itself, or the .ts (or index.ts) it names without extension. */
function target(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return ['', '.ts', '.mts', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile()) ?? base;
}

/** Every relative import of the files under `dir` (relative to `root`). */
export function relativeImports(root: string, dir: string): Import[] {
  return filesUnder(join(root, dir)).flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from: posix(relative(root, file)), to: posix(relative(root, target(file, specifier))) })),
  );
}

/** The folder (or top-level file, without extension) of `dir` that `path` is in. */
export const unitOf = (dir: string, path: string): string => (path.slice(dir.length + 1).split('/')[0] ?? '').replace(/\.[^.]+$/, '');

/** A cycle between the units of `dir` (its folders and top-level files), as a path of units, or undefined. */
export function findCycle(dir: string, imports: Import[]): string[] | undefined {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!to.startsWith(`${dir}/`)) continue;
    const [a, b] = [unitOf(dir, from), unitOf(dir, to)];
    if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  const done = new Set<string>();
  const visit = (unit: string, path: string[]): string[] | undefined => {
    const seen = path.indexOf(unit);
    if (seen !== -1) return [...path.slice(seen), unit];
    if (done.has(unit)) return undefined;
    for (const next of edges.get(unit) ?? []) {
      const cycle = visit(next, [...path, unit]);
      if (cycle) return cycle;
    }
    done.add(unit);
    return undefined;
  };
  for (const unit of [...edges.keys()].sort()) {
    const cycle = visit(unit, []);
    if (cycle) return cycle;
  }
  return undefined;
}
