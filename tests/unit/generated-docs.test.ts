// The documentation written from code (npm run docs) must be what the code writes
// today: a schema description or a header rule changed without `npm run docs` fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { expect, it } from 'vitest';
import { fieldRows } from '../../src/lib/docs/field-reference';
import { generatedDocs } from '../../src/lib/docs/generated';

const root = join(import.meta.dirname, '../..');

it.each(Object.entries(generatedDocs()))('%s is up to date (run `npm run docs`)', (file, text) => {
  expect(readFileSync(join(root, file), 'utf8')).toBe(text);
});

it('refuses a field without a description, naming it', () => {
  const schema = z.object({ title: z.string().describe('The title'), group: z.object({ inner: z.string() }).describe('A group') });
  expect(() => fieldRows(schema, 'example.yaml')).toThrow('example.yaml: the field group.inner has no description');
});

it('names nested, listed and keyed fields, with required, type and default', () => {
  const schema = z.object({
    list: z.array(z.object({ when: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A day') })).describe('Items'),
    map: z.record(z.string().describe('Key'), z.object({ kind: z.enum(['a', 'b']).describe('Kind') })).describe('By key'),
    flag: z.boolean().default(false).describe('A switch'),
  });
  expect(fieldRows(schema, 'x')).toEqual([
    { path: 'list', required: true, type: 'list of group', description: 'Items' },
    { path: 'list[].when', required: true, type: 'date YYYY-MM-DD', description: 'A day' },
    { path: 'map', required: true, type: 'map', description: 'By key' },
    { path: 'map.<id>.kind', required: true, type: '`a`, `b`', description: 'Kind' },
    { path: 'flag', required: false, type: 'boolean', description: 'A switch (default: `false`)' },
  ]);
});
