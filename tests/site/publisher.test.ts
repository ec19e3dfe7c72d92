// A second guide, added the way docs/editors.md tells a publisher to: scaffolded (a
// draft, published nowhere), then filled in (published everywhere). The fixture
// guide also lacks one English text, and the new guide its English overview: both
// must fall back to French, marked.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, projectFixtureRoot } from '../support/fixture-build';
import { checkContent, fillScaffold, newGuide } from '../support/scaffold';

const root = projectFixtureRoot();
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const file = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const text = (path: string) => readFileSync(file(path), 'utf8');
const page = (path: string) => parse(text(path));
const json = (path: string) => JSON.parse(text(path)) as Record<string, unknown>;
const indexedPages = () =>
  Object.fromEntries(Object.entries((json('/pagefind/pagefind-entry.json') as { languages: Record<string, { page_count: number }> }).languages).map(([lang, v]) => [lang, v.page_count]));

/** Every place a published guide appears. */
function appearances(id: string, step: string) {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return {
    homeFr: page('/fr/').querySelector(`a[href="/fr/${id}/"]`) !== null,
    homeEn: page('/en/').querySelector(`a[href="/en/${id}/"]`) !== null,
    pageFr: existsSync(file(`/fr/${id}/`)),
    pageEn: existsSync(file(`/en/${id}/`)),
    pageDe: existsSync(file(`/de/${id}/`)),
    sharePage: existsSync(file(`/en/${id}/steps/${step}/`)),
    ogImage: existsSync(file(`/og/fr/${id}.png`)),
    apiList: (json('/api/v1/guides.json') as { guides: { id: string }[] }).guides.some((g) => g.id === id),
    apiGuide: existsSync(file(`/api/v1/guides/${id}.json`)),
    sitemap: sitemap.includes(`/fr/${id}/`) && sitemap.includes(`/en/${id}/`) && sitemap.includes(`/de/${id}/`),
    feed: text('/en/feed.xml').includes(`/en/${id}/`),
    calendar: existsSync(file(`/fr/${id}/deadline.ics`)),
    // The widget carries a guide as its id and deadline instant (ms since the epoch).
    widget: new RegExp(`[{,]"?${id}"?:[\\d.e]+[,}]`).test(text('/embed/countdown.js')),
    iframe: existsSync(file(`/embed/fr/${id}/countdown/`)),
    embedBuilder: page('/fr/embed/').querySelector(`option[value="${id}"]`) !== null,
    translations: page('/en/translations/').querySelector(`#${id}-en`) !== null,
    search: page('/fr/search/').querySelector(`a[href="/fr/${id}/"]`) !== null,
  };
}
const everywhere = (value: boolean) => Object.fromEntries(Object.keys(appearances('example', 'web-open')).map((k) => [k, value]));

