// The HTML that other sites paste to embed a countdown. Built from plain values
// and escaped, so it is safe whatever the guide's texts contain.
export type Theme = 'auto' | 'light' | 'dark';
export const themes: readonly Theme[] = ['auto', 'light', 'dark'];

/** Height limits the documented listener applies to what the iframe reports. */
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 600;
export const DEFAULT_HEIGHT = 200;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export const iframePath = (lang: string, guide: string) => `/embed/${lang}/${guide}/countdown/`;

/** Only the allowlisted options reach the URL, and only with allowed values. */
export function iframeUrl(site: string, lang: string, guide: string, options: { theme?: string; compact?: boolean } = {}): string {
  const url = new URL(iframePath(lang, guide), site);
  if (options.theme && options.theme !== 'auto' && (themes as readonly string[]).includes(options.theme)) url.searchParams.set('theme', options.theme);
  if (options.compact) url.searchParams.set('compact', '1');
  return url.href;
}

/**
 * `forCms`: for oEmbed, whose consumers (WordPress) drop `style` but keep the legacy
 * frameborder="0" that other oEmbed providers send too; without it the frame gets a border.
 */
export function iframeSnippet(src: string, title: string, { forCms = false } = {}): string {
  const border = forCms ? ' frameborder="0"' : '';
  return `<iframe src="${escape(src)}" title="${escape(title)}" loading="lazy" sandbox="allow-scripts allow-popups"${border} width="480" height="${DEFAULT_HEIGHT}" style="border:0;width:100%;max-width:480px"></iframe>`;
}

/**
 * Resizes the iframe to the height it reports. The sandboxed frame's origin is
 * opaque ("null"), so the real check is that the sender is one of our frames.
 */
export function listenerSnippet(site: string): string {
  const origin = new URL(site).origin;
  return `<script>
addEventListener('message', function (event) {
  if ((event.origin !== 'null' && event.origin !== '${origin}') || !event.data || event.data.type !== 'optout:height') return;
  document.querySelectorAll('iframe[src^="${origin}/embed/"]').forEach(function (frame) {
    if (frame.contentWindow !== event.source) return;
    var height = Math.round(Number(event.data.height)) || ${DEFAULT_HEIGHT};
    frame.height = String(Math.min(Math.max(height, ${MIN_HEIGHT}), ${MAX_HEIGHT}));
  });
});
</script>`;
}

export function scriptSnippet(site: string, options: { guide: string; lang: string; theme?: string; compact?: boolean; fallback: string; href: string }): string {
  const theme = options.theme && options.theme !== 'auto' && (themes as readonly string[]).includes(options.theme) ? ` theme="${options.theme}"` : '';
  const compact = options.compact ? ' compact' : '';
  return `<script defer src="${escape(new URL('/embed/countdown.js', site).href)}"></script>
<optout-countdown guide="${escape(options.guide)}" lang="${escape(options.lang)}"${theme}${compact}><a href="${escape(options.href)}">${escape(options.fallback)}</a></optout-countdown>`;
}
