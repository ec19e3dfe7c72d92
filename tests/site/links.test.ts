// No broken internal link or anchor in the built site; external links are reported.
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, builtSiteUrl, distDir } from '../support/dist';
import { checkLinks } from '../support/link-check';

beforeAll(assertBuilt);

it('every internal link resolves to a file, and every fragment to an id', () => {
  const report = checkLinks(distDir, builtSiteUrl());
  console.log(`${report.checked} links checked; ${report.external.size} external URLs (not fetched):\n${[...report.external.keys()].sort().map((u) => `  ${u}`).join('\n')}`);
  expect(report.checked).toBeGreaterThan(500);
  expect(report.broken, report.broken.join('\n')).toEqual([]);
});
