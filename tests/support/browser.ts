// Debian's Chromium driven by playwright-core. Where it is missing, browser
// tests are skipped with one clear line, except in CI, where that is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type StaticServer } from './server';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  const message = `Chromium not found at ${chromiumPath}: browser tests ${process.env['CI'] ? 'cannot run' : 'skipped'} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(message);
}

// No background traffic: this machine, like the site, talks to no one else.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, args });

/**
 * Chromium and the built site, started once for the enclosing describe() and
 * stopped after it. Read `site.browser` and `site.server` inside the tests.
 */
export function useBrowserAndSite(options: { headers?: boolean } = {}): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchBrowser(), serveDist(options)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
