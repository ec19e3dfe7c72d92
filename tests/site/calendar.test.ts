import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { assertBuilt, distDir, readPage } from '../support/dist';
import { guideFile, publishedGuides } from '../support/guides';

beforeAll(assertBuilt);

describe.each(publishedGuides)('the %s guide', (guide) => {
  it.each(languages)('links in %s to a calendar event on the announced date', (lang) => {
    const link = readPage(`/${lang}/${guide}/`).querySelector('#deadline a[href$="deadline.ics"]');
    expect(link?.getAttribute('href')).toBe(`/${lang}/${guide}/deadline.ics`);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync(join(distDir, lang, guide, 'deadline.ics'), 'utf8'))).getFirstSubcomponent('vevent')!);
    // The announced date itself, all day: 3 November for LinkedIn, 27 May for Meta, never the UTC eve.
    expect(event.startDate.toString()).toBe(guideFile(guide).data.deadline.date);
    expect(event.startDate.isDate).toBe(true);
    expect(event.uid).toMatch(new RegExp(`^deadline-${guide}-${lang}@`));
    expect(event.description).toContain(`/${lang}/${guide}/`);
  });
});
