// One RSS feed per language: an item for each update of each published guide.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../i18n/languages';
import { listGuides } from '../../lib/content/collections';
import { absoluteUrl, anchorPath, guidePath, homePath } from '../../lib/links';
import { siteSettings } from '../../lib/site/settings';

export const getStaticPaths: GetStaticPaths = () => languages.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = params['lang'] as Lang;
  const base = site ?? url;
  const settings = siteSettings();
  const items = (await listGuides())
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
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: settings.name[lang],
    description: settings.tagline[lang],
    site: absoluteUrl(homePath(lang), base),
    items,
    customData: `<language>${lang}</language>`,
  });
};
