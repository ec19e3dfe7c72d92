// Rebuilds that cost what changed (astro.config.mjs, experimental.incrementalBuild): a
// rebuild copies from the last one the pages whose key (src/lib/guide/page-key.ts, the
// preview image keys) and code are unchanged, and renders the others. Whatever it
// reuses, it must publish exactly what a build from nothing publishes: each case below
// is compared byte for byte with a cold build of the same content on the same day.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUSE_MANIFEST } from '../../src/lib/build/reuse-guard';
import { projectRoot } from '../support/dist';
import { childEnv } from '../support/engines/availability';
import { buildFixture, canSetClock, clockAt, oneBuildAtATime, projectFixtureRoot } from '../support/fixture-build';

const root = projectFixtureRoot();
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The example guide's key date is 2 March 2026 (its instant 1 March, 22:00 UTC).
const BEFORE = Date.parse('2026-02-20T12:00:00Z');
const AFTER = Date.parse('2026-06-01T12:00:00Z');
/** The cache every rebuild reuses; the cold builds each get an empty one. */
const WARM = 'cache-warm';

type Use = 'restored' | 'rendered';

const printed = new Map<string, string>();

/** Builds the fixture as it now is; returns each path Astro generated, and whether it was copied from the last build. */
function build(out: string, cache: string, at: number): Map<string, Use> {
  const run = buildFixture(root, { OPTOUT_CACHE_DIR: join(root, cache) }, join(root, out), { at });
  if (run.status !== 0) throw new Error(run.output);
  printed.set(out, run.output);
  return generated(run.output);
}

const previewEntries = () => readdirSync(join(root, WARM, 'og')).filter((name) => name.endsWith('.png')).sort();

/** A published file as Astro's log and manifest both can name it: "/fr/example/index.html" and "/og/fr/home.png/" as "/fr/example" and "/og/fr/home.png". */
const normal = (path: string) => `/${path.replace(/^\//, '').replace(/(\/index\.html|\/)$/, '')}`;

/** Astro prints a line per generated file: "├─ /fr/example/index.html (restored)", or with its render time. */
function generated(output: string): Map<string, Use> {
  const paths = new Map<string, Use>();
  // In colour where CI is set (picocolors); a warning printed while a page renders can follow its name on the same line.
  for (const [, path = '', rest = ''] of stripVTControlCharacters(output).matchAll(/[├└]─ (\/\S*?\.(?:html|json|png|ics|xml|js|txt|svg)\/?)(.*)/g)) {
    paths.set(normal(path), /^ \((restored|cached)\)/.test(rest) ? 'restored' : 'rendered');
  }
  return paths;
}

/** Every file of an output folder with its bytes. */
function files(out: string): Map<string, Buffer> {
  const dir = join(root, out);
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path)] as const;
      }),
  );
}

/** The files that differ between two outputs (or exist in one only): none when they are the same site. */
function differences(a: string, b: string): string[] {
  const [left, right] = [files(a), files(b)];
  return [...new Set([...left.keys(), ...right.keys()])].filter((path) => !left.get(path)?.equals(right.get(path) ?? Buffer.alloc(0))).sort();
}

