// Astro's collections, filled from the one read of the content (load.ts) rather
// than by Astro's own file loaders and YAML parser: the pages see exactly what the
// checker validated, with the same types, and drafts are never in it.
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { EntryKind } from '../content/schemas';
import { ContentError } from '../validation/problems';
import { forgetContent, loadContent } from './load';
import type { Validation } from './validate';

/** What a collection entry is made of: its id, its validated data and, for MDX, its file and body. */
interface Item {
  id: string;
  data: Record<string, unknown>;
  file: string;
  body?: string;
}

const ofKind = (kind: Exclude<EntryKind, 'overview'>) => (content: Validation) =>
  content.entries.flatMap((entry) => (entry.kind === kind ? [{ id: `${entry.guide}/${entry.lang}/${kind}/${entry.id}`, data: entry.data, file: entry.file, body: entry.body }] : []));

/** Each collection's entries; ids keep the content path (<guide>/<lang>/<kind>/<id>), parsed back by lib/content/entry-id.ts. */
export const collectionItems = {
  guides: (content: Validation): Item[] => content.guides.map((guide) => ({ id: guide.guide, data: guide.data, file: guide.file })),
  // One per guide, empty when it has no timeline.yaml: a page asks for every guide's, and Astro warns of each one missing.
  timelines: (content: Validation): Item[] =>
    content.guides.map((guide) => content.timelines.find((timeline) => timeline.guide === guide.guide) ?? { guide: guide.guide, data: { events: [] }, file: guide.file }).map((timeline) => ({ id: timeline.guide, data: timeline.data, file: timeline.file })),
  overviews: (content: Validation): Item[] =>
    content.entries.flatMap((entry) => (entry.kind === 'overview' ? [{ id: `${entry.guide}/${entry.lang}/overview`, data: entry.data, file: entry.file, body: entry.body }] : [])),
  steps: ofKind('steps'),
  data: ofKind('data'),
  exclusions: ofKind('exclusions'),
  legal: ofKind('legal'),
  faq: ofKind('faq'),
};
export type CollectionName = keyof typeof collectionItems;

async function sync(context: LoaderContext, items: Item[]): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const ids = new Set(items.map((item) => item.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const { id, data, file, body } of items) {
    const parsed = await parseData({ id, data });
    // An MDX body is compiled and rendered by Astro's MDX integration when a page renders it.
    store.set({ id, data: parsed, filePath: file, digest: generateDigest({ data, body: body ?? '' }), ...(body === undefined ? {} : { body, deferredRender: true }) });
    if (body !== undefined) store.addModuleImport(file);
  }
}

/** Collections to sync again once a content file changes in dev, and the watchers already listened to. */
const resyncs = new Map<CollectionName, (content: Validation) => Promise<void>>();
const watched = new WeakSet<object>();

/** A collection of the content in `contentDir`. */
export function contentLoader(collection: CollectionName, contentDir: string): Loader {
  return {
    name: `optout:${collection}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const content = loadContent(contentDir, { root });
      // The build has stopped before this with the same list (integration.ts); `astro check` and dev have not.
      if (content.problems.length) throw new ContentError(content.problems);
      await sync(context, collectionItems[collection](content));
      const { watcher, logger } = context;
      if (!watcher) return;
      resyncs.set(collection, (changed) => sync(context, collectionItems[collection](changed)));
      if (watched.has(watcher)) return;
      watched.add(watcher);
      const dir = resolve(root, contentDir);
      watcher.add(dir);
      // One read per change, whatever the number of collections.
      const reload = async (path: string) => {
        if (!path.startsWith(dir)) return;
        forgetContent();
        const changed = loadContent(contentDir, { root });
        if (changed.problems.length) {
          logger.error(new ContentError(changed.problems).message);
          return;
        }
        for (const resync of resyncs.values()) await resync(changed);
      };
      for (const event of ['add', 'change', 'unlink']) watcher.on(event, (path: string) => void reload(path));
    },
  };
}
