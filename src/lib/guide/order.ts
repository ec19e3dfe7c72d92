// The order guides are listed in everywhere (homes, API, feeds, embed builder),
// most urgent first, then most recent:
// 1. upcoming key dates, the nearest first: there is a date to act before;
// 2. what applies now, the latest first, so a new guide is never buried under an old
//    one: a change in force since its key date, and a guide without a key date since
//    it was first published (a "check this setting now" guide is news when it appears);
// 3. changes the platform paused, then those it gave up, the latest first: nothing to
//    act on for now.
import type { Guide } from '../content/schemas';
import type { GuideState } from './status';

type Listed = { id: string; data: Pick<Guide, 'updates'>; state: GuideState };

const rank = { upcoming: 0, 'in-force': 1, paused: 2, withdrawn: 3 } as const;

/** When the guide became what it is now, in ms: its instant, its override, or its first publication. */
function since({ data, state }: Listed): number {
  if (state.since) return Date.parse(state.since);
  if (state.deadline) return Date.parse(state.deadline.instant);
  return Math.min(...data.updates.map((update) => Date.parse(update.date)));
}

export function byUrgency<T extends Listed>(guides: T[]): T[] {
  return [...guides].sort(
    (a, b) =>
      rank[a.state.status] - rank[b.state.status] ||
      // The nearest upcoming date first; otherwise the latest first.
      (a.state.status === 'upcoming' ? since(a) - since(b) : since(b) - since(a)) ||
      a.id.localeCompare(b.id),
  );
}
