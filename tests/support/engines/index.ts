// Starts one browser per engine for the enclosing describe() and reuses it across
// its tests: describe.each(engineNames) with useEngine(name) inside.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import type { Engine, EngineName, EnginePage, InPage } from './engine';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

export { engineNames, type Engine, type EngineName, type EnginePage } from './engine';
export { hasEngine } from './availability';
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
