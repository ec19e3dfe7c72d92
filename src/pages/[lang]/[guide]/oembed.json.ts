// oEmbed (https://oembed.com) for the guide's countdown: CMSs that discover it
// from the guide page's <link rel="alternate"> embed the countdown iframe. Only guides
// with a countdown have one: a guide without a key date is embedded as a plain link.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../i18n/languages';
import { listGuides, loadGuide } from '../../../lib/guide/collections';
import { guideLangPaths } from '../../../lib/guide/static-paths';
import { hasCountdown } from '../../../lib/guide/status';
import { DEFAULT_HEIGHT, iframeSnippet, iframeUrl } from '../../../lib/embed/embed-snippets';
import { siteSettings } from '../../../lib/site/settings';
import { localized } from '../../../lib/languages/site';

export const getStaticPaths: GetStaticPaths = async () => {
  const offered = new Set((await listGuides()).filter((guide) => hasCountdown(guide.state)).map((guide) => guide.id));
  return (await guideLangPaths()).filter(({ params }) => offered.has(params.guide));
};

export const GET: APIRoute = async ({ params, site, url }) => {
  const lang = params['lang'] as Lang;
  const guideId = params['guide'] as string;
  const base = (site ?? url).href;
  const { overview } = await loadGuide(guideId, lang);
  const body = {
    version: '1.0',
    type: 'rich',
    title: overview.data.title,
    provider_name: localized(siteSettings().name, lang).text,
    provider_url: new URL(`/${lang}/`, base).href,
    html: iframeSnippet(iframeUrl(base, lang, guideId), overview.data.title, { forCms: true }),
    width: 480,
    height: DEFAULT_HEIGHT,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
};
