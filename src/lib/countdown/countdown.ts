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

// Largest first. Every view shows a run of neighbours from this table: [from, to).
const UNITS: [Unit, number][] = [['year', YEAR], ['month', MONTH], ['day', DAY], ['hour', HOUR], ['minute', MINUTE], ['second', SECOND]];

/** `ms` in the units UNITS[from..to), floored; zero units dropped unless all are zero. */
function split(ms: number, from: number, to: number): Part[] {
  let rest = ms;
  const parts = UNITS.slice(from, to).map(([unit, size]): Part => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return [unit, n];
  });
  const shown = parts.filter(([, n]) => n > 0);
  return shown.length ? shown : parts.slice(-1);
}

export function countdownView(deadline: number, now: number, seconds = false): CountdownView {
  const left = deadline - now;
  const upcoming = left > 0;
  // now − deadline, not −left: a zero must not print as "-0".
  const ms = upcoming ? left : now - deadline;
  // Upcoming: days and hours; hours and minutes in the last day; down to seconds when asked.
  // Passed: minutes, hours, days, then months past 100 days, then years and months.
  const [from, to] = upcoming
    ? seconds ? [2, 6] : left >= DAY ? [2, 4] : [3, 5]
    : ms < HOUR ? [4, 5] : ms < DAY ? [3, 4] : ms < 100 * DAY ? [2, 3] : ms < YEAR ? [1, 2] : [0, 2];
  const step = (UNITS[to - 1] as [Unit, number])[1];
  const parts = split(ms, from, to);
  return {
    state: upcoming ? 'upcoming' : 'passed',
    parts,
    coarse: upcoming ? (left >= DAY ? ['day', Math.floor(left / DAY)] : ['minute', Math.floor(left / MINUTE)]) : (parts[0] as Part),
    // Upcoming: the shown value drops one millisecond after the remainder is used up, or
    // the deadline comes first. Passed: the next whole step.
    next: Math.min(upcoming ? Math.min((left % step) + 1, left) : Math.ceil(step - (ms % step)), MAX_DELAY),
  };
}
