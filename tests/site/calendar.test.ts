// A calendar file is a reminder, offered only while the key date is ahead: never a past
// event, never for a guide without a key date. LinkedIn and Meta are in force, so neither
// offers one. The fixture builds in site-settings.test.ts and guide-shapes.test.ts check
// the file of an upcoming deadline with ical.js, and that it goes once the instant passes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { guideState } from '../../src/lib/guide/status';
import { assertBuilt, distDir, readPage } from '../support/dist';
import { guideFile, publishedGuides } from '../support/guides';

beforeAll(assertBuilt);

it.each(publishedGuides.flatMap((guide) => languages.map((lang) => [lang, guide])))('the %s page of the %s guide offers a calendar file exactly while its key date is ahead', (lang, guide) => {
  const status = readPage(`/${lang}/${guide}/`).querySelector('#deadline')?.getAttribute('data-status');
  // The status the build derived: the one the clock gives now (the build ran moments ago).
  expect(status).toBe(guideState(guideFile(guide!).data, new Date()).status);
  expect(readPage(`/${lang}/${guide}/`).querySelector('a[href$=".ics"]') !== null).toBe(status === 'upcoming');
  expect(existsSync(join(distDir, lang!, guide!, 'deadline.ics'))).toBe(status === 'upcoming');
});

it('the published guides, LinkedIn and Meta, are in force: no calendar file is published', () => {
  for (const guide of ['linkedin', 'meta']) expect(guideState(guideFile(guide).data, new Date()).status).toBe('in-force');
});
