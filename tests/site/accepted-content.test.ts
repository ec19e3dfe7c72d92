// What a careful contributor may write, and a careless check could refuse or a
// careless build could mangle (tests/fixtures/accepted/): built for real, then read
// in the output. With the broken cases (build-errors.test.ts), this is the content
// mutation suite of issue 21.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/pipeline/validate';
import { formatProblem } from '../../src/lib/validation/problems';
import { buildFixture, projectFixtureRoot } from '../support/fixture-build';
import { overlayAccepted } from '../support/fixtures';

let root = '';
let dist = '';
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const htmlPages = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));

beforeAll(() => {
  root = projectFixtureRoot();
  expect(overlayAccepted(root)).toEqual(['allowed-markup', 'bom', 'long-body', 'padded-title', 'url-forms']);
  // A build replaces what was there only once it is complete.
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'previous-build.txt'), 'the last good build');
  const { status, output } = buildFixture(root);
  expect(status, output).toBe(0);
  dist = join(root, 'dist');
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('passes npm run check with no problem', () => {
  const result = validateContent(join(root, 'content'), { root, now: new Date('2026-01-15T12:00:00Z') });
  expect(result.problems.map(formatProblem)).toEqual([]);
});

it('replaces the previous output as a whole, leaving no staging folder behind', () => {
  expect(existsSync(join(dist, 'previous-build.txt'))).toBe(false);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
  expect(existsSync(`${dist}.partial`)).toBe(false);
  expect(existsSync(`${dist}.previous`)).toBe(false);
});

describe('url-forms: addresses are published as the URL parser writes them', () => {
  it('lower-cases an upper-case scheme and host, and keeps & as one character of the address', () => {
    const hrefs = page('en/example').querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.org/Privacy?a=1&b=2&lang=fr#section-2');
    expect(hrefs).not.toContain('HTTPS://Example.ORG/Privacy?a=1&b=2&lang=fr#section-2');
  });

  it('encodes an international domain name and non-ASCII characters', () => {
    const hrefs = page('en/example').querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://xn--exmple-cua.org/param%C3%A8tres?q=%C3%BC');
  });

  it('gives the API the same addresses', () => {
    const api = readFileSync(join(dist, 'api/v1/guides/example.json'), 'utf8');
    expect(api).toContain('"https://xn--exmple-cua.org/param%C3%A8tres?q=%C3%BC"');
    expect(api).not.toContain('exämple');
  });

  it('lets no address open a tag or an attribute of its own on any page', () => {
    for (const file of htmlPages(dist)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/http-equiv="?refresh/i);
      for (const a of parse(html).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^https?:/.test(href)) expect(new URL(href).href, `${file}: ${href}`).toBe(href);
      }
    }
  });
});

it('bom: a byte order mark at the top of an MDX file is read as nothing', () => {
  const faq = page('en/example').querySelector('#too-late');
  expect(faq?.textContent).toContain('Too late? (en)');
  expect(faq?.textContent).toContain('No (en).');
  expect(readFileSync(join(dist, 'en/example/index.html'), 'utf8')).not.toContain('\uFEFF');
});

it('padded-title: spaces around a title are dropped everywhere it is shown', () => {
  expect(page('en/example').querySelector('li#web-open')?.getAttribute('data-title')).toBe('Open the settings (en)');
  expect(page('en/example/steps/web-open').querySelector('title')?.textContent).toMatch(/^Open the settings \(en\) /);
  const api = JSON.parse(readFileSync(join(dist, 'api/v1/guides/example.json'), 'utf8')) as { steps: Record<string, { id: string; text: Record<string, { title: string }> }[]> };
  expect(api.steps['web']?.find((s) => s.id === 'web-open')?.text['en']?.title).toBe('Open the settings (en)');
});

it('long-body: the API gives a text whole, never cut at a fixed length', () => {
  const api = JSON.parse(readFileSync(join(dist, 'api/v1/guides/example.json'), 'utf8')) as { data: { id: string; text: Record<string, { text: string }> }[] };
  const text = api.data.find((d) => d.id === 'profile')?.text['en']?.text ?? '';
  expect(text.length).toBeGreaterThan(3000);
  expect(text).toMatch(/sentence 50 of a long text that the API keeps whole\.$/);
});

it('allowed-markup: anchors of the guide, mail links, span lang and sup are published as written', () => {
  const faq = page('fr/example').querySelector('#too-late');
  const hrefs = faq?.querySelectorAll('a').map((a) => a.getAttribute('href'));
  expect(hrefs).toEqual(expect.arrayContaining(['#web-switch-off', 'mailto:dpo@example.org', 'https://example.org/settings?a=1&b=2']));
  expect(faq?.querySelector('span[lang="en"]')?.textContent).toBe('too late');
  expect(faq?.querySelector('sup')?.textContent).toBe('er');
});
