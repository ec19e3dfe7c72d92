// Chromium through playwright-core: its own clock API sets the time.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser';
import type { Engine, EnginePage, InPage, PageOptions } from './engine';

export async function launchChromium(): Promise<Engine> {
  const browser: Browser = await launchBrowser();
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
