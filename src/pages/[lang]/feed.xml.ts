// One RSS feed per language: an item for each update and each timeline event of each
// published guide, and one for each change of status by the time of the build: the
// key date passing, a pause or a withdrawal (src/lib/seo/feed-items.ts says how titles
// and guids are made).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../i18n/languages';
import { intlLocale, useTranslations } from '../../i18n';
import { listGuides, loadGuide, timelineOf } from '../../lib/guide/collections';
import { buildTime } from '../../lib/guide/build-time';
import { statusChanges } from '../../lib/guide/status';
import { statusSentence } from '../../lib/guide/status-sentence';
import { absoluteUrl, anchorPath, feedPath, guidePath, homePath } from '../../lib/links';
import { atomNamespace, channelData, feedItem, statusGuid, updateGuids } from '../../lib/seo/feed-items';
import { siteSettings } from '../../lib/site/settings';
import { localized } from '../../lib/languages/site';
import { formatDate, formatDayOrMonth } from '../../lib/text/format';

export const getStaticPaths: GetStaticPaths = () => languages.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = params['lang'] as Lang;
  const base = site ?? url;
  const settings = siteSettings();
  const t = useTranslations(lang);
  const items = (
    await Promise.all(
      (await listGuides()).map(async (guide) => {
        const { overview } = await loadGuide(guide.id, lang);
        const platform = guide.data.platform;
        const guideUrl = absoluteUrl(guidePath(lang, guide.id), base);
        const guids = updateGuids(guideUrl, guide.data.updates.map((update) => update.date));
        const updates = guide.data.updates.map((update, index) => {
          const [anchor] = update.anchors;
          return feedItem({
            title: t('feed.update', { guide: overview.data.title, date: formatDate(update.date, intlLocale(lang)) }),
            // RSS has one language per feed: a text not yet translated is given in the next language of its chain.
            description: localized(update.summary, lang).text,
            link: anchor ? absoluteUrl(anchorPath(lang, guide.id, anchor), base) : guideUrl,
            date: update.date,
            guid: guids[index]!,
            category: platform,
          });
        });
        const events = (await timelineOf(guide.id)).map((event) =>
          feedItem({
            title: t('feed.event', { platform, date: formatDayOrMonth(event.date, intlLocale(lang)) }),
            description: localized(event.text, lang).text,
            link: absoluteUrl(anchorPath(lang, guide.id, event.id), base),
            date: event.date,
            // Event ids are unique anchors in their guide, checked by the build.
            guid: `${guideUrl}#${event.id}`,
            category: platform,
          }),
        );
        // Each change as it read on its day: its status and sentence, dated.
        const changes = statusChanges(guide.data, buildTime).map(({ date, state }) =>
          feedItem({
            title: t('feed.status', { status: t(`status.${state.status}`), platform, date: formatDate(date, intlLocale(lang)) }),
            description: statusSentence(lang, guide.data, state),
            link: absoluteUrl(anchorPath(lang, guide.id, 'deadline'), base),
            date,
            guid: statusGuid(guideUrl, state.status, date),
            category: platform,
          }),
        );
        return [...updates, ...events, ...changes];
      }),
    )
  )
    .flat()
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: localized(settings.name, lang).text,
    description: localized(settings.tagline, lang).text,
    site: absoluteUrl(homePath(lang), base),
    xmlns: atomNamespace,
    items,
    customData: channelData(lang, absoluteUrl(feedPath(lang), base)),
  });
};
