// Which engines this machine has. A missing one skips its tests with one clear
// line, except in CI, where it is a failure: CI installs all three (.ci/run).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineName } from './engine';

/** WebKitGTK's MiniBrowser lives in a versioned folder under the multiarch lib dir. */
function findMiniBrowser(): string {
  for (const arch of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    const dir = join('/usr/lib', arch);
    if (!arch.includes('-linux-')) continue;
    for (const entry of readdirSync(dir).filter((name) => /^webkit2gtk-4\.\d+$/.test(name)).sort().reverse()) {
      const path = join(dir, entry, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return '';
}

export const paths = {
  chromium: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  firefox: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver',
  miniBrowser: process.env['MINIBROWSER_PATH'] ?? findMiniBrowser(),
  xvfb: '/usr/bin/Xvfb',
  libfaketime: ['x86_64', 'aarch64'].map((arch) => `/usr/lib/${arch}-linux-gnu/faketime/libfaketime.so.1`).find((path) => existsSync(path)) ?? '',
};

/**
 * What vitest sets in its workers' environment for the modules it runs (import.meta.env's DEV,
 * PROD, MODE, SSR and BASE_URL, NODE_ENV=test, its own flags). A child `astro build` would
 * inherit them, and Astro's server code reads import.meta.env from process.env at run time: a
 * fixture build then ran as if in dev (DEV=1), unlike the same build from a shell.
 */
const VITEST_VARIABLES = /^(DEV|PROD|MODE|SSR|BASE_URL|NODE_ENV|TEST|VITEST(_.*)?)$/;

/**
 * This process's environment for a child (a build, a CLI, a browser), as a shell would give it:
 * without vitest's variables, and without the libfaketime clock this process may run under
 * (`faketime -f '+1y' npm test`), for a child that keeps its own time or gets one from clockAt()
 * (fixture-build.ts): libfaketime's shared clock (FAKETIME_SHARED) would otherwise start the
 * child's clock when the suite started, not when the child did. Browsers start in it too:
 * Firefox hangs at start under libfaketime, and a page's clock is the harness's to set, through
 * `now` (engine.ts), in every engine alike.
 */
export function childEnv(): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !entry[0].startsWith('FAKETIME') && !VITEST_VARIABLES.test(entry[0])),
  );
  const preload = (env['LD_PRELOAD'] ?? '').split(/[: ]/).filter((lib) => lib && !lib.includes('libfaketime'));
  if (preload.length) env['LD_PRELOAD'] = preload.join(':');
  else delete env['LD_PRELOAD'];
  return env;
}

const needs: Record<EngineName, [string, string][]> = {
  chromium: [[paths.chromium, 'chromium (or set CHROMIUM_PATH)']],
  firefox: [[paths.firefox, 'firefox-esr (or set FIREFOX_PATH)']],
  webkit: [
    [paths.webkitDriver, 'webkit2gtk-driver'],
    [paths.miniBrowser, "webkit2gtk-driver's MiniBrowser (or set MINIBROWSER_PATH)"],
    [paths.xvfb, 'xvfb'],
    [paths.libfaketime, 'faketime'],
  ],
};

const reported = new Set<EngineName>();

/** True when the engine can run; otherwise says why once, and throws in CI. */
export function hasEngine(name: EngineName): boolean {
  const missing = needs[name].filter(([path]) => !path || !existsSync(path)).map(([, what]) => what);
  if (missing.length === 0) return true;
  const message = `${name}: ${missing.join(', ')} not found: ${name} tests ${process.env['CI'] ? 'cannot run' : 'skipped'} (apt-get install -y ${[...new Set(missing.map((what) => what.split(/[ ']/)[0]))].join(' ')})`;
  if (process.env['CI']) throw new Error(message);
  if (!reported.has(name)) console.warn(message);
  reported.add(name);
  return false;
}
