// Dates and lists in the reader's language, with Intl only.

/** The announced calendar date, as written in `locale`, never shifted by a time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(new Date(`${isoDate}T00:00:00Z`));
  // French writes the first of the month as an ordinal: « 1er décembre », which Intl does not.
  const french = locale.toLowerCase().startsWith('fr');
  return parts.map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** A day (YYYY-MM-DD) or a month (YYYY-MM), as precise as it is written: "7 November 2025", "October 2025". */
export function formatDayOrMonth(value: string, locale: string): string {
  if (value.length > 7) return formatDate(value, locale);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
}

/** An instant to the minute, in UTC, said so: "22 November 2026 at 20:42 UTC". */
export function formatInstantUtc(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}

export function formatList(items: string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/** The name of a language in another language: "French", "anglais". */
export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}
