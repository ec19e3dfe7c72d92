// The JSON API: every document matches its zod schema and its published JSON Schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGuide, apiGuideList } from '../../src/lib/api/schemas';
import { validateContent } from '../../src/lib/content/validate';
import { assertBuilt, distDir, projectRoot } from '../support/dist';

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
  });
});
