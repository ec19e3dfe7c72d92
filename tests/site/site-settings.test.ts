// The site settings drive every output: a build of the fixture, whose
// content/site.yaml differs from the site's own in every value, must carry the
// fixture's name, address and publisher everywhere, and nothing of the site's own.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/lib/site/read';
import { buildFixture, projectFixtureRoot } from '../support/fixture-build';

const root = projectFixtureRoot();
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SITE = 'https://fixture-guides.example.net/';
// The site's own names, read from its settings so that a renamed site is still checked.
const ownNames = Object.values(readSiteSettings(join(import.meta.dirname, '../../content')).settings!.name);
const text = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const page = (path: string) => parse(text(path));
const textFiles = () =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json|ics|txt|js|webmanifest)$|_headers$/.test(file) && !file.startsWith('pagefind/'));

describe('a build of the fixture settings', () => {
  beforeAll(() => {
    // A key date ahead whatever day the tests run, so that the calendar file is published too.
    const guideFile = join(root, 'content', 'example', 'guide.yaml');
    writeFileSync(guideFile, readFileSync(guideFile, 'utf8').replace(/date: 2026-03-02/, 'date: 2099-03-02').replace(/instant: 2026-03-01T22:00:00Z/, 'instant: 2099-03-01T22:00:00Z'));
    const run = buildFixture(root);
    if (run.status !== 0) throw new Error(run.output);
  }, 200_000);

  it('writes the fixture address into every absolute link, and no other', () => {
    expect(page('/fr/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}fr/`);
    expect(page('/en/example/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}og/en/example.png`);
    expect(text('/robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    expect(text('/fr/example/deadline.ics')).toMatch(/URL:https:\/\/fixture-guides\.example\.net\/fr\/example\//);
    for (const file of textFiles()) {
      const body = readFileSync(join(dist, file), 'utf8');
      expect(body, file).not.toMatch(/localhost|guides\.example\.org/);
    }
  });

  it('names the site from the settings in headers, titles, previews, feeds, calendars and oEmbed', () => {
    expect(page('/fr/').querySelector('header a')?.text.trim()).toBe("Fiches d’essai");
    expect(page('/en/example/').querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Fixture sheets');
    expect(page('/').querySelector('title')?.text).toBe("Fiches d’essai · Fixture sheets · Testblätter");
    expect(text('/en/feed.xml')).toContain('<title>Fixture sheets</title>');
    expect(text('/en/example/deadline.ics')).toContain('PRODID:-//Fixture sheets//');
    expect(JSON.parse(text('/fr/example/oembed.json')).provider_name).toBe("Fiches d’essai");
    for (const file of textFiles()) {
      const body = readFileSync(join(dist, file), 'utf8');
      for (const name of ownNames) expect(body, file).not.toContain(name);
    }
  });

  it.each(['fr', 'en', 'de'])('offers the upcoming deadline as a calendar event in %s that ical.js reads, with a reminder the day before', (lang) => {
    const link = page(`/${lang}/example/`).querySelector('#deadline a[href$="deadline.ics"]');
    expect(link?.getAttribute('href')).toBe(`/${lang}/example/deadline.ics`);
    const calendar = new ICAL.Component(ICAL.parse(text(`/${lang}/example/deadline.ics`)));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2099-03-02');
    expect(event.startDate.isDate).toBe(true);
    expect(event.uid).toBe(`deadline-example-${lang}@fixture-guides.example.net`);
    expect(vevent.getFirstPropertyValue('url')).toBe(`${SITE}${lang}/example/`);
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P1D');
    console.log(`ical.js ${lang}: ${event.summary} on ${event.startDate.toString()}, uid ${event.uid}`);
  });

  it('publishes a legal notice from the settings, in both languages', () => {
    const fr = page('/fr/legal/');
    expect(fr.querySelector('main')?.text).toContain('Example Fixture Association');
    expect(fr.querySelector('main')?.text).toContain('Example Director');
    expect(fr.querySelector('main')?.text).toContain('+33 1 00 00 00 00');
    expect(fr.querySelector('main')?.text).toContain('Belgique');
    expect(fr.querySelector('.missing')).toBeNull();
    expect(page('/en/how-we-work/').querySelector('a[href="mailto:contact@publisher.example.net"]')).not.toBeNull();
    for (const lang of ['fr', 'en']) {
      const mailto = page(`/${lang}/legal/`).querySelectorAll('a[href^="mailto:"]');
      expect(mailto.map((link) => [link.getAttribute('href'), link.text.trim()])).toEqual([['mailto:contact@publisher.example.net', 'contact@publisher.example.net']]);
    }
    const article = JSON.parse(page('/en/example/').querySelector('script[type="application/ld+json"]')!.text)['@graph'][0];
    expect(article.publisher).toMatchObject({ name: 'Example Fixture Association', url: 'https://publisher.example.net/', address: { addressCountry: 'BE' } });
  });
});

describe('a deployment build without a public address', () => {
  it('fails, naming the setting and the file to put it in', () => {
    const settings = join(root, 'content', 'site.yaml');
    const original = readFileSync(settings, 'utf8');
    writeFileSync(settings, original.replace(/^url: .*$/m, 'url: ""'));
    try {
      const run = buildFixture(root, { SITE_URL: '' });
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('No public URL');
      expect(run.output).toMatch(/Set `url` in \S+content\/site\.yaml/);
      expect(run.output).toContain('SITE_URL');
      expect(run.output).toContain('npm start');
    } finally {
      writeFileSync(settings, original);
    }
  }, 120_000);
});

describe('a build with a public address that is not one', () => {
  it('names SITE_URL, not Astro\'s "site", and writes nothing', () => {
    const outDir = join(root, 'dist-bad-site-url');
    const run = buildFixture(root, { SITE_URL: 'guides.example.org' }, outDir);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('environment  SITE_URL  "guides.example.org": expected an absolute URL such as https://example.org/page. It overrides url in site.yaml');
    expect(run.output).not.toMatch(/site: Invalid url|Invalid URL/i);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);

  it('names the file, line and field of a url without a scheme, with no stack trace', () => {
    const settings = join(root, 'content', 'site.yaml');
    const original = readFileSync(settings, 'utf8');
    const outDir = join(root, 'dist-no-scheme');
    writeFileSync(settings, original.replace(/^url: .*$/m, 'url: guides.exemple.org'));
    try {
      const run = buildFixture(root, { SITE_URL: '' }, outDir);
      expect(run.status).not.toBe(0);
      expect(run.output).toMatch(/site\.yaml:3 {2}url {2}expected an absolute URL such as https:\/\/example\.org\/page/);
      expect(run.output).not.toMatch(/TypeError|Invalid URL|Stack trace/);
      expect(existsSync(outDir)).toBe(false);
    } finally {
      writeFileSync(settings, original);
    }
  }, 120_000);
});

describe('a build with an email address that would break out of its mailto: link', () => {
  it('fails before writing anything, naming the file, line and field', () => {
    const settings = join(root, 'content', 'site.yaml');
    const original = readFileSync(settings, 'utf8');
    const outDir = join(root, 'dist-hostile-email');
    writeFileSync(settings, original.replace('email: contact@publisher.example.net', `email: 'a@b.c"><script>'`));
    try {
      const run = buildFixture(root, {}, outDir);
      expect(run.status).not.toBe(0);
      expect(run.output).toMatch(/site\.yaml:14 {2}publisher\.email {2}expected an email address such as contact@example\.org/);
      expect(existsSync(join(outDir, 'fr', 'legal', 'index.html'))).toBe(false);
    } finally {
      writeFileSync(settings, original);
    }
  }, 120_000);
});
