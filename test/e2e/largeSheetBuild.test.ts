/**
 * Issue 4, "Bad input": a sheet of 100,000 rows — progress is shown in
 * `status` while the report builds, the page and the sidebar keep answering,
 * and the build ends with one report and four charts. Driven through the
 * data-testids of SPEC section 9 only; the figures are counted here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { openWatchedPage, startPlayground, waitFor, type Playground, type WatchedPage } from '../local/playground/harness';

const ROWS = 100_000;
const testid = (id: string) => `[data-testid="${id}"]`;
let dir: string;
let playground: Playground;
let watched: WatchedPage;
let promoters = 0;
let detractors = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nps-e2e-large-'));
  const file = join(dir, 'hubspot_feedback.csv');
  const lines = ['Submission date,How likely is it that you would recommend us to a friend?,Company size'];
  const start = Date.UTC(2024, 6, 1);
  for (let i = 0; i < ROWS; i++) {
    const d = new Date(start + i * 300_000);
    const score = (i * 3 + (i >> 5)) % 11;
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
    lines.push(`${d.toISOString().slice(0, 16).replace('T', ' ')},${score},${['1-10', '11-50', '51-200', '200+'][i % 4]}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  playground = await startPlayground(file);
  watched = await openWatchedPage();
}, 120_000);

afterAll(async () => {
  await watched?.close();
  await playground?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('100,000 rows: progress in status while building, the page keeps answering, one report with four charts', async () => {
  const { page } = watched;
  await page.goto(playground.url);
  let sidebar: Frame | null = null;
  // The sidebar is the frame that holds build-report.
  await waitFor(async () => {
    for (const frame of page.frames()) {
      if ((await frame.locator(testid('build-report')).count()) > 0) sidebar = frame;
    }
    return sidebar !== null;
  }, 30_000);
  const side = sidebar!;
  await waitFor(async () => (await side.locator(testid('overall-responses')).innerText()).trim() === String(ROWS), 30_000);
  expect(Number((await side.locator(testid('overall-nps')).innerText()).replace('\u2212', '-'))).toBeCloseTo(Math.round(((promoters - detractors) / ROWS) * 1000) / 10, 5);

  await side.locator(testid('period-select')).selectOption('month');
  // The segment picker defaults to the detected segment column (company size): four charts.
  expect(await side.locator(`${testid('segment-select')} option:checked`).innerText()).toMatch(/Company size/);
  await side.locator(testid('build-report')).click();
  // Progress right away, in words.
  const progress = await side.locator(testid('status')).innerText();
  expect(progress).toMatch(/Reading 100,?000 rows of answers…|Building report…/);
  // The page and the sidebar answer while the server builds.
  const t0 = Date.now();
  await page.evaluate(() => document.title);
  await side.evaluate(() => document.readyState);
  expect(Date.now() - t0).toBeLessThan(1000);

  await waitFor(async () => /Report ready/.test(await side.locator(testid('status')).innerText()), 30_000);
  await page.locator(testid('sheet-tab-NPS · hubspot_feedback')).waitFor();
  await waitFor(async () => (await page.locator('[data-testid^="chart-"]').count()) === 4);
  expect(await page.locator('[data-testid^="sheet-tab-NPS"]').count()).toBe(1);
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
}, 90_000);
