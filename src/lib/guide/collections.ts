// Gathers one guide in one language from Astro's collections, sorted for display.
// The collections hold the one validated read of the content (lib/pipeline/). An entry
// not yet translated into the page's language is taken from another language and
// keeps that language in `contentLang`, so pages can mark it: never a 404, never a silent mix.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { languages, siteLangs, type Lang } from '../../i18n/languages';
import { localized } from '../languages/site';
import { parseEntryId } from '../content/entry-id';
import { citedSources } from '../content/cited-sources';
import type { LegalPoint } from '../content/schemas';
import { byUrgency } from './order';
import { buildTime } from './build-time';
import { guideState } from './status';

type Ordered = 'steps' | 'data' | 'exclusions' | 'legal' | 'faq';
export type WithId<C extends Ordered | 'overviews'> = CollectionEntry<C> & {
  anchor: string;
  /** The language the text is written in: the page's, or another one until it is translated. */
  contentLang: Lang;
};

type Grouped<C extends Ordered> = Map<string, WithId<C>[]>;
const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
// Each collection is grouped by guide and language once per build, so a page costs
// the same whatever the number of guides. Not in dev, where content changes live.

async function groupCollection<C extends Ordered>(collection: C): Promise<Grouped<C>> {
  const groups: Grouped<C> = new Map();
  for (const entry of await getCollection(collection)) {
    const ref = parseEntryId(entry.id);
    const key = `${ref.guide}/${ref.lang}`;
    groups.set(key, [...(groups.get(key) ?? []), Object.assign(entry, { anchor: ref.id, contentLang: ref.lang })]);
  }
  return groups;
}

function cachedGroups<C extends Ordered>(collection: C): () => Promise<Grouped<C>> {
  let grouped: Promise<Grouped<C>> | undefined;
  return () => {
    if (grouped) return grouped;
    const fresh = groupCollection(collection);
    if (!import.meta.env.DEV) grouped = fresh;
    return fresh;
  };
}
const groupsOf: { [C in Ordered]: () => Promise<Grouped<C>> } = {
  steps: cachedGroups('steps'),
  data: cachedGroups('data'),
  exclusions: cachedGroups('exclusions'),
  legal: cachedGroups('legal'),
  faq: cachedGroups('faq'),
};

async function entriesOf<C extends Ordered>(collection: C, guide: string, lang: Lang): Promise<WithId<C>[]> {
  const groups = await groupsOf[collection]();
  // The page's own language first, then its chain (content/languages.yaml) for what it still lacks.
  const merged = new Map<string, WithId<C>>();
  for (const from of siteLangs.chain(lang)) {
    for (const entry of groups.get(`${guide}/${from}`) ?? []) if (!merged.has(entry.anchor)) merged.set(entry.anchor, entry);
  }
  // Orders are language-neutral, so a borrowed entry takes its place in the list.
  return [...merged.values()].sort(byOrder);
}

/** Every text of a guide but its overview (steps, data, exclusions, legal points, questions), in every language, from the same groups. */
export async function guideTexts(guideId: string) {
  const texts = [];
  for (const collection of ['steps', 'data', 'exclusions', 'legal', 'faq'] as const) {
    const groups = await groupsOf[collection]();
    for (const lang of languages) texts.push(...(groups.get(`${guideId}/${lang}`) ?? []));
  }
  return texts;
}

async function overviewOf(guideId: string, lang: Lang): Promise<WithId<'overviews'> | undefined> {
  for (const candidate of siteLangs.chain(lang)) {
    const overview = await getEntry('overviews', `${guideId}/${candidate}/overview`);
    if (overview) return Object.assign(overview, { anchor: 'summary', contentLang: candidate });
  }
  return undefined;
}

/** A guide with its status at build time (lib/guide/status.ts). */
const withState = (guide: CollectionEntry<'guides'>) => ({ ...guide, state: guideState(guide.data, buildTime) });

/** Published guides, each with its status, most urgent first, then most recent (see lib/guide/order.ts). */
export async function listGuides() {
  return byUrgency((await getCollection('guides')).map(withState));
}

