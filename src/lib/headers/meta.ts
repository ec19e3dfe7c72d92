// The page's Content-Security-Policy as a <meta http-equiv>, for hosts that cannot
// set headers (GitHub Pages): the same policy minus what a meta cannot carry.
import { metaPolicy, parsePolicy, serializePolicy } from './policies';
import { headerRules, headersForPath } from './rules';

export function metaCsp(path: string, site: string | URL | undefined): string {
  const header = headersForPath(path, headerRules(site))['Content-Security-Policy'];
  if (!header) throw new Error(`no Content-Security-Policy for ${path} in src/lib/headers/rules.ts`);
  return serializePolicy(metaPolicy(parsePolicy(header)));
}
