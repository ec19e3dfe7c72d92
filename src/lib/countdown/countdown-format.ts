// Countdown wording with Intl only: no hand-written plurals. Bundled into the widget.
import type { Part } from './countdown';

interface DurationFormatConstructor {
  new (locale: string, options: Record<string, string>): { format(duration: Record<string, number>): string };
}

/** "3 days, 4 hours" with Intl.DurationFormat where the browser has it; NumberFormat and ListFormat otherwise. */
export function formatDuration(parts: Part[], locale: string): string {
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    const options: Record<string, string> = { style: 'long' };
    const duration: Record<string, number> = {};
    for (const [unit, n] of parts) {
      options[`${unit}sDisplay`] = 'always';
      duration[`${unit}s`] = n;
    }
    return new DurationFormat(locale, options).format(duration);
  }
  // ListFormat's defaults are what is wanted: a long conjunction ("3 days and 4 hours").
  return new Intl.ListFormat(locale).format(
    parts.map(([unit, n]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n)),
  );
}

/** The announced calendar date, in the reader's language, never shifted by a time zone. */
export function formatDay(isoDate: string, locale: string): string {
  // A date-only ISO string is read as UTC midnight, and formatted in UTC.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(isoDate));
}
