// The built site as the software that re-uses it reads it: the W3C Nu HTML Checker,
// a link-preview scraper, a feed parser and schema.org structured data. The site is
// built for a public address (npm test: https://guides.example.org/), and nothing
// may still point at this machine.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import ogs from 'open-graph-scraper';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLang, languages, publishedLanguages } from '../../src/i18n/languages';
import { intlLocale } from '../../src/i18n';
import { assertBuilt, builtPages, builtSiteUrl, distDir, fileForPath, readPage } from '../support/dist';
import { pngSize } from '../support/png';

beforeAll(assertBuilt);

const textFiles = () =>
  readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|json|ics|txt|js|css|webmanifest)$|_headers$/.test(file));

it('leaves no local address anywhere in the output', () => {
  const site = builtSiteUrl();
  expect(new URL(site).hostname).not.toMatch(/^(localhost|127\.0\.0\.1)$/);
  const offenders = textFiles().filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(join(distDir, file), 'utf8')));
  expect(offenders).toEqual([]);
});

describe('W3C Nu HTML Checker (vnu.jar, Java)', () => {
  const java = spawnSync('java', ['-version']).status === 0;
  if (!java && process.env['CI']) throw new Error('Java is missing: .ci/run installs default-jre-headless');

  it.skipIf(!java)('finds no error in any page, and in the CSS only what is newer than its CSS grammar', () => {
    const jar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
    const pages = builtPages().map(fileForPath);
    const css = readdirSync(join(distDir, '_astro')).filter((file) => file.endsWith('.css')).map((file) => join(distDir, '_astro', file));
    // One JVM for every file: starting Java per page would take minutes.
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--also-check-css', ...pages, ...css], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const messages = (JSON.parse(run.stderr) as { messages: { type: string; url: string; message: string; lastLine?: number; extract?: string }[] }).messages;
    // Excluded, in the CSS only, because the checker's CSS grammar predates them: Tailwind 4 declares
    // its custom properties with @property (CSS Properties and Values API) and tests margin-trim (CSS Box
    // Model 4) in the @supports of their fallback, and the site styles the countdown's parts with ::part()
    // (CSS Shadow Parts), which the checker reports as a bare "Parse Error" at the selector.
    const tailwindAhead = (m: { url: string; message: string; extract?: string }) =>
      m.url.endsWith('.css') &&
      (/Unrecognized at-rule “@property”|“margin-trim”: Property “margin-trim” doesn't exist/.test(m.message) || (m.message === 'CSS: Parse Error.' && /::part\(/.test(m.extract ?? '')));
    const errors = messages.filter((m) => !tailwindAhead(m));
    console.log(`vnu ${pages.length} pages, ${css.length} stylesheets: ${errors.length} errors; ${messages.length - errors.length} CSS messages on @property, margin-trim and ::part(), excluded`);
    expect(errors.map((m) => `${m.url.replace(/^.*\/dist\//, '/')}:${m.lastLine ?? ''} ${m.message}`)).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
  }, 180_000);
});

describe('link previews (open-graph-scraper)', () => {
  const samples = [
    '/',
    ...languages.flatMap((lang) => [`/${lang}/`, `/${lang}/linkedin/`, `/${lang}/linkedin/steps/web-switch-off/`, `/${lang}/legal/`]),
  ];

  it.each(samples)('%s previews with title, description, a 1200×630 image, locales and site name', async (path) => {
    const site = builtSiteUrl();
    const html = readFileSync(fileForPath(path), 'utf8');
    const { result, error } = await ogs({ html });
    expect(error).toBe(false);
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription).toBeTruthy();
    expect(result.ogSiteName).toBeTruthy();
    expect(result.ogUrl).toBe(new URL(path, site).href);
    expect(result.twitterCard).toBe('summary_large_image');
    const [image] = result.ogImage ?? [];
    expect(image?.url.startsWith(site), image?.url).toBe(true);
    expect([image?.width, image?.height].map(Number)).toEqual([1200, 630]);
    expect(pngSize(readFileSync(join(distDir, new URL(image!.url).pathname)))).toEqual({ width: 1200, height: 630 });
    // The chooser speaks the default language (content/languages.yaml); the others are its alternates.
    const lang = path === '/' ? defaultLang : path.split('/')[1]!;
    const ogLocale = (l: string) => intlLocale(l).replace('-', '_');
    expect(result.ogLocale).toBe(ogLocale(lang));
    // og:locale:alternate is an array in OGP, one meta per locale; open-graph-scraper keeps one
    // (its type is a string, the last wins): it must be one of ours, and the page lists them all.
    const alternates = publishedLanguages.filter((l) => l !== lang).map(ogLocale);
    expect(alternates).toContain(result.ogLocaleAlternate);
    expect(readPage(path).querySelectorAll('meta[property="og:locale:alternate"]').map((meta) => meta.getAttribute('content'))).toEqual(alternates);
  });

  it('writes French alt texts with a space before the colon', () => {
    const alt = readPage('/fr/linkedin/steps/web-switch-off/').querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
    expect(alt).toMatch(/\u00a0:/);
    expect(alt).not.toMatch(/[^\u00a0\u202f]:/);
  });
});

