// A calendar file is a reminder: it is offered only while the date is ahead. Once a
// guide is in force (or its instant has passed at build time), there is nothing
// left to remind anyone of, so no file and no link: never a past event as a reminder.
import type { Guide } from '../content/schemas';

export const offersCalendar = (guide: Pick<Guide, 'status' | 'deadline'>, now: Date = new Date()): boolean =>
  guide.status === 'upcoming' && now.getTime() < Date.parse(guide.deadline.instant);
