// A calendar file is a reminder, offered only while the deadline is ahead: the
// LinkedIn change is in force, so neither page offers one. The fixture build in
// site-settings.test.ts checks the file of an upcoming deadline with ical.js.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { offersCalendar } from '../../src/lib/calendar/offer';
import { languages } from '../../src/i18n/languages';
import { assertBuilt, distDir, readPage } from '../support/dist';
import { guideFile, publishedGuides } from '../support/guides';

beforeAll(assertBuilt);

// Both published guides are in force (LinkedIn since 3 November 2025, Meta since 27 May 2025).
it.each(publishedGuides.flatMap((guide) => languages.map((lang) => [lang, guide])))('the %s page of the %s guide, in force, offers no calendar event, and none is published', (lang, guide) => {
  expect(guideFile(guide!).data.status).toBe('in-force');
  expect(readPage(`/${lang}/${guide}/`).querySelector('a[href$=".ics"]')).toBeNull();
  expect(existsSync(join(distDir, lang!, guide!, 'deadline.ics'))).toBe(false);
});

describe('offersCalendar', () => {
  const deadline = { date: '2030-01-10', instant: '2030-01-09T23:00:00Z' };
  it('offers a reminder only for an upcoming deadline still ahead', () => {
    expect(offersCalendar({ status: 'upcoming', deadline }, new Date('2030-01-09T22:59:59Z'))).toBe(true);
    expect(offersCalendar({ status: 'upcoming', deadline }, new Date('2030-01-09T23:00:00Z'))).toBe(false);
    expect(offersCalendar({ status: 'in-force', deadline }, new Date('2029-01-01T00:00:00Z'))).toBe(false);
  });
});
