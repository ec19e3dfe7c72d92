// Inside the countdown iframe: apply the allowlisted options and tell the parent
// how tall the content is, so that the listener snippet can size the frame.
import { parseEmbedOptions } from '../lib/embed/embed-options';

export function applyEmbedOptions(doc: Document, search: string): void {
  const { theme, compact } = parseEmbedOptions(search);
  const widget = doc.querySelector('optout-countdown');
  doc.documentElement.dataset['theme'] = theme;
  if (theme !== 'auto') widget?.setAttribute('theme', theme);
  if (compact) widget?.setAttribute('compact', '');
}

export function reportHeight(doc: Document): void {
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret: any embedding origin may read it.
    window.parent.postMessage({ type: 'optout:height', height }, '*');
  };
  new ResizeObserver(post).observe(doc.documentElement);
  post();
}
