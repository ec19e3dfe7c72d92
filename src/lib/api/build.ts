// Builds the API documents from the content, then checks them against their schema.
import { languages } from '../../i18n/languages';
import { listGuides, loadGuide, type LoadedGuide, type WithId } from '../content/collections';
import { absoluteUrl, anchorPath, guidePath, stepSharePath } from '../links';
import { plainText } from '../text/plain-text';
import { apiGuide, apiGuideList, type ApiGuide, type ApiGuideList } from './schemas';

export const apiListPath = '/api/v1/guides.json';
export const apiGuidePath = (id: string) => `/api/v1/guides/${id}.json`;
export const apiSchemaNames = ['guides', 'guide'] as const;
export const apiSchemaPath = (name: (typeof apiSchemaNames)[number]) => `/api/v1/schema/${name}.json`;

type AnyEntry = WithId<'steps'> | WithId<'data'> | WithId<'exclusions'> | WithId<'legal'> | WithId<'faq'>;
const titleOf = (entry: AnyEntry) => ('question' in entry.data ? entry.data.question : entry.data.title);

function summary(guide: LoadedGuide['guide'], site: URL) {
  return {
    id: guide.id,
    name: guide.data.platform,
    status: guide.data.status,
    deadline: guide.data.deadline,
    regions: guide.data.regions,
    lastVerified: guide.data.lastVerified,
    urls: Object.fromEntries(languages.map((lang) => [lang, absoluteUrl(guidePath(lang, guide.id), site)])),
    api: absoluteUrl(apiGuidePath(guide.id), site),
  };
}

export async function guideListDocument(site: URL): Promise<ApiGuideList> {
  const guides = await listGuides();
  return apiGuideList.parse({ $schema: absoluteUrl(apiSchemaPath('guides'), site), version: 1, guides: guides.map((guide) => summary(guide, site)) });
}

export async function guideDocument(id: string, site: URL): Promise<ApiGuide> {
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
          return [lang, { title: titleOf(twin), text: plainText(twin.body ?? '', Number.POSITIVE_INFINITY), lang: twin.contentLang }];
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
          ...(link ? { url: link.url, link } : {}),
          labels: Object.fromEntries(languages.map((lang) => [lang, stepOf(lang, step.id).data.labels])),
        };
      }),
    ]),
  );
  const anchored = (lang: (typeof languages)[number], anchor: string) => anchorPath(lang, id, anchor);
  const { guide } = base;
  return apiGuide.parse({
    $schema: absoluteUrl(apiSchemaPath('guide'), site),
    version: 1,
    ...summary(guide, site),
    owner: guide.data.owner,
    action: guide.data.action,
    settingsUrl: guide.data.action.links[0]!.url,
    ...(guide.data.objectionFormUrl ? { objectionFormUrl: guide.data.objectionFormUrl } : {}),
    surfaces: guide.data.surfaces.map(({ id: surface, device, product, label }) => ({ id: surface, device, ...(product ? { product } : {}), label })),
    steps,
    data: entries((g) => g.data, anchored),
    exclusions: entries((g) => g.exclusions, anchored),
    legal: Object.fromEntries(Object.keys(base.legal).map((section) => [section, entries((g) => g.legal[section as keyof typeof g.legal], anchored)])),
    faq: entries((g) => g.faq, anchored),
    timeline: base.timeline.map((event) => ({
      ...event,
      urls: Object.fromEntries(languages.map((lang) => [lang, absoluteUrl(anchored(lang, event.id), site)])),
    })),
    sources: guide.data.sources,
  });
}
