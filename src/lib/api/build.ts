// Builds the API documents from the content, then checks them against their schema.
// Version 2 describes every guide; version 1 the guides with a key date, upcoming or in
// force (its schema requires a key date and knows no other status). Both carry the
// published languages (content/languages.yaml): a draft language is not offered.
import { defaultLang, publishedLanguages, type Lang } from '../../i18n/languages';
import { listGuides, loadGuide, timelineOf, type LoadedGuide, type WithId } from '../guide/collections';
import type { GuideState } from '../guide/status';
import { localized } from '../languages/site';
import type { LocalizedText } from '../languages/localized';
import { absoluteUrl, anchorPath, guidePath, stepSharePath } from '../links';
import { plainText } from '../text/plain-text';
import { legalSections, type Deadline } from '../content/schemas';
import { apiGuide, apiGuideList, apiV2Guide, apiV2GuideList, type ApiGuide, type ApiGuideList, type ApiV2Guide, type ApiV2GuideList } from './schemas';

export const apiVersions = [1, 2] as const;
export type ApiVersion = (typeof apiVersions)[number];
export const apiGuidePath = (version: ApiVersion, id: string) => `/api/v${version}/guides/${id}.json`;
export const apiSchemaNames = ['guides', 'guide'] as const;
export const apiSchemaPath = (version: ApiVersion, name: (typeof apiSchemaNames)[number]) => `/api/v${version}/schema/${name}.json`;

/** Version 1 describes a guide with a key date, upcoming or in force: its deadline is required, its status one of those two. */
const inVersion1 = (state: GuideState): state is Extract<GuideState, { status: 'upcoming' | 'in-force'; deadline: object }> =>
  state.deadline !== undefined && (state.status === 'upcoming' || state.status === 'in-force');

/** The guides a version lists, in the site's order. */
export async function apiGuides(version: ApiVersion) {
  const guides = await listGuides();
  return version === 1 ? guides.filter((guide) => inVersion1(guide.state)) : guides;
}

type AnyEntry = WithId<'steps'> | WithId<'data'> | WithId<'exclusions'> | WithId<'legal'> | WithId<'faq'>;
const titleOf = (entry: AnyEntry) => ('question' in entry.data ? entry.data.question : entry.data.title);

/** One value per published language. */
const perLanguage = <T>(value: (lang: Lang) => T): Record<Lang, T> => Object.fromEntries(publishedLanguages.map((lang) => [lang, value(lang)]));

/** A per-language text of guide.yaml or timeline.yaml as the API gives it: a text per published language, and the language each is written in. */
const texts = (source: LocalizedText) => ({ texts: perLanguage((lang) => localized(source, lang).text), langs: perLanguage((lang) => localized(source, lang).lang) });

type Listed = LoadedGuide['guide'];

function summary(guide: Listed, site: URL, version: ApiVersion) {
  return {
    id: guide.id,
    name: guide.data.platform,
    status: guide.state.status,
    regions: guide.data.regions,
    lastVerified: guide.data.lastVerified,
    urls: perLanguage((lang) => absoluteUrl(guidePath(lang, guide.id), site)),
    api: absoluteUrl(apiGuidePath(version, guide.id), site),
  };
}

/**
 * The key date as the API has always published it: the instant in UTC with milliseconds
 * (2025-11-02T22:00:00.000Z), whatever offset guide.yaml writes it with.
 */
function published<D extends Deadline | undefined>(deadline: D): D {
  return deadline && { ...deadline, instant: new Date(Date.parse(deadline.instant)).toISOString() };
}

/** Version 2's own summary fields: the key date or null, and the editor's override or null. */
const v2Fields = ({ state, data }: Listed) => ({ deadline: published(state.deadline) ?? null, statusOverride: data.statusOverride ?? null });

export async function guideListDocument(site: URL, version: 1): Promise<ApiGuideList>;
export async function guideListDocument(site: URL, version: 2): Promise<ApiV2GuideList>;
export async function guideListDocument(site: URL, version: ApiVersion): Promise<ApiGuideList | ApiV2GuideList>;
export async function guideListDocument(site: URL, version: ApiVersion): Promise<ApiGuideList | ApiV2GuideList> {
  const guides = await apiGuides(version);
  const $schema = absoluteUrl(apiSchemaPath(version, 'guides'), site);
  if (version === 2) return apiV2GuideList.parse({ $schema, version, guides: guides.map((guide) => ({ ...summary(guide, site, 2), ...v2Fields(guide) })) });
  return apiGuideList.parse({ $schema, version, guides: guides.map((guide) => ({ ...summary(guide, site, 1), deadline: published(guide.state.deadline) })) });
}

