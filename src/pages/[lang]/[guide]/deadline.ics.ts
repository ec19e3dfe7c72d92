// "Add to my calendar": the guide's deadline as an all-day event with a reminder the
// day before, published only while the deadline is ahead (lib/guide/status.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../i18n/languages';
import { useTranslations } from '../../../i18n';
import { listGuides, loadGuide } from '../../../lib/guide/collections';
import { guideLangPaths } from '../../../lib/guide/static-paths';
import { offersCalendar } from '../../../lib/guide/status';
import { statusSentence } from '../../../lib/guide/status-sentence';
import { calendar } from '../../../lib/calendar/ical';
import { absoluteUrl, guidePath } from '../../../lib/links';
import { siteSettings } from '../../../lib/site/settings';
import { localized } from '../../../lib/languages/site';

export const getStaticPaths: GetStaticPaths = async () => {
  const offered = new Set((await listGuides()).filter((guide) => offersCalendar(guide.state)).map((guide) => guide.id));
  return (await guideLangPaths()).filter(({ params }) => offered.has(params.guide));
};

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = params['lang'] as Lang;
  const guideId = params['guide'] as string;
  const base = site ?? url;
  const { guide, overview } = await loadGuide(guideId, lang);
  const t = useTranslations(lang);
  const { deadline } = guide.state;
  if (!deadline) throw new Error(`${guideId}: a calendar file needs a key date`);
  const { lastVerified } = guide.data;
  const sentence = statusSentence(lang, guide.data, guide.state);
  const link = absoluteUrl(guidePath(lang, guideId), base);
  const body = calendar(
    {
      uid: `deadline-${guideId}-${lang}@${new URL(base).host}`,
      date: deadline.date,
      stamp: lastVerified,
      summary: overview.data.title,
      description: `${sentence} ${t('countdown.after')} ${link}`,
      url: link,
      alarm: '-P1D',
      lang,
    },
    `-//${localized(siteSettings().name, lang).text}//${guideId}//${lang.toUpperCase()}`,
  );
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
