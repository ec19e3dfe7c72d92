// A host installs with `npm ci --omit=dev` (docs/deployers.md): only `dependencies`, so
// that the browsers' drivers, the W3C checker and the other test tools are never fetched
// on a deploy. Every package the build loads must therefore be among `dependencies`:
// what src/ and astro.config.mjs import (type-only imports are erased and need only the
// types), what the CSS imports, and files resolved from a package (the preview fonts).
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|mjs|astro|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

const specifiers = [
  // import x from 'p', import { x } from 'p', export … from 'p', import 'p' (not `import type`)
  /(?:^|[\s;])(?:import|export)\s+(?!type[\s{])(?:[\w$*{},\s]+\sfrom\s+)?['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /@(?:import|plugin)\s+['"]([^'"]+)['"]/g,
  // createRequire(…).resolve('p/file') and helpers named resolve…(`p/…`)
  /\bresolve\w*\(\s*['"`]([^'"`$]+)/g,
];

/** The package a bare specifier names ('@scope/name/deep' → '@scope/name'); undefined for relative paths and Node's own modules. */
function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || specifier.startsWith('node:') || specifier.startsWith('astro:') || builtinModules.includes(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const imported = new Map<string, string>();
for (const file of [...files('src'), 'astro.config.mjs']) {
  const text = readFileSync(join(root, file), 'utf8');
  for (const pattern of specifiers) {
    for (const match of text.matchAll(pattern)) {
      const name = packageOf(match[1]!);
      if (name && !imported.has(name)) imported.set(name, file);
    }
  }
}

it('finds the packages the build imports, in code, CSS and resolved files', () => {
  for (const name of ['astro', '@astrojs/mdx', 'satori', 'tailwindcss', '@fontsource/inter', 'pagefind']) expect([...imported.keys()]).toContain(name);
});

it('every package the build imports is in dependencies, so `npm ci --omit=dev` installs it', () => {
  const missing = [...imported].filter(([name]) => !(name in manifest.dependencies)).map(([name, file]) => `${name} (imported by ${file})`);
  expect(missing).toEqual([]);
});

it('test-only tools stay out of dependencies', () => {
  const testTools = ['vitest', 'playwright-core', 'puppeteer-core', 'webdriverio', 'vnu-jar', 'lighthouse', 'axe-core', 'html-validate', '@astrojs/check', 'typescript'];
  expect(testTools.filter((name) => name in manifest.dependencies)).toEqual([]);
  expect(testTools.filter((name) => !(name in manifest.devDependencies))).toEqual([]);
});

it('the deploy configurations install with --omit=dev', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/deploy-pages.yml'), 'utf8')) as { jobs: { build: { steps: { run?: string }[] } } };
  const runs = workflow.jobs.build.steps.flatMap((step) => (step.run ? [step.run] : []));
  expect(runs.filter((run) => /\bnpm (ci|install|i)\b/.test(run))).toEqual(['npm ci --omit=dev --no-audit --no-fund']);
  expect(runs).toContain('npm run build');
  // Netlify runs its own `npm install` with these flags.
  expect(readFileSync(join(root, 'netlify.toml'), 'utf8')).toMatch(/^\s*NPM_FLAGS = "--omit=dev"$/m);
});
