import { DurationFormat } from '@formatjs/intl-durationformat';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countdownView, DAY, HOUR, MAX_DELAY, MINUTE, MONTH, parseInstant, SECOND, type Part } from '../../src/lib/countdown/countdown';
import { formatDay, formatDuration } from '../../src/lib/countdown/countdown-format';
import { fill } from '../../src/lib/text/fill';
import { startTicker } from '../../src/lib/countdown/ticker';
import en from '../../src/i18n/locales/en.json';
import fr from '../../src/i18n/locales/fr.json';

// Any instant will do, none a published guide's (their dates may change): the fixture
// guide's key date (tests/fixtures/valid), the start of 2 March 2026 in the EU's earliest zone.
const D = Date.parse('2026-03-01T22:00:00Z');

describe('parseInstant', () => {
  it.each([
    ['2026-03-01T22:00:00Z', D],
    ['2026-03-02T00:00:00+02:00', D],
    ['2026-03-02T00:00+02:00', D],
    ['2026-03-01T22:00:00.000Z', D],
  ])('reads %s', (value, expected) => expect(parseInstant(value)).toBe(expected));

  it.each([
    '2026-03-02', // date only: UTC in some engines, local in others
    '2026-03-02T00:00:00', // no offset: the visitor's zone
    '2026-03-02 00:00:00Z',
    '02/03/2026',
    'Mon, 02 Mar 2026 00:00:00 GMT',
    '2025-02-30T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2026-03-02T24:00:00Z',
    '2026-03-02T00:00:00+24:00',
    '',
    null,
    undefined,
    `2026-03-02T00:00:00Z${'0'.repeat(10_000)}`,
    'javascript:alert(1)',
  ])('rejects %j', (value) => expect(parseInstant(value)).toBeNaN());
});

describe('countdownView: before and after the instant', () => {
  const at = (msLeft: number, seconds = false) => countdownView(D, D - msLeft, seconds);
  it.each<[string, number, 'upcoming' | 'passed', Part[], Part]>([
    ['-1 ms', -1, 'passed', [['minute', 0]], ['minute', 0]],
    ['0', 0, 'passed', [['minute', 0]], ['minute', 0]],
    ['+1 ms', 1, 'upcoming', [['minute', 0]], ['minute', 0]],
    ['59.999 s', 59_999, 'upcoming', [['minute', 0]], ['minute', 0]],
    ['23:59:59', DAY - SECOND, 'upcoming', [['hour', 23], ['minute', 59]], ['minute', 1439]],
    ['24 h', DAY, 'upcoming', [['day', 1]], ['day', 1]],
    ['100 days', 100 * DAY, 'upcoming', [['day', 100]], ['day', 100]],
    ['384 days 5 h', 384 * DAY + 5 * HOUR, 'upcoming', [['day', 384], ['hour', 5]], ['day', 384]],
    ['passed 59.999 s', -59_999, 'passed', [['minute', 0]], ['minute', 0]],
    ['passed 23:59:59', -(DAY - SECOND), 'passed', [['hour', 23]], ['hour', 23]],
    ['passed 3 days', -3 * DAY, 'passed', [['day', 3]], ['day', 3]],
    ['passed 100 days', -100 * DAY, 'passed', [['month', 3]], ['month', 3]],
    ['passed 384 days', -384 * DAY, 'passed', [['year', 1]], ['year', 1]],
    ['passed 2 years 2 months', -(730 * DAY + 62 * DAY), 'passed', [['year', 2], ['month', 2]], ['year', 2]],
  ])('%s', (_, msLeft, state, parts, coarse) => {
    const view = at(msLeft);
    expect(view.state).toBe(state);
    expect(view.parts).toEqual(parts);
    expect(view.coarse).toEqual(coarse);
    expect(view.next).toBeGreaterThan(0);
    expect(view.next).toBeLessThanOrEqual(MAX_DELAY);
  });

  it('shows seconds only when asked', () => {
    expect(at(59_999, true).parts).toEqual([['second', 59]]);
    expect(at(DAY + 2 * HOUR + 61 * SECOND, true).parts).toEqual([['day', 1], ['hour', 2], ['minute', 1], ['second', 1]]);
    expect(at(HOUR + 61 * SECOND, true).parts).toEqual([['hour', 1], ['minute', 1], ['second', 1]]);
  });

  it('never tells more time than there is, and never a negative time left', () => {
    for (let left = -2 * DAY; left <= 2 * DAY; left += 7 * MINUTE + 13 * SECOND) {
      const view = at(left);
      if (view.state === 'upcoming') {
        const shown = view.parts.reduce((sum, [unit, n]) => sum + n * { day: DAY, hour: HOUR, minute: MINUTE, second: SECOND }[unit as 'day'], 0);
        expect(shown).toBeLessThanOrEqual(left);
      }
      for (const [, n] of view.parts) expect(n).toBeGreaterThanOrEqual(0);
    }
  });

  it('schedules the next tick at the next change, and the crossing exactly', () => {
    expect(at(DAY + 30 * MINUTE).next).toBe(30 * MINUTE + 1);
    expect(at(90 * SECOND).next).toBe(30 * SECOND + 1);
    expect(at(500).next).toBe(500);
    expect(at(-10 * DAY).next).toBe(DAY);
    expect(at(-400 * DAY).next).toBeLessThanOrEqual(MAX_DELAY);
    expect(at(-400 * DAY).next).toBe(MAX_DELAY); // a month is longer than setTimeout allows
    expect(Math.ceil(MONTH)).toBeGreaterThan(MAX_DELAY);
  });
});

