// <optout-countdown>: the embeddable countdown. No dependencies; every value taken
// from an attribute is used as text or as an http(s) URL, never as markup.
import { parseInstant, type CountdownView } from '../lib/countdown/countdown';
import { announcedDate } from '../lib/countdown/deadline';
import { formatDay, formatDuration } from '../lib/countdown/countdown-format';
import { fill } from '../lib/text/fill';
import { startTicker, type Ticker } from '../lib/countdown/ticker';
import { stepsUrl, type CountdownStrings, type WidgetData } from '../lib/embed/widget-payload';
import { styles } from './styles';

const TEMPLATE =
  '<slot name=before></slot><p part=value aria-hidden=true></p><p part=sr class=sr></p>' +
  '<p><time part=date></time></p><p part=message></p><a part=link></a><slot name=after></slot><p part=status role=status class=sr></p>';

export function defineCountdown(data: WidgetData): void {
  let sheet: CSSStyleSheet | undefined;

  class OptoutCountdown extends HTMLElement {
    static observedAttributes = ['guide', 'datetime', 'href', 'lang', 'seconds'];
    #shadow = this.attachShadow({ mode: 'open' });
    #ticker: Ticker | undefined;
    #srAt = -1e6;
    #wake = () => this.#ticker?.[document.hidden ? 'stop' : 'wake']();

    connectedCallback() {
      document.addEventListener('visibilitychange', this.#wake);
      addEventListener('pageshow', this.#wake);
      this.#setup();
    }

    disconnectedCallback() {
      document.removeEventListener('visibilitychange', this.#wake);
      removeEventListener('pageshow', this.#wake);
      this.#ticker?.stop();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.#setup();
    }

    #setup() {
      this.#ticker?.stop();
      const root = this.#shadow;
      root.innerHTML = TEMPLATE;
      try {
        sheet ??= new CSSStyleSheet();
        sheet.replaceSync(styles);
        root.adoptedStyleSheets = [sheet];
      } catch {
        // No constructable sheets (old browsers): the text still reads well unstyled.
      }
      const el: Record<string, HTMLElement> = {};
      // Each element by its part name (a part list reads as its name).
      for (const node of root.querySelectorAll<HTMLElement>('[part]')) el[`${node.part}`] = node;
      const get = (name: string) => this.getAttribute(name);
      // The element's own lang, else the page's ("fr-CA" reads French). A page language the
      // widget lacks reads the site's default language (content/languages.yaml); an explicit
      // lang="…" it lacks is an error.
      const asked = `${this.closest<HTMLElement>('[lang]')?.lang ?? data.lang}-`.toLowerCase();
      let lang = get('lang') ? '' : data.lang;
      // The same tag, or a region of the language ("fr-ca-" starts with "fr-").
      for (const code in data.strings) if (asked.startsWith(`${code.toLowerCase()}-`)) lang = code;
      // Its words, or the default language's to say that it lacks the one asked for (lang "").
      const s = data.strings[lang || data.lang] as CountdownStrings;
      // Own keys only: guide="__proto__" or "constructor" must not find a guide. `guide` is
      // an instant, or null for a guide with nothing to count (no key date, paused,
      // withdrawn); it is used only with `local`, which needs an own key, or without a
      // guide attribute (id "", no such property).
      const id = get('guide') ?? '';
      const guide = data.guides[id];
      const local = lang && Object.hasOwn(data.guides, id) && stepsUrl(data, lang, id);
      const datetime = get('datetime');
      const deadline = guide ?? parseInstant(datetime);
      // Only absolute http(s) links: no javascript:, data: or other schemes. A guide's own
      // link, else `href` (a guide the widget does not know is refused below).
      const href = local || (/^https?:\/\//i.test(get('href') ?? '') && get('href'));
      const link = el['link'] as HTMLAnchorElement;
      link.textContent = s.link;
      if (href) link.href = href;
      else link.remove();
      // A known guide with nothing to count (its value null, as an instant is never 0): the
      // page's own fallback (its sentence and link), else the link alone (the template's
      // other parts are empty and take no room).
      if (!guide && local) {
        this.dataset['state'] = 'none';
        if (this.textContent.trim()) root.innerHTML = '<slot>';
        return;
      }
      // A guide the widget does not know, a language it lacks (lang "") or a bad datetime.
      if (!lang || (id && !local) || deadline !== deadline) {
        this.dataset['state'] = 'invalid';
        // Shown, and said through the screen-reader twin as every value is.
        el['value']!.textContent = el['sr']!.textContent = s.invalid;
        return;
      }
      const date = guide ? announcedDate(guide) : (datetime as string).slice(0, 10);
      (el['date'] as HTMLTimeElement).dateTime = date;
      const render = (view: CountdownView) => {
        const passed = view.state === 'passed';
        this.dataset['state'] = view.state;
        el['value']!.textContent = fill(passed ? s.inForce : s.left, { duration: formatDuration(view.parts, s.locale) });
        el['date']!.textContent = fill(passed ? s.since : s.startsOn, { date: formatDay(date, s.locale) });
        el['message']!.textContent = passed ? s.after : '';
        // The screen-reader twin holds a coarse value, changes at most once a minute, and is never live.
        const sr = fill(passed ? s.inForce : s.left, { duration: formatDuration([view.coarse], s.locale) });
        if (sr !== el['sr']!.textContent && Date.now() - this.#srAt >= 6e4) {
          el['sr']!.textContent = sr;
          this.#srAt = Date.now();
        }
      };
      const cross = () => {
        el['status']!.textContent = s.crossed;
        this.dispatchEvent(new Event('deadline', { bubbles: true }));
      };
      this.#ticker = startTicker(deadline, () => document.hidden, render, cross, this.hasAttribute('seconds'));
    }
  }

  customElements.get('optout-countdown') || customElements.define('optout-countdown', OptoutCountdown);
}
