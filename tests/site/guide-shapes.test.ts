// The three shapes of guide, built from the valid fixture with the build's clock set
// (libfaketime): "example", a setting with a key date ahead; "objection-form", a form
// in force; "check-now", a setting with no key date. Then the same content built after
// the key date, with the form withdrawn by its editors: the status follows the clock
// with no edit, and the override wins. An assumption of "always a deadline" fails here.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, canSetClock, projectFixtureRoot } from '../support/fixture-build';

/** Before the example's instant (2026-03-01T22:00:00Z), and after it. */
const BEFORE = Date.parse('2026-02-01T12:00:00Z');
const AFTER = Date.parse('2026-03-02T12:00:00Z');
const EXAMPLE_INSTANT = Date.parse('2026-03-01T22:00:00Z');

/** The fixture's languages (its content/languages.yaml), German included. */
const languages = ['fr', 'en', 'de'] as const;
const undated = {
  fr: { label: 'Sans date clé', sentence: 'Aucune date à attendre\u00a0: vérifiez ce paramètre dès maintenant.' },
  en: { label: 'No key date', sentence: 'No date to wait for: check this setting now.' },
  de: { label: 'Ohne Stichtag', sentence: 'Kein Datum abzuwarten: Prüfen Sie diese Einstellung jetzt.' },
};

const hasClock = canSetClock();
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Builds the fixture at `at`, after `edit` changes its content; returns readers of its output. */
function site(at: number, edit: (content: string) => void = () => undefined) {
  const root = projectFixtureRoot();
  roots.push(root);
  const dist = join(root, 'dist');
  const file = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const reader = {
    exists: (path: string) => existsSync(file(path)),
    text: (path: string) => readFileSync(file(path), 'utf8'),
    page: (path: string) => parse(readFileSync(file(path), 'utf8')),
    json: (path: string) => JSON.parse(readFileSync(file(path), 'utf8')),
    feed: (lang: string) => [new XMLParser({ ignoreAttributes: false }).parse(readFileSync(file(`/${lang}/feed.xml`), 'utf8')).rss.channel.item].flat() as { title: string; link: string; description: string; pubDate: string; guid: { '#text': string } }[],
    build: () => {
      edit(join(root, 'content'));
      const run = buildFixture(root, {}, undefined, { at });
      if (run.status !== 0) throw new Error(run.output);
    },
    dist,
  };
  return reader;
}

const validator = (schema: object) => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
};
const cardOrder = (page: ReturnType<typeof parse>) => page.querySelectorAll('main li.card h3 a').map((a) => a.getAttribute('href'));
const deadlineCard = (page: ReturnType<typeof parse>) => page.querySelector('#deadline')!;

