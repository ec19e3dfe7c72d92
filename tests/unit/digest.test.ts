// The digest that keys what a rebuild reuses (preview images, Astro's copies of pages):
// equal for equal data whatever its key order, different when any value differs.
import { describe, expect, it } from 'vitest';
import { canonical, digest } from '../../src/lib/build/digest';

describe('the digest of a value', () => {
  const value = { guide: 'linkedin', data: { platform: 'LinkedIn', regions: ['EU', 'CH'], deadline: { date: '2025-11-03' } }, state: { status: 'in-force' } };

  it('is a SHA-256 of canonical JSON: object keys sorted, arrays kept in order', () => {
    expect(digest(value)).toMatch(/^[0-9a-f]{64}$/);
    expect(canonical({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
    const reordered = { state: { status: 'in-force' }, data: { deadline: { date: '2025-11-03' }, regions: ['EU', 'CH'], platform: 'LinkedIn' }, guide: 'linkedin' };
    expect(digest(reordered)).toBe(digest(value));
  });

  it('leaves out undefined members, as JSON does, and writes dates as ISO text', () => {
    expect(digest({ ...value, since: undefined })).toBe(digest(value));
    expect(canonical({ at: new Date('2026-03-01T22:00:00Z') })).toBe('{"at":"2026-03-01T22:00:00.000Z"}');
  });

  it.each<[string, unknown]>([
    ['a text', { ...value, data: { ...value.data, platform: 'Linkedin' } }],
    ['the order of an array', { ...value, data: { ...value.data, regions: ['CH', 'EU'] } }],
    ['a status', { ...value, state: { status: 'upcoming' } }],
    ['a member added', { ...value, extra: null }],
  ])('changes with %s', (_, changed) => {
    expect(digest(changed)).not.toBe(digest(value));
  });

  it('tells a number from the same digits as text', () => {
    expect(digest({ order: 1 })).not.toBe(digest({ order: '1' }));
  });
});
