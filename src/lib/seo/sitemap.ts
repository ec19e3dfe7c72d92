// What @astrojs/sitemap cannot say by itself: every page's x-default (the language
// chooser at /), the chooser's own alternates, and when each page last changed
// (the day its guide's facts were checked; the latest of them for site pages).
import type { SitemapItem } from '@astrojs/sitemap';
import { publishedLanguages } from '../../i18n/languages';
import { loadContent } from '../pipeline/load';
import { homePath } from '../links';

export function sitemapSerializer(contentDir: string): (item: SitemapItem) => SitemapItem {
  let verified: Map<string, string> | undefined;
  const lastVerified = () => (verified ??= new Map(loadContent(contentDir).guides.map((guide) => [guide.guide, guide.data.lastVerified])));
  return (item) => {
    const url = new URL(item.url);
    const root = new URL('/', url).href;
    const guide = url.pathname.split('/')[2] ?? '';
    const dates = [...lastVerified().values()].sort();
    const lastmod = lastVerified().get(guide) ?? dates.at(-1);
    // The plugin takes / for a page of its default locale; it is the chooser, every page's x-default.
    const links = url.pathname === '/' ? publishedLanguages.map((lang) => ({ lang, url: new URL(homePath(lang), url).href })) : (item.links ?? []).filter((link) => new URL(link.url).pathname !== '/');
    return {
      ...item,
      ...(lastmod ? { lastmod } : {}),
      links: links.length ? [...links.filter((link) => link.lang !== 'x-default'), { lang: 'x-default', url: root }] : links,
    };
  };
}