describe('feeds (@rowanmanning/feed-parser)', () => {
  it.each(languages)('the %s feed names itself, and each item has its own title and a unique guid', (lang) => {
    const site = builtSiteUrl();
    const feed = parseFeed(readFileSync(join(distDir, lang, 'feed.xml'), 'utf8'));
    expect(feed.meta.type).toBe('rss');
    expect(feed.self).toBe(new URL(`/${lang}/feed.xml`, site).href);
    expect(feed.language).toBe(lang);
    expect(feed.items.length).toBeGreaterThan(1);
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.title).not.toBe(item.description);
      expect(item.description?.startsWith(item.title ?? '')).toBe(false);
      expect(item.url?.startsWith(`${site}${lang}/`), item.url ?? '').toBe(true);
      expect(item.published).toBeTruthy();
    }
    console.log(`${lang} feed: ${feed.title}, ${feed.items.length} items, self ${feed.self}; first: ${feed.items[0]?.title} (${feed.items[0]?.id})`);
  });
});

describe('structured data (schema.org JSON-LD)', () => {
  type Node = Record<string, unknown> & { '@type'?: string };
  const graph = (path: string): Node[] =>
    readPage(path)
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((script) => {
        const data = JSON.parse(script.text) as Node & { '@graph'?: Node[] };
        expect(data['@context']).toBe('https://schema.org');
        return data['@graph'] ?? [data];
      });
  const types = (path: string) => graph(path).map((node) => node['@type']).sort();

  it.each(languages)('the %s home describes the site and its publisher', (lang) => {
    const site = builtSiteUrl();
    expect(types(`/${lang}/`)).toEqual(['Organization', 'WebSite']);
    const website = graph(`/${lang}/`).find((node) => node['@type'] === 'WebSite')!;
    expect(website).toMatchObject({ url: `${site}${lang}/`, inLanguage: lang, publisher: { '@id': `${site}#publisher` } });
  });

  it.each(languages)('the %s guide page is an Article with its breadcrumbs, dated from lastVerified', (lang) => {
    const site = builtSiteUrl();
    expect(types(`/${lang}/linkedin/`)).toEqual(['Article', 'BreadcrumbList']);
    const article = graph(`/${lang}/linkedin/`).find((node) => node['@type'] === 'Article')!;
    expect(article).toMatchObject({ inLanguage: lang, image: `${site}og/${lang}/linkedin.png`, url: `${site}${lang}/linkedin/`, publisher: { '@type': 'Organization', name: expect.any(String) } });
    expect(article['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article['headline']).toBe(readPage(`/${lang}/linkedin/`).querySelector('h1')?.text.trim());
    expect(types(`/${lang}/linkedin/steps/web-switch-off/`)).toEqual(['BreadcrumbList']);
    for (const path of builtPages()) {
      for (const node of graph(path)) expect(JSON.stringify(node), path).not.toContain('HowTo');
    }
  });
});
