import { defineConfig } from 'vitest/config';

// Three projects, by speed: `npm run test:unit` (no build), `test:site` (the real build and
// fixture builds, no browser), `test:e2e` (browsers). `npm test` runs the three in that order.
// Unit and site files run two at a time (2-core machines): each fixture build has its own
// folder and cache, each server its own free port. Browser files run one at a time: three
// engines and a page's timers share the cores badly.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'], maxWorkers: 2, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], maxWorkers: 2, sequence: { groupOrder: 2 } } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], maxWorkers: 1, sequence: { groupOrder: 3 } } },
    ],
  },
});
