import { describe, expect, it } from 'vitest';
import { byUrgency } from '../../src/lib/guide/order';
import { guideState } from '../../src/lib/guide/status';

const now = new Date('2026-06-01T12:00:00Z');
const published = (date: string) => [{ date, summary: { fr: 'x', en: 'x' }, anchors: [] }];
/** A guide as listed: its key date (or none), its first publication, an override; its state at `now`. */
const guide = (id: string, instant?: string, options: { publishedOn?: string; override?: { status: 'paused' | 'withdrawn'; since: string } } = {}) => {
  const data = {
    ...(instant ? { deadline: { date: instant.slice(0, 10), instant } } : {}),
    ...(options.override ? { statusOverride: { ...options.override, sources: ['s'] } } : {}),
    updates: published(options.publishedOn ?? '2025-01-01'),
  };
  return { id, data, state: guideState(data, now) };
};
const ids = (guides: { id: string }[]) => guides.map((g) => g.id);

describe('guide order', () => {
  it('lists upcoming deadlines first, nearest first, then changes in force, latest first', () => {
    const guides = [
      guide('meta', '2025-05-26T21:00:00Z'),
      guide('later', '2027-03-01T22:00:00Z'),
      guide('linkedin', '2025-11-02T22:00:00Z'),
      guide('soon', '2027-01-10T22:00:00Z'),
    ];
    expect(ids(byUrgency(guides))).toEqual(['soon', 'later', 'linkedin', 'meta']);
  });

  it('places a guide without a key date among what applies now, by the day it was first published', () => {
    const guides = [
      guide('meta', '2025-05-26T21:00:00Z'),
      guide('old-undated', undefined, { publishedOn: '2025-03-01' }),
      guide('linkedin', '2025-11-02T22:00:00Z'),
      guide('new-undated', undefined, { publishedOn: '2026-05-01' }),
      guide('soon', '2027-01-10T22:00:00Z'),
    ];
    expect(ids(byUrgency(guides))).toEqual(['soon', 'new-undated', 'linkedin', 'meta', 'old-undated']);
  });

  it('puts what the platform paused, then what it gave up, last, the latest first', () => {
    const guides = [
      guide('given-up', '2025-11-02T22:00:00Z', { override: { status: 'withdrawn', since: '2026-01-01' } }),
      guide('paused-early', '2027-01-10T22:00:00Z', { override: { status: 'paused', since: '2026-02-01' } }),
      guide('paused-late', undefined, { override: { status: 'paused', since: '2026-04-01' } }),
      guide('meta', '2025-05-26T21:00:00Z'),
    ];
    expect(ids(byUrgency(guides))).toEqual(['meta', 'paused-late', 'paused-early', 'given-up']);
  });

  it('breaks ties by id, so the order is stable from build to build', () => {
    const same = '2025-11-02T22:00:00Z';
    expect(ids(byUrgency([guide('b', same), guide('a', same)]))).toEqual(['a', 'b']);
    expect(ids(byUrgency([guide('b'), guide('a')]))).toEqual(['a', 'b']);
  });
});
