// The site served with its own _headers: strict CSP breaks nothing, the embed
// route can be framed by another site, the guide cannot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasEngine, launchChromiumBrowser } from '../support/engines';
import { builtPages } from '../support/dist';
import { serveHostPages } from '../support/host-server';
import { serveDist, type StaticServer } from '../support/server';

let browser: Browser;
let site: StaticServer;
let host: StaticServer;

describe.skipIf(!hasEngine('chromium'))('security headers', () => {
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromiumBrowser(), serveDist({ headers: true })]);
    host = await serveHostPages({
      '/frames': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
        <iframe id="embed" title="embed" src="${site.url}/embed/en/linkedin/countdown/" sandbox="allow-scripts allow-popups"></iframe>
        <iframe id="guide" name="guide" title="guide" src="${site.url}/en/linkedin/"></iframe></body></html>`,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([site?.close(), host?.close()]);
  });

  it('every page works under the CSP: no violation, no error, the scripts ran', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy|Refused to/.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    for (const path of builtPages()) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.headers()['content-security-policy'], path).toMatch(/default-src 'self'/);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${site.url}/en/linkedin/`);
    await page.waitForFunction(() => document.querySelector('surface-tabs')?.hasAttribute('data-enhanced') && document.querySelector('optout-countdown')?.hasAttribute('data-state'));
    await page.goto(`${site.url}/fr/embed/`);
    await page.check('input[value="script"]');
    await page.waitForFunction(() => document.querySelector('[data-preview] optout-countdown')?.hasAttribute('data-state'));
    await page.check('input[value="iframe"]');
    await page.waitForSelector('[data-preview] iframe');
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  }, 120_000);

  it('another origin can frame the embed route, not the guide', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/frames`);
    const embed = page.frameLocator('#embed');
    await expect.poll(() => embed.locator('optout-countdown').getAttribute('data-state')).toMatch(/upcoming|passed/);
    // Refused by frame-ancestors: Chromium shows its own error page instead of the guide.
    await expect.poll(() => page.frames().find((f) => f.name() === 'guide' || f.url().startsWith('chrome-error://'))?.url()).toMatch(/^chrome-error:\/\//);
    const guide = page.frames().find((f) => f.url().startsWith('chrome-error://'))!;
    expect(await guide.evaluate(() => document.querySelector('#steps'))).toBeNull();
    await page.close();
  });
});
