// <surface-tabs>: turns the step lists of each surface (website, app, per product),
// all in the HTML, into WAI-ARIA tabs. Without JavaScript the lists simply follow each other.
import { chooseSurface, nextTabIndex } from '../lib/guide/surface-choice';
import { hashTarget } from '../lib/links/fragment';
import { readStored, store } from './storage';

const STORAGE_KEY = 'optout:surface';

class SurfaceTabs extends HTMLElement {
  #panels: HTMLElement[] = [];
  #tabs: HTMLButtonElement[] = [];

  connectedCallback(): void {
    this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > [data-surface]')];
    if (this.#panels.length < 2 || this.#tabs.length) return;
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', this.dataset['label'] ?? '');
    list.className = 'no-print';
    this.#tabs = this.#panels.map((panel, index) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${panel.id}-tab`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.className = 'surface-tab';
      tab.textContent = panel.dataset['tabLabel'] ?? panel.id;
      // A label not yet translated keeps its own language.
      if (panel.dataset['tabLang']) tab.lang = panel.dataset['tabLang'];
      tab.addEventListener('click', () => {
        this.select(index);
        store(STORAGE_KEY, panel.dataset['surface'] ?? '');
      });
      tab.addEventListener('keydown', (event) => {
        const next = nextTabIndex(event.key, index, this.#tabs.length);
        if (next === undefined) return;
        event.preventDefault();
        this.select(next);
        store(STORAGE_KEY, this.#panels[next]?.dataset['surface'] ?? '');
        this.#tabs[next]?.focus();
      });
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      list.append(tab);
      return tab;
    });
    this.prepend(list);
    this.dataset['enhanced'] = '';
    this.#followHash(false);
    window.addEventListener('hashchange', () => this.#followHash(true));
  }

  #followHash(scroll: boolean): void {
    const target = hashTarget(document, location.hash);
    const linked = target ? this.#panels.find((panel) => panel.contains(target)) : undefined;
    const surface = chooseSurface({
      available: this.#panels.map((p) => ({ id: p.dataset['surface'] ?? '', device: p.dataset['device'] ?? '' })),
      linked: linked?.dataset['surface'] ?? null,
      stored: readStored(STORAGE_KEY),
      coarsePointer: matchMedia('(pointer: coarse)').matches,
    });
    this.select(Math.max(0, this.#panels.findIndex((p) => p.dataset['surface'] === surface)));
    // Hiding the other panel moved the target: bring it back into view. On load,
    // landOnTarget does it once every enhancement has run.
    if (target && scroll) target.scrollIntoView({ block: 'start' });
  }

  select(index: number): void {
    this.#tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = this.#panels[i];
      if (panel) panel.hidden = !selected;
    });
  }
}

if (!customElements.get('surface-tabs')) customElements.define('surface-tabs', SurfaceTabs);
