// Countdown arithmetic on instants only (deadline − now, in milliseconds), so the
// result is the same in every time zone and across daylight-saving changes.
// Bundled into the embeddable widget: keep it dependency-free and small.
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Mean Gregorian year and month: "in force for 2 years" needs no calendar or time zone. */
export const YEAR = 365.2425 * DAY;
export const MONTH = YEAR / 12;
/** setTimeout's largest delay; longer ones fire at once in browsers. */
export const MAX_DELAY = 2 ** 31 - 1;

export type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';
export type Part = [Unit, number];

export interface CountdownView {
  state: 'upcoming' | 'passed';
  /** What is shown, largest unit first; zero units are dropped unless all are zero. */
  parts: Part[];
  /** The screen-reader value: days, or minutes in the last day. */
  coarse: Part;
  /** Milliseconds until the shown value changes (capped at MAX_DELAY). */
  next: number;
}

// An instant with an explicit offset. Date-only and offset-less strings are refused:
// engines read them as UTC or as the visitor's local time, which differ.
const INSTANT = /^(\d{4}-\d\d-(\d\d))T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-][01]\d:[0-5]\d)$/;

/** Milliseconds since the epoch, or NaN for anything but a complete, real ISO 8601 instant. */
export function parseInstant(value: string | null | undefined): number {
  const match = INSTANT.exec(value ?? '');
  // Engines roll 30 February over to March: the day must survive a round trip.
  return match && new Date(`${match[1]}T00:00Z`).getUTCDate() === +(match[2] as string) ? Date.parse(value as string) : NaN;
}

function split(ms: number, units: [Unit, number][]): Part[] {
  let rest = ms;
  const parts = units.map(([unit, size]): Part => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return [unit, n];
  });
  const shown = parts.filter(([, n]) => n > 0);
  return shown.length ? shown : parts.slice(-1);
}

export function countdownView(deadline: number, now: number, seconds = false): CountdownView {
  const left = deadline - now;
  let units: [Unit, number][];
  let next: number;
  if (left > 0) {
    units = seconds
      ? [['day', DAY], ['hour', HOUR], ['minute', MINUTE], ['second', SECOND]]
      : left >= DAY ? [['day', DAY], ['hour', HOUR]] : [['hour', HOUR], ['minute', MINUTE]];
    const step = (units[units.length - 1] as [Unit, number])[1];
    // The shown value drops one millisecond after the remainder is used up; the crossing comes first if sooner.
    next = Math.min((left % step) + 1, left);
    const coarse: Part = left >= DAY ? ['day', Math.floor(left / DAY)] : ['minute', Math.floor(left / MINUTE)];
    return { state: 'upcoming', parts: split(left, units), coarse, next: Math.min(next, MAX_DELAY) };
  }
  // now − deadline, not −left: a zero must not print as "-0".
  const since = now - deadline;
  units =
    since < HOUR ? [['minute', MINUTE]]
    : since < DAY ? [['hour', HOUR]]
    : since < 100 * DAY ? [['day', DAY]]
    : since < YEAR ? [['month', MONTH]]
    : [['year', YEAR], ['month', MONTH]];
  const step = (units[units.length - 1] as [Unit, number])[1];
  next = Math.ceil(step - (since % step));
  const parts = split(since, units);
  return { state: 'passed', parts, coarse: parts[0] as Part, next: Math.min(next, MAX_DELAY) };
}
