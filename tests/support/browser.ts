// Debian's Chromium driven by playwright-core. Where it is missing, browser
// tests are skipped with one clear line, except in CI, where that is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
