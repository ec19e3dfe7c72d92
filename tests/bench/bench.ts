// `npm run bench`: timings and sizes, printed, never asserted (machines are noisy;
// size budgets are enforced by tests/site/budgets.test.ts instead).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { performance } from 'node:perf_hooks';
import { astroCli, distDir, projectRoot } from '../support/dist';
import { hasEngine } from '../support/engines';
import { fileWeight, pageWeight } from '../support/page-weight';
import { lighthouseScores } from './lighthouse';
import { writeSyntheticGuides } from './synthetic';

// `npm run bench -- --quick` skips the build-scaling runs (minutes at N = 100);
// `--sizes=1,10` scales to other numbers of guides (the last one is also rebuilt warm).
const quick = process.argv.includes('--quick');
const sizes = (process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length) ?? '1,10,50,100').split(',').map(Number);
// A public address, as a deployment build needs (content/site.yaml leaves it to the publisher).
const BENCH_SITE = 'https://guides.example.org/';

interface Build {
  seconds: number;
  /** CPU time (user and system) of the build and the processes it ran; NaN where unknown. */
  cpu: number;
  output: string;
}

/**
 * CPU seconds of this process's finished children, from Linux's /proc (NaN elsewhere):
 * on a shared machine, what a build costs whatever else runs beside it. cutime and cstime
 * are fields 16 and 17, counted after the command name, in USER_HZ (100 on Linux).
 */
function childCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function build(env: Record<string, string> = {}, args: string[] = []): Build {
  const [start, cpuStart] = [performance.now(), childCpuSeconds()];
  const run = spawnSync(process.execPath, [astroCli, 'build', ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  // Plain text: Astro prints in colour where CI is set.
  return { seconds: (performance.now() - start) / 1000, cpu: childCpuSeconds() - cpuStart, output: stripVTControlCharacters(run.stdout) };
}

/** Astro prints "(+NNNms)" after each generated route: sum those of the routes matching `pattern`. */
function routeMs(output: string, pattern: RegExp): { count: number; ms: number } {
  const lines = output.split('\n').filter((line) => pattern.test(line) && /\(\+\d+ms\)/.test(line));
  return { count: lines.length, ms: lines.reduce((sum, line) => sum + Number(/\(\+(\d+)ms\)/.exec(line)?.[1] ?? 0), 0) };
}

/** The images from the build's own summary; their time from the routes Astro printed a time for (warnings can separate a route from its time). */
const previewImages = (output: string) => {
  const og = routeMs(output, /\/og\/.+\.png/);
  const [, images = '?', kept = '?', drawn = '?'] = /preview images: (\d+), (\d+) kept from the last build, \d+ from the cache, (\d+) drawn/.exec(output) ?? [];
  return `${images}, ${kept} copied, ${drawn} drawn, in ${(og.ms / 1000).toFixed(2)} s (${og.count ? (og.ms / og.count).toFixed(1) : 0} ms each)`;
};

/** The files Astro copied from the last build instead of rendering them (astro.config.mjs, incrementalBuild). */
const copied = (output: string) => (output.match(/ \((restored|cached)\)/g) ?? []).length;

/** Builds in a project-local scratch folder (Vite serves nothing from outside the project), gitignored. */
function scratch<T>(use: (dir: string) => T): T {
  mkdirSync(join(projectRoot, '.bench'), { recursive: true });
  const dir = mkdtempSync(join(projectRoot, '.bench', 'run-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds into an emptied output folder, as a fresh checkout in CI does. With the same
 * OPTOUT_CACHE_DIR a second time, it is the warm rebuild: the same content over the caches
 * the first one left, as a scheduled rebuild with the cache restored.
 */
function buildInto(outDir: string, env: Record<string, string>): Build {
  rmSync(outDir, { recursive: true, force: true });
  return build(env, ['--outDir', outDir, '--site', BENCH_SITE]);
}

// The site itself into dist/ (the page weights and Lighthouse below read it), with caches
// of its own, cold then warm, so that the project's own caches are left as they were.
const [cold, warm] = scratch((dir) => {
  const env = { OPTOUT_CACHE_DIR: join(dir, 'cache') };
  return [buildInto(distDir, env), buildInto(distDir, env)];
});
const buildRow = ({ seconds, cpu, output }: Build) => {
  const pages = routeMs(output, /index\.html/);
  return {
    'full build (s)': seconds.toFixed(2),
    'CPU (s)': cpu.toFixed(1),
    'HTML pages': `${pages.count} rendered in ${(pages.ms / 1000).toFixed(2)} s`,
    'files copied': copied(output),
    'preview images (OG)': previewImages(output),
    'search index (Pagefind)': /search index: (.+ page\(s\) indexed of \d+ read, in [\d.]+ s)/.exec(output)?.[1] ?? 'not built',
  };
};
console.log('\nBuild (cold: empty caches; warm: again, nothing changed)');
console.table({ cold: buildRow(cold), warm: buildRow(warm) });

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

if (hasEngine('chromium')) {
  console.log('\nLighthouse (mobile preset; goal 100 each)');
  console.table(await lighthouseScores(['/en/', '/fr/', '/en/linkedin/', '/fr/linkedin/']));
} else {
  console.log('\nLighthouse skipped: no Chromium');
}

if (!quick) {
  const rows: Record<string, Record<string, string>> = {};
  let languages: string[] = [];
  let first: number | undefined;
  const largest = Math.max(...sizes);
  let rebuild: [Build, Build] | undefined;
  for (const count of sizes) {
    scratch((dir) => {
      languages = writeSyntheticGuides(join(dir, 'content'), count);
      // Its own content and caches, so that the site's own are left as they were.
      const env = { OPTOUT_CONTENT_DIR: join(dir, 'content'), OPTOUT_CACHE_DIR: join(dir, 'cache') };
      const result = buildInto(join(dir, 'dist'), env);
      const pages = (result.output.match(/index\.html/g) ?? []).length;
      const perPage = result.seconds / pages;
      if (first === undefined && count >= 10) first = perPage;
      // Linear growth keeps s / page flat: the ratio to N = 10 (past the fixed start-up cost) should stay near 1.
      rows[`N = ${count}`] = { 'build (s)': result.seconds.toFixed(1), 'CPU (s)': result.cpu.toFixed(1), 'of which search (s)': /read, in ([\d.]+) s/.exec(result.output)?.[1] ?? '?', pages: String(pages), 's / page': perPage.toFixed(3), 'vs N = 10': count >= 10 ? `${(perPage / (first ?? perPage)).toFixed(2)}×` : '' };
      if (count === largest) rebuild = [result, buildInto(join(dir, 'dist'), env)];
    });
  }
  console.log(`\nBuild scaling (synthetic guides, 8 steps each, ${languages.length} languages: ${languages.join(', ')}; cold builds)`);
  console.table(rows);
  if (rebuild) {
    const [coldRun, warmRun] = rebuild;
    const row = (b: Build) => {
      const pages = routeMs(b.output, /index\.html/);
      return {
        'build (s)': b.seconds.toFixed(1),
        'vs cold': `${(b.seconds / coldRun.seconds).toFixed(2)}×`,
        'CPU (s)': b.cpu.toFixed(1),
        'CPU vs cold': `${(b.cpu / coldRun.cpu).toFixed(2)}×`,
        // Where the rest goes: Vite bundling the code and every MDX entry, then the pages (those
        // rendered; a copied page prints no time).
        // Vite may warn (large chunks) between the two lines.
        'bundling (s)': /Building static entrypoints[\s\S]*?built in ([\d.]+)s/.exec(b.output)?.[1] ?? '?',
        'HTML pages (s)': (pages.ms / 1000).toFixed(1),
        'files copied': String(copied(b.output)),
        'preview images (OG)': previewImages(b.output),
      };
    };
    console.log(`\nRebuild at N = ${largest}, nothing changed (goal: warm at most a third of cold)`);
    console.table({ cold: row(coldRun), warm: row(warmRun) });
  }
}