const strings = { en: { ...en.countdown, locale: 'en-GB' }, fr: { ...fr.countdown, locale: 'fr-FR' } };
const phrase = (lang: 'en' | 'fr', msLeft: number) => {
  const view = countdownView(D, D - msLeft);
  const s = strings[lang];
  // Intl puts no-break spaces between numbers and units; the wording is what is compared.
  return fill(view.state === 'passed' ? s.inForce : s.left, { duration: formatDuration(view.parts, s.locale) }).replace(/[\u00a0\u202f]/g, ' ');
};

describe.each([
  ['without Intl.DurationFormat (NumberFormat + ListFormat)', false],
  ['with Intl.DurationFormat', true],
])('wording %s', (_, withDuration) => {
  const original = (Intl as { DurationFormat?: unknown }).DurationFormat;
  beforeEach(() => {
    if (withDuration) (Intl as { DurationFormat?: unknown }).DurationFormat = original ?? DurationFormat;
    else delete (Intl as { DurationFormat?: unknown }).DurationFormat;
  });
  afterEach(() => {
    if (original) (Intl as { DurationFormat?: unknown }).DurationFormat = original;
    else delete (Intl as { DurationFormat?: unknown }).DurationFormat;
  });
  const list = (en: string, fr: string) => ({ en, fr });
  it.each([
    [1, list('0 minutes left', 'Il reste 0 minute')],
    [0, list('In force for 0 minutes', 'En vigueur depuis 0 minute')],
    [DAY - SECOND, withDuration ? list('23 hours, 59 minutes left', 'Il reste 23 heures et 59 minutes') : list('23 hours and 59 minutes left', 'Il reste 23 heures et 59 minutes')],
    [100 * DAY, list('100 days left', 'Il reste 100 jours')],
    [DAY + HOUR, withDuration ? list('1 day, 1 hour left', 'Il reste 1 jour et 1 heure') : list('1 day and 1 hour left', 'Il reste 1 jour et 1 heure')],
    [-DAY, list('In force for 1 day', 'En vigueur depuis 1 jour')],
    [-100 * DAY, list('In force for 3 months', 'En vigueur depuis 3 mois')],
    [-384 * DAY, list('In force for 1 year', 'En vigueur depuis 1 an')],
    [-(730 * DAY + 62 * DAY), withDuration ? list('In force for 2 years, 2 months', 'En vigueur depuis 2 ans et 2 mois') : list('In force for 2 years and 2 months', 'En vigueur depuis 2 ans et 2 mois')],
  ])('%d ms left', (msLeft, expected) => {
    expect(phrase('en', msLeft)).toBe(expected.en);
    expect(phrase('fr', msLeft)).toBe(expected.fr);
  });

  it('writes the announced date, never a converted one', () => {
    expect(formatDay('2026-03-02', 'fr-FR')).toBe('2 mars 2026');
    expect(formatDay('2026-03-02', 'en-GB')).toBe('2 March 2026');
    expect(fill(strings.fr.since, { date: formatDay('2026-03-02', 'fr-FR') })).toBe('Depuis le 2 mars 2026');
  });
});

