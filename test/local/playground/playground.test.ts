/**
 * The playground in headless Chromium: the real sidebar bridged to the built
 * add-on, a monthly report built from it, the report sheet and its charts
 * shown after each build, refresh in place, errors in the status area,
 * nothing fetched from another host and no console error.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { openPlayground, ROOT, waitFor, type OpenPlayground, type WatchedPage } from './harness';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'google_forms_responses.csv');
const REPORT_TAB = '[data-testid="sheet-tab-NPS · google_forms_responses"]';

let open: OpenPlayground;
let watched: WatchedPage;
let sidebar: FrameLocator;

beforeAll(async () => {
  open = await openPlayground(FIXTURE, '--tz', 'America/New_York');
  ({ watched, sidebar } = open);
}, 60_000);

afterAll(async () => open?.close());

test('shows the source sheet as a table of text and the sidebar with the score column chosen', async () => {
  const { page } = watched;
  await page.locator('[data-testid="sheet-tab-google_forms_responses"]').waitFor();
  await expectText(page.locator('#grid tbody tr').first(), 'How likely are you to recommend our newsletter to a friend?');
  await sidebar.locator('[data-testid="role-select-1"]').waitFor();
  expect(await sidebar.locator('[data-testid="role-select-1"]').inputValue()).toBe('score');
  await expectText(sidebar.locator('[data-testid="overall-responses"]'), '240');
});

test('a role change is saved through the bridge and comes back in the profile', async () => {
  // Taking the score role away: the server saves it and its profile comes back with no score column, so the preview empties.
  await sidebar.locator('[data-testid="role-select-1"]').selectOption('number');
  await expectText(sidebar.locator('[data-testid="overall-nps"]'), '—');
  await expectText(sidebar.locator('[data-testid="overall-responses"]'), '0');
  // Giving it back: saved again, and the preview counts the 240 responses.
  await sidebar.locator('[data-testid="role-select-1"]').selectOption('score');
  await expectText(sidebar.locator('[data-testid="overall-responses"]'), '240');
  expect(await sidebar.locator('[data-testid="role-select-1"]').inputValue()).toBe('score');
});

test('building a monthly report shows the report sheet and its three charts', async () => {
  const { page } = watched;
  expect(await page.locator('[data-testid="sheet-tab-google_forms_responses"]').getAttribute('aria-selected')).toBe('true');
  await sidebar.locator('[data-testid="period-select"]').selectOption('month');
  await sidebar.locator('[data-testid="build-report"]').click();
  await page.locator(REPORT_TAB).waitFor({ timeout: 30_000 });
  // The sheet shown is now the report, without clicking its tab.
  await expectReportShown(page);
  await waitFor(async () => (await page.locator('canvas[data-testid^="chart-"]').count()) === 3);
  for (const n of [0, 1, 2]) await page.locator(`canvas[data-testid="chart-${n}"]`).waitFor();
  await waitFor(async () => /Report ready/i.test(await sidebar.locator('[data-testid="status"]').innerText()));
  // The page fits the window (the sheet and the sidebar scroll inside it): a taller window shows all three charts.
  await page.setViewportSize({ width: 1400, height: 1300 });
  // docs/playground.png (the README's picture) is rewritten only with UPDATE_SCREENSHOTS=1.
  const docs = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : tmpdir();
  await page.screenshot({ path: join(docs, 'playground.png'), fullPage: true });
});

test('the report sheet is readable from its tab', async () => {
  const { page } = watched;
  await page.locator(REPORT_TAB).click();
  await waitFor(async () => (await page.locator(REPORT_TAB).getAttribute('aria-selected')) === 'true');
  await waitFor(async () => /May 2025/.test(await page.locator('#grid').innerText()));
  await page.locator('[data-testid="sheet-tab-google_forms_responses"]').click();
});

test('building again refreshes in place: one report tab, three charts, the report shown again', async () => {
  const { page } = watched;
  // The previous test left the sheet of responses shown.
  await waitFor(async () => (await page.locator('[data-testid="sheet-tab-google_forms_responses"]').getAttribute('aria-selected')) === 'true');
  await sidebar.locator('[data-testid="reload-profile"]').click();
  await sidebar.locator('[data-testid="role-select-1"]').waitFor();
  await sidebar.locator('[data-testid="build-report"]').click();
  await waitFor(async () => /Report refreshed/i.test(await sidebar.locator('[data-testid="status"]').innerText()));
  await expectReportShown(page);
  await page.waitForTimeout(500);
  expect(await page.locator('[data-testid^="sheet-tab-NPS"]').count()).toBe(1);
  expect(await page.locator('canvas[data-testid^="chart-"]').count()).toBe(3);
});

test('a server error reaches the sidebar status', async () => {
  const { page } = watched;
  await page.route('**/api/run', async (route) => {
    const body = route.request().postDataJSON() as { name: string };
    if (body.name !== 'buildReport') return route.continue();
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'The sheet is locked by another report build.', changed: false }) });
  });
  await sidebar.locator('[data-testid="build-report"]').click();
  await waitFor(async () => /locked by another report build/.test(await sidebar.locator('[data-testid="status"]').innerText()));
  await page.unroute('**/api/run');
});

test('no request left 127.0.0.1 and nothing was logged as an error', () => {
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

/** The report's tab is the selected one, the only one, and the grid holds the report (its May 2025 row). */
async function expectReportShown(page: Page): Promise<void> {
  await waitFor(async () => (await page.locator(REPORT_TAB).getAttribute('aria-selected')) === 'true');
  expect(await page.locator('[data-testid^="sheet-tab-"][aria-selected="true"]').count()).toBe(1);
  await waitFor(async () => /May 2025/.test(await page.locator('#grid').innerText()));
}

async function expectText(locator: Locator, text: string): Promise<void> {
  await waitFor(async () => (await locator.innerText()).includes(text));
}
