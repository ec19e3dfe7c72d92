// One copy each of zod (Astro's) and vite: two copies of zod would let schemas
// from one be checked by the other and fail in confusing ways.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
const copies = (name: string) =>
  Object.entries(lock.packages)
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([path, entry]) => ({ path, version: entry.version }));

it('the lock holds a single zod 4, shared by Astro, its integrations and the schemas', () => {
  const zod4 = copies('zod').filter(({ version }) => version?.startsWith('4.'));
  expect(zod4.map(({ path }) => path)).toEqual(['node_modules/zod']);
  // puppeteer-core 24 (Firefox ESR's driver, tests only) brings chromium-bidi's own zod 3, which no schema reaches.
  expect(copies('zod').filter(({ version }) => !version?.startsWith('4.')).map(({ path }) => path)).toEqual(['node_modules/chromium-bidi/node_modules/zod']);
});

it('the lock holds a single vite, of the major Astro 7 uses', () => {
  const found = copies('vite');
  expect(found).toHaveLength(1);
  expect(found[0]?.version).toMatch(/^8\./);
});

it('code reaches zod through astro/zod only, so its version is always Astro\'s', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|mjs|astro)$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  const direct = [...files('src'), ...files('tests')].filter((file) => /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(join(root, file), 'utf8')));
  expect(direct).toEqual([]);
});
