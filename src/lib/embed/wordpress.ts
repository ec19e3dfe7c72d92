// WordPress's embed protocol. A WordPress page that embeds the countdown through
// oEmbed rewrites our iframe to sandbox="allow-scripts" (no popups, so no link can
// open a tab) with a secret in its fragment (#?secret=…), and its wp-embed.js only
// understands { message: 'height' | 'link', value, secret } posted by that frame.
// Speaking it sizes the frame and lets the link open the guide in the top window.

/** The secret WordPress put in the frame's fragment; WordPress itself accepts letters and digits only. */
export function wordpressSecret(hash: string): string | undefined {
  return /^#\?(?:.*&)?secret=([a-zA-Z0-9]+)(?:&|$)/.exec(hash)?.[1];
}

export interface WordPressMessage {
  message: 'height' | 'link';
  value: string;
  secret: string;
}

export const heightMessage = (height: number, secret: string): WordPressMessage => ({ message: 'height', value: String(height), secret });

/**
 * WordPress follows a link only to the frame's own host; every link in the frame
 * leads to this site's guide, so it is given at the frame's own address.
 */
export function linkMessage(href: string, frameUrl: string, secret: string): WordPressMessage | undefined {
  const target = new URL(href, frameUrl);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return undefined;
  return { message: 'link', value: new URL(target.pathname + target.search + target.hash, frameUrl).href, secret };
}

/** WordPress asks a frame that loaded before its script to say its height again. */
export const isReadyMessage = (data: unknown, secret: string): boolean =>
  typeof data === 'object' && data !== null && (data as { message?: unknown }).message === 'ready' && (data as { secret?: unknown }).secret === secret;
