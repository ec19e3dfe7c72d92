// Gathers one guide in one language from Astro's collections, sorted for display.
// The content was validated as a whole before the build (integration.ts).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../../i18n/languages';
import { parseEntryId } from './entry-id';
import { legalSections, surfaces } from './schemas';

type Ordered = 'steps' | 'data' | 'exclusions' | 'legal' | 'faq';
export type WithId<C extends Ordered | 'overviews'> = CollectionEntry<C> & { anchor: string };

type Grouped<C extends Ordered> = Map<string, WithId<C>[]>;
// Each collection is grouped by guide and language once per build, so a page costs
// the same whatever the number of guides. Not in dev, where content changes live.
const groupedCache = new Map<Ordered, Promise<Grouped<Ordered>>>();

async function groupCollection<C extends Ordered>(collection: C): Promise<Grouped<C>> {
  const groups: Grouped<C> = new Map();
  for (const entry of (await getCollection(collection)) as CollectionEntry<C>[]) {
    const ref = parseEntryId(entry.id);
    const key = `${ref.guide}/${ref.lang}`;
    groups.set(key, [...(groups.get(key) ?? []), Object.assign(entry, { anchor: ref.id })]);
  }
  for (const list of groups.values()) list.sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order);
  return groups;
}

async function entriesOf<C extends Ordered>(collection: C, guide: string, lang: Lang): Promise<WithId<C>[]> {
  let grouped = groupedCache.get(collection) as Promise<Grouped<C>> | undefined;
  if (!grouped) {
    grouped = groupCollection(collection);
    if (!import.meta.env.DEV) groupedCache.set(collection, grouped as Promise<Grouped<Ordered>>);
  }
  return (await grouped).get(`${guide}/${lang}`) ?? [];
}

export async function listGuides() {
  return (await getCollection('guides')).sort((a, b) => a.data.platform.localeCompare(b.data.platform));
}

/** getStaticPaths for routes with one page per guide and language. */
export async function guideLangPaths() {
  const guides = await listGuides();
  return languages.flatMap((lang) => guides.map((guide) => ({ params: { lang, guide: guide.id } })));
}

export async function loadGuide(guideId: string, lang: Lang) {
  const guide = await getEntry('guides', guideId);
  const overview = await getEntry('overviews', `${guideId}/${lang}/overview`);
  if (!guide || !overview) throw new Error(`guide "${guideId}" has no ${lang} content`);
  const steps = await entriesOf('steps', guideId, lang);
  const legal = await entriesOf('legal', guideId, lang);
  return {
    guide,
    overview,
    surfaces: surfaces
      .map((surface) => ({ surface, steps: steps.filter((s) => s.data.surface === surface) }))
      .filter((group) => group.steps.length > 0),
    data: await entriesOf('data', guideId, lang),
    exclusions: await entriesOf('exclusions', guideId, lang),
    legal: Object.fromEntries(legalSections.map((section) => [section, legal.filter((l) => l.data.section === section)])) as Record<
      (typeof legalSections)[number],
      WithId<'legal'>[]
    >,
    faq: await entriesOf('faq', guideId, lang),
    /** Source ids in guide.yaml order: their position is the number readers see. */
    sourceIds: Object.keys(guide.data.sources),
  };
}

export type LoadedGuide = Awaited<ReturnType<typeof loadGuide>>;
