// Rules that span several files: translations, ids, orders, sources and dates.
// Each returns problems; none throws, so the editor sees every problem at once.
import type { Languages } from '../languages/registry';
import { deadlineStart, instantStartsDate, todayUtc } from '../countdown/deadline';
import { entryKinds, type EntryKind } from './schemas';
import { FILE_FIELD, type Problem } from '../validation/problems';
import { sourceAnchor } from '../links';
import { reservedAnchors } from './anchors';
import { type Entry, type EntryPlace, type GuideFile, type ReadResult, type TimelineFile } from './read';

/** An entry shown in an ordered list: every kind but the overview. */
type Listed = Exclude<Entry, { kind: 'overview' }>;

const at = (entry: Entry | GuideFile | TimelineFile, path: (string | number)[], field: string, message: string): Problem => {
  const line = entry.lineOf(path);
  return { file: entry.file, ...(line ? { line } : {}), field, message };
};

/** Each entry against its twin in the first language (in the registry's order) that has it. */
function neutralFields(entries: Entry[], languages: Languages): Problem[] {
  const problems: Problem[] = [];
  const rank = (entry: Entry) => languages.all.indexOf(entry.lang);
  const byKey = new Map<string, Entry>();
  for (const entry of [...entries].sort((a, b) => rank(a) - rank(b))) {
    const key = `${entry.guide}/${entry.kind}/${entry.id}`;
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  for (const entry of entries) {
    const twin = byKey.get(`${entry.guide}/${entry.kind}/${entry.id}`);
    if (!twin || twin === entry) continue;
    const mineFields = new Map(Object.entries(entry.data));
    const theirFields = new Map(Object.entries(twin.data));
    for (const field of entryKinds[entry.kind].neutral) {
      const mine = JSON.stringify(mineFields.get(field));
      const theirs = JSON.stringify(theirFields.get(field));
      if (mine !== theirs) {
        problems.push(at(entry, [field], field, `is ${mine ?? 'missing'} here but ${theirs ?? 'missing'} in ${twin.file}: language-neutral fields must be identical in every language`));
      }
    }
  }
  return problems;
}

function uniqueAnchors(entries: Entry[], guides: Map<string, GuideFile>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.kind === 'overview') continue;
    const reserved = [...reservedAnchors, ...(guides.get(entry.guide)?.data.surfaces.map((s) => s.id) ?? [])];
    if (reserved.includes(entry.id)) {
      problems.push({ file: entry.file, field: FILE_FIELD, message: `id "${entry.id}" is a section anchor of the guide page; rename the file (reserved: ${reserved.join(', ')})` });
    }
    const key = `${entry.guide}/${entry.lang}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: entry.file, field: FILE_FIELD, message: `duplicate id "${entry.id}": ${first.file} has it too; ids are anchors and must be unique within a guide` });
    } else seen.set(key, entry);
  }
  return problems;
}

/** Lists that are shown in order: steps per surface, legal points per section, the rest per kind. */
function orderGroup(entry: Listed): string {
  const sub = entry.kind === 'steps' ? entry.data.surface : entry.kind === 'legal' ? entry.data.section : '';
  return `${entry.guide}/${entry.kind}/${sub}`;
}

const entryKey = (entry: Pick<Entry, 'guide' | 'kind' | 'id'>) => `${entry.guide}/${entry.kind}/${entry.id}`;

/**
 * The same entry under another name in another language: same list, same position,
 * and neither id exists in the other's language. Its file is renamed to match the
 * first language (in the registry's order) that has the entry; an order clash would
 * send the editor the wrong way. Until then, neither name is borrowed into the other's
 * language: `unborrowed` holds the renamed files, and the other name in their language.
 */
function renamedIds(entries: Listed[], languages: Languages): { problems: Problem[]; unborrowed: (entry: Listed, lang: string) => boolean } {
  const problems: Problem[] = [];
  const renamed = new Set<string>();
  const otherName = new Set<string>();
  const present = new Set(entries.map((entry) => `${entry.lang}:${entryKey(entry)}`));
  const slots = new Map<string, Listed[]>();
  for (const entry of entries) {
    const slot = `${orderGroup(entry)}#${entry.data.order}`;
    slots.set(slot, [...(slots.get(slot) ?? []), entry]);
  }
  const rank = (entry: Listed) => languages.all.indexOf(entry.lang);
  for (const slot of slots.values()) {
    const [first, ...others] = [...slot].sort((a, b) => rank(a) - rank(b));
    if (!first) continue;
    for (const entry of others) {
      if (entry.id === first.id || entry.lang === first.lang) continue;
      if (present.has(`${first.lang}:${entryKey(entry)}`) || present.has(`${entry.lang}:${entryKey(first)}`)) continue;
      const target = `${entry.file.slice(0, entry.file.lastIndexOf('/') + 1)}${first.id}.mdx`;
      problems.push({ file: entry.file, field: FILE_FIELD, message: `rename ${entry.file} to match ${first.file} (${target}): an entry has the same id in every language (it is its anchor and its link), and this one is "${first.id}" in ${first.lang}` });
      renamed.add(entry.file);
      otherName.add(`${entry.lang}:${entryKey(first)}`);
    }
  }
  return { problems, unborrowed: (entry, lang) => renamed.has(entry.file) || otherName.has(`${lang}:${entryKey(entry)}`) };
}

