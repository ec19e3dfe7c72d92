// One copy each of zod (Astro's major) and vite: two majors of zod would let
// schemas from one copy be checked by the other and fail in confusing ways.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
const versions = (name: string) =>
  Object.entries(lock.packages)
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([, entry]) => entry.version);

it.each([
  ['zod', /^3\./],
  ['vite', /^6\./],
])('the lock holds a single %s, of the major Astro 5 uses', (name, major) => {
  const found = versions(name);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(major);
});
