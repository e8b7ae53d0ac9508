/**
 * The HTML report in a real browser, on screen and as printed: the headline
 * is the first thing on the page, the scale bar's marker sits where the NPS
 * lies, the mix bar's parts add up to its width, and nothing overflows the
 * page. docs/html-report.png is rewritten only with UPDATE_SCREENSHOTS=1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, ROOT } from '../playground/harness';
import { runCli } from './run';

let dir: string;
let browser: Browser;
let page: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nps-html-browser-'));
  page = join(dir, 'report.html');
  const run = runCli('analyze', join(ROOT, 'samples', 'sample_survey.csv'), '--segment-column', '3', '--out', page);
  expect(run.status).toBe(0);
  browser = await launchChromium();
}, 60000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test.each(['screen', 'print'] as const)('on %s: the headline leads, the scale marker and the mix bar are where the numbers say', async (media) => {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await tab.emulateMedia({ media });
  await tab.goto(`file://${page}`);
  const nps = Number(await tab.getByTestId('overall-nps').textContent());
  expect(await tab.getByTestId('nps-band').textContent()).toBe(nps <= 0 ? 'Needs improvement' : nps < 50 ? 'Good' : nps < 70 ? 'Excellent' : 'World class');
  // The headline is on the first screen.
  const headline = await tab.getByTestId('headline').boundingBox();
  expect(headline!.y + headline!.height).toBeLessThan(900);
  // The marker sits at (NPS + 100) / 200 of the track.
  const track = await tab.locator('.scale .track').boundingBox();
  const marker = await tab.locator('.scale .marker').boundingBox();
  const expected = track!.x + ((nps + 100) / 200) * track!.width;
  expect(Math.abs(marker!.x + marker!.width / 2 - expected)).toBeLessThan(2);
  // The mix bar's three parts fill it exactly, in the shares of the legend.
  const bar = await tab.locator('.mix .bar').boundingBox();
  const parts = await tab.locator('.mix .bar i').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(Math.abs(parts.reduce((a, b) => a + b, 0) - bar!.width)).toBeLessThan(1.5);
  // Nothing is wider than the page.
  const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const docs = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : tmpdir();
  await tab.screenshot({ path: join(docs, media === 'screen' ? 'html-report.png' : 'html-report-print.png'), fullPage: false });
  await tab.close();
});
