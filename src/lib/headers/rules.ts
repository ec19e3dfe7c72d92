// The response headers of the whole site, in one place. dist/_headers (Netlify,
// Cloudflare Pages), the nginx block (docs/nginx.conf) and the <meta> CSP of every
// page are all generated from these rules; tests serve the site with them.
//
// Rules are listed from the broadest to the most specific, and a path gets every
// rule that matches it. Netlify keeps the last value of a header; Cloudflare
// Pages sends them all (two CSPs are both enforced, so the stricter wins): the
// rules are written so that both give the same effect (tests/unit/headers.test.ts).
import { languages } from '../../i18n/languages';
import { embedPolicy, fallbackPolicy, languagePolicy, pagePolicy, serializePolicy, withOrigin, type Policy } from './policies';

export interface HeaderRule {
  /** A request path, exact or ending in "/*" (everything below it). */
  path: string;
  headers: Record<string, string>;
}

const csp = 'Content-Security-Policy';

/** The rules for a site served at `site` (its public URL; without one, as in local development, 'self' alone). */
export const headerRules = (site?: string | URL): HeaderRule[] => {
  const policy = (p: Policy) => serializePolicy(withOrigin(p, site));
  return [
  {
    path: '/*',
    headers: {
      // Every file is public, static and cookie-less: any site's scripts may read the API,
      // the oEmbed JSON, the feeds and calendar files, and load the widget as a module.
      'Access-Control-Allow-Origin': '*',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy':
        'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
      // Browsers ignore it where a CSP has frame-ancestors (HTML, "X-Frame-Options"), as on /embed/*.
      'X-Frame-Options': 'DENY',
      [csp]: policy(fallbackPolicy),
    },
  },
  ...['/', '/index.html', '/404.html'].map((path) => ({ path, headers: { [csp]: policy(pagePolicy) } })),
  ...languages.map((lang) => ({ path: `/${lang}/*`, headers: { [csp]: policy(languagePolicy) } })),
  { path: '/embed/*', headers: { [csp]: policy(embedPolicy) } },
  ];
};

const matcher = (rulePath: string) => (rulePath.endsWith('/*') ? (path: string) => path.startsWith(rulePath.slice(0, -1)) : (path: string) => path === rulePath);

/** The headers a path gets: later (more specific) rules replace a header set by earlier ones. */
export function headersForPath(path: string, rules: HeaderRule[]): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matcher(rule.path)(path)).map((rule) => rule.headers)) as Record<string, string>;
}

/** Every rule that matches a path, broadest first: what a host that merges rules sends. */
export const matchingRules = (path: string, rules: HeaderRule[]): HeaderRule[] => rules.filter((rule) => matcher(rule.path)(path));
