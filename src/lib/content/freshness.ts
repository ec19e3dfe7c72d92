// Warnings, not errors: facts not checked for a while, and translations that may
// lag behind a newer text in another language.
import type { FileDates } from './git-dates';
import type { Problem } from '../validation/problems';
import { groupByEntry, type EntryPlace, type GuideFile } from './read';

export const DEFAULT_REVIEW_DAYS = 90;
const DAY = 86_400_000;
const stamp = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function staleGuides(guides: GuideFile[], now: Date, reviewDays = DEFAULT_REVIEW_DAYS): Problem[] {
  return guides
    .filter((g) => now.getTime() - Date.parse(`${g.data.lastVerified}T00:00:00Z`) > reviewDays * DAY)
    .map((g) => {
      const line = g.lineOf(['lastVerified']);
      const days = Math.floor((now.getTime() - Date.parse(`${g.data.lastVerified}T00:00:00Z`)) / DAY);
      return { file: g.file, ...(line ? { line } : {}), field: 'lastVerified', message: `facts last checked ${days} days ago (more than ${reviewDays}): check them against the sources and update the date` };
    });
}

export interface Outdated {
  /** The older text. */
  place: EntryPlace;
  at: Date;
  /** The newest text of the same entry, in another language. */
  newest: EntryPlace;
  newestAt: Date;
}

/**
 * Texts changed before a twin in another language was. A text added after its twins is
 * their translation, not a change to them: it makes none of them outdated until it is
 * itself changed (a language added to the site would otherwise flag every older text).
 */
export function outdatedTranslations(places: EntryPlace[], dates: FileDates): Outdated[] {
  const outdated: Outdated[] = [];
  for (const group of groupByEntry(places)) {
    const dated = group
      .map((place) => ({ place, at: dates.changed(place.file), added: dates.added(place.file) }))
      .filter((d): d is { place: EntryPlace; at: Date; added: Date | undefined } => d.at !== undefined);
    // Every text of the entry dated (an uncommitted one is not compared), in two languages at least.
    if (dated.length < group.length || dated.length < 2) continue;
    const changed = dated.filter(({ at, added }) => added === undefined || at > added);
    if (changed.length === 0) continue;
    const newest = changed.reduce((a, b) => (b.at > a.at ? b : a));
    for (const { place, at } of dated) if (at < newest.at) outdated.push({ place, at, newest: newest.place, newestAt: newest.at });
  }
  return outdated;
}

export function laggingTranslations(places: EntryPlace[], dates: FileDates): Problem[] {
  return outdatedTranslations(places, dates).map(({ place, at, newest, newestAt }) => ({
    file: place.file,
    field: '(file)',
    message: `last changed ${stamp(at)}, before its ${newest.lang} text (${stamp(newestAt)}): check that the translation is still up to date`,
  }));
}
