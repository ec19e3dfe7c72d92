// <share-actions>: "Copy link" copies the canonical URL and confirms on the
// button and in the page's polite status region; "Share" opens the system sheet
// where the Web Share API exists (phones). Nothing is sent anywhere else.
import { fill } from '../lib/text/fill';
import { announce } from './announce';

class ShareActions extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('button')) return;
    const { url = '', title = '' } = this.dataset;
    // The words are the page's, on its status region (BaseLayout), not repeated on every button.
    const { copy = '', copied = '', copyFailed = '', share = '' } = document.getElementById('share-status')?.dataset ?? {};
    // Visible verb, then the target for screen readers: "Copy link: Switch it off".
    const button = (text: string) => {
      const el = document.createElement('button');
      const visible = document.createElement('span');
      const target = document.createElement('span');
      el.type = 'button';
      el.className = 'share-button';
      visible.textContent = text;
      target.className = 'sr-only';
      target.textContent = `: ${title}`;
      el.append(visible, target);
      this.append(el);
      return { el, visible };
    };
    const copyButton = button(copy);
    copyButton.el.addEventListener('click', async () => {
      let message = copied;
      try {
        await navigator.clipboard.writeText(url);
        copyButton.visible.textContent = copied;
        setTimeout(() => {
          copyButton.visible.textContent = copy;
        }, 2500);
      } catch {
        message = fill(copyFailed, { url });
      }
      announce(message);
    });
    if (typeof navigator.share === 'function') {
      button(share).el.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => {
          // Dismissed by the reader: nothing to report.
        });
      });
    }
  }
}

if (!customElements.get('share-actions')) customElements.define('share-actions', ShareActions);
