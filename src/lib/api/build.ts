// Builds the API documents from the content, then checks them against their schema.
// Version 2 describes every guide; version 1 the guides with a key date, upcoming or in
// force (its schema requires a key date and knows no other status).
import { languages } from '../../i18n/languages';
import { listGuides, loadGuide, type LoadedGuide, type WithId } from '../content/collections';
import type { GuideState } from '../guide/status';
import { absoluteUrl, anchorPath, guidePath, stepSharePath } from '../links';
import { plainText } from '../text/plain-text';
import { apiGuide, apiGuideList, apiV2Guide, apiV2GuideList, type ApiGuide, type ApiGuideList, type ApiV2Guide, type ApiV2GuideList } from './schemas';

export const apiVersions = [1, 2] as const;
export type ApiVersion = (typeof apiVersions)[number];
export const apiListPath = (version: ApiVersion) => `/api/v${version}/guides.json`;
export const apiGuidePath = (version: ApiVersion, id: string) => `/api/v${version}/guides/${id}.json`;
export const apiSchemaNames = ['guides', 'guide'] as const;
export const apiSchemaPath = (version: ApiVersion, name: (typeof apiSchemaNames)[number]) => `/api/v${version}/schema/${name}.json`;

/** Version 1 describes a guide with a key date, upcoming or in force: its deadline is required, its status one of those two. */
export const inVersion1 = (state: GuideState): state is Extract<GuideState, { status: 'upcoming' | 'in-force'; deadline: object }> =>
  state.deadline !== undefined && (state.status === 'upcoming' || state.status === 'in-force');

/** The guides a version lists, in the site's order. */
export async function apiGuides(version: ApiVersion) {
  const guides = await listGuides();
  return version === 1 ? guides.filter((guide) => inVersion1(guide.state)) : guides;
}

type AnyEntry = WithId<'steps'> | WithId<'data'> | WithId<'exclusions'> | WithId<'legal'> | WithId<'faq'>;
const titleOf = (entry: AnyEntry) => ('question' in entry.data ? entry.data.question : entry.data.title);

type Listed = LoadedGuide['guide'];

function summary(guide: Listed, site: URL, version: ApiVersion) {
  return {
    id: guide.id,
    name: guide.data.platform,
    status: guide.state.status,
    regions: guide.data.regions,
    lastVerified: guide.data.lastVerified,
    urls: Object.fromEntries(languages.map((lang) => [lang, absoluteUrl(guidePath(lang, guide.id), site)])),
    api: absoluteUrl(apiGuidePath(version, guide.id), site),
  };
}

/** Version 2's own summary fields: the key date or null, and the editor's override or null. */
const v2Fields = ({ state, data }: Listed) => ({ deadline: state.deadline ?? null, statusOverride: data.statusOverride ?? null });

export async function guideListDocument(site: URL, version: 1): Promise<ApiGuideList>;
export async function guideListDocument(site: URL, version: 2): Promise<ApiV2GuideList>;
export async function guideListDocument(site: URL, version: ApiVersion): Promise<ApiGuideList | ApiV2GuideList>;
export async function guideListDocument(site: URL, version: ApiVersion): Promise<ApiGuideList | ApiV2GuideList> {
  const guides = await apiGuides(version);
  const $schema = absoluteUrl(apiSchemaPath(version, 'guides'), site);
  if (version === 2) return apiV2GuideList.parse({ $schema, version, guides: guides.map((guide) => ({ ...summary(guide, site, 2), ...v2Fields(guide) })) });
  return apiGuideList.parse({ $schema, version, guides: guides.map((guide) => ({ ...summary(guide, site, 1), deadline: guide.state.deadline })) });
}