describe.skipIf(!hasClock)('built before the key date', () => {
  const before = site(BEFORE);
  beforeAll(() => before.build(), 200_000);

  it('lists the key date ahead first, then what applies now, the latest first: the guide with no key date by its publication', () => {
    for (const lang of languages) expect(cardOrder(before.page(`/${lang}/`))).toEqual([`/${lang}/example/`, `/${lang}/check-now/`, `/${lang}/objection-form/`]);
    const cards = before.page('/en/').querySelectorAll('main li.card');
    expect(cards.map((card) => card.querySelector('p')?.text)).toEqual(['Example · Upcoming', 'Chatly · No key date', 'Formly · In force']);
    expect(cards.map((card) => card.querySelector('time')?.getAttribute('datetime') ?? null)).toEqual(['2026-03-02', null, '2025-05-27']);
    expect(cards[1]!.text).toContain('No date to wait for: check this setting now.');
    expect(before.page('/fr/').querySelectorAll('main li.card')[0]!.text).toContain('Example commencera à utiliser ces données le 2 mars 2026.');
  });

  it('counts down to the key date ahead, says it without JavaScript and offers it as a calendar file', () => {
    const page = before.page('/en/example/');
    expect(deadlineCard(page).getAttribute('data-status')).toBe('upcoming');
    expect(deadlineCard(page).querySelector('optout-countdown')?.getAttribute('guide')).toBe('example');
    expect(deadlineCard(page).querySelector('optout-countdown p')?.text).toBe('Example starts using this data on 2 March 2026.');
    expect(deadlineCard(page).querySelector('a[href="/en/example/deadline.ics"]')).not.toBeNull();
    for (const lang of languages) expect(before.exists(`/${lang}/example/deadline.ics`)).toBe(true);
    expect(page.querySelector('link[type="application/json+oembed"]')).not.toBeNull();
  });

  it('shows a form in force since its key date with its countdown, and no calendar', () => {
    const page = before.page('/fr/objection-form/');
    expect(deadlineCard(page).getAttribute('data-status')).toBe('in-force');
    expect(deadlineCard(page).querySelector('optout-countdown p')?.text).toBe('Formly utilise ces données depuis le 27 mai 2025.');
    expect(deadlineCard(page).querySelector('a[href$=".ics"]')).toBeNull();
    expect(before.exists('/fr/objection-form/deadline.ics')).toBe(false);
    expect(page.querySelector('a[data-primary-action]')?.getAttribute('data-action')).toBe('form');
  });

  it.each(languages)('gives the %s guide with no key date no countdown, calendar, date or since/starts sentence', (lang) => {
    const page = before.page(`/${lang}/check-now/`);
    const card = deadlineCard(page);
    expect(card.getAttribute('data-status')).toBe('in-force');
    expect(card.querySelector('p')?.text).toBe(undated[lang].label);
    expect(card.querySelector('p.text-lg')?.text).toBe(undated[lang].sentence);
    expect(page.querySelector('optout-countdown')).toBeNull();
    expect(page.querySelector('script[src="/embed/countdown.js"]')).toBeNull();
    expect(card.querySelector('time')).toBeNull();
    expect(card.text).not.toMatch(/since|starts|depuis|commencera|seit|beginnt|NaN/);
    expect(page.querySelector('a[href$=".ics"]')).toBeNull();
    expect(page.querySelector('link[type="application/json+oembed"]')).toBeNull();
    // The action is still the first thing after the answer.
    expect(card.querySelector('a[data-primary-action]')?.getAttribute('href')).toBe('https://chatly.example.org/settings/data');
    expect(before.exists(`/${lang}/check-now/deadline.ics`)).toBe(false);
    expect(before.exists(`/${lang}/check-now/oembed.json`)).toBe(false);
    // Other guides name it without a date either.
    expect(before.page(`/${lang}/example/`).querySelector('.related')?.text).not.toMatch(/NaN|Invalid/);
  });

  it('never prints NaN or an invalid date anywhere', () => {
    const files = readdirSync(before.dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|ics)$/.test(f) && !f.startsWith('pagefind/') && !f.startsWith('_astro/'));
    for (const f of files) expect(readFileSync(join(before.dist, f), 'utf8'), f).not.toMatch(/\bNaN\b|Invalid Date/);
  });

  it('offers only the guides with a countdown in the embed builder, and says which are not offered', () => {
    for (const lang of languages) {
      const page = before.page(`/${lang}/embed/`);
      expect(page.querySelectorAll('#embed-guide option').map((o) => o.getAttribute('value'))).toEqual(['example', 'objection-form']);
      expect(page.querySelector('[data-not-offered]')?.text).toContain('Chatly');
      expect(JSON.parse(page.querySelector('embed-builder')!.getAttribute('data-guides')!).map((g: { id: string }) => g.id)).toEqual(['example', 'objection-form']);
    }
  });

  it('gives the widget every guide: an instant to count to, or null for the guide with nothing to count', () => {
    const widget = before.text('/embed/countdown.js');
    expect(widget).toContain(`"check-now":null`);
    expect(widget).toMatch(new RegExp(`example:${EXAMPLE_INSTANT / 1e5}e5`));
    // Its iframe page exists (an embed made earlier keeps working) and says the sentence without a date.
    expect(before.page('/embed/en/check-now/countdown/').querySelector('optout-countdown p')?.text).toBe('No date to wait for: check this setting now.');
  });

  it('lists in version 1 of the API only the guides it can describe, and every guide in version 2; each schema validates its documents', () => {
    const v1 = before.json('/api/v1/guides.json');
    expect(v1.guides.map((g: { id: string; status: string }) => [g.id, g.status])).toEqual([['example', 'upcoming'], ['objection-form', 'in-force']]);
    expect(before.exists('/api/v1/guides/check-now.json')).toBe(false);
    const v2 = before.json('/api/v2/guides.json');
    expect(v2.guides.map((g: { id: string; status: string; deadline: unknown }) => [g.id, g.status, g.deadline === null])).toEqual([
      ['example', 'upcoming', false],
      ['check-now', 'in-force', true],
      ['objection-form', 'in-force', false],
    ]);
    for (const version of [1, 2]) {
      const list = validator(before.json(`/api/v${version}/schema/guides.json`));
      const one = validator(before.json(`/api/v${version}/schema/guide.json`));
      const doc = before.json(`/api/v${version}/guides.json`);
      expect(list(doc), JSON.stringify(list.errors)).toBe(true);
      for (const { id } of doc.guides as { id: string }[]) expect(one(before.json(`/api/v${version}/guides/${id}.json`)), `${version} ${id} ${JSON.stringify(one.errors)}`).toBe(true);
    }
    // Version 1's schema cannot describe a guide without a key date: it refuses one.
    const { deadline: _none, ...undated } = before.json('/api/v2/guides.json').guides[1];
    expect(validator(before.json('/api/v1/schema/guides.json'))({ ...v1, guides: [{ ...undated, api: 'https://x.example/' }] })).toBe(false);
    expect(before.json('/api/v2/guides/check-now.json')).toMatchObject({ version: 2, status: 'in-force', deadline: null, statusOverride: null, action: { kind: 'setting' } });
  });

  it('has a feed item for the form coming into force, and none for the key date still ahead or the guide without one', () => {
    for (const lang of languages) {
      const guids = before.feed(lang).map((item) => item.guid['#text']);
      expect(guids).toContain('https://fixture-guides.example.net/' + `${lang}/objection-form/#status-in-force-2025-05-27`);
      expect(guids.filter((guid) => guid.includes('#status-'))).toHaveLength(1);
    }
    const item = before.feed('en').find((i) => i.guid['#text'].endsWith('#status-in-force-2025-05-27'))!;
    expect(item).toMatchObject({ title: 'In force: Formly, 27 May 2025', description: 'Formly has been using this data since 27 May 2025.', link: 'https://fixture-guides.example.net/en/objection-form/#deadline' });
  });
});

