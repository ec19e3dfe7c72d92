// Content-Security-Policy values, written as directives so that one source gives
// the header, the <meta http-equiv> copy and the nginx block.
export type Policy = Record<string, string[]>;

const base: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The root chooser, the 404 page: nothing to frame, no WebAssembly. */
export const pagePolicy: Policy = { ...base, 'frame-ancestors': ["'none'"] };

/** Language pages: the search runs Pagefind's WebAssembly ('wasm-unsafe-eval' allows WebAssembly only,
 * never JavaScript eval) and the embed builder previews the countdown in a same-origin frame. */
export const languagePolicy: Policy = { ...base, 'script-src': ["'self'", "'wasm-unsafe-eval'"], 'frame-src': ["'self'"], 'frame-ancestors': ["'none'"] };

/** The embed pages are parts of other sites' pages: framable by any site, no form. */
export const embedPolicy: Policy = { ...base, 'form-action': ["'none'"], 'frame-ancestors': ['*'] };

/** Every other response (assets, data, the 404 page at an unknown path): the union of what any page
 * needs, and no frame-ancestors, so that a host that sends every matching rule's policy (Cloudflare
 * Pages) still lets the embed pages be framed. X-Frame-Options guards the rest. */
export const fallbackPolicy: Policy = { ...base, 'script-src': ["'self'", "'wasm-unsafe-eval'"], 'frame-src': ["'self'"] };

/**
 * The policy with the site's own origin named next to every 'self'. WebKit (Safari)
 * does not let 'self' match anything in a frame sandboxed without allow-same-origin,
 * as the documented iframe snippet and WordPress embed it: its origin is opaque. It
 * then refused the frame's own stylesheet and scripts. Naming the origin allows
 * exactly what 'self' means to the other engines, nothing more.
 */
export function withOrigin(policy: Policy, site: string | URL | undefined): Policy {
  if (!site) return policy;
  const origin = new URL(site).origin;
  return Object.fromEntries(Object.entries(policy).map(([directive, sources]) => [directive, directive.endsWith('-src') && sources.includes("'self'") ? [...sources, origin] : sources]));
}

export const serializePolicy = (policy: Policy): string =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

export function parsePolicy(value: string): Policy {
  return Object.fromEntries(
    value
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([directive]) => directive)
      .map(([directive, ...sources]) => [directive!.toLowerCase(), sources]),
  );
}

/** Directives a <meta http-equiv> policy cannot carry (CSP 3, §3.3): browsers ignore them there. */
export const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The same policy, minus what a <meta> element cannot carry. */
export const metaPolicy = (policy: Policy): Policy => Object.fromEntries(Object.entries(policy).filter(([directive]) => !headerOnlyDirectives.includes(directive)));
