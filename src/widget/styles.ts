// Shadow-DOM styles, adopted as a constructed sheet (no <style> element, so a
// strict style-src CSP does not block them). Hosts restyle through ::part() and
// the --optout-* custom properties. System colours follow color-scheme, so light,
// dark and forced colours need no palette of their own; the site's accent only draws the
// frame. Terse: it ships in a 2 KB budget.

/** The accent of lib/design/tokens.ts, written in by the bundler (src/pages/embed/countdown.js.ts). */
declare const OPTOUT_ACCENT: string;

export const styles =
  ':host{color-scheme:light dark;display:block;color:var(--optout-fg,CanvasText);background:var(--optout-bg,Canvas);' +
  `border:1px solid ${OPTOUT_ACCENT};border-radius:var(--optout-radius,.75em);padding:1em;line-height:1.4}` +
  ':host([theme=light]){color-scheme:light}:host([theme=dark]){color-scheme:dark}' +
  'p{margin:0}[part=value]{font-size:1.5em;font-weight:700;font-variant-numeric:tabular-nums}' +
  'a{color:var(--optout-accent,LinkText)}:host([compact]) [part=message],p:empty{display:none}' +
  '.sr{position:absolute;clip-path:inset(50%)}';
