// Date rules for a guide's deadline. The platform announces a calendar date; the
// countdown needs an instant. Offsets on Earth run from UTC−12:00 to UTC+14:00,
// so the start of a date somewhere falls between 14 h before and 12 h after its
// UTC midnight. Anything outside that range cannot be "the start of that date".
const HOUR = 3_600_000;

export const utcMidnight = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

/** True when `instant` is the start of `isoDate` in some real UTC offset. */
export function instantStartsDate(isoDate: string, instant: string): boolean {
  const midnight = utcMidnight(isoDate);
  const at = Date.parse(instant);
  return at >= midnight - 14 * HOUR && at <= midnight + 12 * HOUR;
}

/** The calendar date of `now` in UTC, as YYYY-MM-DD. */
export const todayUtc = (now: Date): string => now.toISOString().slice(0, 10);