describe('a second guide, as a publisher adds it', () => {
  let draftBuild: { status: number | null; output: string };
  let draftIndex: Record<string, number>;
  let draftPlaces: Record<string, boolean>;

  beforeAll(() => {
    rmSync(join(root, 'content/example/en/faq/too-late.mdx'));
    expect(newGuide(root, 'acme', 'Acme').status).toBe(0);
    // A third guide of the other shape: a form to submit, three surfaces over two products.
    expect(newGuide(root, 'forma', 'Forma', '--form', '--surfaces', 'forma-app:app:Forma,forma-web:web:Forma,studio-app:app:Studio').status).toBe(0);
    // The scaffold dates a guide the day it is written: built that day too.
    const today = { at: Date.now() };
    draftBuild = buildFixture(root, {}, undefined, today);
    if (draftBuild.status !== 0) throw new Error(draftBuild.output);
    draftIndex = indexedPages();
    draftPlaces = appearances('acme', 'web-open-settings');
    fillScaffold(join(root, 'content/acme'));
    fillScaffold(join(root, 'content/forma'));
    rmSync(join(root, 'content/acme/en/overview.mdx'));
    const published = buildFixture(root, {}, undefined, today);
    if (published.status !== 0) throw new Error(published.output);
  }, 400_000);

  it('as a draft, is named in the build log and published nowhere', () => {
    expect(draftBuild.output).toMatch(/draft "acme" not published: marked draft: true, \d+ TODO\(s\) left/);
    expect(draftBuild.output).toMatch(/draft "forma" not published/);
    expect(draftPlaces).toEqual(everywhere(false));
    // The fixture's own three guides only.
    expect(draftIndex).toEqual({ fr: 3, en: 3, de: 3 });
  });

  it('once filled in, passes the checker and appears everywhere the first guide does', () => {
    const check = checkContent(root);
    expect(check.status).toBe(0);
    expect(check.out).toMatch(/0 error\(s\), \d+ warning\(s\); \d+ entries checked in 5 guide\(s\): acme, check-now, example, forma, objection-form$/m);
    // "example" is in force: a past date is never offered as a reminder. The scaffolded guides keep
    // the scaffold's placeholder key date, a year ahead of the day they were written, so they are
    // upcoming: their calendar file is offered.
    expect(appearances('example', 'web-open')).toEqual({ ...everywhere(true), calendar: false });
    expect(appearances('acme', 'web-open-settings')).toEqual(everywhere(true));
    expect(appearances('forma', 'studio-app-open-settings')).toEqual(everywhere(true));
    // The guide with no key date is everywhere too, except where a key date is needed: no
    // calendar, no countdown to embed or instant for the widget (it carries null), and only in
    // version 2 of the API (guide-shapes.test.ts).
    expect(appearances('check-now', 'web-check-setting')).toEqual({ ...everywhere(true), calendar: false, apiList: false, apiGuide: false, widget: false, embedBuilder: false });
    expect(indexedPages()).toEqual({ fr: 5, en: 5, de: 5 });
  });

  it('renders a form-based guide with several products from its content alone', () => {
    const forma = page('/en/forma/');
    expect(forma.querySelector('#summary a.button[data-action="form"]')?.text).toBe('Open the objection form');
    expect(forma.querySelector('#steps-heading')?.text).toContain('Object, step by step');
    expect(forma.querySelector('surface-tabs')?.getAttribute('data-label')).toBe('Where do you use Forma or Studio?');
    const panels = forma.querySelectorAll('surface-tabs > section');
    expect(panels.map((p) => [p.id, p.getAttribute('data-device'), p.getAttribute('data-product')])).toEqual([
      ['forma-app', 'app', 'Forma'],
      ['forma-web', 'web', 'Forma'],
      ['studio-app', 'app', 'Studio'],
    ]);
    for (const panel of panels) expect(panel.querySelectorAll('li.step').length).toBe(1);
    expect(page('/fr/forma/').querySelector('#summary a.button')?.text).toBe('Ouvrir le formulaire d’opposition');
    const api = json('/api/v1/guides/forma.json') as { action: { kind: string }; surfaces: { id: string; product?: string }[]; steps: Record<string, unknown[]> };
    expect(api.action.kind).toBe('form');
    expect(api.surfaces.map((s) => [s.id, s.product])).toEqual([['forma-app', 'Forma'], ['forma-web', 'Forma'], ['studio-app', 'Studio']]);
    expect(Object.keys(api.steps)).toEqual(['forma-app', 'forma-web', 'studio-app']);
    // The share page says where the step is, in the guide's own words.
    expect(page('/en/forma/steps/studio-app-open-settings/').querySelector('article p')?.text).toContain('Step 1 of 1, Filled after “Step 2 of 4,” in English, naming Studio');
  });

  it('shows an untranslated text in its own language, marked, and lists it on the status page', () => {
    const guide = page('/en/example/');
    expect(guide.querySelector('main p.untranslated')?.text).toContain('Part of this guide is not yet translated into English');
    const entry = guide.querySelector('#too-late');
    expect(entry?.querySelector('.untranslated')?.text).toContain('Not yet translated into English: shown in French.');
    expect(entry?.querySelector('div.prose')?.getAttribute('lang')).toBe('fr');
    expect(entry?.querySelector('h3')?.getAttribute('lang')).toBe('fr');
    // The French page is complete: no notice there.
    expect(page('/fr/example/').querySelector('.untranslated')).toBeNull();
    const status = page('/en/translations/');
    expect(status.querySelector('#example-en')?.text).toContain('content/example/en/faq/too-late.mdx');
    expect(status.querySelector('#example-en a[href="/en/example/#too-late"]')).not.toBeNull();
    expect(status.querySelector('#example-fr')?.text).toContain('Complete');
    // A missing overview: the English home card and guide page show the French one, marked.
    expect(page('/en/').querySelector('a[href="/en/acme/"]')?.getAttribute('lang')).toBe('fr');
    const acme = page('/en/acme/');
    expect(acme.querySelector('h1')?.getAttribute('lang')).toBe('fr');
    expect(acme.querySelector('#summary .untranslated')?.text).toContain('Not yet translated into English: shown in French.');
    expect(page('/en/translations/').querySelector('#acme-en')?.text).toContain('content/acme/en/overview.mdx');
    const api = json('/api/v1/guides/example.json') as { faq: { id: string; text: Record<string, { lang: string }> }[] };
    expect(api.faq.find((f) => f.id === 'too-late')?.text['en']?.lang).toBe('fr');
  });
});
