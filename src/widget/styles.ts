// Shadow-DOM styles, adopted as a constructed sheet (no <style> element, so a
// strict style-src CSP does not block them). Hosts restyle through ::part() and
// the --optout-* custom properties. Kept terse: it ships inside a 2 KB budget.
const dark = '--f:#eee;--b:#141414;--a:#a9bcff';
export const styles =
  ':host{--f:#161616;--b:#fff;--a:#2e4aa8;display:block;color:var(--optout-fg,var(--f));background:var(--optout-bg,var(--b));' +
  'border:1px solid;border-radius:var(--optout-radius,.75em);padding:1em;line-height:1.4}' +
  `:host([theme=dark]){${dark}}@media(prefers-color-scheme:dark){:host(:not([theme=light])){${dark}}}` +
  'p{margin:0}[part=value]{font-size:1.5em;font-weight:700;font-variant-numeric:tabular-nums}' +
  'a{color:var(--optout-accent,var(--a))}:host([compact]) [part=message]{display:none}:empty{display:none}' +
  '.sr{position:absolute;clip-path:inset(50%)}';
