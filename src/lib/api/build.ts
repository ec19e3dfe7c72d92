// Builds the API documents from the content, then checks them against their schema.
// They carry the published languages (content/languages.yaml): a draft language is not offered.
import { defaultLang, publishedLanguages, type Lang } from '../../i18n/languages';
import { listGuides, loadGuide, timelineOf, type LoadedGuide, type WithId } from '../content/collections';
import { localized } from '../languages/site';
import type { LocalizedText } from '../languages/localized';
import { absoluteUrl, anchorPath, guidePath, stepSharePath } from '../links';
import { plainText } from '../text/plain-text';
import { apiGuide, apiGuideList, type ApiGuide, type ApiGuideList } from './schemas';

export const apiListPath = '/api/v1/guides.json';
export const apiGuidePath = (id: string) => `/api/v1/guides/${id}.json`;
export const apiSchemaNames = ['guides', 'guide'] as const;
export const apiSchemaPath = (name: (typeof apiSchemaNames)[number]) => `/api/v1/schema/${name}.json`;

type AnyEntry = WithId<'steps'> | WithId<'data'> | WithId<'exclusions'> | WithId<'legal'> | WithId<'faq'>;
const titleOf = (entry: AnyEntry) => ('question' in entry.data ? entry.data.question : entry.data.title);

/** One value per published language. */
const perLanguage = <T>(value: (lang: Lang) => T): Record<Lang, T> => Object.fromEntries(publishedLanguages.map((lang) => [lang, value(lang)]));

/** A per-language text of guide.yaml or timeline.yaml as the API gives it: a text per published language, and the language each is written in. */
const texts = (source: LocalizedText) => ({ texts: perLanguage((lang) => localized(source, lang).text), langs: perLanguage((lang) => localized(source, lang).lang) });

function summary(guide: LoadedGuide['guide'], site: URL) {
  return {
    id: guide.id,
    name: guide.data.platform,
    status: guide.data.status,
    deadline: guide.data.deadline,
    regions: guide.data.regions,
    lastVerified: guide.data.lastVerified,
    urls: perLanguage((lang) => absoluteUrl(guidePath(lang, guide.id), site)),
    api: absoluteUrl(apiGuidePath(guide.id), site),
  };
}

export async function guideListDocument(site: URL): Promise<ApiGuideList> {
  const guides = await listGuides();
  return apiGuideList.parse({ $schema: absoluteUrl(apiSchemaPath('guides'), site), version: 1, guides: guides.map((guide) => summary(guide, site)) });
}

export async function guideDocument(id: string, site: URL): Promise<ApiGuide> {
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
          ...(link ? { url: link.url, link } : {}),
          labels: perLanguage((lang) => stepOf(lang, step.id).data.labels),
        };
      }),
    ]),
  );
  const anchored = (lang: Lang, anchor: string) => anchorPath(lang, id, anchor);
  const { guide } = base;
  return apiGuide.parse({
    $schema: absoluteUrl(apiSchemaPath('guide'), site),
    version: 1,
    ...summary(guide, site),
    owner: guide.data.owner,
    action: {
      ...guide.data.action,
      links: guide.data.action.links.map(({ name, ...link }) => {
        const named = name && texts(name);
        return { ...link, ...(named ? { name: named.texts, nameLang: named.langs } : {}) };
      }),
    },
    settingsUrl: guide.data.action.links[0]!.url,
    ...(guide.data.objectionFormUrl ? { objectionFormUrl: guide.data.objectionFormUrl } : {}),
    surfaces: guide.data.surfaces.map(({ id: surface, device, product, label }) => {
      const { texts: labels, langs } = texts(label);
      return { id: surface, device, ...(product ? { product } : {}), label: labels, labelLang: langs };
    }),
    steps,
    data: entries((g) => g.data, anchored),
    exclusions: entries((g) => g.exclusions, anchored),
    legal: Object.fromEntries(Object.keys(base.legal).map((section) => [section, entries((g) => g.legal[section as keyof typeof g.legal], anchored)])),
    faq: entries((g) => g.faq, anchored),
    timeline: (await timelineOf(id)).map((event) => {
      const { texts: text, langs } = texts(event.text);
      return { ...event, text, textLang: langs, urls: perLanguage((lang) => absoluteUrl(anchored(lang, event.id), site)) };
    }),
    sources: guide.data.sources,
  });
}
