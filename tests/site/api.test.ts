// The JSON API, versions 1 and 2: every document matches its zod schema and its
// published JSON Schema. The fixture build in guide-shapes.test.ts covers guides
// without a key date and overridden ones, which only version 2 lists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { languages, publishedLanguages } from '../../src/i18n/languages';
import { apiGuide, apiGuideList, apiV2Guide, apiV2GuideList } from '../../src/lib/api/schemas';
import { byUrgency } from '../../src/lib/guide/order';
import { guideState } from '../../src/lib/guide/status';
import { assertBuilt, builtSiteUrl, distDir } from '../support/dist';
import { content, guideFile, publishedGuides } from '../support/guides';

const read = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
beforeAll(assertBuilt);

/** The guides version 1 can describe: a key date, upcoming or in force. Version 2 describes every guide. */
const v1Guides = publishedGuides.filter((id) => {
  const state = guideState(guideFile(id).data, new Date());
  return state.deadline !== undefined && (state.status === 'upcoming' || state.status === 'in-force');
});
/** The site's order (src/lib/guide/order.ts), from the content: the same rule, not a copy of the list. */
const siteOrder = byUrgency(content.guides.map((g) => ({ id: g.guide, data: g.data, state: guideState(g.data, new Date()) }))).map((g) => g.id);

