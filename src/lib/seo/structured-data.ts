// schema.org JSON-LD, typed by schema-dts: WebSite and its publisher on the homes,
// Article and BreadcrumbList on guide pages, BreadcrumbList on step pages. (Google
// no longer shows HowTo results, and a HowTo must carry each step's whole text.)
import type { Article, BreadcrumbList, Graph, Organization, WebSite } from 'schema-dts';
import type { Lang } from '../languages/registry';
import { localized } from '../languages/site';
import type { SiteSettings } from '../site/schema';

/** Node ids, so that pages refer to the one publisher and the one site. */
const ids = (root: string) => ({ publisher: `${root}#publisher`, website: `${root}#website` });

/** The publisher from the settings; until a publisher fills them, the site names itself. */
export function publisher(settings: SiteSettings, lang: Lang, root: string): Organization {
  const { name, url, email, country, address } = settings.publisher;
  return {
    '@type': 'Organization',
    '@id': ids(root).publisher,
    name: name || localized(settings.name, lang).text,
    url: url || root,
    ...(email ? { email } : {}),
    ...(address || country ? { address: { '@type': 'PostalAddress', ...(address ? { streetAddress: address } : {}), ...(country ? { addressCountry: country } : {}) } } : {}),
  };
}

export function homeGraph(input: { settings: SiteSettings; lang: Lang; root: string; url: string }): Graph {
  const { settings, lang, root, url } = input;
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': ids(root).website,
    name: localized(settings.name, lang).text,
    description: localized(settings.tagline, lang).text,
    url,
    inLanguage: lang,
    publisher: { '@id': ids(root).publisher },
  };
  return { '@context': 'https://schema.org', '@graph': [website, publisher(settings, lang, root)] };
}

export interface ArticleInput {
  settings: SiteSettings;
  lang: Lang;
  root: string;
  headline: string;
  description: string;
  url: string;
  image: string;
  /** The day the facts were last checked. */
  dateModified: string;
  /** The first update's date, if the guide lists one. */
  datePublished?: string | undefined;
  breadcrumbs: { name: string; url: string }[];
}

export function articleGraph(input: ArticleInput): Graph {
  const { settings, lang, root } = input;
  const article: Article = {
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    image: input.image,
    inLanguage: lang,
    dateModified: input.dateModified,
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    author: { '@id': ids(root).publisher },
    publisher: publisher(settings, lang, root),
    isPartOf: { '@id': ids(root).website },
  };
  return { '@context': 'https://schema.org', '@graph': [article, breadcrumbNode(input.breadcrumbs)] };
}

function breadcrumbNode(items: { name: string; url: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

export const breadcrumbList = (items: { name: string; url: string }[]) => ({ '@context': 'https://schema.org', ...breadcrumbNode(items) });

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export const jsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
