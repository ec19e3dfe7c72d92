// A guide's status is derived from its key date and a given clock, never the real one.
import { describe, expect, it } from 'vitest';
import { guideState, hasCountdown, offersCalendar, statusChanges, statusDate, statusLabelKey } from '../../src/lib/guide/status';

const deadline = { date: '2030-01-10', instant: '2030-01-09T23:00:00Z' };
const at = (iso: string) => new Date(iso);

describe('guideState', () => {
  it('is upcoming before the instant and in force from the instant on, whatever day the tests run', () => {
    expect(guideState({ deadline }, at('2030-01-09T22:59:59.999Z'))).toEqual({ status: 'upcoming', deadline });
    expect(guideState({ deadline }, at('2030-01-09T23:00:00Z'))).toEqual({ status: 'in-force', deadline });
    expect(guideState({ deadline }, at('2031-01-01T00:00:00Z'))).toEqual({ status: 'in-force', deadline });
  });

  it('applies now without a key date: in force, with no date and no countdown', () => {
    const state = guideState({}, at('2000-01-01T00:00:00Z'));
    expect(state).toEqual({ status: 'in-force' });
    expect(hasCountdown(state)).toBe(false);
    expect(offersCalendar(state)).toBe(false);
    expect(statusDate(state)).toBeUndefined();
    expect(statusLabelKey(state)).toBe('status.undated');
  });

  it('lets an editor override the date: paused or withdrawn, dated to the day the platform said so', () => {
    const statusOverride = { status: 'paused' as const, since: '2029-12-01', sources: ['dpc'] };
    const before = guideState({ deadline, statusOverride }, at('2029-12-02T00:00:00Z'));
    expect(before).toEqual({ status: 'paused', deadline, since: '2029-12-01' });
    expect(guideState({ deadline, statusOverride }, at('2031-01-01T00:00:00Z')).status).toBe('paused');
    expect(hasCountdown(before)).toBe(false);
    expect(offersCalendar(before)).toBe(false);
    expect(statusDate(before)).toBe('2029-12-01');
    expect(statusLabelKey(before)).toBe('status.paused');
    expect(guideState({ statusOverride: { ...statusOverride, status: 'withdrawn' } }, at('2031-01-01T00:00:00Z'))).toEqual({ status: 'withdrawn', deadline: undefined, since: '2029-12-01' });
  });

  it('offers a countdown only with a key date that holds, and a calendar only while it is ahead', () => {
    const upcoming = guideState({ deadline }, at('2030-01-01T00:00:00Z'));
    const inForce = guideState({ deadline }, at('2030-02-01T00:00:00Z'));
    expect([hasCountdown(upcoming), offersCalendar(upcoming), statusDate(upcoming), statusLabelKey(upcoming)]).toEqual([true, true, '2030-01-10', 'status.upcoming']);
    expect([hasCountdown(inForce), offersCalendar(inForce), statusDate(inForce), statusLabelKey(inForce)]).toEqual([true, false, '2030-01-10', 'status.in-force']);
  });
});

describe('statusChanges', () => {
  it('has nothing before the instant, then coming into force on the key date', () => {
    expect(statusChanges({ deadline }, at('2030-01-09T22:59:59Z'))).toEqual([]);
    expect(statusChanges({ deadline }, at('2030-01-09T23:00:00Z'))).toEqual([{ date: '2030-01-10', state: { status: 'in-force', deadline } }]);
  });

  it('adds a pause or withdrawal after it; one before the key date means it never came into force', () => {
    const later = { status: 'withdrawn' as const, since: '2030-03-01', sources: ['s'] };
    expect(statusChanges({ deadline, statusOverride: later }, at('2030-04-01T00:00:00Z')).map((c) => [c.date, c.state.status])).toEqual([['2030-01-10', 'in-force'], ['2030-03-01', 'withdrawn']]);
    const earlier = { status: 'paused' as const, since: '2029-12-20', sources: ['s'] };
    expect(statusChanges({ deadline, statusOverride: earlier }, at('2030-04-01T00:00:00Z')).map((c) => [c.date, c.state.status])).toEqual([['2029-12-20', 'paused']]);
  });

  it('has none for a guide without a key date', () => {
    expect(statusChanges({}, at('2030-04-01T00:00:00Z'))).toEqual([]);
  });
});
