// `npm run bench`: timings and sizes, printed, never asserted (machines are noisy;
// size budgets are enforced by tests/site/budgets.test.ts instead).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { astroCli, projectRoot } from '../support/dist';
import { languages } from '../../src/i18n/languages';
import { hasChromium } from '../support/browser';
import { fileWeight, pageWeight } from '../support/page-weight';
import { lighthouseScores } from './lighthouse';
import { writeSyntheticGuides } from './synthetic';

// `npm run bench -- --quick` skips the build-scaling runs (minutes at N = 100).
const quick = process.argv.includes('--quick');
// A public address, as a deployment build needs (content/site.yaml leaves it to the publisher).
const BENCH_SITE = 'https://guides.example.org/';

function build(env: Record<string, string> = {}, args: string[] = []): { seconds: number; output: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [astroCli, 'build', ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds: (performance.now() - start) / 1000, output: run.stdout };
}

/** Astro prints "(+NNNms)" after each generated route: sum those of the routes matching `pattern`. */
function routeMs(output: string, pattern: RegExp): { count: number; ms: number } {
  const lines = output.split('\n').filter((line) => pattern.test(line) && /\(\+\d+ms\)/.test(line));
  return { count: lines.length, ms: lines.reduce((sum, line) => sum + Number(/\(\+(\d+)ms\)/.exec(line)?.[1] ?? 0), 0) };
}

const { seconds, output } = build({}, ['--force', '--site', BENCH_SITE]);
const og = routeMs(output, /\/og\/.+\.png/);
const pages = routeMs(output, /index\.html/);
console.log('\nBuild');
console.table({
  'full build (s)': seconds.toFixed(2),
  'HTML pages': `${pages.count} in ${(pages.ms / 1000).toFixed(2)} s`,
  'preview images (OG)': `${og.count} in ${(og.ms / 1000).toFixed(2)} s (${og.count ? (og.ms / og.count).toFixed(0) : 0} ms each)`,
  'search index (Pagefind)': /search index: (.+ page\(s\) indexed of \d+ read, in [\d.]+ s)/.exec(output)?.[1] ?? 'not built',
});

console.log('\nPage weight (bytes; gzip level 9)');
const rows: Record<string, Record<string, number>> = {};
for (const [name, path] of [
  ['home', '/en/'],
  ['guide (fr)', '/fr/linkedin/'],
  ['guide (en)', '/en/linkedin/'],
  ['share page', '/fr/linkedin/steps/mobile-switch-off/'],
  ['embed builder', '/fr/embed/'],
  ['iframe page', '/embed/fr/linkedin/countdown/'],
] as const) {
  const w = pageWeight(path);
  rows[name] = {
    'HTML raw': w.html.raw, 'HTML gz': w.html.gzip, 'CSS raw': w.css.raw, 'CSS gz': w.css.gzip,
    'JS raw': w.js.raw, 'JS gz': w.js.gzip, 'total raw': w.total.raw, 'total gz': w.total.gzip, requests: w.requests,
  };
}
console.table(rows);
const widget = fileWeight('/embed/countdown.js');
console.log(`countdown.js: ${widget.raw} B raw, ${widget.gzip} B gzip`);

if (hasChromium) {
  console.log('\nLighthouse (mobile preset; goal 100 each)');
  console.table(await lighthouseScores(['/en/', '/fr/', '/en/linkedin/', '/fr/linkedin/']));
} else {
  console.log('\nLighthouse skipped: no Chromium');
}

if (!quick) {
  console.log(`\nBuild scaling (synthetic guides, 8 steps each, ${languages.length} languages)`);
  const rows: Record<string, Record<string, string>> = {};
  let first: number | undefined;
  for (const count of [1, 10, 50, 100]) {
    // Inside the project (Vite serves nothing from outside it), gitignored, with its own
    // content cache so that the site's own cache is left as it was.
    mkdirSync(join(projectRoot, '.bench'), { recursive: true });
    const dir = mkdtempSync(join(projectRoot, '.bench', 'run-'));
    try {
      writeSyntheticGuides(join(dir, 'content'), count);
      const result = build({ OPTOUT_CONTENT_DIR: join(dir, 'content'), OPTOUT_CACHE_DIR: join(dir, 'cache') }, ['--outDir', join(dir, 'dist'), '--site', BENCH_SITE]);
      const pages = (result.output.match(/index\.html/g) ?? []).length;
      const perPage = result.seconds / pages;
      if (count === 10) first = perPage;
      // Linear growth keeps s / page flat: the ratio to N = 10 (past the fixed start-up cost) should stay near 1.
      rows[`N = ${count}`] = { 'build (s)': result.seconds.toFixed(1), 'of which search (s)': /read, in ([\d.]+) s/.exec(result.output)?.[1] ?? '?', pages: String(pages), 's / page': perPage.toFixed(3), 'vs N = 10': count >= 10 ? `${(perPage / (first ?? perPage)).toFixed(2)}×` : '' };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.table(rows);
}
