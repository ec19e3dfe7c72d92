import { describe, expect, it } from 'vitest';
import { clearGuide, parseChecklist, toggle } from '../../src/lib/guide/checklist';

describe('checklist storage', () => {
  it('reads only well-formed data', () => {
    expect(parseChecklist(null)).toEqual({});
    expect(parseChecklist('not json')).toEqual({});
    expect(parseChecklist('[1,2]')).toEqual({});
    expect(parseChecklist('{"linkedin":["a",1,null,"b"],"x":"nope"}')).toEqual({ linkedin: ['a', 'b'] });
  });

  it('ticks, unticks and clears per guide', () => {
    let list = toggle({}, 'linkedin', 'web-switch-off', true);
    list = toggle(list, 'linkedin', 'web-open-settings', true);
    list = toggle(list, 'meta', 'web-x', true);
    expect(list).toEqual({ linkedin: ['web-open-settings', 'web-switch-off'], meta: ['web-x'] });
    list = toggle(list, 'linkedin', 'web-switch-off', false);
    expect(list['linkedin']).toEqual(['web-open-settings']);
    list = toggle(list, 'linkedin', 'web-open-settings', false);
    expect(list).toEqual({ meta: ['web-x'] });
    expect(clearGuide(list, 'meta')).toEqual({});
  });
});
