// Starts one browser per engine for the enclosing describe() and reuses it across
// its tests: describe.each(engineNames) with useEngine(name) inside.
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import type { Engine, EngineName, EnginePage, InPage } from './engine';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

export { engineNames, type Engine, type EngineName, type EnginePage } from './engine';
export { hasEngine } from './availability';
export { problems } from './probe';

const launchers: Record<EngineName, () => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

export const launchEngine = (name: EngineName): Promise<Engine> => launchers[name]();

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
    const value = await page.evaluate(fn, arg);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`${page.engine}: timed out after ${timeout} ms waiting for ${what}`);
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