export async function guideDocument(id: string, site: URL, version: 1): Promise<ApiGuide>;
export async function guideDocument(id: string, site: URL, version: 2): Promise<ApiV2Guide>;
export async function guideDocument(id: string, site: URL, version: ApiVersion): Promise<ApiGuide | ApiV2Guide>;
export async function guideDocument(id: string, site: URL, version: ApiVersion): Promise<ApiGuide | ApiV2Guide> {
  const loaded = new Map(await Promise.all(publishedLanguages.map(async (lang) => [lang, await loadGuide(id, lang)] as const)));
  const inLang = (lang: Lang) => {
    const guide = loaded.get(lang);
    if (!guide) throw new Error(`guide "${id}" was not loaded in ${lang}`);
    return guide;
  };
  // The default language is published: its version gives the list of entries, every language shows them all.
  const base = inLang(defaultLang);
  // Entries share ids across languages (checked by the content validation): pair them by id.
  const entries = (pick: (g: LoadedGuide) => AnyEntry[], url: (lang: Lang, id: string) => string) =>
    pick(base).map((entry) => ({
      id: entry.anchor,
      order: entry.data.order,
      sources: entry.data.sources,
      text: perLanguage((lang) => {
        const twin = pick(inLang(lang)).find((e) => e.anchor === entry.anchor);
        if (!twin) throw new Error(`guide "${id}": ${entry.anchor} is missing in ${lang}`);
        return { title: titleOf(twin), text: plainText(twin.body ?? '', Number.POSITIVE_INFINITY), lang: twin.contentLang };
      }),
      urls: perLanguage((lang) => absoluteUrl(url(lang, entry.anchor), site)),
    }));
  const stepOf = (lang: Lang, stepId: string) => {
    const step = inLang(lang).surfaces.flatMap((s) => s.steps).find((s) => s.anchor === stepId);
    if (!step) throw new Error(`guide "${id}": step ${stepId} is missing in ${lang}`);
    return step;
  };
  const steps = Object.fromEntries(
    base.surfaces.map(({ surface }) => [
      surface,
      entries((g) => g.surfaces.find((s) => s.surface === surface)?.steps ?? [], (lang, stepId) => stepSharePath(lang, id, stepId)).map((step) => {
        const { link } = stepOf(defaultLang, step.id).data;
        return {
          ...step,
          text: perLanguage((lang) => {
            const { after } = stepOf(lang, step.id).data;
            return { ...step.text[lang]!, ...(after ? { after } : {}) };
          }),
          ...(link ? { link } : {}),
          labels: perLanguage((lang) => stepOf(lang, step.id).data.labels),
        };
      }),
    ]),
  );
  const anchored = (lang: Lang, anchor: string) => anchorPath(lang, id, anchor);
  const { guide } = base;
  const common = {
    owner: guide.data.owner,
    action: {
      ...guide.data.action,
      links: guide.data.action.links.map(({ name, ...link }) => {
        const named = name && texts(name);
        return { ...link, ...(named ? { name: named.texts, nameLang: named.langs } : {}) };
      }),
    },
    ...(guide.data.objectionFormUrl ? { objectionFormUrl: guide.data.objectionFormUrl } : {}),
    surfaces: guide.data.surfaces.map(({ id: surface, device, product, label }) => {
      const { texts: labels, langs } = texts(label);
      return { id: surface, device, ...(product ? { product } : {}), label: labels, labelLang: langs };
    }),
    data: entries((g) => g.data, anchored),
    exclusions: entries((g) => g.exclusions, anchored),
    legal: Object.fromEntries(legalSections.map((section) => [section, entries((g) => g.legal[section], anchored)])),
    faq: entries((g) => g.faq, anchored),
    timeline: (await timelineOf(id)).map((event) => {
      const { texts: text, langs } = texts(event.text);
      return { ...event, text, textLang: langs, urls: perLanguage((lang) => absoluteUrl(anchored(lang, event.id), site)) };
    }),
    sources: guide.data.sources,
  };
  const $schema = absoluteUrl(apiSchemaPath(version, 'guide'), site);
  if (version === 2) return apiV2Guide.parse({ $schema, version, ...summary(guide, site, 2), ...v2Fields(guide), ...common, steps });
  // Version 1 repeats the first action link and each step's link, as its first clients read them.
  const withUrls = Object.fromEntries(Object.entries(steps).map(([surface, list]) => [surface, list.map((step) => (step.link ? { ...step, url: step.link.url } : step))]));
  return apiGuide.parse({ $schema, version, ...summary(guide, site, 1), deadline: published(guide.state.deadline), ...common, settingsUrl: guide.data.action.links[0]!.url, steps: withUrls });
}
