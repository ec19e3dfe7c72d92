// WebKitGTK (Safari's engine) through WebKitWebDriver and its MiniBrowser, driven
// by webdriverio over classic WebDriver (the driver refuses BiDi). WebKitGTK has
// no headless mode: it draws on a private Xvfb display. The clock: libfaketime
// preloaded into a driver started for that page, inherited by the browser's processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { Key, remote } from 'webdriverio';
import { childEnv, paths } from './availability';
import type { Engine, EnginePage, InPage, KeyName, PageOptions } from './engine';
import { freePort } from '../free-port';

type Session = WebdriverIO.Browser;


async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(paths.xvfb, ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdout!.once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  return { display, process: xvfb };
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, libfaketime's absolute start time ("@" keeps it running). */
const fakeTime = (now: number) => `@${new Date(now).toISOString().slice(0, 19).replace('T', ' ')}`;

async function startSession(display: string, now?: number): Promise<{ session: Session; driver: ChildProcess }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...childEnv(), DISPLAY: display, TZ: 'UTC' };
  if (now !== undefined) Object.assign(env, { LD_PRELOAD: paths.libfaketime, FAKETIME: fakeTime(now), FAKETIME_DONT_FAKE_MONOTONIC: '1' });
  const driver = spawn(paths.webkitDriver, [`--port=${port}`], { env, stdio: 'ignore' });
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    if (tries > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const session = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  });
  return { session, driver };
}

export async function launchWebKit(): Promise<Engine> {
  const xvfb = await startXvfb();
  const shared = await startSession(xvfb.display);
  // Pages with their own session still open, stopped with the engine: a test that fails before
  // it closes its page would otherwise leave their driver running after the suite.
  const owned = new Set<{ session: Session; driver: ChildProcess }>();
  const stop = async (own: { session: Session; driver: ChildProcess }) => {
    owned.delete(own);
    await own.session.deleteSession().catch(() => undefined);
    own.driver.kill();
  };
  return {
    name: 'webkit',
    // One window per session: a page is the shared session, or its own session when it needs its own clock.
    async newPage({ width = 1280, height = 800, now }: PageOptions = {}) {
      const own = now === undefined ? undefined : await startSession(xvfb.display, now);
      if (own) owned.add(own);
      const session = own?.session ?? shared.session;
      await session.setWindowSize(width, height);
      await session.navigateTo('about:blank');
      return wrap(session, own ? () => stop(own) : async () => undefined);
    },
    async close() {
      await Promise.all([...owned].map(stop));
      await stop(shared);
      xvfb.process.kill();
    },
  };
}

const keys: Record<KeyName, string> = { Enter: Key.Enter, ArrowRight: Key.ArrowRight, ArrowLeft: Key.ArrowLeft, Tab: Key.Tab, Space: Key.Space };

function wrap(session: Session, close: () => Promise<void>): EnginePage {
  // The function's source goes into the script itself: no eval in the page, whose CSP forbids it.
  const execute = <T, A>(fn: InPage<A, T>, arg?: A) =>
    session.execute(
      `return Promise.resolve(arguments[0]).then(${fn.toString()})
        .then((result) => ({ result }), (error) => ({ error: String(error && error.stack || error) }));`,
      arg as unknown,
    ) as Promise<{ result?: T; error?: string }>;
  const evaluate = async <T, A>(fn: InPage<A, T>, arg?: A) => {
    const { result, error } = await execute(fn, arg);
    if (error !== undefined) throw new Error(`in WebKit page: ${error}`);
    return result as T;
  };
  return {
    engine: 'webkit',
    goto: (url) => session.navigateTo(url),
    url: () => session.getUrl(),
    evaluate,
    async evaluateInFrame(selector, fn, arg) {
      const frame = session.$(selector);
      await frame.waitForExist();
      await session.switchFrame(frame);
      try {
        return await evaluate(fn, arg);
      } finally {
        await session.switchFrame(null);
      }
    },
    click: (selector) => session.$(selector).click(),
    clickAt: (x, y) => session.action('pointer').move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).down().up().perform(),
    press: (key) => session.keys(keys[key]),
    type: (text) => session.keys(text),
    reload: () => session.refresh(),
    screenshot: async (path) => void (await session.saveScreenshot(path)),
    close,
  };
}
