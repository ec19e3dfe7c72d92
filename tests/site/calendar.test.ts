import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { assertBuilt, distDir, readPage } from '../support/dist';

beforeAll(assertBuilt);

it.each(languages)('the %s guide links to a calendar event on the announced date', (lang) => {
  const link = readPage(`/${lang}/linkedin/`).querySelector('#deadline a[href$="deadline.ics"]');
  expect(link?.getAttribute('href')).toBe(`/${lang}/linkedin/deadline.ics`);
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync(join(distDir, lang, 'linkedin', 'deadline.ics'), 'utf8'))).getFirstSubcomponent('vevent')!);
  expect(event.startDate.toString()).toBe('2025-11-03');
  expect(event.uid).toMatch(new RegExp(`^deadline-linkedin-${lang}@`));
  expect(event.description).toContain(`/${lang}/linkedin/`);
});
