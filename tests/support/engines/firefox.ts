// Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver). The
// clock: a script run before the page's own shifts Date to the wanted instant.
import puppeteer, { type Page } from 'puppeteer-core';
import { childEnv, paths } from './availability';
import type { Engine, EnginePage, InPage, PageOptions } from './engine';

/** Runs in every document before its scripts: Date starts at `now` and keeps running. */
function shiftDate(now: number): void {
  const RealDate = Date;
  const offset = now - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  window.Date = ShiftedDate as DateConstructor;
}

export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: paths.firefox,
    headless: true,
    env: childEnv(),
  });
  return {
    name: 'firefox',
    async newPage({ width = 1280, height = 800, now }: PageOptions = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      if (now !== undefined) await page.evaluateOnNewDocument(shiftDate, now);
      return wrap(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function wrap(page: Page, close: () => Promise<void>): EnginePage {
  const frame = async (selector: string) => {
    const content = await (await page.waitForSelector(selector))?.contentFrame();
    if (!content) throw new Error(`${selector} is not a frame`);
    return content;
  };
  const keys = { Enter: 'Enter', ArrowRight: 'ArrowRight', ArrowLeft: 'ArrowLeft', Tab: 'Tab', Space: 'Space' } as const;
  return {
    engine: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    url: async () => page.url(),
    evaluate: <T, A>(fn: InPage<A, T>, arg?: A) => page.evaluate(fn as (arg: unknown) => T, arg) as Promise<T>,
    evaluateInFrame: async <T, A>(selector: string, fn: InPage<A, T>, arg?: A) => (await frame(selector)).evaluate(fn as (arg: unknown) => T, arg) as Promise<T>,
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(keys[key]),
    type: (text) => page.keyboard.type(text),
    reload: async () => void (await page.reload()),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close,
  };
}
