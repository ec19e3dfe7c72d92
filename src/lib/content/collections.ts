// Gathers one guide in one language from Astro's collections, sorted for display.
// The content was validated as a whole before the build (integration.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../i18n/languages';
import { parseEntryId } from './entry-id';
import { legalSections, surfaces } from './schemas';

type Ordered = 'steps' | 'data' | 'exclusions' | 'legal' | 'faq';
export type WithId<C extends Ordered | 'overviews'> = CollectionEntry<C> & { anchor: string };

async function entriesOf<C extends Ordered>(collection: C, guide: string, lang: Lang): Promise<WithId<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all
    .map((entry) => ({ entry, ref: parseEntryId(entry.id) }))
    .filter(({ ref }) => ref.guide === guide && ref.lang === lang)
    .map(({ entry, ref }) => Object.assign(entry, { anchor: ref.id }))
    .sort((a, b) => (a.data as { order: number }).order - (b.data as { order: number }).order);
}

export async function listGuides() {
  return (await getCollection('guides')).sort((a, b) => a.data.platform.localeCompare(b.data.platform));
}

export async function loadGuide(guideId: string, lang: Lang) {
  const guide = (await listGuides()).find((g) => g.id === guideId);
  const overview = (await getCollection('overviews')).find((o) => o.id === `${guideId}/${lang}/overview`);
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
