import { describe, expect, it } from 'vitest';
import { byUrgency } from '../../src/lib/guide/order';

const guide = (id: string, status: 'upcoming' | 'in-force', instant: string) => ({ id, data: { status, deadline: { date: instant.slice(0, 10), instant } } });

describe('guide order', () => {
  it('lists upcoming deadlines first, nearest first, then changes in force, latest first', () => {
    const guides = [
      guide('meta', 'in-force', '2025-05-26T21:00:00Z'),
      guide('later', 'upcoming', '2027-03-01T22:00:00Z'),
      guide('linkedin', 'in-force', '2025-11-02T22:00:00Z'),
      guide('soon', 'upcoming', '2027-01-10T22:00:00Z'),
    ];
    expect(byUrgency(guides).map((g) => g.id)).toEqual(['soon', 'later', 'linkedin', 'meta']);
  });

  it('breaks ties by id, so the order is stable from build to build', () => {
    const same = '2025-11-02T22:00:00Z';
    expect(byUrgency([guide('b', 'in-force', same), guide('a', 'in-force', same)]).map((g) => g.id)).toEqual(['a', 'b']);
  });
});
