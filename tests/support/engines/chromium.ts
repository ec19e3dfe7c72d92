// Debian's Chromium through playwright-core. Two ways in: the engine interface the
// three engines share (its clock: Playwright's own), and Playwright's Browser itself
// for what only Chromium offers through it (no JavaScript, a locale, a request route).
import { chromium, type Browser, type Page } from 'playwright-core';
import { childEnv, paths } from './availability';
import type { Engine, EnginePage, InPage, PageOptions } from './engine';

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

/** Playwright's Chromium; `extraArgs` add to the quiet defaults (Lighthouse's debugging port). */
export const launchChromiumBrowser = (extraArgs: string[] = []): Promise<Browser> => chromium.launch({ executablePath: paths.chromium, args: [...args, ...extraArgs], env: childEnv() });

export async function launchChromium(): Promise<Engine> {
  const browser = await launchChromiumBrowser();
  return {
    name: 'chromium',
    async newPage({ width = 1280, height = 800, now }: PageOptions = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      if (now !== undefined) await context.clock.install({ time: now });
      return wrap(await context.newPage(), () => context.close());
    },
    close: () => browser.close(),
  };
}

function wrap(page: Page, close: () => Promise<void>): EnginePage {
  const frame = async (selector: string) => {
    const content = await (await page.waitForSelector(selector, { state: 'attached' })).contentFrame();
    if (!content) throw new Error(`${selector} is not a frame`);
    return content;
  };
  return {
    engine: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    url: async () => page.url(),
    evaluate: <T, A>(fn: InPage<A, T>, arg?: A) => page.evaluate(fn as (arg: unknown) => T, arg) as Promise<T>,
    evaluateInFrame: async <T, A>(selector: string, fn: InPage<A, T>, arg?: A) => (await frame(selector)).evaluate(fn as (arg: unknown) => T, arg) as Promise<T>,
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    type: (text) => page.keyboard.type(text),
    reload: async () => void (await page.reload()),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close,
  };
}
