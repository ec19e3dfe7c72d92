// The headers source (src/lib/headers/): what every path gets, the same on a host
// that keeps the last matching value (Netlify) and on one that sends them all
// (Cloudflare Pages, and tests/support/server.ts), and the meta copy of the CSP.
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/headers/netlify';
import { headerOnlyDirectives, parsePolicy, type Policy } from '../../src/lib/headers/policies';
import { headerRules, headersForPath, matchingRules } from '../../src/lib/headers/rules';
import { metaCsp } from '../../src/lib/headers/meta';
import { headersFor, parseHeaders } from '../support/headers';

const pages = ['/', '/index.html', '/404.html', '/fr/', '/en/linkedin/', '/fr/linkedin/steps/web-switch-off/', '/en/embed/', '/fr/legal/'];
const embeds = ['/embed/fr/linkedin/countdown/', '/embed/countdown.js'];
// Paths no page has: a static host answers them with 404.html, under the path's own headers.
const unknown = ['/nope/', '/wp-login.php', '/og/nope.png', '/api/v9/', '/fr/nope/', '/de/'];
const site = 'https://guides.example.org/';
const rules = headerRules(site);
const headersFor_ = (path: string) => headersForPath(path, rules);
const csp = (path: string) => parsePolicy(headersFor_(path)['Content-Security-Policy'] ?? '');

/** Whether `wide` allows at least everything `narrow` allows (fetch directives fall back to default-src). */
function allowsAll(wide: Policy, narrow: Policy): boolean {
  const sources = (policy: Policy, directive: string) => policy[directive] ?? (directive.endsWith('-src') ? policy['default-src'] : undefined);
  return [...new Set([...Object.keys(wide), ...Object.keys(narrow)])].every((directive) => {
    const w = sources(wide, directive);
    const n = sources(narrow, directive);
    if (!w || w.includes('*')) return true;
    return n !== undefined && n.every((source) => w.includes(source) || (source === "'none'"));
  });
}

describe('security headers', () => {
  it.each([...pages, ...unknown])('%s gets a strict CSP and cannot be framed', (path) => {
    const headers = headersFor_(path);
    const policy = csp(path);
    expect(policy['default-src']).toEqual(["'self'", 'https://guides.example.org']);
    expect(headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(policy['frame-ancestors'] ?? [], path).not.toContain('*');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it.each(embeds)('%s can be framed by any site', (path) => {
    expect(csp(path)['frame-ancestors']).toEqual(['*']);
  });

  it('sends the privacy and hardening headers everywhere', () => {
    for (const path of [...pages, ...embeds, ...unknown, '/og/fr/home.png']) {
      expect(headersFor_(path), path).toMatchObject({ 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff', 'Permissions-Policy': expect.stringContaining('camera=()') });
    }
  });

  it('gives the same effect on hosts that send every matching rule: the broader CSP never forbids what a specific one allows', () => {
    for (const path of [...pages, ...embeds, ...unknown]) {
      const policies = matchingRules(path, rules).flatMap((rule) => rule.headers['Content-Security-Policy'] ?? []).map(parsePolicy);
      const effective = csp(path);
      for (const policy of policies) expect(allowsAll(policy, effective), `${path}: ${JSON.stringify(policy)}`).toBe(true);
      // Only the CSP and nothing else may be set twice for one path.
      const names = matchingRules(path, rules).flatMap((rule) => Object.keys(rule.headers));
      expect(names.filter((name, i) => names.indexOf(name) !== i && name !== 'Content-Security-Policy'), path).toEqual([]);
    }
  });

  it('writes _headers that reads back to the same rules', () => {
    const file = parseHeaders(headersFile(rules));
    expect(file.map((rule) => rule.source)).toEqual(rules.map((rule) => rule.path));
    for (const path of [...pages, ...embeds, ...unknown]) {
      const sent = Object.fromEntries(headersFor(file, path));
      expect(sent, path).toEqual(headersFor_(path));
    }
  });

  it('copies the CSP into a meta element without what a meta cannot carry', () => {
    for (const path of [...pages, ...embeds]) {
      const meta = parsePolicy(metaCsp(path, site));
      for (const directive of headerOnlyDirectives) expect(meta[directive], path).toBeUndefined();
      expect({ ...meta, ...(csp(path)['frame-ancestors'] ? { 'frame-ancestors': csp(path)['frame-ancestors'] } : {}) }).toEqual(csp(path));
    }
  });

  it("names the site's own origin next to every 'self', so that a sandboxed frame's opaque origin can load the site's files in WebKit", () => {
    for (const path of [...pages, ...embeds, ...unknown]) {
      for (const [directive, sources] of Object.entries(csp(path))) {
        if (sources.includes("'self'") && directive.endsWith('-src')) expect(sources, `${path} ${directive}`).toContain('https://guides.example.org');
      }
    }
    // Nothing else is added: without a public URL (local development), 'self' alone.
    expect(parsePolicy(headersForPath('/embed/countdown.js', headerRules())['Content-Security-Policy']!)['script-src']).toEqual(["'self'"]);
  });

  it.each(['/api/v1/guides.json', '/api/v1/guides/linkedin.json', '/api/v2/guides.json', '/api/v2/schema/guide.json', '/fr/linkedin/oembed.json', '/en/feed.xml', '/fr/linkedin/deadline.ics', '/embed/countdown.js'])('lets any origin read %s', (path) => {
    expect(headersFor_(path)['Access-Control-Allow-Origin']).toBe('*');
  });
});
