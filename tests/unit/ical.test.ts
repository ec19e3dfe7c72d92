import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine } from '../../src/lib/calendar/ical';

const event = {
  uid: 'deadline-linkedin-fr@guides.example.org',
  date: '2025-11-03',
  stamp: '2026-11-22',
  summary: "Empêcher LinkedIn d'entraîner son IA avec vos données",
  description: 'LinkedIn utilise ces données depuis le 3 novembre 2025. Vous pouvez toujours refuser ; cela protège vos données, sans effacer l\'entraînement déjà réalisé.\nhttps://guides.example.org/fr/linkedin/',
  url: 'https://guides.example.org/fr/linkedin/',
  alarm: '-P1D',
  lang: 'fr',
};

describe('iCalendar writer', () => {
  it('escapes text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('writes an all-day event on the announced date that an independent parser reads back', () => {
    const text = calendar(event, '-//Guides//linkedin//FR');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const parsed = new ICAL.Component(ICAL.parse(text));
    const vevent = parsed.getFirstSubcomponent('vevent')!;
    const parsedEvent = new ICAL.Event(vevent);
    expect(parsedEvent.uid).toBe(event.uid);
    expect(parsedEvent.summary).toBe(event.summary);
    expect(parsedEvent.description).toBe(event.description);
    expect(parsedEvent.startDate.isDate).toBe(true);
    expect(parsedEvent.startDate.toString()).toBe('2025-11-03');
    expect(parsedEvent.endDate.toString()).toBe('2025-11-04');
    expect(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-P1D');
  });
});
