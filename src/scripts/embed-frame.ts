// Inside the countdown iframe: apply the allowlisted options, tell the parent how
// tall the content is (our listener snippet and WordPress's wp-embed.js each read
// their own message), and, in WordPress, let it open links in the top window.
import { parseEmbedOptions } from '../lib/embed/embed-options';
import { heightMessage, isReadyMessage, linkMessage, wordpressSecret } from '../lib/embed/wordpress';

export function applyEmbedOptions(doc: Document, search: string): void {
  const { theme, compact } = parseEmbedOptions(search);
  const widget = doc.querySelector('optout-countdown');
  doc.documentElement.dataset['theme'] = theme;
  if (theme !== 'auto') widget?.setAttribute('theme', theme);
  if (compact) widget?.setAttribute('compact', '');
}

// The height and links are not secrets: any embedding origin may read them.
const toParent = (message: unknown) => window.parent.postMessage(message, '*');

export function connectToHost(doc: Document): void {
  if (window.parent === window) return;
  const secret = wordpressSecret(doc.location.hash);
  let last = 0;
  const send = (height: number) => {
    toParent({ type: 'optout:height', height });
    if (secret) toParent(heightMessage(height, secret));
  };
  const post = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    send(height);
  };
  new ResizeObserver(post).observe(doc.documentElement);
  post();
  if (!secret) return;
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isReadyMessage(event.data, secret)) send(last);
  });
  // WordPress's sandbox forbids new tabs: ask it to open the link in the top window.
  doc.addEventListener('click', (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && Boolean(node.href));
    const message = link && linkMessage(link.href, doc.location.href, secret);
    if (!message) return;
    event.preventDefault();
    toParent(message);
  });
}