describe('JSON API v1', () => {
  it('lists the published guides with a key date, in the site\'s order', () => {
    const list = apiGuideList.parse(read('api/v1/guides.json'));
    // Most urgent first, then most recent: both dated guides are in force, LinkedIn's date is the later one.
    expect(list.guides.map((g) => g.id)).toEqual(['linkedin', 'meta']);
    expect(list.guides.map((g) => g.id)).toEqual(siteOrder.filter((id) => v1Guides.includes(id)));
    expect(list.guides[0]).toMatchObject({ id: 'linkedin', name: 'LinkedIn', status: 'in-force', deadline: { date: '2025-11-03' } });
    expect(list.guides[1]).toMatchObject({ id: 'meta', name: 'Meta', status: 'in-force', deadline: { date: '2025-05-27' } });
    // Each instant is the start of its date in UTC+02:00 (November) and UTC+03:00 (May).
    expect(list.guides.map((g) => Date.parse(g.deadline.instant))).toEqual([Date.parse('2025-11-02T22:00:00Z'), Date.parse('2025-05-26T21:00:00Z')]);
  });

  it('keeps the fields version-1 clients of the LinkedIn guide read', () => {
    const guide = apiGuide.parse(read('api/v1/guides/linkedin.json'));
    expect(guide.settingsUrl).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(guide.steps['web']?.map((s) => s.id)).toEqual(['web-open-settings', 'web-data-privacy', 'web-ai-setting', 'web-switch-off']);
    expect(guide.steps['mobile']?.map((s) => s.order)).toEqual([1, 2, 3, 4]);
    expect(guide.steps['mobile']?.[1]?.urls['fr']).toMatch(/\/fr\/linkedin\/steps\/mobile-data-privacy\/$/);
    expect(guide.steps['web']?.[2]?.url).toBe(guide.settingsUrl);
    expect(guide.steps['web']?.[3]?.labels['en']).toEqual(['Use my data for training content creation AI models']);
    // The French toggle's wording differs between sources (FACTS 2026-12-06): the step quotes it in its text, not as an exact label.
    expect(guide.steps['web']?.[3]?.labels['fr']).toEqual([]);
    expect(guide.steps['web']?.[3]?.text['fr']?.text).toMatch(/Utiliser mes données pour entraîner les modèles d.IA de création de\s+contenu/);
  });

  it('describes the Meta guide as a form reached through a stable entry point, with reported direct links marked', () => {
    const guide = apiGuide.parse(read('api/v1/guides/meta.json'));
    expect(guide.action.kind).toBe('form');
    expect(guide.action.links.map((l) => [l.kind, l.reportedIn])).toEqual([['entry-point', undefined], ['reported', 2025], ['reported', 2025]]);
    expect(guide.settingsUrl).toBe('https://www.facebook.com/privacy/center');
    expect(guide.surfaces.map((s) => [s.id, s.device, s.product])).toEqual([['facebook-app', 'app', 'Facebook'], ['facebook-web', 'web', 'Facebook'], ['instagram-app', 'app', 'Instagram']]);
    const send = guide.steps['instagram-app']?.at(-1);
    expect(send?.text['fr']?.after).toMatch(/e-mail de confirmation/);
    expect(send?.text['en']?.after).toMatch(/confirmation email/);
  });

  describe.each(v1Guides)('the %s guide in full', (id) => {
    const guide = () => apiGuide.parse(read(`api/v1/guides/${id}.json`));
    const file = guideFile(id);
    const mine = (kind: string, lang = 'en') => content.entries.filter((e) => e.guide === id && e.lang === lang && e.kind === kind);

    it('has its steps per surface, in the guide\'s order, with their share URLs, labels and links', () => {
      const doc = guide();
      expect(doc.surfaces.map((s) => s.id)).toEqual(file.data.surfaces.map((s) => s.id));
      expect(Object.keys(doc.steps)).toEqual(file.data.surfaces.map((s) => s.id));
      for (const surface of file.data.surfaces) {
        const expected = content.entries
          .flatMap((e) => (e.guide === id && e.lang === 'en' && e.kind === 'steps' && e.data.surface === surface.id ? [e] : []))
          .sort((a, b) => a.data.order - b.data.order);
        const steps = doc.steps[surface.id]!;
        expect(steps.map((s) => s.id)).toEqual(expected.map((e) => e.id));
        expect(steps.map((s) => s.order)).toEqual(expected.map((_, index) => index + 1));
        for (const step of steps) {
          expect(step.urls['fr']).toMatch(new RegExp(`/fr/${id}/steps/${step.id}/$`));
          const fr = content.entries.find((e) => e.guide === id && e.lang === 'fr' && e.id === step.id && e.kind === 'steps');
          expect(fr?.kind).toBe('steps');
          if (fr?.kind !== 'steps') continue;
          expect(step.labels['fr']).toEqual(fr.data.labels);
          expect(step.link).toEqual(fr.data.link);
          if (step.link) expect(step.url).toBe(step.link.url);
        }
      }
      // A link's name in each published language, and the language each is written in.
      // Each link says whether its page asks to sign in (`signIn`), as the note under the button does.
      expect(doc.action).toEqual({
        ...file.data.action,
        links: file.data.action.links.map((link) => (link.name ? { ...link, nameLang: Object.fromEntries(publishedLanguages.map((lang) => [lang, lang])) } : link)),
      });
      expect(doc.settingsUrl).toBe(file.data.action.links[0]!.url);
    });

    it('has every entry, each citing declared sources', () => {
      const doc = guide();
      expect(doc.data.length + doc.exclusions.length + doc.faq.length).toBe(mine('data').length + mine('exclusions').length + mine('faq').length);
      for (const e of [...doc.data, ...doc.exclusions, ...doc.faq, ...Object.values(doc.steps).flat()]) for (const source of e.sources) expect(doc.sources[source], source).toBeDefined();
    });
  });

  it.each(v1Guides)('carries the %s timeline, oldest first, with a text and a page URL per language', (id) => {
    const guide = apiGuide.parse(read(`api/v1/guides/${id}.json`));
    const timeline = content.timelines.find((t) => t.guide === id)!;
    expect(guide.timeline.map((e) => e.id).sort()).toEqual(timeline.data.events.map((e) => e.id).sort());
    const dates = guide.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of guide.timeline) {
      const source = timeline.data.events.find((e) => e.id === event.id)!;
      expect(event).toMatchObject({ date: source.date, anchors: source.anchors, text: source.text });
      expect(event.urls['fr']).toMatch(new RegExp(`/fr/${id}/#${event.id}$`));
    }
    for (const e of guide.timeline) for (const id of e.sources) expect(guide.sources[id], id).toBeDefined();
  });

  it('lists exactly the guides version 1 can describe, publishes no document for the others, and says so in its schema', () => {
    const list = apiGuideList.parse(read('api/v1/guides.json'));
    expect(list.guides.map((g) => g.id).sort()).toEqual([...v1Guides].sort());
    // ChatGPT's guide has no key date: version 2 only.
    expect(v1Guides).not.toContain('chatgpt');
    for (const id of publishedGuides) expect(existsSync(join(distDir, `api/v1/guides/${id}.json`)), id).toBe(v1Guides.includes(id));
    expect(read('api/v1/schema/guides.json').properties.guides.description).toMatch(/only in version 2 \(\/api\/v2\/guides\.json\)/);
  });
});

