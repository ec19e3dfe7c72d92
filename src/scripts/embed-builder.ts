// <embed-builder>: rebuilds the snippet and the live preview as options change,
// copies the snippet and says so to screen readers.
import { DEFAULT_HEIGHT, iframeSnippet, iframeUrl, scriptSnippet, MAX_HEIGHT, MIN_HEIGHT } from '../lib/embed/embed-snippets';

interface GuideChoice {
  id: string;
  langs: Record<string, { title: string; fallback: string; href: string }>;
}

class EmbedBuilder extends HTMLElement {
  connectedCallback(): void {
    const site = this.dataset['site'] ?? location.origin;
    const guides = JSON.parse(this.dataset['guides'] ?? '[]') as GuideChoice[];
    const form = this.querySelector('[data-options]') as HTMLElement;
    const code = this.querySelector('[data-snippet]') as HTMLElement;
    const preview = this.querySelector('[data-preview]') as HTMLElement;
    const status = this.querySelector('[data-status]') as HTMLElement;
    const copy = this.querySelector('[data-copy]') as HTMLButtonElement;

    // Options change the preview at once: there is nothing to submit.
    const value = (name: string) => {
      const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]:is(select, :checked)`);
      return field ? field.value : null;
    };
    const update = () => {
      const guide = guides.find((g) => g.id === value('guide')) ?? guides[0];
      const lang = String(value('lang'));
      const local = guide?.langs[lang];
      if (!guide || !local) return;
      const theme = String(value('theme'));
      const compact = value('compact') === 'on';
      preview.replaceChildren();
      if (value('method') === 'script') {
        code.textContent = scriptSnippet(site, { guide: guide.id, lang, theme, compact, fallback: local.fallback, href: local.href });
        const widget = document.createElement('optout-countdown');
        widget.setAttribute('guide', guide.id);
        widget.setAttribute('lang', lang);
        if (theme !== 'auto') widget.setAttribute('theme', theme);
        if (compact) widget.setAttribute('compact', '');
        preview.append(widget);
      } else {
        const src = iframeUrl(site, lang, guide.id, { theme, compact });
        code.textContent = iframeSnippet(src, local.title);
        // Built as an element, not parsed from the snippet: the page's CSP refuses inline style attributes.
        const frame = document.createElement('iframe');
        frame.src = new URL(new URL(src).pathname + new URL(src).search, location.origin).href;
        frame.title = local.title;
        frame.loading = 'lazy';
        frame.setAttribute('sandbox', 'allow-scripts allow-popups');
        frame.width = '480';
        frame.height = String(DEFAULT_HEIGHT);
        frame.className = 'w-full max-w-[480px] border-0';
        preview.append(frame);
      }
      status.textContent = '';
    };

    // The preview frame reports its height, as on any embedding page.
    addEventListener('message', (event) => {
      const frame = preview.querySelector('iframe');
      // The sandboxed frame has an opaque origin: the sender itself is what is checked.
      if (!frame || event.source !== frame.contentWindow) return;
      const height = Math.round(Number((event.data as { height?: unknown })?.height)) || MIN_HEIGHT;
      frame.height = String(Math.min(Math.max(height, MIN_HEIGHT), MAX_HEIGHT));
    });

    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = this.dataset['copied'] ?? '';
      } catch {
        status.textContent = this.dataset['copyFailed'] ?? '';
      }
    });

    form.addEventListener('change', update);
    form.hidden = false;
    copy.hidden = false;
    (this.querySelector('[data-preview-section]') as HTMLElement).hidden = false;
    update();
  }
}

if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);