export async function guideDocument(id: string, site: URL, version: 1): Promise<ApiGuide>;
export async function guideDocument(id: string, site: URL, version: 2): Promise<ApiV2Guide>;
export async function guideDocument(id: string, site: URL, version: ApiVersion): Promise<ApiGuide | ApiV2Guide>;
export async function guideDocument(id: string, site: URL, version: ApiVersion): Promise<ApiGuide | ApiV2Guide> {
  const loaded = Object.fromEntries(await Promise.all(languages.map(async (lang) => [lang, await loadGuide(id, lang)] as const))) as Record<(typeof languages)[number], LoadedGuide>;
  const [first] = languages;
  const base = loaded[first];
  // Entries share ids across languages (checked by the content validation): pair them by id.
  const entries = (pick: (g: LoadedGuide) => AnyEntry[], url: (lang: (typeof languages)[number], id: string) => string) =>
    pick(base).map((entry) => ({
      id: entry.anchor,
      order: entry.data.order,
      sources: entry.data.sources,
      text: Object.fromEntries(
        languages.map((lang) => {
          const twin = pick(loaded[lang]).find((e) => e.anchor === entry.anchor)!;
          return [lang, { title: titleOf(twin), text: plainText(twin.body ?? '', 2000), lang: twin.contentLang }];
        }),
      ),
      urls: Object.fromEntries(languages.map((lang) => [lang, absoluteUrl(url(lang, entry.anchor), site)])),
    }));
  const stepOf = (lang: (typeof languages)[number], stepId: string) =>
    loaded[lang].surfaces.flatMap((s) => s.steps).find((s) => s.anchor === stepId)!;
  const steps = Object.fromEntries(
    base.surfaces.map(({ surface }) => [
      surface,
      entries((g) => g.surfaces.find((s) => s.surface === surface)?.steps ?? [], (lang, stepId) => stepSharePath(lang, id, stepId)).map((step) => {
        const { link } = stepOf(first, step.id).data;
        return {
          ...step,
          text: Object.fromEntries(
            languages.map((lang) => {
              const { after } = stepOf(lang, step.id).data;
              return [lang, { ...step.text[lang]!, ...(after ? { after } : {}) }];
            }),
          ),
          ...(link ? { link } : {}),
          labels: Object.fromEntries(languages.map((lang) => [lang, stepOf(lang, step.id).data.labels])),
        };
      }),
    ]),
  );
  const anchored = (lang: (typeof languages)[number], anchor: string) => anchorPath(lang, id, anchor);
  const { guide } = base;
  const common = {
    owner: guide.data.owner,
    action: guide.data.action,
    ...(guide.data.objectionFormUrl ? { objectionFormUrl: guide.data.objectionFormUrl } : {}),
    surfaces: guide.data.surfaces.map(({ id: surface, device, product, label }) => ({ id: surface, device, ...(product ? { product } : {}), label })),
    data: entries((g) => g.data, anchored),
    exclusions: entries((g) => g.exclusions, anchored),
    legal: Object.fromEntries(Object.keys(base.legal).map((section) => [section, entries((g) => g.legal[section as keyof typeof g.legal], anchored)])),
    faq: entries((g) => g.faq, anchored),
    timeline: base.timeline.map((event) => ({
      ...event,
      urls: Object.fromEntries(languages.map((lang) => [lang, absoluteUrl(anchored(lang, event.id), site)])),
    })),
    sources: guide.data.sources,
  };
  const $schema = absoluteUrl(apiSchemaPath(version, 'guide'), site);
  if (version === 2) return apiV2Guide.parse({ $schema, version, ...summary(guide, site, 2), ...v2Fields(guide), ...common, steps });
  // Version 1 repeats the first action link and each step's link, as its first clients read them.
  const withUrls = Object.fromEntries(Object.entries(steps).map(([surface, list]) => [surface, list.map((step) => (step.link ? { ...step, url: step.link.url } : step))]));
  return apiGuide.parse({ $schema, version, ...summary(guide, site, 1), deadline: guide.state.deadline, ...common, settingsUrl: guide.data.action.links[0]!.url, steps: withUrls });
}