const pathsWhere = (paths: Map<string, Use>, use: Use, pattern: RegExp) => [...paths].filter(([path, how]) => how === use && pattern.test(path)).map(([path]) => path);
/** The files Astro's manifest says it may reuse: those whose path gave it a key. */
const keyed = (cache: string): string[] => {
  const manifest = JSON.parse(readFileSync(join(root, cache, REUSE_MANIFEST), 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
  return Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map(({ outputFile }) => normal(outputFile)));
};

const step = join(root, 'content', 'objection-form', 'fr', 'steps', 'web-send-form.mdx');

describe.runIf(canSetClock())('a rebuild', () => {
  let cold: Map<string, Use>;
  let unchanged: Map<string, Use>;
  let reusable: string[];
  let entriesAfterCold: string[];
  let entriesAfterUnchanged: string[];
  let edited: Map<string, Use>;
  let later: Map<string, Use>;
  let afterFailure: Map<string, Use>;
  let failure = '';

  beforeAll(() => {
    cold = build('cold', WARM, BEFORE);
    entriesAfterCold = previewEntries();
    unchanged = build('unchanged', WARM, BEFORE);
    entriesAfterUnchanged = previewEntries();
    reusable = keyed(WARM);
    // One guide's step, in one language.
    writeFileSync(step, readFileSync(step, 'utf8').replace('Fill in the form and send it (fr).', 'Fill in the form, sign it and send it (fr).'));
    edited = build('edited', WARM, BEFORE);
    build('edited-cold', 'cache-edited', BEFORE);
    // The example guide's key date passes: its status changes with no edit.
    later = build('later', WARM, AFTER);
    build('later-cold', 'cache-later', AFTER);
    // A build that stops after rendering every page, before it is done...
    const failed = oneBuildAtATime(() =>
      spawnSync(process.execPath, [join(projectRoot, 'tests/support/build-failing-late.mjs')], {
        cwd: projectRoot,
        env: { ...childEnv(), OPTOUT_CONTENT_DIR: join(root, 'content'), OPTOUT_CACHE_DIR: join(root, WARM), OUT_DIR: join(root, 'failed'), ...clockAt(AFTER) },
        encoding: 'utf8',
        timeout: 180_000,
      }),
    );
    failure = `${failed.stdout}\n${failed.stderr}`;
    if (failed.status === 0) throw new Error(`the failing build succeeded:\n${failure}`);
    // ...and the next one.
    afterFailure = build('after-failure', WARM, AFTER);
  }, 600_000);

  it('with nothing changed copies every page that has a key, renders the others, and publishes the same site', () => {
    expect(reusable.length).toBeGreaterThan(50);
    // Every kind of keyed route: guide pages, step pages, iframes, oEmbed, calendars, API documents, preview images.
    for (const kind of [/^\/fr\/example$/, /^\/de\/example\/steps\/[^/]+$/, /^\/embed\/en\/example\/countdown$/, /oembed\.json$/, /deadline\.ics$/, /^\/api\/v2\/guides\/check-now\.json$/, /^\/og\/.+\.png$/]) {
      expect(reusable.some((path) => kind.test(path)), String(kind)).toBe(true);
    }
    expect(pathsWhere(cold, 'restored', /./)).toEqual([]);
    expect(pathsWhere(unchanged, 'restored', /./).sort()).toEqual([...reusable].sort());
    // The pages without a key (homes, feeds, lists) are rendered every time.
    expect(unchanged.get('/fr')).toBe('rendered');
    expect(differences('cold', 'unchanged')).toEqual([]);
  });

  it('with nothing changed draws no preview image and keeps every entry of the image cache', () => {
    const images = pathsWhere(unchanged, 'restored', /^\/og\//).length;
    expect(printed.get('unchanged')).toContain(`preview images: ${images}, ${images} kept from the last build, 0 from the cache, 0 drawn; 0 unused removed`);
    expect(entriesAfterCold.length).toBeGreaterThan(10);
    expect(entriesAfterUnchanged).toEqual(entriesAfterCold);
  });

  it("after one guide's text changed renders that guide's pages in every language, copies the others, and publishes what a cold build does", () => {
    expect(differences('edited', 'edited-cold')).toEqual([]);
    expect(differences('cold', 'edited')).toContain('/fr/objection-form/steps/web-send-form/index.html');
    for (const lang of ['fr', 'en', 'de']) {
      expect(edited.get(`/${lang}/objection-form`), lang).toBe('rendered');
      expect(edited.get(`/${lang}/objection-form/steps/web-send-form`), lang).toBe('rendered');
      expect(edited.get(`/${lang}/example`), lang).toBe('restored');
      expect(edited.get(`/${lang}/check-now`), lang).toBe('restored');
    }
    // Its preview images did not change (a step's body is not on them): copied too.
    expect(pathsWhere(edited, 'rendered', /^\/og\//)).toEqual([]);
  });

  it('after a key date passed renders the pages that show a status and publishes what a cold build does on that day', () => {
    expect(differences('later', 'later-cold')).toEqual([]);
    expect(differences('edited', 'later')).toContain('/fr/example/index.html');
    // Every guide page lists the other guides with their status.
    for (const lang of ['fr', 'en', 'de']) for (const guide of ['example', 'objection-form', 'check-now']) expect(later.get(`/${lang}/${guide}`)).toBe('rendered');
    // A preview image that does not show the status (the undated guide's) is copied.
    expect(pathsWhere(later, 'restored', /^\/og\/.*check-now/).length).toBeGreaterThan(0);
  });

  it('publishes copied pages that link only to scripts, styles and fonts the new build wrote', () => {
    for (const out of ['unchanged', 'edited', 'later']) {
      const published = files(out);
      const missing = [...published]
        .filter(([path]) => path.endsWith('.html'))
        .flatMap(([path, html]) => [...html.toString('utf8').matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map(([, asset = '']) => [path, asset]))
        .filter(([, asset = '']) => !published.has(asset))
        .map(([path, asset]) => `${out}${path} -> ${asset}`);
      expect(missing).toEqual([]);
    }
  });

  it('after a build that did not finish reuses no page, and publishes what a cold build does', () => {
    expect(failure).toContain('fails once every page is written');
    expect(pathsWhere(afterFailure, 'restored', /./)).toEqual([]);
    expect(differences('after-failure', 'later-cold')).toEqual([]);
  });
});
