import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedLanguages as languages } from '../../src/i18n/languages';
import { validateContent } from '../../src/lib/pipeline/validate';
import { typeset } from '../../src/lib/text/typography';
import { localized } from '../../src/lib/languages/site';
import { formatDate } from '../../src/lib/text/format';
import { intlLocale, useTranslations } from '../../src/i18n';
import { assertBuilt, projectRoot, readPage } from '../support/dist';

const content = validateContent(join(projectRoot, 'content'), { root: projectRoot });
const guides = content.guides.map((g) => g.guide);

beforeAll(assertBuilt);

describe.each(guides)('the %s guide', (guide) => {
  const guideFile = content.guides.find((g) => g.guide === guide)!;

  describe.each(languages)('in %s', (lang) => {
    const page = () => readPage(`/${lang}/${guide}/`);
    const entries = content.entries.filter((e) => e.guide === guide && e.lang === lang && e.kind !== 'overview');

    it('declares its language and alternates', () => {
      const html = page();
      expect(html.querySelector('html')?.getAttribute('lang')).toBe(lang);
      for (const other of languages) {
        const alt = html.querySelector(`link[rel="alternate"][hreflang="${other}"]`);
        expect(alt?.getAttribute('href')).toMatch(new RegExp(`/${other}/${guide}/$`));
      }
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${lang}/${guide}/$`));
    });

    it('has every step, data category, exclusion, legal point and question, with its anchor and self-link', () => {
      const html = page();
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const element = html.getElementById(entry.id);
        expect(element, `${entry.kind} ${entry.id}`).not.toBeNull();
        expect(element!.querySelector(`a.self-link[href="#${entry.id}"]`), `self-link of ${entry.id}`).not.toBeNull();
        const heading = 'question' in entry.data ? entry.data.question : entry.data.title;
        expect(element!.text.replace(/[ \t\r\n]+/g, ' ')).toContain(typeset(lang, heading));
      }
    });

    it('puts the answer first: summary, deadline and the direct link before the steps', () => {
      const html = page().toString();
      const at = (needle: string) => html.indexOf(needle);
      expect(at('id="summary"')).toBeGreaterThan(0);
      expect(at('id="summary"')).toBeLessThan(at('id="deadline"'));
      expect(at('id="deadline"')).toBeLessThan(at(guideFile.data.action.links[0]!.url));
      expect(at(guideFile.data.action.links[0]!.url)).toBeLessThan(at('id="steps"'));
      const order = ['steps', 'timeline', 'data', 'exclusions', 'effects', 'legal', 'faq', 'sources'].map((id) => at(`id="${id}"`));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });

    it('shows the announced date, never a converted one (none without a key date)', () => {
      const time = page().querySelector('#deadline time');
      // The date of the status sentence: the platform's own change of course, else the key date.
      const date = guideFile.data.statusOverride?.since ?? guideFile.data.deadline?.date;
      expect(time?.getAttribute('datetime')).toBe(date);
      if (date) expect(time?.text).toBe(formatDate(date, intlLocale(lang)));
    });

    it('lists every source, and every citation points to one', () => {
      const html = page();
      for (const [id, source] of Object.entries(guideFile.data.sources)) {
        const item = html.getElementById(`source-${id}`);
        expect(item, id).not.toBeNull();
        if (source.url) expect(item!.querySelector(`a[href="${source.url}"]`), id).not.toBeNull();
      }
      const refs = html.querySelectorAll('a[href^="#source-"]');
      expect(refs.length).toBeGreaterThan(entries.length);
      for (const ref of refs) expect(html.getElementById(ref.getAttribute('href')!.slice(1))).not.toBeNull();
    });

    it('lists its timeline by date as an ordered list of <time datetime> events, each with its sources and links', () => {
      const timeline = content.timelines.find((t) => t.guide === guide);
      const section = page().getElementById('timeline');
      if (!timeline) {
        expect(section).toBeNull();
        return;
      }
      const items = section!.querySelectorAll('ol.timeline > li');
      const byDate = [...timeline.data.events].sort((a, b) => a.date.localeCompare(b.date));
      expect(items.map((li) => li.id)).toEqual(byDate.map((event) => event.id));
      items.forEach((li, index) => {
        const event = byDate[index]!;
        expect(li.querySelector('time')?.getAttribute('datetime')).toBe(event.date);
        const text = localized(event.text, lang);
        expect(li.text.replace(/[ \t\r\n]+/g, ' ')).toContain(typeset(text.lang, text.text));
        expect(li.querySelectorAll('a[href^="#source-"]').map((a) => a.getAttribute('href'))).toEqual(
          expect.arrayContaining(event.sources.map((id) => `#source-${id}`)),
        );
        for (const anchor of event.anchors) expect(page().getElementById(anchor), anchor).not.toBeNull();
        for (const anchor of event.anchors) expect(li.querySelector(`a[href="#${anchor}"]`), anchor).not.toBeNull();
      });
      expect(page().querySelector(`nav a[href="#timeline"]`)).not.toBeNull();
    });

    it('keeps every surface in the HTML, in the guide\'s order, so the steps work without JavaScript', () => {
      const html = page();
      const panels = html.querySelectorAll('surface-tabs > section[data-surface]');
      expect(panels.map((p) => p.id)).toEqual(guideFile.data.surfaces.map((s) => s.id));
      for (const surface of guideFile.data.surfaces) {
        const panel = html.getElementById(surface.id);
        expect(panel?.getAttribute('hidden')).toBeUndefined();
        expect(panel?.getAttribute('data-device')).toBe(surface.device);
        expect(panel?.querySelector('h3')?.text.trim()).toBe(surface.label[lang]);
        expect(panel?.querySelectorAll('li.step').length).toBeGreaterThan(0);
      }
    });

    it('says what the reader does and how far each link can be trusted', () => {
      const html = page();
      const [main, ...others] = guideFile.data.action.links;
      const button = html.querySelector(`#summary a.button[href="${main!.url}"]`);
      expect(button?.getAttribute('data-action')).toBe(guideFile.data.action.kind);
      expect(button?.getAttribute('data-link-kind')).toBe(main!.kind);
      for (const link of others) {
        const item = html.querySelector(`#summary li[data-link-kind="${link.kind}"] a[href="${link.url}"]`);
        expect(item, link.url).not.toBeNull();
        if (link.kind === 'reported') expect(item!.parentNode!.text).toContain(String(link.reportedIn));
      }
      for (const step of entries.filter((e) => e.kind === 'steps')) {
        const link = step.data['link'] as { url: string; kind: string; reportedIn?: number } | undefined;
        const card = html.getElementById(step.id)!;
        if (link) {
          const a = card.querySelector(`a.button[href="${link.url}"]`);
          expect(a?.getAttribute('data-link-kind'), step.id).toBe(link.kind);
          if (link.reportedIn) expect(a!.text).toContain(String(link.reportedIn));
        }
        const after = step.data['after'] as string | undefined;
        if (after) expect(card.querySelector('.step-after')?.text.replace(/[ \t\r\n]+/g, ' '), step.id).toContain(typeset(lang, after));
      }
      // The path at a glance ends with what to do there: switch it off, or send the form.
      const end = useTranslations(lang)(`path.end.${guideFile.data.action.kind}`);
      for (const last of html.querySelectorAll('ol.label-path > li:last-child')) expect(last.text).toContain(end);
      // Every citation says what kind of source it is.
      for (const refs of html.querySelectorAll('.source-refs')) expect(refs.querySelector('.source-kind'), refs.toString()).not.toBeNull();
    });

    it('suggests the other guides after the steps, one line each, without repeating itself', () => {
      const related = page().querySelector('#steps aside.related');
      const others = guides.filter((g) => g !== guide);
      expect(related?.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual(others.map((g) => `/${lang}/${g}/`));
      expect(related?.querySelector(`a[href="/${lang}/${guide}/"]`)).toBeNull();
    });

    it('links to the same page in the other language', () => {
      const html = page();
      for (const other of languages.filter((l) => l !== lang)) {
        expect(html.querySelector(`a[data-keep-hash][hreflang="${other}"]`)?.getAttribute('href')).toBe(`/${other}/${guide}/`);
      }
    });
  });
});

