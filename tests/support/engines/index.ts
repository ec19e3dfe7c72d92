// The one browser harness of the tests. Starts one browser per engine for the enclosing
// describe() and reuses it across its tests: describe.each(engineNames) with useEngine(name)
// inside. What only Playwright offers stays in Chromium: useChromiumAndSite().
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type StaticServer } from '../server';
import { launchChromium, launchChromiumBrowser } from './chromium';
import type { Engine, EngineName, EnginePage, InPage } from './engine';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

export { engineNames, type Engine, type EngineName, type EnginePage } from './engine';
export { hasEngine } from './availability';
export { launchChromiumBrowser } from './chromium';
export { problems } from './probe';

const launchers: Record<EngineName, () => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

/** The engine; its pages' screenshots may go to folders that do not exist yet (test-results/ in a fresh clone). */
export async function launchEngine(name: EngineName): Promise<Engine> {
  const engine = await launchers[name]();
  return {
    ...engine,
    async newPage(options) {
      const page = await engine.newPage(options);
      return { ...page, screenshot: (path) => (mkdirSync(dirname(path), { recursive: true }), page.screenshot(path)) };
    },
  };
}

/** The engine, launched in beforeAll and closed in afterAll; read `.engine` inside tests. */
export function useEngine(name: EngineName): { engine: Engine } {
  const holder = {} as { engine: Engine };
  beforeAll(async () => {
    holder.engine = await launchEngine(name);
  }, 60_000);
  afterAll(async () => {
    await holder.engine?.close();
  });
  return holder;
}

/**
 * Playwright's Chromium and the built site, for tests that need what only it offers (contexts
 * without JavaScript, with a locale, a colour scheme, a request route): started once for the
 * enclosing describe() and stopped after it. Read `.browser` and `.server` inside the tests.
 */
export function useChromiumAndSite(options: { headers?: boolean } = {}): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchChromiumBrowser(), serveDist(options)]);
  }, 60_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Polls `fn` in the page until it returns something truthy, and returns that. */
export async function waitFor<T, A = undefined>(page: EnginePage, fn: InPage<A, T>, arg?: A, { timeout = 10_000, what = fn.toString() } = {}): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    // A navigation may destroy the document mid-evaluation: ask the next one.
    let error: unknown;
    const value = await page.evaluate(fn, arg).catch((caught: unknown) => void (error = caught));
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`${page.engine}: timed out after ${timeout} ms waiting for ${what}${error ? ` (${String(error)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Same as waitFor, inside the iframe matching `selector`. */
export async function waitInFrame<T, A = undefined>(page: EnginePage, selector: string, fn: InPage<A, T>, arg?: A, { timeout = 10_000, what = fn.toString() } = {}): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluateInFrame(selector, fn, arg).catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`${page.engine}: timed out after ${timeout} ms waiting in ${selector} for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A real click on an element inside the iframe matching `frame` (any origin): `path`
 * is a selector, then selectors inside each shadow root on the way. At the element's
 * centre, in the top page's coordinates.
 */
export async function clickInFrame(page: EnginePage, frame: string, path: string[]): Promise<void> {
  const inner = await page.evaluateInFrame(frame, (selectors) => {
    let root: Document | ShadowRoot = document;
    let el: Element | null = null;
    for (const selector of selectors) {
      el = root.querySelector(selector);
      if (!el) return null;
      root = el.shadowRoot ?? root;
    }
    el!.scrollIntoView({ block: 'center' });
    const rect = el!.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, path);
  if (!inner) throw new Error(`${page.engine}: nothing at ${path.join(' > ')} in ${frame}`);
  const outer = await page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    el.scrollIntoView({ block: 'center' });
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { x: rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), y: rect.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) };
  }, frame);
  await page.clickAt(outer.x + inner.x, outer.y + inner.y);
}

/** Resolves after the page has drawn two more frames: whatever changed before is laid out and painted. */
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Waits until the page has settled, instead of sleeping: its fonts are loaded and `fn`
 * (a measure of what the test is about to check) gives the same answer `readings` times
 * in a row, two frames apart. Returns that answer.
 */
export async function waitForStable<T, A = undefined>(page: EnginePage, fn: InPage<A, T>, arg?: A, { timeout = 10_000, readings = 3, what = fn.toString() } = {}): Promise<T> {
  const end = Date.now() + timeout;
  await waitFor(page, () => document.fonts.status === 'loaded', undefined, { timeout, what: 'the fonts loaded' });
  let last = '';
  for (let same = 0; ; ) {
    await page.evaluate(twoFrames);
    const value = await page.evaluate(fn, arg);
    const seen = JSON.stringify(value);
    same = seen === last ? same + 1 : 0;
    if (same + 1 >= readings) return value;
    if (Date.now() > end) throw new Error(`${page.engine}: still moving after ${timeout} ms: ${what} (last ${seen})`);
    last = seen;
  }
}