/**
 * Orders are checked per language on the list readers see: its own entries plus
 * those still borrowed from another language (orders are language-neutral).
 * Only where every file of the list parsed: an invalid one has no known order.
 */
function contiguousOrders(all: Entry[], places: EntryPlace[], languages: Languages): Problem[] {
  const parsed = new Set(all.map((e) => e.file));
  const incomplete = new Set(places.filter((p) => !parsed.has(p.file)).map((p) => `${p.guide}/${p.kind}`));
  const entries = all.filter((entry): entry is Listed => entry.kind !== 'overview' && !incomplete.has(`${entry.guide}/${entry.kind}`));
  const renamed = renamedIds(entries, languages);
  const problems: Problem[] = [...renamed.problems];
  for (const lang of languages.all) {
    const own = new Set(entries.filter((e) => e.lang === lang).map(entryKey));
    const borrowed = new Set<string>();
    const groups = new Map<string, Listed[]>();
    for (const entry of entries) {
      const key = entryKey(entry);
      if (entry.lang !== lang) {
        if (own.has(key) || borrowed.has(key) || renamed.unborrowed(entry, lang)) continue;
        borrowed.add(key);
      }
      groups.set(orderGroup(entry), [...(groups.get(orderGroup(entry)) ?? []), entry]);
    }
    for (const group of groups.values()) problems.push(...orderProblems(group, lang));
  }
  return problems;
}

/** Problems of one list, reported on the files written in `lang` (borrowed ones are reported in their own language). */
function orderProblems(group: Listed[], lang: string): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...group].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const [head] = sorted;
  if (!head) return problems;
  const label = describeGroup(head);
  const orders = sorted.map((e) => e.data.order);
  sorted.forEach((entry, index) => {
    if (entry.lang !== lang) return;
    const order = entry.data.order;
    const previous = sorted[index - 1];
    if (previous && previous.data.order === order) {
      problems.push(at(entry, ['order'], 'order', `order ${order} is also used by ${previous.file}; each ${label} needs its own position`));
    } else if (order !== index + 1) {
      problems.push(at(entry, ['order'], 'order', `${label} orders are ${orders.join(', ')}: expected 1 to ${orders.length} with no gap, so this one should be ${index + 1}`));
    }
  });
  return problems;
}

function describeGroup(entry: Listed): string {
  if (entry.kind === 'steps') return `${entry.data.surface} step`;
  if (entry.kind === 'legal') return `legal "${entry.data.section}" point`;
  return `${entry.kind} entry`;
}

function knownSources(entries: Entry[], guides: Map<string, GuideFile>): Problem[] {
  const problems: Problem[] = [];
  const check = (file: Entry | GuideFile, guide: GuideFile, ids: string[], path: (string | number)[]) => {
    const declared = Object.keys(guide.data.sources);
    ids.forEach((id, index) => {
      if (!declared.includes(id)) {
        problems.push(at(file, [...path, index], [...path, index].join('.'), `unknown source "${id}": expected one of the sources declared in ${guide.file}: ${declared.join(', ') || 'none'}`));
      }
    });
  };
  for (const entry of entries) {
    const guide = guides.get(entry.guide);
    if (!guide) continue;
    check(entry, guide, entry.data.sources, ['sources']);
    if (entry.kind === 'steps' && entry.data.link) check(entry, guide, entry.data.link.sources, ['link', 'sources']);
  }
  for (const guide of guides.values()) {
    guide.data.action.links.forEach((link, index) => check(guide, guide, link.sources, ['action', 'links', index, 'sources']));
    if (guide.data.statusOverride) check(guide, guide, guide.data.statusOverride.sources, ['statusOverride', 'sources']);
  }
  return problems;
}

/** Surface ids are unique and are not section anchors (steps are checked against them when read). */
function surfaceIds(guides: Map<string, GuideFile>): Problem[] {
  const problems: Problem[] = [];
  for (const guide of guides.values()) {
    const seen = new Set<string>();
    guide.data.surfaces.forEach((surface, index) => {
      const path = ['surfaces', index, 'id'];
      if (seen.has(surface.id)) problems.push(at(guide, path, path.join('.'), `duplicate surface id "${surface.id}": each surface needs its own id`));
      if ((reservedAnchors as readonly string[]).includes(surface.id)) {
        problems.push(at(guide, path, path.join('.'), `"${surface.id}" is a section anchor of the guide page; pick another surface id (reserved: ${reservedAnchors.join(', ')})`));
      }
      seen.add(surface.id);
    });
  }
  return problems;
}