describe('home, language chooser and 404', () => {
  it.each(languages)('the %s home lists every guide with its status', (lang) => {
    const html = readPage(`/${lang}/`);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe(lang);
    for (const guide of guides) expect(html.querySelector(`a[href="/${lang}/${guide}/"]`)).not.toBeNull();
    // Most urgent first, then most recent (README, "Status, key dates and order"): all three
    // apply now; ChatGPT, without a key date, is dated by its publication (6 December 2026),
    // after it LinkedIn (3 November 2025), then Meta (27 May 2025). Each card has its status,
    // and its key date if it has one.
    const cards = html.querySelectorAll('main li.card');
    expect(cards.map((card) => card.querySelector('h3 a')?.getAttribute('href'))).toEqual([`/${lang}/chatgpt/`, `/${lang}/linkedin/`, `/${lang}/meta/`]);
    expect(cards.map((card) => card.querySelector('time')?.getAttribute('datetime') ?? null)).toEqual([null, '2025-11-03', '2025-05-27']);
    expect(cards[0]!.text).toContain(useTranslations(lang)('status.undated'));
    // Both changes are in force whenever the test runs (3 November and 27 May 2025 are past).
    for (const card of cards.slice(1)) expect(card.text).toContain(useTranslations(lang)('status.in-force'));
  });

  it('the root offers every language as a plain link', () => {
    const html = readPage('/');
    for (const lang of languages) expect(html.querySelector(`a[href="/${lang}/"]`)).not.toBeNull();
  });

  it('the 404 page speaks every published language', () => {
    const html = readPage('/404.html');
    for (const lang of languages) {
      const section = html.querySelector(`section[lang="${lang}"]`);
      expect(section?.querySelector('h1')).not.toBeNull();
      expect(section?.querySelector(`a[href="/${lang}/"]`)).not.toBeNull();
    }
  });

  it('makes no request to another site: every src and stylesheet is local', () => {
    for (const path of ['/', ...languages.map((l) => `/${l}/`), ...guides.flatMap((g) => languages.map((l) => `/${l}/${g}/`)), '/404.html']) {
      const html = readPage(path);
      for (const el of html.querySelectorAll('script[src], link[rel="stylesheet"], img, link[rel="icon"]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url, `${path}: ${url}`).toMatch(/^\/(?!\/)/);
      }
    }
  });
});
