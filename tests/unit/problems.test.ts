// Every zod issue code the content schemas can raise, worded for an editor. The wording
// comes from the code and data, never from zod's own (English, version-bound) text.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/validation/yaml';
import { guideSchema, overviewSchema, stepSchema, stepSchemaFor } from '../../src/lib/content/schemas';
import type { Problem } from '../../src/lib/validation/problems';

const messages = (schema: Parameters<typeof validate>[0], data: unknown): Record<string, string> => {
  const problems: Problem[] = [];
  validate(schema, { data, lineOf: () => undefined, fieldAt: () => undefined, errors: [] }, 'file.mdx', problems);
  // The first problem of each field: what the editor reads first.
  return Object.fromEntries(problems.reverse().map((p) => [p.field, p.message]));
};
const step = { title: 'Open Settings', surface: 'web', order: 1, sources: ['notice'] };

describe('zod issues as sentences', () => {
  it('invalid_type: a missing field, a value of the wrong type, a number that is not whole', () => {
    expect(messages(stepSchema, { ...step, title: undefined })['title']).toBe('required field is missing: expected string (The action, in the imperative, e.g. "Open Settings & Privacy"; it is drawn on the step\'s preview image. At most 90 characters)');
    expect(messages(stepSchema, { ...step, title: 5 })['title']).toBe('expected string, received number 5 (The action, in the imperative, e.g. "Open Settings & Privacy"; it is drawn on the step\'s preview image. At most 90 characters)');
    expect(messages(stepSchema, { ...step, order: 1.5 })['order']).toBe('expected a whole number, received number 1.5 (Position in its list, starting at 1)');
  });

  it('invalid_value: a value outside the list, or none given', () => {
    const schema = stepSchemaFor(['web', 'mobile']);
    expect(messages(schema, { ...step, surface: 'desktop' })['surface']).toBe('expected one of "web" | "mobile", received "desktop"');
    expect(messages(schema, { ...step, surface: undefined })['surface']).toBe('required field is missing: expected one of "web" | "mobile" (One of the surfaces declared in guide.yaml: web, mobile)');
  });

  it('unrecognized_keys: names the unknown fields and the allowed ones', () => {
    expect(messages(stepSchema, { ...step, answer: 'x', note: 'y' })['(file)']).toBe('unknown fields "answer", "note": remove or rename them; allowed fields: title, surface, order, labels, link, after, sources');
  });

  it('invalid_key: a record key that is not an id', () => {
    const guide = messages(guideSchema, { sources: { Bad_Key: {} } });
    expect(guide['sources.Bad_Key']).toBe('expected a kebab-case id such as "web-open-settings", received the key "Bad_Key"');
  });

  it('too_small and too_big: empty text, empty lists with and without their own message, long text', () => {
    expect(messages(stepSchema, { ...step, title: '' })['title']).toBe('expected a non-empty text (The action, in the imperative, e.g. "Open Settings & Privacy"; it is drawn on the step\'s preview image. At most 90 characters)');
    expect(messages(stepSchema, { ...step, sources: [] })['sources']).toBe('expected at least one source id: every factual text cites its source (Ids of the guide.yaml sources that support this text)');
    expect(messages(guideSchema, { regions: [] })['regions']).toBe('expected at least one item (Where the change applies and the guide helps)');
    expect(messages(stepSchema, { ...step, order: 0 })['order']).toBe('expected a number from 1 up (Position in its list, starting at 1)');
    expect(messages(overviewSchema, { title: 'T', description: 'x'.repeat(201), sources: ['notice'] })['description']).toBe('expected at most 200 characters, received 201 (One sentence for search results (which show about 155 characters) and link previews. At most 200 characters)');
  });

  it('custom and format checks keep the schema\'s own message, with what was found', () => {
    const link = (url: string) => messages(stepSchema, { ...step, link: { url, kind: 'direct', sources: ['notice'] } })['link.url'];
    expect(link('http://example.org/')).toBe('expected an https:// URL (http is not accepted): write the https:// address the source gives, received "http://example.org/" (Where the link leads, exactly as the sources give it)');
    expect(link('example')).toMatch(/^expected an absolute URL such as https:\/\/example\.org\/page, received "example"/);
    expect(messages(stepSchema, { ...step, surface: 'Web' })['surface']).toBe('expected a kebab-case id such as "web-open-settings", received "Web" (The id of one of the surfaces declared in guide.yaml, e.g. "web" or "instagram-app")');
  });
});