describe.skipIf(!hasClock)('built after the key date, the form withdrawn by its editors', () => {
  const after = site(AFTER, (content) => {
    const file = join(content, 'objection-form/guide.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('regions: [EU]', 'statusOverride: { status: withdrawn, since: 2026-02-15, sources: [notice] }\nregions: [EU]'));
  });
  beforeAll(() => after.build(), 200_000);

  it('flips the key date to in force with no edit: sentence, status, no calendar file any more', () => {
    const page = after.page('/en/example/');
    expect(deadlineCard(page).getAttribute('data-status')).toBe('in-force');
    expect(deadlineCard(page).querySelector('optout-countdown p')?.text).toBe('Example has been using this data since 2 March 2026.');
    expect(deadlineCard(page).querySelector('a[href$=".ics"]')).toBeNull();
    for (const lang of languages) expect(after.exists(`/${lang}/example/deadline.ics`)).toBe(false);
    expect(after.json('/api/v1/guides.json').guides[0]).toMatchObject({ id: 'example', status: 'in-force' });
  });

  it('shows the withdrawn form without a countdown, dated to the day its platform said so, listed last', () => {
    const page = after.page('/en/objection-form/');
    expect(deadlineCard(page).getAttribute('data-status')).toBe('withdrawn');
    expect(deadlineCard(page).querySelector('p')?.text).toBe('Key date · Withdrawn');
    expect(deadlineCard(page).querySelector('p.text-lg')?.text).toBe('Formly said on 15 February 2026 that it is giving up the use of this data.');
    expect(deadlineCard(page).querySelector('time')?.getAttribute('datetime')).toBe('2026-02-15');
    expect(page.querySelector('optout-countdown')).toBeNull();
    expect(after.exists('/en/objection-form/oembed.json')).toBe(false);
    expect(after.exists('/embed/en/objection-form/countdown/')).toBe(true);
    expect(after.text('/embed/countdown.js')).toContain(`"objection-form":null`);
    for (const lang of languages) expect(cardOrder(after.page(`/${lang}/`))).toEqual([`/${lang}/example/`, `/${lang}/check-now/`, `/${lang}/objection-form/`]);
    expect(after.page('/fr/embed/').querySelectorAll('#embed-guide option').map((o) => o.getAttribute('value'))).toEqual(['example']);
  });

  it('describes the override in version 2 only; version 1 lists the guide with the key date passed', () => {
    expect(after.json('/api/v1/guides.json').guides.map((g: { id: string }) => g.id)).toEqual(['example']);
    expect(after.exists('/api/v1/guides/objection-form.json')).toBe(false);
    expect(after.json('/api/v2/guides.json').guides.map((g: { id: string; status: string }) => [g.id, g.status])).toEqual([['example', 'in-force'], ['check-now', 'in-force'], ['objection-form', 'withdrawn']]);
    const form = after.json('/api/v2/guides/objection-form.json');
    expect(form).toMatchObject({ status: 'withdrawn', deadline: { date: '2025-05-27' }, statusOverride: { status: 'withdrawn', since: '2026-02-15', sources: ['notice'] } });
    const one = validator(after.json('/api/v2/schema/guide.json'));
    expect(one(form), JSON.stringify(one.errors)).toBe(true);
  });

  it('tells feed readers: the key date passed, and the form came into force, then was withdrawn', () => {
    const items = after.feed('en');
    const status = items.filter((item) => item.guid['#text'].includes('#status-')).map((item) => [item.title, item.guid['#text'].replace('https://fixture-guides.example.net/en/', '')]);
    expect(status).toEqual([
      ['In force: Example, 2 March 2026', 'example/#status-in-force-2026-03-02'],
      ['Withdrawn: Formly, 15 February 2026', 'objection-form/#status-withdrawn-2026-02-15'],
      ['In force: Formly, 27 May 2025', 'objection-form/#status-in-force-2025-05-27'],
    ]);
    expect(items.find((item) => item.title.startsWith('Withdrawn'))?.description).toBe('Formly said on 15 February 2026 that it is giving up the use of this data.');
  });
});
