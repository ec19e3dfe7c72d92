// A guide's status, derived in one place from its key date and the build's clock:
// upcoming before the instant, in force from then on, with no edit to the content.
// A guide without a key date applies now ("check this setting now"). An editor's
// statusOverride (paused, withdrawn) wins over the date. Pages, feeds, the calendar,
// the API, the previews and the widget all read the status from here.
import type { Deadline, Guide, GuideStatus } from '../content/schemas';

export type GuideState =
  /** Counts to or from its key date. */
  | { status: 'upcoming' | 'in-force'; deadline: Deadline; since?: undefined }
  /** No key date: it applies now. */
  | { status: 'in-force'; deadline?: undefined; since?: undefined }
  /** The platform changed course on `since`; a key date, if any, is kept for the record. */
  | { status: 'paused' | 'withdrawn'; deadline?: Deadline | undefined; since: string };

type Dated = Pick<Guide, 'deadline' | 'statusOverride'>;

export function guideState(guide: Dated, now: Date): GuideState {
  const { deadline, statusOverride } = guide;
  if (statusOverride) return { status: statusOverride.status, deadline, since: statusOverride.since };
  if (!deadline) return { status: 'in-force' };
  return { status: now.getTime() < Date.parse(deadline.instant) ? 'upcoming' : 'in-force', deadline };
}

/** A countdown (the widget, its iframe, oEmbed, the embed builder) only counts to or from a key date that still holds. */
export const hasCountdown = (state: GuideState): state is Extract<GuideState, { deadline: Deadline; status: 'upcoming' | 'in-force' }> =>
  state.deadline !== undefined && (state.status === 'upcoming' || state.status === 'in-force');

/** A calendar file is a reminder: only while the date is ahead, never a past event. */
export const offersCalendar = (state: GuideState): boolean => state.status === 'upcoming';

/** The date the status sentence gives: the key date, or the day the platform changed course; none without a key date. */
export const statusDate = (state: GuideState): string | undefined => state.since ?? state.deadline?.date;

/** The UI string key of the status label ("In force", "No key date", "Paused"). */
export const statusLabelKey = (state: GuideState): `status.${GuideStatus | 'undated'}` =>
  state.status === 'in-force' && !state.deadline ? 'status.undated' : `status.${state.status}`;

/**
 * The states the guide has entered by `now`, oldest first, each as it was on its day:
 * in force on the key date, then an override. A feed item each.
 */
export function statusChanges(guide: Dated, now: Date): { date: string; state: GuideState }[] {
  const { deadline, statusOverride } = guide;
  const changes: { date: string; state: GuideState }[] = [];
  // A change put on hold or given up before its date never came into force.
  const stoppedBefore = statusOverride && deadline && statusOverride.since < deadline.date;
  if (deadline && !stoppedBefore && Date.parse(deadline.instant) <= now.getTime()) changes.push({ date: deadline.date, state: { status: 'in-force', deadline } });
  if (statusOverride) changes.push({ date: statusOverride.since, state: { status: statusOverride.status, deadline, since: statusOverride.since } });
  return changes;
}
