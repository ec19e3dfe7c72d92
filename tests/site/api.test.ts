// The JSON API: every document matches its zod schema and its published JSON Schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { apiGuide, apiGuideList } from '../../src/lib/api/schemas';
import { validateContent } from '../../src/lib/content/validate';
import { assertBuilt, builtSiteUrl, distDir, projectRoot } from '../support/dist';

const read = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
const content = validateContent(join(projectRoot, 'content'), { root: projectRoot });
beforeAll(assertBuilt);

describe('JSON API v1', () => {
  it('lists every published guide', () => {
    const list = apiGuideList.parse(read('api/v1/guides.json'));
    expect(list.guides.map((g) => g.id)).toEqual(content.guides.map((g) => g.guide));
    expect(list.guides[0]).toMatchObject({ id: 'linkedin', name: 'LinkedIn', status: 'in-force', deadline: { date: '2025-11-03' } });
  });

  it('describes each guide in full: steps per surface in order, entries, sources', () => {
    const guide = apiGuide.parse(read('api/v1/guides/linkedin.json'));
    expect(guide.steps.web?.map((s) => s.id)).toEqual(['web-open-settings', 'web-data-privacy', 'web-ai-setting', 'web-switch-off']);
    expect(guide.steps.mobile?.map((s) => s.order)).toEqual([1, 2, 3, 4]);
    expect(guide.steps.mobile?.[1]?.urls['fr']).toMatch(/\/fr\/linkedin\/steps\/mobile-data-privacy\/$/);
    expect(guide.steps.web?.[3]?.labels['fr']).toEqual(['Utiliser mes données pour entraîner les modèles d’IA de création de contenu']);
    const ids = content.entries.filter((e) => e.lang === 'en' && ['data', 'exclusions', 'faq'].includes(e.kind)).length;
    expect(guide.data.length + guide.exclusions.length + guide.faq.length).toBe(ids);
    for (const e of [...guide.data, ...guide.exclusions, ...guide.faq]) for (const id of e.sources) expect(guide.sources[id], id).toBeDefined();
  });

  it('carries the timeline, oldest first, with a text and a page URL per language', () => {
    const guide = apiGuide.parse(read('api/v1/guides/linkedin.json'));
    const timeline = content.timelines.find((t) => t.guide === 'linkedin')!;
    expect(guide.timeline.map((e) => e.id).sort()).toEqual(timeline.data.events.map((e) => e.id).sort());
    const dates = guide.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const dpc = guide.timeline.find((e) => e.id === 'irish-dpc-outcome')!;
    expect(dpc).toMatchObject({ date: '2025-11-07', anchors: ['regulators', 'sensitive-groups'] });
    expect(dpc.urls['fr']).toMatch(/\/fr\/linkedin\/#irish-dpc-outcome$/);
    expect(dpc.text['fr']).toMatch(/DPC/);
    for (const e of guide.timeline) for (const id of e.sources) expect(guide.sources[id], id).toBeDefined();
  });

  it.each([
    ['guides', 'api/v1/guides.json'],
    ['guide', 'api/v1/guides/linkedin.json'],
  ])('publishes a JSON Schema for %s that the documents satisfy', (name, document) => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema = read(`api/v1/schema/${name}.json`);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    const validate = ajv.compile(schema);
    expect(validate(read(document)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: 2 })).toBe(false);
    // Found where the document says, at the address it gives itself.
    expect(schema.$id).toBe(new URL(`/api/v1/schema/${name}.json`, builtSiteUrl()).href);
    expect(read(document).$schema).toBe(schema.$id);
  });

  it.each([
    ['guides', 'api/v1/guides.json'],
    ['guide', 'api/v1/guides/linkedin.json'],
  ])('lets %s documents gain fields within v1: no object of the schema forbids unknown ones', (name, document) => {
    const schema = read(`api/v1/schema/${name}.json`);
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    // A field added to every object of the document, as a later v1 release may do. Maps (per
    // language, or keyed by surface, legal section or source id) are not objects with fields.
    const idMaps = new Set(['steps', 'legal', 'sources']);
    const isMap = (value: object, key: string) => idMaps.has(key) || Object.keys(value).every((k) => (languages as readonly string[]).includes(k));
    const grow = (value: unknown, key = ''): unknown =>
      Array.isArray(value)
        ? value.map((item) => grow(item))
        : value && typeof value === 'object'
          ? isMap(value, key)
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v)]))
            : { ...Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v, k)])), addedInV1: true }
          : value;
    expect(validate(grow(read(document))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // A breaking change is still refused: a required field missing.
    const { id: _removed, ...rest } = (read(document).guides?.[0] ?? read(document)) as Record<string, unknown>;
    expect(name === 'guides' ? validate({ ...read(document), guides: [rest] }) : validate(rest)).toBe(false);
  });
});
