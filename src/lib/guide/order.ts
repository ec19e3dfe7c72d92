// The order guides are listed in everywhere (homes, API, feeds, embed builder):
// most urgent first, then most recent. An upcoming deadline comes before any
// change already in force, the nearest first; changes in force follow, the
// latest first, so a new guide is never buried under an old one.
import type { Guide } from '../content/schemas';

type Listed = { id: string; data: Pick<Guide, 'status' | 'deadline'> };

export function byUrgency<T extends Listed>(guides: T[]): T[] {
  const at = (guide: T) => Date.parse(guide.data.deadline.instant);
  const upcoming = guides.filter((g) => g.data.status === 'upcoming').sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));
  const inForce = guides.filter((g) => g.data.status !== 'upcoming').sort((a, b) => at(b) - at(a) || a.id.localeCompare(b.id));
  return [...upcoming, ...inForce];
}