/** The guide's timeline, oldest first (events of the same day keep their file order). */
export async function timelineOf(guideId: string) {
  const timeline = await getEntry('timelines', guideId);
  return [...(timeline?.data.events ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** The timeline as a page in `lang` shows it: each text in that language, or in the next of its chain. */
export async function localizedTimeline(guideId: string, lang: Lang) {
  return (await timelineOf(guideId)).map((event) => ({ ...event, text: localized(event.text, lang) }));
}

const inSection = (section: LegalPoint['section']) => (point: WithId<'legal'>) => point.data.section === section;

export async function loadGuide(guideId: string, lang: Lang) {
  const entry = await getEntry('guides', guideId);
  const overview = await overviewOf(guideId, lang);
  if (!entry || !overview) throw new Error(`guide "${guideId}" has no content`);
  const guide = withState(entry);
  const steps = await entriesOf('steps', guideId, lang);
  const legal = await entriesOf('legal', guideId, lang);
  const data = await entriesOf('data', guideId, lang);
  const exclusions = await entriesOf('exclusions', guideId, lang);
  const faq = await entriesOf('faq', guideId, lang);
  /** The guide's surfaces in its order, with their texts in this language (or the next of its chain) and their steps. */
  const surfaces = guide.data.surfaces
    .map(({ id, device, product, label, where }) => ({
      surface: id,
      device,
      product,
      label: localized(label, lang),
      where: localized(where, lang),
      steps: steps.filter((s) => s.data.surface === id),
    }))
    .filter((group) => group.steps.length > 0);
  const timeline = await localizedTimeline(guideId, lang);
  const shown = [
    ...[overview, ...steps, ...data, ...exclusions, ...legal, ...faq].map((entry) => entry.contentLang),
    ...surfaces.flatMap((group) => [group.label.lang, group.where.lang]),
    ...timeline.map((event) => event.text.lang),
  ];
  const borrowedFrom = languages.filter((other) => other !== lang && shown.includes(other));
  const texts = [overview, ...steps, ...data, ...exclusions, ...legal, ...faq];
  const sources = citedSources(
    guide.data.sources,
    [
      ...texts.flatMap((text) => text.data.sources),
      ...steps.flatMap((step) => step.data.link?.sources ?? []),
      ...guide.data.action.links.flatMap((link) => link.sources),
      ...(guide.data.statusOverride?.sources ?? []),
      ...timeline.flatMap((event) => event.sources),
    ],
    texts.map((text) => text.body ?? ''),
  );
  return {
    guide,
    overview,
    /** The guide's sources this page cites, in the guide's order: the list and its numbers. */
    sources,
    surfaces,
    /** The products the steps cover, in order (empty for a platform with one product). */
    products: [...new Set(guide.data.surfaces.flatMap((s) => (s.product ? [s.product] : [])))],
    data,
    exclusions,
    // Every section of legalSections (schemas.ts), each possibly empty.
    legal: { effects: legal.filter(inSection('effects')), law: legal.filter(inSection('law')) } satisfies Record<LegalPoint['section'], WithId<'legal'>[]>,
    faq,
    timeline,
    /** The languages some texts are shown in because they are not yet translated (empty when complete). */
    borrowedFrom,
  };
}

export type LoadedGuide = Awaited<ReturnType<typeof loadGuide>>;

/** Titles of what a page anchor can point at: its sections (given by the page) and every step and entry. */
export function anchorTitles(loaded: LoadedGuide, sections: { anchor: string; title: string }[]): Map<string, string> {
  const titles = new Map(sections.map((section) => [section.anchor, section.title]));
  const entries = [...loaded.surfaces.flatMap((group) => group.steps), ...loaded.data, ...loaded.exclusions, ...Object.values(loaded.legal).flat(), ...loaded.faq];
  for (const entry of entries) titles.set(entry.anchor, 'question' in entry.data ? entry.data.question : entry.data.title);
  return titles;
}
