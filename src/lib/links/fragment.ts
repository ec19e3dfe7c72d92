// The element a URL's #fragment points at, found the way browsers find it (HTML,
// "find a potential indicated element"): the id as written, then percent-decoded.
// decodeURIComponent alone throws a URIError on a stray "%" (#step%), which a
// mistyped or hostile link can carry: such escapes are kept as written instead.

/** Percent-decodes each run of valid escapes; a malformed escape or invalid UTF-8 stays as written. */
export function decodeFragment(fragment: string): string {
  return fragment.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** The element `hash` (as in `location.hash`, with its "#") points at, if any. */
export function hashTarget(doc: Document, hash: string): HTMLElement | null {
  const fragment = hash.replace(/^#/, '');
  if (!fragment) return null;
  return doc.getElementById(fragment) ?? doc.getElementById(decodeFragment(fragment));
}
