// One RSS feed per language: an item for each update and each timeline event of each
// published guide. An event's item is its anchor on the guide page, so its guid (that
// link) is unique and never changes: event ids are unique anchors, checked by the build.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../i18n/languages';
import { listGuides, timelineOf } from '../../lib/content/collections';
import { absoluteUrl, anchorPath, guidePath, homePath } from '../../lib/links';
import { siteSettings } from '../../lib/site/settings';

export const getStaticPaths: GetStaticPaths = () => languages.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = params['lang'] as Lang;
  const base = site ?? url;
  const settings = siteSettings();
  const guides = await listGuides();
  const events = (
    await Promise.all(
      guides.map(async (guide) =>
        (await timelineOf(guide.id)).map((event) => ({
          title: `${guide.data.platform} · ${event.text[lang]}`,
          description: event.text[lang],
          link: absoluteUrl(anchorPath(lang, guide.id, event.id), base),
          pubDate: new Date(`${event.date.length === 7 ? `${event.date}-01` : event.date}T00:00:00Z`),
          categories: [guide.data.platform],
        })),
      ),
    )
  ).flat();
  const items = guides
    .flatMap((guide) =>
      guide.data.updates.map((update) => {
        const [anchor] = update.anchors;
        return {
          title: `${guide.data.platform} · ${update.summary[lang]}`,
          description: update.summary[lang],
          link: absoluteUrl(anchor ? anchorPath(lang, guide.id, anchor) : guidePath(lang, guide.id), base),
          pubDate: new Date(`${update.date}T00:00:00Z`),
          categories: [guide.data.platform],
        };
      }),
    )
    .concat(events)
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: settings.name[lang],
    description: settings.tagline[lang],
    site: absoluteUrl(homePath(lang), base),
    items,
    customData: `<language>${lang}</language>`,
  });
};
