// <search-page>: runs the query from ?q= (and from the field as you type) against
// the Pagefind index of this page's language, loaded from this site only.
import { fill } from '../lib/text/fill';
import { excerptSegments } from '../lib/search/excerpt';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string; sub_results?: { title: string; url: string; excerpt: string }[] }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: Record<string, unknown>, wait?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 10;
// A variable, so that Vite leaves the import to the browser: the index is built after the site.
const PAGEFIND_URL = '/pagefind/pagefind.js';

function excerptNode(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'mt-1 text-sm';
  for (const { text, marked } of excerptSegments(html)) {
    const node = marked ? document.createElement('mark') : document.createTextNode(text);
    if (marked) node.textContent = text;
    p.append(node);
  }
  return p;
}

class SearchPage extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    if (!form || !input) return;
    this.querySelector('[data-search-noscript]')?.remove();
    input.value = new URLSearchParams(location.search).get('q')?.slice(0, 100) ?? '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(input.value);
    });
    input.addEventListener('input', () => void this.#run(input.value));
    if (input.value.trim()) void this.#run(input.value);
    // An empty ?q= is the header's magnifier on a phone: the reader came here to type.
    else if (new URLSearchParams(location.search).has('q')) input.focus();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
    return this.#pagefind;
  }

  async #run(raw: string): Promise<void> {
    const query = raw.trim();
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const fallback = this.querySelector<HTMLElement>('[data-search-fallback]');
    if (!status || !list || !fallback) return;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      fallback.hidden = false;
      return;
    }
    // Said once, while the index loads; later queries answer in a blink.
    if (!this.#pagefind) status.textContent = this.dataset['searching'] ?? '';
    try {
      const search = await (await this.#load()).debouncedSearch(query, {}, 250);
      // null: a newer query superseded this one.
      if (!search) return;
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          item.className = 'card';
          const link = document.createElement('a');
          link.href = result.url;
          link.className = 'font-semibold';
          link.textContent = result.meta.title ?? result.url;
          item.append(link);
          const sub = (result.sub_results ?? []).filter((s) => s.url !== result.url).slice(0, 3);
          if (sub.length) {
            const subList = document.createElement('ul');
            subList.className = 'mt-2 space-y-2';
            for (const part of sub) {
              const subItem = document.createElement('li');
              const subLink = document.createElement('a');
              subLink.href = part.url;
              subLink.textContent = part.title;
              subItem.append(subLink, excerptNode(part.excerpt));
              subList.append(subItem);
            }
            item.append(subList);
          } else item.append(excerptNode(result.excerpt));
          return item;
        }),
      );
      status.textContent = fill(results.length ? (this.dataset['found'] ?? '') : (this.dataset['none'] ?? ''), { query, count: String(search.results.length) });
      fallback.hidden = results.length > 0;
    } catch {
      status.textContent = this.dataset['failed'] ?? '';
      list.replaceChildren();
      fallback.hidden = false;
    }
  }
}

customElements.define('search-page', SearchPage);
