// The site settings drive every output: a build of the fixture, whose
// content/site.yaml differs from the site's own in every value, must carry the
// fixture's name, address and publisher everywhere, and nothing of the site's own.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, projectFixtureRoot } from '../support/fixture-build';

const root = projectFixtureRoot();
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SITE = 'https://fixture-guides.example.net/';
const text = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const page = (path: string) => parse(text(path));
const textFiles = () =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json|ics|txt|js|webmanifest)$|_headers$/.test(file) && !file.startsWith('pagefind/'));

describe('a build of the fixture settings', () => {
  beforeAll(() => {
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
    expect(page('/fr/').querySelector('header a')?.text.trim()).toBe("Fiches d'essai");
    expect(page('/en/example/').querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Fixture sheets');
    expect(page('/').querySelector('title')?.text).toBe("Fiches d'essai · Fixture sheets");
    expect(text('/en/feed.xml')).toContain('<title>Fixture sheets</title>');
    expect(text('/en/example/deadline.ics')).toContain('PRODID:-//Fixture sheets//');
    expect(JSON.parse(text('/fr/example/oembed.json')).provider_name).toBe("Fiches d'essai");
    for (const file of textFiles()) {
      const body = readFileSync(join(dist, file), 'utf8');
      expect(body, file).not.toMatch(/Opt-out guides|Guides pour refuser/);
    }
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
