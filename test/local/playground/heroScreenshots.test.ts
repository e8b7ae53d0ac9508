/**
 * The README's pictures come from what `npm start` shows: the playground on
 * the bundled sample (samples/sample_survey.csv), a monthly report split by
 * plan built from the sidebar. docs/playground.png and docs/report-sheet.png
 * are rewritten only with UPDATE_SCREENSHOTS=1; the checks run every time.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPlayground, ROOT, waitFor, type OpenPlayground } from './harness';

const REPORT_TAB = '[data-testid="sheet-tab-NPS · sample_survey"]';
let open: OpenPlayground;

beforeAll(async () => {
  open = await openPlayground();
}, 60_000);
afterAll(async () => open?.close());

test('npm start\'s sample: the headline with its band, a report by month split by plan with five charts (the themes chart the fifth)', async () => {
  const { page } = open.watched;
  const sidebar = open.sidebar;
  await page.locator('[data-testid="sheet-tab-sample_survey"]').waitFor();
  // The sample's 400 answers: 152 promoters, 121 detractors → NPS 7.75, Good (0 < NPS < 50).
  await waitFor(async () => (await sidebar.locator('[data-testid="overall-responses"]').innerText()).includes('400'));
  expect(await sidebar.locator('[data-testid="nps-band"]').innerText()).toBe('Good');
  expect(await sidebar.locator('[data-testid="overall-range"]').innerText()).toMatch(/^likely between 0 and 16 \(95 % confidence\)$/);
  await sidebar.locator('[data-testid="period-select"]').selectOption('month');
  const plan = await sidebar.locator('[data-testid="segment-select"] option', { hasText: 'plan' }).first().getAttribute('value');
  await sidebar.locator('[data-testid="segment-select"]').selectOption(plan!);
  await sidebar.locator('[data-testid="build-report"]').click();
  await page.locator(REPORT_TAB).waitFor({ timeout: 30_000 });
  await waitFor(async () => (await page.locator('canvas[data-testid^="chart-"]').count()) === 5);
  await waitFor(async () => /Report ready/i.test(await sidebar.locator('[data-testid="status"]').innerText()));
  await page.setViewportSize({ width: 1400, height: 1300 });
  const docs = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : tmpdir();
  await page.screenshot({ path: join(docs, 'playground.png'), fullPage: true });
  // The report sheet alone, down to its tables' first rows.
  await waitFor(async () => (await page.locator('canvas[data-testid^="grid-chart-"]').count()) === 5);
  await page.setViewportSize({ width: 1700, height: 1500 });
  await page.evaluate(() => {
    for (const selector of ['.sheet-area', '#grid-wrap']) (document.querySelector(selector) as HTMLElement).setAttribute('style', 'max-height: none; height: 1290px; flex: none');
  });
  await page.waitForTimeout(300);
  await page.locator('#grid-wrap').screenshot({ path: join(docs, 'report-sheet.png') });
}, 90_000);