describe('the same output in every time zone', () => {
  const zones = [
    'UTC', 'Europe/Paris', 'Europe/Dublin', 'Europe/Helsinki', 'America/New_York', 'America/Los_Angeles',
    'Asia/Tokyo', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago',
  ];
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });
  const sample = () =>
    JSON.stringify([
      [-400 * DAY, -100 * DAY, -DAY, -1, 0, 1, 59_999, DAY - SECOND, 100 * DAY, 384 * DAY].map((left) => [phrase('en', left), phrase('fr', left)]),
      formatDay('2026-03-02', 'fr-FR'),
      formatDay('2026-03-02', 'en-GB'),
      parseInstant('2026-03-02T00:00:00+02:00'),
      new Date(D).getTimezoneOffset() === new Date(D).getTimezoneOffset(),
    ]);

  it('gives identical results under TZ = each zone', () => {
    const results = zones.map((zone) => {
      process.env['TZ'] = zone;
      return [zone, sample(), new Date(D).getTimezoneOffset()] as const;
    });
    // The zones really differ (the runtime applied TZ), and the output does not.
    expect(new Set(results.map(([, , offset]) => offset)).size).toBeGreaterThan(5);
    for (const [zone, output] of results) expect(output, zone).toBe(results[0]![1]);
  });

  it.each([
    ['EU daylight-saving end, 26 October 2025', '2025-10-26T00:00:00Z', 'Europe/Paris'],
    ['US daylight-saving end, 2 November 2025', '2025-11-02T04:00:00Z', 'America/New_York'],
  ])('steps across the %s without a one-hour jump', (_, start, zone) => {
    process.env['TZ'] = zone;
    const deadline = Date.parse('2025-11-10T00:00:00Z');
    let previous: number | undefined;
    for (let now = Date.parse(start); now < Date.parse(start) + 6 * HOUR; now += HOUR) {
      const [[, days], [, hours] = ['hour', 0]] = countdownView(deadline, now).parts as [Part, Part?];
      const total = days * 24 + hours;
      if (previous !== undefined) expect(previous - total).toBe(1);
      previous = total;
    }
  });
});

describe('the ticker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('changes state once and fires the crossing once', () => {
    vi.setSystemTime(D - 1500);
    const states: string[] = [];
    const onCross = vi.fn();
    startTicker(D, () => false, (view) => states.push(view.state), onCross, true);
    vi.advanceTimersByTime(10 * SECOND);
    expect(onCross).toHaveBeenCalledTimes(1);
    expect(states.filter((s, i) => s !== states[i - 1])).toEqual(['upcoming', 'passed']);
    vi.advanceTimersByTime(3 * DAY);
    expect(onCross).toHaveBeenCalledTimes(1);
  });

  it('does not fire the crossing when the page opens after the instant', () => {
    vi.setSystemTime(D + 5000);
    const onCross = vi.fn();
    startTicker(D, () => false, () => {}, onCross);
    vi.advanceTimersByTime(DAY);
    expect(onCross).not.toHaveBeenCalled();
  });

  it('starting 200 days out keeps one timer and ticks once an hour at most', () => {
    vi.setSystemTime(D - 200 * DAY);
    const render = vi.fn();
    startTicker(D, () => false, render, () => {});
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(DAY);
    expect(vi.getTimerCount()).toBe(1);
    expect(render.mock.calls.length).toBeLessThanOrEqual(26);
  });

  it('schedules nothing while hidden, and catches up when woken', () => {
    vi.setSystemTime(D - 10 * MINUTE);
    let hidden = true;
    const render = vi.fn();
    const ticker = startTicker(D, () => hidden, render, () => {});
    expect(render).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(20 * MINUTE);
    expect(render).toHaveBeenCalledTimes(1);
    hidden = false;
    ticker.wake();
    expect(render.mock.calls.at(-1)?.[0].state).toBe('passed');
    expect(vi.getTimerCount()).toBe(1);
    ticker.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
