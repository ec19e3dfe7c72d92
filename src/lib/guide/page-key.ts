// The cache key of a guide's pages, for Astro's incremental build (astro.config.mjs,
// experimental.incrementalBuild): a digest of the data they are made of. Astro adds what
// a key cannot see (the route's code, the config, the lock file) and copies the page the
// last build wrote while both are unchanged, so a rebuild renders only what changed.
// A guide's pages show that guide, in every language (an untranslated text borrows from
// the others), the other guides' titles and statuses, and the site's settings, languages
// and UI strings: all of it is in the key. So is what Astro does not track: the files
// pages link to, and the ICU data that writes dates and lists. The clock reaches pages
// through the statuses only, so a scheduled rebuild renders a guide's pages again on the
// day a status changes.
import { getCollection, getEntry } from 'astro:content';
import { digest } from '../build/digest';
import { clientAssetNames } from '../build/reuse-guard';
import { siteLanguages } from '../languages/site';
import { siteSettings } from '../site/settings';
import { guideTexts, listGuides } from './collections';

/** Bumped when what a key covers changes, so that no page of an older build is reused. */
const KEY_FORMAT = 1;

async function pageKeys(): Promise<Map<string, string>> {
  const { languages, resources } = siteLanguages();
  const guides = await listGuides();
  const overviews = await getCollection('overviews');
  // What every guide's pages share: the site, and each guide as the others list it.
  const site = digest({
    assets: clientAssetNames(),
    runtime: { node: process.version, icu: process.versions.icu, cldr: process.versions.cldr, tz: process.versions.tz },
    settings: siteSettings(),
    languages: { default: languages.default, entries: languages.all.map((lang) => languages.entry(lang)) },
    strings: resources,
    guides: guides.map(({ id, data, state }) => ({ id, data, state })),
    overviews: overviews.map(({ id, data, body }) => ({ id, data, body })),
  });
  const keyOf = async (guideId: string) =>
    digest({
      format: KEY_FORMAT,
      site,
      texts: (await guideTexts(guideId)).map(({ collection, id, data, body }) => ({ collection, id, data, body })),
      timeline: (await getEntry('timelines', guideId))?.data,
    });
  return new Map(await Promise.all(guides.map(async ({ id }) => [id, await keyOf(id)] as const)));
}

let keys: Promise<Map<string, string>> | undefined;

/** The key of every page of `guideId` (Astro keys each path apart: the language and step are in it). */
export async function guidePagesKey(guideId: string): Promise<string> {
  // Once per build; in dev, where content changes live, every time.
  const known = keys ?? pageKeys();
  if (!import.meta.env.DEV) keys = known;
  const key = (await known).get(guideId);
  if (key === undefined) throw new Error(`no pages key for guide "${guideId}": it is not among the published guides`);
  return key;
}
