/**
 * The built sidebar (dist/Sidebar.html) in headless Chromium, served from
 * 127.0.0.1, with a fake google.script.run in the page (fakeScriptRun.ts).
 * `useSidebarPage()` registers the Jest hooks of a browser test file: every
 * page it opened must end with no console error, no request to another host
 * and no injected markup having run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installFakeScriptRun, type FakeServer, type FakeServerData } from './fakeScriptRun';

export const ROOT = join(__dirname, '..', '..');
const sidebarFile = join(ROOT, 'dist', 'Sidebar.html');

/** One sidebar page and what it did. */
interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** host:port of every request the page made. */
  hosts: Set<string>;
}

/** Opens the sidebar with the fake server (or none) at a size (300 × 900 unless told). */
export type OpenSidebar = (data: FakeServerData | null, viewport?: { width: number; height: number }) => Promise<Page>;

/**
 * Registers beforeAll/afterAll/afterEach for a file of sidebar browser tests.
 *
 * @returns the function that opens a sidebar page
 */
export function useSidebarPage(): OpenSidebar {
  let server: Server;
  let origin = '';
  let browser: Browser;
  let opened: Opened[] = [];

  beforeAll(async () => {
    if (!existsSync(sidebarFile)) {
      throw new Error('dist/Sidebar.html is missing: run `node scripts/build.mjs` first (npm test builds it).');
    }
    const html = readFileSync(sidebarFile);
    server = createServer((request, response) => {
      if (request.url === '/' || request.url === '/Sidebar.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(html);
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  afterEach(async () => {
    for (const { page, errors, hosts } of opened) {
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      expect([...hosts]).toEqual([new URL(origin).host]);
      await page.context().close();
    }
    opened = [];
  });

  return async (data, viewport = { width: 300, height: 900 }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const record: Opened = { page, errors: [], hosts: new Set() };
    opened.push(record);
    page.on('console', (message) => {
      if (message.type() === 'error') record.errors.push(message.text());
    });
    page.on('pageerror', (error) => record.errors.push(String(error)));
    await page.route('**', (route) => {
      const url = new URL(route.request().url());
      record.hosts.add(url.host);
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
    });
    if (data) await page.addInitScript(installFakeScriptRun, data);
    await page.goto(origin + '/');
    return page;
  };
}

/** The element with a data-testid. */
export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The calls the page made to the fake server (of one endpoint, if named). */
export const calls = (page: Page, name?: string) =>
  page.evaluate((only) => ((window as any).__fakeServer as FakeServer).calls.filter((c) => !only || c.name === only), name);

/** Makes the next call of an endpoint fail with a message. */
export const failNext = (page: Page, endpoint: string, message: string) =>
  page.evaluate(([name, text]) => {
    ((window as any).__fakeServer as FakeServer).fail[name] = text;
  }, [endpoint, message]);

/** Waits until the fake server has answered `count` calls of an endpoint (its answer has had a moment to show). */
export async function waitCalls(page: Page, name: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([endpoint, n]) => ((window as any).__fakeServer as FakeServer).calls.filter((c) => c.name === endpoint).length >= (n as number),
    [name, count] as const,
  );
}

/** Waits until an element's text contains a text, and returns its text. */
export async function waitText(page: Page, testid: string, text: string): Promise<string> {
  await page.waitForFunction(
    ([id, want]) => (document.querySelector(`[data-testid="${id}"]`)?.textContent || '').includes(want),
    [testid, text],
  );
  return (await byTestId(page, testid).textContent()) || '';
}

/** Waits until the preview shows the canned NPS (21.1). */
export async function previewShown(page: Page): Promise<void> {
  await expect(waitText(page, 'overall-nps', '21.1')).resolves.toBe('21.1');
}
