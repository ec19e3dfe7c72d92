// A third language, added the way docs/translators.md tells a publisher to ("Add a language"):
// the fixture declares German in content/languages.yaml, gives its UI strings in
// locales/de.json and its texts in example/de/ and as `de:` in the YAML files, nothing
// else. First as a draft (built, offered nowhere, not indexed), then published: every
// output carries it. An assumption of exactly two languages, or of French as the
// default, fails here.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, projectFixtureRoot } from '../support/fixture-build';
import { pngSize } from '../support/png';

const root = projectFixtureRoot();
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SITE = 'https://fixture-guides.example.net/';
const file = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const text = (path: string) => readFileSync(file(path), 'utf8');
const page = (path: string) => parse(text(path));
const json = (path: string) => JSON.parse(text(path));
const hreflangs = (path: string) => page(path).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
const switchLinks = (path: string) => page(path).querySelectorAll('a.lang-switch').map((a) => [a.getAttribute('href'), a.getAttribute('lang'), a.querySelector('span')?.text.trim()]);
const sitemap = () => readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
const languagesFile = join(root, 'content', 'languages.yaml');
const published = readFileSync(languagesFile, 'utf8');

describe('a language added as a draft', () => {
  let output = '';
  beforeAll(() => {
    writeFileSync(languagesFile, published.replace('    fallback: [en, fr]', '    fallback: [en, fr]\n    draft: true'));
    const run = buildFixture(root);
    if (run.status !== 0) throw new Error(run.output);
    output = run.output;
  }, 200_000);

  it('is built, says so in the build log, and asks search engines not to index it', () => {
    expect(output).toContain('draft language "de": built at /de/ but linked from no other page and not indexed');
    for (const path of ['/de/', '/de/example/', '/de/example/steps/web-open/', '/de/search/', '/de/translations/']) {
      expect(page(path).querySelector('html')?.getAttribute('lang'), path).toBe('de');
      expect(page(path).querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
    }
    expect(page('/fr/example/').querySelector('meta[name="robots"]')).toBeNull();
    expect(existsSync(file('/de/feed.xml'))).toBe(true);
    // Its iframe pages work: the widget carries its strings.
    expect(existsSync(file('/embed/de/example/countdown/'))).toBe(true);
    expect(text('/embed/countdown.js')).toContain('So widersprechen Sie');
  });

  it('is offered by no published page: switch, alternates, chooser, 404, sitemap, API, embed builder', () => {
    for (const path of ['/fr/', '/en/example/', '/fr/example/steps/web-open/', '/en/legal/']) {
      expect(switchLinks(path).map(([href]) => href), path).not.toContain(translate(path, 'de'));
      expect(hreflangs(path), path).not.toContain('de');
      expect(page(path).querySelectorAll('meta[property="og:locale:alternate"]').map((m) => m.getAttribute('content')), path).not.toContain('de_DE');
    }
    expect(page('/').querySelector('a[href="/de/"]')).toBeNull();
    expect(page('/404.html').querySelector('[lang="de"]')).toBeNull();
    expect(sitemap()).not.toContain('/de/');
    expect(Object.keys(json('/api/v1/guides.json').guides[0].urls)).toEqual(['fr', 'en']);
    expect(Object.keys(json('/api/v1/guides/example.json').surfaces[0].label)).toEqual(['fr', 'en']);
    expect(page('/fr/embed/').querySelectorAll('#embed-lang option').map((o) => o.getAttribute('value'))).toEqual(['fr', 'en']);
  });

  it('links to the published languages from its own pages, for its editors', () => {
    expect(switchLinks('/de/example/').map(([href]) => href)).toEqual(['/fr/example/', '/en/example/']);
    expect(hreflangs('/de/example/')).toEqual(['fr', 'en', 'de', 'x-default']);
    expect(page('/de/embed/').querySelectorAll('#embed-lang option').map((o) => o.getAttribute('value'))).toEqual(['fr', 'en', 'de']);
    expect(page('/fr/translations/').querySelector('#example-de')?.text).toContain('Une langue en préparation');
  });
});

describe('the same language, published', () => {
  beforeAll(() => {
    writeFileSync(languagesFile, published);
    const run = buildFixture(root);
    if (run.status !== 0) throw new Error(run.output);
  }, 200_000);

  it('has every page, in German, with German dates', () => {
    for (const path of ['/de/', '/de/example/', '/de/example/steps/web-open/', '/de/example/steps/mobile-open/', '/de/legal/', '/de/how-we-work/', '/de/translations/', '/de/search/', '/de/embed/']) {
      expect(page(path).querySelector('html')?.getAttribute('lang'), path).toBe('de');
      expect(page(path).querySelector('meta[name="robots"]'), path).toBeNull();
    }
    const guide = page('/de/example/');
    expect(guide.querySelector('h1')?.text).toBe('Beispielanleitung (de)');
    expect(guide.querySelector('#summary-heading')?.text).toBe('Kurz gesagt');
    expect(guide.querySelector('#deadline time')?.text).toBe('2. März 2026');
    expect(page('/de/how-we-work/').querySelector('main')?.text).toContain('Jede Anleitung erscheint auf Französisch, Englisch und Deutsch.');
  });

  it('is in the language switch of every page, each link labelled in its own language', () => {
    expect(switchLinks('/en/example/')).toEqual([
      ['/fr/example/', 'fr', 'Lire en français'],
      ['/de/example/', 'de', 'Auf Deutsch lesen'],
    ]);
    expect(switchLinks('/de/example/steps/web-open/')).toEqual([
      ['/fr/example/steps/web-open/', 'fr', 'Lire en français'],
      ['/en/example/steps/web-open/', 'en', 'Read in English'],
    ]);
    // A phone shows each language's name in itself, from the registry.
    expect(page('/fr/').querySelectorAll('a.lang-switch span.sm\\:hidden').map((s) => s.text.trim())).toEqual(['English', 'Deutsch']);
  });

  it('is an alternate of every page, in its head and in the sitemap', () => {
    for (const path of ['/fr/', '/en/example/', '/de/example/steps/web-switch-off/', '/fr/translations/']) expect(hreflangs(path), path).toEqual(['fr', 'en', 'de', 'x-default']);
    expect(page('/en/example/').querySelectorAll('meta[property="og:locale:alternate"]').map((m) => m.getAttribute('content'))).toEqual(['fr_FR', 'de_DE']);
    const urls = [new XMLParser({ ignoreAttributes: false }).parse(sitemap()).urlset.url].flat() as { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[];
    const guide = urls.find((u) => u.loc === `${SITE}fr/example/`)!;
    expect(guide['xhtml:link'].map((l) => [l['@_hreflang'], l['@_href']])).toEqual(
      expect.arrayContaining([['de', `${SITE}de/example/`], ['en', `${SITE}en/example/`], ['x-default', SITE]]),
    );
    expect(urls.map((u) => u.loc)).toEqual(expect.arrayContaining([`${SITE}de/`, `${SITE}de/example/`, `${SITE}de/example/steps/web-open/`]));
    const chooser = urls.find((u) => u.loc === SITE)!;
    expect(chooser['xhtml:link'].map((l) => l['@_hreflang'])).toEqual(['fr', 'en', 'de', 'x-default']);
  });

  it('is offered by the chooser and the 404 page, which speak the registry\'s default language first', () => {
    const chooser = page('/');
    expect(chooser.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(chooser.querySelector('a[href="/de/"]')?.text.trim()).toBe('Weiter auf Deutsch');
    expect(chooser.querySelector('title')?.text).toBe('Fiches d’essai · Fixture sheets · Testblätter');
    const notFound = page('/404.html');
    expect(notFound.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(notFound.querySelectorAll('main > section').map((s) => s.getAttribute('lang'))).toEqual(['fr', 'en', 'de']);
    expect(notFound.querySelector('section[lang="de"] h1')?.text).toBe('Seite nicht gefunden');
  });

  it('is in the API: every guide and text in German, marked with the language it is written in', () => {
    expect(json('/api/v1/guides.json').guides[0].urls.de).toBe(`${SITE}de/example/`);
    const guide = json('/api/v1/guides/example.json');
    expect(guide.steps.web[0].text.de).toMatchObject({ title: 'Die Einstellungen öffnen (de)', lang: 'de' });
    expect(guide.steps.web[0].labels.de).toEqual(['Einstellungen']);
    // Not yet translated: shown in English, its first fallback, and said so.
    expect(guide.steps.mobile[0].text.de).toMatchObject({ title: 'Open the app (en)', lang: 'en' });
    expect(guide.surfaces.map((s: { label: Record<string, string>; labelLang: Record<string, string> }) => [s.label.de, s.labelLang.de])).toEqual([['Auf der Website', 'de'], ['In the app', 'en']]);
    expect(guide.timeline.map((e: { text: Record<string, string>; textLang: Record<string, string> }) => [e.text.de, e.textLang.de])).toEqual([['Example announces the change.', 'en'], ['Example aktualisiert seine Datenschutzhinweise.', 'de']]);
  });

  it('has its feed, in German', () => {
    const feed = new XMLParser().parse(text('/de/feed.xml')).rss.channel;
    expect(feed.language).toBe('de');
    expect(feed.title).toBe('Testblätter');
    const items = [feed.item].flat() as { title: string; description: string }[];
    expect(items.map((i) => i.title)).toContain('Aktualisiert am 1. Dezember 2025: Beispielanleitung (de)');
    expect(items.map((i) => i.description)).toEqual(expect.arrayContaining(['Erste Veröffentlichung.', 'Example aktualisiert seine Datenschutzhinweise.']));
    expect(page('/de/').querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/de/feed.xml');
  });

  it('has its search: an index of the German pages and a search page', () => {
    expect(json('/pagefind/pagefind-entry.json').languages).toEqual(expect.objectContaining({ fr: expect.anything(), en: expect.anything(), de: expect.objectContaining({ page_count: 3 }) }));
    expect(page('/de/search/').querySelector('a[href="/de/example/"]')?.text.trim()).toBe('Beispielanleitung (de)');
  });

  it('has its widget strings, its iframe pages and its oEmbed', () => {
    const widget = text('/embed/countdown.js');
    expect(widget).toContain('So widersprechen Sie');
    expect(widget).toContain('locale:"de-DE"');
    // A page in a language the widget lacks reads the registry's default.
    expect(widget).toContain('lang:"fr"');
    const frame = page('/embed/de/example/countdown/');
    expect(frame.querySelector('html')?.getAttribute('lang')).toBe('de');
    expect(frame.querySelector('optout-countdown')?.getAttribute('lang')).toBe('de');
    expect(frame.querySelector('optout-countdown p')?.text).toContain('Example nutzt diese Daten seit dem 2. März 2026.');
    expect(json('/de/example/oembed.json').html).toContain(`${SITE}embed/de/example/countdown/`);
    expect(page('/fr/embed/').querySelectorAll('#embed-lang option').map((o) => [o.getAttribute('value'), o.text])).toEqual([['fr', 'Français'], ['en', 'English'], ['de', 'Deutsch']]);
  });

  it('has its link-preview images', () => {
    for (const path of ['/og/de/home.png', '/og/de/example.png', '/og/de/example/web-open.png']) {
      expect(pngSize(readFileSync(file(path))), path).toEqual({ width: 1200, height: 630 });
    }
    expect(readFileSync(file('/og/de/example.png')).equals(readFileSync(file('/og/en/example.png')))).toBe(false);
    expect(page('/de/example/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}og/de/example.png`);
  });

  it('shows what is not yet translated in another language, marked, and lists it on the translations page', () => {
    const guide = page('/de/example/');
    expect(guide.querySelector('main p.untranslated')?.text).toContain('Ein Teil dieser Anleitung ist noch nicht auf Deutsch übersetzt.');
    // A surface label, an entry and a timeline text, each in English with its lang.
    expect(guide.querySelector('#mobile-heading')?.getAttribute('lang')).toBe('en');
    expect(guide.querySelector('#mobile')?.getAttribute('data-tab-lang')).toBe('en');
    expect(guide.querySelector('#mobile-open h4 span[lang]')?.getAttribute('lang')).toBe('en');
    expect(guide.querySelector('#announced p')?.getAttribute('lang')).toBe('en');
    expect(guide.querySelector('#announced .untranslated')?.text).toContain('Noch nicht auf Deutsch übersetzt: angezeigt auf Englisch.');
    expect(guide.querySelector('#web-heading')?.text).toBe('Auf der Website');
    const status = page('/de/translations/').querySelector('#example-de')!.text;
    expect(status).toContain('content/example/de/steps/mobile-open.mdx');
    // Paths are relative to the project root: the fixture is built from .test-builds/.
    expect(status).toMatch(/surfaces\.1\.label in \S*content\/example\/guide\.yaml:26, angezeigt auf Englisch/);
    expect(status).toMatch(/events\.1\.text in \S*content\/example\/timeline\.yaml:14, angezeigt auf Englisch/);
  });
});

const translate = (path: string, lang: string) => path.replace(/^\/[^/]+/, `/${lang}`);
