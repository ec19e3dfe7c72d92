// Date rules for a guide's deadline. The platform announces a calendar date; the
// countdown needs an instant: the start of that date in the earliest time zone of
// the regions concerned, so that nobody there is told they have more time than
// they do. Summer time moves it: 27 May starts at UTC+03:00 in Helsinki, 3 November at UTC+02:00.
const MINUTE = 60_000;

export const utcMidnight = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

/**
 * Time zones spanning each region, as the guides count them: mainland Europe and
 * the islands around it (the EU's outermost regions overseas are not counted).
 */
export const regionTimeZones = {
  EU: ['Europe/Lisbon', 'Europe/Paris', 'Europe/Helsinki', 'Asia/Nicosia'],
  EEA: ['Atlantic/Reykjavik', 'Europe/Lisbon', 'Europe/Oslo', 'Europe/Helsinki', 'Asia/Nicosia'],
  CH: ['Europe/Zurich'],
  UK: ['Europe/London'],
} as const;
export type Region = keyof typeof regionTimeZones;

/** The offset of `timeZone` from UTC at `at`, in minutes (east positive). */
export function offsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(at / MINUTE) * MINUTE) / MINUTE);
}

/** The start of `isoDate` in one time zone, in ms since the epoch (the offset that applies at that midnight). */
function startIn(timeZone: string, isoDate: string): number {
  const midnight = utcMidnight(isoDate);
  // Two passes: the offset at the guessed instant may differ from the one at local midnight on a change day.
  let start = midnight - offsetMinutes(timeZone, midnight) * MINUTE;
  start = midnight - offsetMinutes(timeZone, start) * MINUTE;
  return start;
}

/** The first moment `isoDate` begins anywhere in `regions`, and the time zone where it does. */
export function deadlineStart(isoDate: string, regions: readonly Region[]): { instant: string; timeZone: string; offset: string } {
  let best: { at: number; timeZone: string } | undefined;
  for (const timeZone of new Set(regions.flatMap((region) => regionTimeZones[region]))) {
    const at = startIn(timeZone, isoDate);
    if (!best || at < best.at) best = { at, timeZone };
  }
  if (!best) throw new Error('deadlineStart needs at least one region');
  const minutes = Math.round((utcMidnight(isoDate) - best.at) / MINUTE);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const offset = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { instant: new Date(best.at).toISOString().replace('.000Z', 'Z'), timeZone: best.timeZone, offset };
}

/** True when `instant` is exactly the start of `isoDate` in the earliest time zone of `regions`. */
export function instantStartsDate(isoDate: string, instant: string, regions: readonly Region[]): boolean {
  return Date.parse(instant) === Date.parse(deadlineStart(isoDate, regions).instant);
}

/**
 * The announced date back from the instant: the instant is that date's midnight in a
 * zone between UTC−12:00 and UTC+12:00 (every region's zones are), so twelve hours
 * later it is that date in UTC. The widget derives the date this way instead of
 * carrying it; src/lib/embed/widget-data.ts checks it for every guide.
 */
export const announcedDate = (instant: number): string => new Date(instant + 12 * 3_600_000).toISOString().slice(0, 10);

/** The calendar date of `now` in UTC, as YYYY-MM-DD. */
export const todayUtc = (now: Date): string => now.toISOString().slice(0, 10);