describe('JSON API v2', () => {
  it('lists every published guide in the site\'s order, each with its status, key date or null, and override or null', () => {
    const list = apiV2GuideList.parse(read('api/v2/guides.json'));
    expect(list.version).toBe(2);
    expect(list.guides.map((g) => g.id)).toEqual(siteOrder);
    expect(new Set(siteOrder)).toEqual(new Set(publishedGuides));
    for (const guide of list.guides) {
      const file = guideFile(guide.id);
      expect(guide.status).toBe(guideState(file.data, new Date()).status);
      expect(guide.deadline).toEqual(file.data.deadline ? { date: file.data.deadline.date, instant: expect.any(String) } : null);
      expect(guide.statusOverride).toEqual(file.data.statusOverride ?? null);
      expect(guide.api).toBe(new URL(`/api/v2/guides/${guide.id}.json`, builtSiteUrl()).href);
    }
  });

  it.each(v1Guides)('describes the %s guide as version 1 does, without the fields kept for version-1 clients', (id) => {
    const v1 = apiGuide.parse(read(`api/v1/guides/${id}.json`));
    const v2 = apiV2Guide.parse(read(`api/v2/guides/${id}.json`));
    const { settingsUrl: _settingsUrl, steps: v1Steps, version: _v1, $schema: _s1, api: _a1, ...v1Rest } = v1;
    const { statusOverride, steps: v2Steps, version: _v2, $schema: _s2, api: _a2, ...v2Rest } = v2;
    expect(v2Rest).toEqual(v1Rest);
    expect(statusOverride).toBeNull();
    expect(v2Steps).toEqual(Object.fromEntries(Object.entries(v1Steps).map(([surface, steps]) => [surface, steps.map(({ url: _url, ...step }) => step)])));
    expect(JSON.stringify(read(`api/v2/guides/${id}.json`))).not.toContain('"settingsUrl"');
  });

  it.each(publishedGuides.filter((id) => !v1Guides.includes(id)))('describes the %s guide, which version 1 cannot, in full', (id) => {
    const doc = apiV2Guide.parse(read(`api/v2/guides/${id}.json`));
    const file = guideFile(id);
    expect(doc).toMatchObject({ id, status: guideState(file.data, new Date()).status, deadline: file.data.deadline ?? null, statusOverride: file.data.statusOverride ?? null });
    expect(Object.keys(doc.steps)).toEqual(file.data.surfaces.map((s) => s.id));
    for (const surface of file.data.surfaces) {
      const expected = content.entries
        .flatMap((e) => (e.guide === id && e.lang === 'en' && e.kind === 'steps' && e.data.surface === surface.id ? [e] : []))
        .sort((a, b) => a.data.order - b.data.order);
      expect(doc.steps[surface.id]!.map((step) => step.id)).toEqual(expected.map((e) => e.id));
      for (const step of doc.steps[surface.id]!) expect(step.urls['en']).toMatch(new RegExp(`/en/${id}/steps/${step.id}/$`));
    }
    expect(doc.action.links.map((link) => [link.url, link.kind, link.signIn])).toEqual(file.data.action.links.map((link) => [link.url, link.kind, link.signIn]));
    const timeline = content.timelines.find((t) => t.guide === id);
    expect(doc.timeline.map((e) => e.id).sort()).toEqual((timeline?.data.events ?? []).map((e) => e.id).sort());
    for (const e of [...doc.data, ...doc.exclusions, ...doc.faq, ...doc.timeline, ...Object.values(doc.steps).flat()]) for (const source of e.sources) expect(doc.sources[source], source).toBeDefined();
  });

  it('says which main buttons ask to sign in: OpenAI\'s help page does not', () => {
    const chatgpt = apiV2Guide.parse(read('api/v2/guides/chatgpt.json'));
    expect(chatgpt.action.links[0]).toMatchObject({ kind: 'entry-point', signIn: false });
    expect(apiGuide.parse(read('api/v1/guides/linkedin.json')).action.links[0]).toMatchObject({ kind: 'direct', signIn: true });
  });
});

describe.each([1, 2])('JSON Schema of version %i', (version) => {
  it.each([
    ['guides', `api/v${version}/guides.json`],
    ...(version === 1 ? v1Guides : publishedGuides).map((id) => ['guide', `api/v${version}/guides/${id}.json`]),
  ])('publishes a JSON Schema for %s that the documents satisfy', (name, document) => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema = read(`api/v${version}/schema/${name}.json`);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    const validate = ajv.compile(schema);
    expect(validate(read(document)), JSON.stringify(validate.errors)).toBe(true);
    // Another version's document is refused.
    expect(validate({ ...read(document), version: 3 - version })).toBe(false);
    // Found where the document says, at the address it gives itself.
    expect(schema.$id).toBe(new URL(`/api/v${version}/schema/${name}.json`, builtSiteUrl()).href);
    expect(read(document).$schema).toBe(schema.$id);
  });

  it.each([
    ['guides', `api/v${version}/guides.json`],
    ['guide', `api/v${version}/guides/linkedin.json`],
  ])('lets %s documents gain fields within the version: no object of the schema forbids unknown ones', (name, document) => {
    const schema = read(`api/v${version}/schema/${name}.json`);
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    // A field added to every object of the document, as a later release may do. Maps (per
    // language, or keyed by surface, legal section or source id) are not objects with fields.
    const idMaps = new Set(['steps', 'legal', 'sources']);
    const isMap = (value: object, key: string) => idMaps.has(key) || Object.keys(value).every((k) => (languages as readonly string[]).includes(k));
    const grow = (value: unknown, key = ''): unknown =>
      Array.isArray(value)
        ? value.map((item) => grow(item))
        : value && typeof value === 'object'
          ? isMap(value, key)
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v)]))
            : { ...Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v, k)])), addedLater: true }
          : value;
    expect(validate(grow(read(document))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // A breaking change is still refused: a required field missing.
    const { id: _removed, ...rest } = (read(document).guides?.[0] ?? read(document)) as Record<string, unknown>;
    expect(name === 'guides' ? validate({ ...read(document), guides: [rest] }) : validate(rest)).toBe(false);
  });
});
