// `npm run check` on broken and valid content: output lines and exit codes.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/dist';
import { childEnv } from '../support/engines/availability';
import { clockAt, FIXTURE_NOW } from '../support/fixture-build';
import { missingProblems, stackTrace } from '../support/expect-problems';
import { brokenDir, compatibleGroups, fixtureRoot, readCase } from '../support/fixtures';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function check(...cases: string[]) {
  const root = fixtureRoot(...cases);
  roots.push(root);
  return checkAt(root);
}

function checkAt(root: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'src/cli/check.ts')], {
    cwd: root,
    // The fixture's day: "in the future" and "not checked for 90 days" then hold whatever day it is.
    env: { ...childEnv(), OPTOUT_CONTENT_DIR: 'content', ...clockAt(FIXTURE_NOW), ...env },
    encoding: 'utf8',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

it('lists every error as file:line  field  message and exits 1', () => {
  const { status, out } = check('wrong-enum', 'unknown-source', 'stray-file');
  expect(status).toBe(1);
  expect(out).toContain('error    content/example/de/data/profile.mdx:4  sources.1  unknown source "blog-post"');
  expect(out).toContain('error    content/example/fr/steps/mobile-open.mdx:3  surface  expected one of "web" | "mobile", received "desktop"');
  expect(out).toContain('error    content/example/en/data/profile.mdx:4  sources.1  unknown source "blog-post"');
  expect(out).toContain('error    content/example/fr/notes.txt  (file)  unexpected file here');
  // The fixture's three guides (a key date ahead, a form in force, no key date), each checked a while ago.
  expect(out).toMatch(/^5 error\(s\), 9 warning\(s\); \d+ entries checked in 3 guide\(s\): check-now, example, objection-form$/m);
});

it('lists SITE_URL, then the site settings, before the guides', () => {
  const root = fixtureRoot('wrong-enum', 'site-url-no-scheme');
  roots.push(root);
  const { status, out } = checkAt(root, { SITE_URL: 'guides.example.org' });
  expect(status).toBe(1);
  expect(out.split('\n').filter((line) => line.startsWith('error'))).toEqual([
    'error    environment  SITE_URL  "guides.example.org": expected an absolute URL such as https://example.org/page. It overrides url in site.yaml: fix it, or unset it to build for that url',
    expect.stringMatching(/^error {4}content\/site\.yaml:3 {2}url {2}expected an absolute URL such as https:\/\/example\.org\/page, or "" until you know it, received "guides\.exemple\.org"/),
    'error    content/example/fr/steps/mobile-open.mdx:3  surface  expected one of "web" | "mobile", received "desktop"',
  ]);
  expect(out).toMatch(/^3 error\(s\), /m);
});

it('reports a declared language without UI strings as a problem of languages.yaml, not a crash while loading', () => {
  const root = fixtureRoot();
  roots.push(root);
  appendFileSync(join(root, 'content/languages.yaml'), '  - code: it\n    name: Italiano\n    locale: it-IT\n    typography: { quotes: ["«", "»"] }\n    fallback: [en]\n');
  const { status, out } = checkAt(root);
  expect(status).toBe(1);
  expect(out.split('\n').filter((line) => line.startsWith('error'))).toEqual([
    'error    content/languages.yaml:22  languages  no UI strings for "it": expected content/locales/it.json, a copy of src/i18n/locales/en.json with every text translated',
  ]);
  expect(out).not.toMatch(stackTrace);
  expect(out).not.toContain('ContentError');
});

it('exits 0 on valid content, with a warning for facts not checked for 90 days and for each text German lacks', () => {
  const { status, out } = check();
  expect(status).toBe(0);
  expect(out).toMatch(/warning {2}content\/example\/guide\.yaml:9 {2}lastVerified {2}facts last checked \d+ days ago \(more than 90\)/);
  // The fixture's German is partly translated: two entries, three texts of the guide's YAML files and the site's tagline.
  expect(out).toContain('warning  content/example/en/steps/mobile-open.mdx  (file)  has no de translation (expected content/example/de/steps/mobile-open.mdx): de pages show this en text, marked as not yet translated');
  expect(out).toContain('warning  content/example/guide.yaml:26  surfaces.1.label  has no de text: de pages show the en one, marked as not yet translated (add de: "…")');
  expect(out).toContain('warning  content/example/timeline.yaml:14  events.1.text  has no de text: de pages show the en one, marked as not yet translated (add de: "…")');
  expect(out).toContain('warning  content/site.yaml:9  tagline  has no de text: de pages show the en one, marked as not yet translated (add de: "…")');
  expect(out).toMatch(/^translation {2}example {2}de {2}5 missing, 0 outdated$/m);
  // Each of the fixture's three guides was checked a while ago, with or without a key date.
  expect(out).toMatch(/warning {2}content\/check-now\/guide\.yaml:7 {2}lastVerified {2}facts last checked \d+ days ago \(more than 90\)/);
  expect(out).toMatch(/^0 error\(s\), 9 warning\(s\)/m);
});

it('refuses words the glossary avoids, label spellings and the GDPR alone to Swiss readers, with file:line', () => {
  const { status, out } = check('glossary');
  expect(status).toBe(1);
  expect(out).toContain('error    content/example/fr/steps/web-switch-off.mdx:9  body  "coupez": write "désactiver" instead (glossary, fr, not "couper"; a quotation may keep it)');
  expect(out).toContain('error    content/example/fr/faq/too-late.mdx:8  body  "RGPD" on a page addressed to Swiss readers (it says "Suisse", line 7): name la LPD suisse too');
  expect(out).toContain('error    content/example/fr/steps/web-open.mdx:10  body  "Réglages": the example guide spells this label "Settings" in fr');
  expect(out).toContain('error    content/example/timeline.yaml:6  events.0.text.fr  "couper": write "désactiver" instead');
  // The warnings of the valid fixture, and one more: this timeline.yaml has no German text at all.
  expect(out).toMatch(/^4 error\(s\), 10 warning\(s\)/m);
});

it('warns when GLOSSARY.md is not the page written from glossary.yaml', () => {
  const root = fixtureRoot();
  roots.push(root);
  appendFileSync(join(root, 'content/GLOSSARY.md'), 'An edit by hand.\n');
  const { status, out } = checkAt(root);
  expect(status).toBe(0);
  expect(out).toContain('warning  content/GLOSSARY.md  (file)  out of date: run `npm run glossary` to write it from content/glossary.yaml');
});

describe('reports every case of the content mutation suite (tests/fixtures/broken/), never with a stack trace', () => {
  it.each(compatibleGroups(readdirSync(brokenDir).sort()).map((group) => [group.join(', '), group]))('%s', (_name, group) => {
    const { status, out } = check(...group);
    expect(status).toBe(1);
    expect(missingProblems(out, group.flatMap((name) => readCase(name).problems))).toEqual([]);
    expect(out).not.toMatch(stackTrace);
  });
});
