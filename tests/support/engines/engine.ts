// One small interface over the three browser engines readers use: Chromium
// (playwright-core), Firefox ESR (puppeteer-core, WebDriver BiDi) and WebKitGTK
// (WebKitWebDriver + MiniBrowser through webdriverio). All from Debian.
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const engineNames: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

export interface PageOptions {
  width?: number;
  height?: number;
  /** The page's clock starts at this instant (ms since the epoch) and runs on from there. */
  now?: number;
}

/** A function run in the page: it is serialised, so it may only use its argument and the page's globals. */
export type InPage<A, T> = (arg: A) => T | Promise<T>;

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<T, A = undefined>(fn: InPage<A, T>, arg?: A): Promise<T>;
  /** Runs `fn` in the document of the first iframe matching `selector` (any origin). */
  evaluateInFrame<T, A = undefined>(selector: string, fn: InPage<A, T>, arg?: A): Promise<T>;
  /** A real pointer click on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A real pointer click at a point of the viewport (CSS pixels), whatever document is there. */
  clickAt(x: number, y: number): Promise<void>;
  /** Key names as in KeyboardEvent.key: 'Enter', 'ArrowRight', 'Tab'. */
  press(key: KeyName): Promise<void>;
  type(text: string): Promise<void>;
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export type KeyName = 'Enter' | 'ArrowRight' | 'ArrowLeft' | 'Tab' | 'Space';

export interface Engine {
  readonly name: EngineName;
  newPage(options?: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}