// Line breaks inside a quoted label are only wrapping.
const squash = (text: string) => text.replace(/\s+/g, ' ');

function labelsInBody(entries: Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'steps') continue;
    entry.data.labels.forEach((label, index) => {
      if (!squash(entry.body).includes(squash(label))) {
        problems.push(at(entry, ['labels', index], `labels.${index}`, `the label "${label}" does not appear in the body: quote the platform's label exactly as listed`));
      }
    });
  }
  return problems;
}

const futureYear = (year: number | undefined, today: string) =>
  year !== undefined && year > Number(today.slice(0, 4)) ? `${year} is in the future: expected the year the sources reported the link, at the latest ${today.slice(0, 4)}` : undefined;

function stepLinkYears(entries: Entry[], now: Date): Problem[] {
  const today = todayUtc(now);
  return entries.flatMap((entry) => {
    const problem = entry.kind === 'steps' ? futureYear(entry.data.link?.reportedIn, today) : undefined;
    return problem ? [at(entry, ['link', 'reportedIn'], 'link.reportedIn', problem)] : [];
  });
}

function guideFacts(guide: GuideFile, now: Date): Problem[] {
  const problems: Problem[] = [];
  const { deadline, lastVerified, statusOverride, sources, regions } = guide.data;
  const today = todayUtc(now);
  if (deadline && !instantStartsDate(deadline.date, deadline.instant, regions)) {
    const start = deadlineStart(deadline.date, regions);
    problems.push(at(guide, ['deadline', 'instant'], 'deadline.instant', `${deadline.instant} is not the start of ${deadline.date} in the earliest time zone of ${regions.join(', ')}: expected ${start.instant} (midnight in ${start.timeZone}, ${start.offset} on that date)`));
  }
  if (lastVerified > today) {
    problems.push(at(guide, ['lastVerified'], 'lastVerified', `${lastVerified} is in the future: expected the day the facts were checked, at the latest ${today}`));
  }
  guide.data.updates.forEach((update, index) => {
    if (update.date > today) {
      problems.push(at(guide, ['updates', index, 'date'], `updates.${index}.date`, `${update.date} is in the future: expected the day the change was published, at the latest ${today}`));
    }
  });
  guide.data.action.links.forEach((link, index) => {
    const problem = futureYear(link.reportedIn, today);
    if (problem) problems.push(at(guide, ['action', 'links', index, 'reportedIn'], `action.links.${index}.reportedIn`, problem));
  });
  for (const [id, source] of Object.entries(sources)) {
    if (source.date && source.date > today) {
      problems.push(at(guide, ['sources', id, 'date'], `sources.${id}.date`, `${source.date} is in the future: expected the document's own date, at the latest ${today}`));
    }
  }
  if (statusOverride && statusOverride.since > today) {
    problems.push(at(guide, ['statusOverride', 'since'], 'statusOverride.since', `${statusOverride.since} is in the future: expected the day the platform said so, at the latest ${today}`));
  }
  return problems;
}

/** Ids of a guide's entries, as files (valid or not: a broken file still holds its id). */
const entryIds = (result: ReadResult, guide: string) =>
  new Set(result.places.filter((p) => p.guide === guide && p.kind !== 'overview').map((p) => p.id));

const eventIds = (result: ReadResult, guide: string) =>
  (result.timelines.find((t) => t.guide === guide)?.data.events ?? []).map((event) => event.id);

/** Every anchor of a guide page: its sections, its entries and its timeline events. */
const knownAnchors = (result: ReadResult, guide: string) =>
  new Set<string>([
    ...reservedAnchors,
    ...(result.guides.find((g) => g.guide === guide)?.data.surfaces.map((s) => s.id) ?? []),
    ...entryIds(result, guide),
    ...eventIds(result, guide),
  ]);

/** Updates may point at steps, entries, events or sections of their guide, and nothing else. */
function updateAnchors(result: ReadResult): Problem[] {
  const problems: Problem[] = [];
  for (const guide of result.guides) {
    const known = knownAnchors(result, guide.guide);
    guide.data.updates.forEach((update, index) =>
      update.anchors.forEach((anchor, position) => {
        if (!known.has(anchor)) {
          problems.push(at(guide, ['updates', index, 'anchors', position], `updates.${index}.anchors.${position}`, `unknown anchor "${anchor}": expected the id of a step, entry, timeline event or section of this guide`));
        }
      }),
    );
  }
  return problems;
}

