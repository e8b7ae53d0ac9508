import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..', '..');

/** A running playground (build/playground.cjs as `npm start` runs it, on a free port). */
export interface Playground {
  url: string;
  port: number;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built playground on a file with PORT=0 and resolves with the
 * URL it prints.
 *
 * @param args the playground's arguments (a file, --tz, --locale)
 */
export function startPlayground(...args: string[]): Promise<Playground> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'build', 'playground.cjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`playground did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${match[1]}/`,
        port: Number(match[1]),
        output: () => output,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill();
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`playground exited with ${code}: ${output}`));
    });
  });
}

/** A headless Chromium page that records console errors and every request, and blocks any host but 127.0.0.1. */
export interface WatchedPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Requests to a host other than 127.0.0.1 (blocked). */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * Launches headless Chromium as the project's browser tests do.
 *
 * @param extraArgs more command-line switches (e.g. --host-resolver-rules)
 */
export function launchChromium(...extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
}

/** Launches Chromium and opens a watched page. */
export async function openWatchedPage(): Promise<WatchedPage> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    foreignRequests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  return { browser, context, page, consoleErrors, foreignRequests, close: () => browser.close() };
}

/** Polls a condition until it holds (Playwright's own expect is not used with Jest). */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A playground on a file with a watched page open on it. */
export interface OpenPlayground {
  playground: Playground;
  watched: WatchedPage;
  /** The sidebar's frame in the page. */
  sidebar: FrameLocator;
  /** Closes the browser, then stops the playground. */
  close(): Promise<void>;
}

/**
 * Starts the playground on a file and opens a watched page on it (the usual
 * `beforeAll` of a playground test).
 *
 * @param args the playground's arguments (a file, --tz, --locale, --sheet)
 */
export async function openPlayground(...args: string[]): Promise<OpenPlayground> {
  const playground = await startPlayground(...args);
  const watched = await openWatchedPage();
  await watched.page.goto(playground.url);
  return {
    playground,
    watched,
    sidebar: watched.page.frameLocator('[data-testid="sidebar-frame"]'),
    close: async () => {
      await watched.close();
      await playground.stop();
    },
  };
}
