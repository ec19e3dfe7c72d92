// content/site.yaml: validated like every content file (file, line, field, what is
// expected), with the fields a publisher must fill listed, and SITE_URL winning.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/lib/site/read';
import { emptyFields } from '../../src/lib/site/schema';
import { configuredSiteUrl, siteUrlEnvProblem } from '../../src/lib/site/url';
import { fixturesDir } from '../support/fixtures';

const fixture = readFileSync(join(fixturesDir, 'valid', 'content', 'site.yaml'), 'utf8');
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function withSettings(yaml: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'optout-site-'));
  roots.push(root);
  if (yaml !== undefined) writeFileSync(join(root, 'site.yaml'), yaml);
  return root;
}

describe('site settings', () => {
  it('reads the fixture, with every field filled', () => {
    const { settings, problems } = readSiteSettings(withSettings(fixture));
    expect(problems).toEqual([]);
    expect(settings?.name.en).toBe('Fixture sheets');
    expect(emptyFields(settings!)).toEqual([]);
  });

  it("lists the fields the site's own settings leave to the publisher", () => {
    const { settings, problems } = readSiteSettings(join(import.meta.dirname, '../../content'));
    expect(problems).toEqual([]);
    expect(emptyFields(settings!)).toEqual(expect.arrayContaining(['url', 'publisher.name', 'legal.director', 'legal.host.phone']));
  });

  it('names the file, line and field of each problem', () => {
    const root = withSettings(
      fixture.replace('url: https://fixture-guides.example.net/', 'url: https://fixture-guides.example.net/guides/').replace('country: BE', 'country: Belgium').replace(/^name:\n(?: {2}.*\n)+/m, 'name: {}\n').concat('colour: blue\n'),
    );
    const { settings, problems } = readSiteSettings(root, root);
    expect(settings).toBeUndefined();
    const shown = problems.map((p) => `${p.file}:${p.line}  ${p.field}  ${p.message}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^site\.yaml:3 {2}url {2}expected the root of a domain/),
        expect.stringMatching(/^site\.yaml:\d+ {2}name {2}expected a text in at least one language/),
        expect.stringMatching(/^site\.yaml:\d+ {2}publisher\.country {2}expected a two-letter ISO 3166-1 country code/),
        expect.stringMatching(/^site\.yaml:\d+ {2}\(file\) {2}unknown field "colour"/),
      ]),
    );
  });

  // Each of these passed a "something@something.tld" check and was published as a broken mailto: link.
  it.each([`'a@b.c"><script>'`, 'contact@example.org?cc=someone@evil.example', '"con tact@example.org"', 'contact@example', 'contact@exa<mple.org', 'contact@example.org&subject=x'])(
    'refuses the email address %s, naming the field and what is expected',
    (email) => {
      const root = withSettings(fixture.replace('email: contact@publisher.example.net', `email: ${email}`));
      const { settings, problems } = readSiteSettings(root, root);
      expect(settings).toBeUndefined();
      expect(problems.map((p) => `${p.file}:${p.line}  ${p.field}  ${p.message}`)).toEqual([
        expect.stringMatching(/^site\.yaml:14 {2}publisher\.email {2}expected an email address such as contact@example\.org \(letters, digits and .* it becomes a mailto: link\)/),
      ]);
    },
  );

  it.each(["o'brien+guides@example.org", 'contact@sub.example.co.uk', 'Contact.Us@Example.ORG', ''])('accepts the email address "%s"', (email) => {
    const { settings, problems } = readSiteSettings(withSettings(fixture.replace('email: contact@publisher.example.net', `email: "${email}"`)));
    expect(problems).toEqual([]);
    expect(settings?.publisher.email).toBe(email);
  });

  it('says where the settings go when the file is missing', () => {
    const root = withSettings(undefined);
    expect(readSiteSettings(root, root).problems[0]?.message).toMatch(/missing: the site settings .* live in site\.yaml/);
  });

  it('refuses a url without a scheme with what is expected, not a crash', () => {
    const { settings, problems } = readSiteSettings(withSettings(fixture.replace(/^url: .*$/m, 'url: guides.exemple.org')), '/');
    expect(settings).toBeUndefined();
    expect(problems.map((p) => `${p.line}  ${p.field}  ${p.message}`)).toEqual([
      '3  url  expected an absolute URL such as https://example.org/page, or "" until you know it, received "guides.exemple.org" (The public address of the site, such as https://guides.example.org/: the site must be served at the root of its domain. Required to build for deployment; SITE_URL overrides it)',
    ]);
  });

  it('names SITE_URL when it is not a site address, and leaves it out of the config', () => {
    const root = withSettings(fixture);
    for (const value of ['guides.example.org', 'https://guides.example.org/sub/', 'ftp://guides.example.org/']) {
      const problem = siteUrlEnvProblem({ SITE_URL: value });
      expect(problem, value).toMatchObject({ file: 'environment', field: 'SITE_URL' });
      expect(problem?.message).toContain(`"${value}": expected`);
      expect(problem?.message).toContain('It overrides url in site.yaml');
      expect(configuredSiteUrl(root, { SITE_URL: value })).toBeUndefined();
    }
    expect(siteUrlEnvProblem({ SITE_URL: 'https://preview.example.net/' })).toBeUndefined();
    expect(siteUrlEnvProblem({ SITE_URL: ' ' })).toBeUndefined();
    expect(siteUrlEnvProblem({})).toBeUndefined();
  });

  it('takes SITE_URL over the file, and the file when SITE_URL is empty', () => {
    const root = withSettings(fixture);
    expect(configuredSiteUrl(root, { SITE_URL: 'https://preview.example.net/' })).toBe('https://preview.example.net/');
    expect(configuredSiteUrl(root, { SITE_URL: '' })).toBe('https://fixture-guides.example.net/');
    expect(configuredSiteUrl(withSettings(fixture.replace(/^url: .*$/m, 'url: ""')), {})).toBeUndefined();
  });
});