/**
 * A timeline event is an anchor of its guide page and a feed item: its id is unique
 * among the page's anchors; it cites declared sources, points at existing anchors
 * and has already happened.
 */
function timelineEvents(result: ReadResult, now: Date): Problem[] {
  const problems: Problem[] = [];
  const today = todayUtc(now);
  for (const timeline of result.timelines) {
    const guide = result.guides.find((g) => g.guide === timeline.guide);
    const taken = entryIds(result, timeline.guide);
    const known = knownAnchors(result, timeline.guide);
    const seen = new Map<string, number>();
    timeline.data.events.forEach((event, index) => {
      const field = (...path: (string | number)[]) => ['events', index, ...path];
      const where = (path: (string | number)[], message: string) => problems.push(at(timeline, path, path.join('.'), message));
      const first = seen.get(event.id);
      if (first !== undefined) where(field('id'), `duplicate id "${event.id}": events.${first} has it too; each event needs its own id (it is an anchor and a feed item)`);
      else seen.set(event.id, index);
      if ((reservedAnchors as readonly string[]).includes(event.id)) {
        where(field('id'), `id "${event.id}" is a section anchor of the guide page; pick another (reserved: ${reservedAnchors.join(', ')})`);
      } else if (taken.has(event.id)) {
        where(field('id'), `id "${event.id}" is already the id of an entry of this guide; event ids share the page's anchors, pick another`);
      }
      if (event.date > today) where(field('date'), `${event.date} is in the future: expected the day it happened, at the latest ${today}`);
      if (guide) {
        const declared = Object.keys(guide.data.sources);
        event.sources.forEach((source, position) => {
          if (!declared.includes(source)) where(field('sources', position), `unknown source "${source}": expected one of the sources declared in ${guide.file}: ${declared.join(', ') || 'none'}`);
        });
      }
      event.anchors.forEach((anchor, position) => {
        if (!known.has(anchor) || anchor === event.id) where(field('anchors', position), `unknown anchor "${anchor}": expected the id of a step, entry, other event or section of this guide`);
      });
    });
  }
  return problems;
}

/**
 * Links in bodies to #anchors lead to the guide page: each must be one of its
 * anchors (a step, entry, event, section or source), or the reader lands nowhere.
 */
function bodyAnchors(result: ReadResult): Problem[] {
  const problems: Problem[] = [];
  for (const entry of result.entries) {
    const sources = Object.keys(result.guides.find((g) => g.guide === entry.guide)?.data.sources ?? {}).map(sourceAnchor);
    const known = new Set([...knownAnchors(result, entry.guide), ...sources]);
    for (const link of entry.links) {
      const anchor = link.url.startsWith('#') ? link.url.slice(1) : undefined;
      if (anchor && !known.has(anchor)) {
        problems.push({ file: entry.file, line: link.line, field: 'body', message: `link to "#${anchor}": no such anchor in this guide; expected the id of a step, entry, timeline event or section (${[...reservedAnchors].join(', ')})` });
      }
    }
  }
  return problems;
}

function completeGuides(result: ReadResult, languages: Languages): Problem[] {
  const problems: Problem[] = [];
  for (const guide of result.guides) {
    const mine = result.places.filter((p) => p.guide === guide.guide);
    // One overview is enough: a language without one shows the other, marked as untranslated.
    if (!mine.some((p) => p.kind === 'overview')) {
      const expected = languages.all.map((lang) => guide.file.replace(/guide\.yaml$/, `${lang}/overview.mdx`)).join(' or ');
      problems.push({ file: guide.file, field: FILE_FIELD, message: `the guide has no overview: expected ${expected}` });
    }
    if (!mine.some((p) => p.kind === 'steps')) {
      problems.push({ file: guide.file, field: FILE_FIELD, message: 'the guide has no steps: expected at least one file in <lang>/steps/' });
    }
  }
  return problems;
}

export function crossChecks(result: ReadResult, languages: Languages, now: Date): Problem[] {
  const guides = new Map(result.guides.map((g) => [g.guide, g]));
  const kinds = Object.keys(entryKinds) as EntryKind[];
  const entries = [...result.entries].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.file.localeCompare(b.file));
  return [
    ...neutralFields(entries, languages),
    ...uniqueAnchors(entries, guides),
    ...contiguousOrders(entries, result.places, languages),
    ...knownSources(entries, guides),
    ...surfaceIds(guides),
    ...labelsInBody(entries),
    ...result.guides.flatMap((g) => guideFacts(g, now)),
    ...stepLinkYears(entries, now),
    ...updateAnchors(result),
    ...timelineEvents(result, now),
    ...bodyAnchors(result),
    ...completeGuides(result, languages),
  ];
}
