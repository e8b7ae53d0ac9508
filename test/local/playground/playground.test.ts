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

test('building a monthly report shows the report sheet and its five charts (the export\'s comments make the themes chart)', async () => {
  const { page } = watched;
  expect(await page.locator('[data-testid="sheet-tab-google_forms_responses"]').getAttribute('aria-selected')).toBe('true');
  await sidebar.locator('[data-testid="period-select"]').selectOption('month');
  await sidebar.locator('[data-testid="build-report"]').click();
  await page.locator(REPORT_TAB).waitFor({ timeout: 30_000 });
  // The sheet shown is now the report, without clicking its tab.
  await expectReportShown(page);
  await waitFor(async () => (await page.locator('canvas[data-testid^="chart-"]').count()) === 5);
  for (const n of [0, 1, 2, 3, 4]) await page.locator(`canvas[data-testid="chart-${n}"]`).waitFor();
  await waitFor(async () => /Report ready/i.test(await sidebar.locator('[data-testid="status"]').innerText()));
  // The page fits the window (the sheet and the sidebar scroll inside it): a taller window shows all four charts.
  await page.setViewportSize({ width: 1400, height: 1300 });
  // The README's pictures are taken on npm start's sample (heroScreenshots.test.ts); this one goes to a temporary folder.
  const docs = tmpdir();
  await page.screenshot({ path: join(docs, 'playground-forms.png'), fullPage: true });
});

test('the report sheet shows as in Sheets: bold filled headers, band fills, column widths, its charts over the grid where Sheets puts them', async () => {
  const { page } = watched;
  await page.locator(REPORT_TAB).click();
  await waitFor(async () => (await page.locator(REPORT_TAB).getAttribute('aria-selected')) === 'true');
  await waitFor(async () => /May 2025/.test(await page.locator('#grid').innerText()));
  await waitFor(async () => (await page.locator('canvas[data-testid^="grid-chart-"]').count()) === 5);
  // The summary's header row: bold on the header fill (#e8eaed); every column 140 px wide.
  // The page redraws the grid when the sheets change (a poll may land now): each look is read from one drawing.
  const look = () =>
    page.evaluate(() => {
      const td = document.querySelectorAll('#grid tbody tr')[7]?.querySelector('td');
      const col = document.querySelectorAll('#grid col')[1] as HTMLElement | undefined;
      return td ? [td.innerText, getComputedStyle(td).fontWeight, getComputedStyle(td).backgroundColor, col ? col.style.width : ''] : [];
    });
  const expected = ['Responses', '700', 'rgb(232, 234, 237)', '140px'];
  await waitFor(async () => JSON.stringify(await look()) === JSON.stringify(expected)).catch(() => undefined);
  expect(await look()).toEqual(expected);
  // Charts: 600 × 371 px; the second one 620 px right of the first, on the same rows; the third under the first.
  // The four boxes are read from one drawing too (a redraw replaces the canvases), once all four are drawn.
  type Box = { x: number; y: number; width: number; height: number };
  const chartBoxes = () =>
    page.evaluate(() =>
      [0, 1, 2, 3].map((n) => {
        const canvas = document.querySelector(`canvas[data-testid="grid-chart-${n}"]`);
        if (!canvas) return null;
        const r = canvas.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  let boxes: (Box | null)[] = [];
  await waitFor(async () => {
    boxes = await chartBoxes();
    return boxes.every((b) => b !== null && b.width > 0);
  });
  const [first, second, third] = boxes as Box[];
  expect((boxes as Box[]).map((b) => [Math.round(b.width), Math.round(b.height)])).toEqual(new Array(4).fill([598, 369])); // inside a 1 px border
  expect([Math.round(second.x - first.x), Math.round(second.y - first.y)]).toEqual([620, 0]);
  expect([Math.round(third.x - first.x), Math.round(third.y - first.y)]).toEqual([0, 19 * 21]);
  // A picture of this report, in a temporary folder (the README's is of the sample).
  await page.setViewportSize({ width: 1700, height: 1500 });
  // The rows down to the tables' first lines (row 60), as one picture.
  const frame = (on: boolean) =>
    page.evaluate((on) => {
      for (const selector of ['.sheet-area', '#grid-wrap']) {
        const element = document.querySelector(selector) as HTMLElement;
        if (on) element.setAttribute('style', 'max-height: none; height: 1290px; flex: none');
        else element.removeAttribute('style');
      }
    }, on);
  await frame(true);
  await page.waitForTimeout(300);
  const docs = tmpdir();
  await page.locator('#grid-wrap').screenshot({ path: join(docs, 'report-sheet-forms.png') });
  await frame(false);
  await page.setViewportSize({ width: 1400, height: 1300 });
  await page.locator('[data-testid="sheet-tab-google_forms_responses"]').click();
});

test('building again refreshes in place: one report tab, five charts, the report shown again', async () => {
  const { page } = watched;
  // The sheet of responses is shown (the previous test leaves it so; clicked again in case it stopped early).
  await page.locator('[data-testid="sheet-tab-google_forms_responses"]').click();
  await waitFor(async () => (await page.locator('[data-testid="sheet-tab-google_forms_responses"]').getAttribute('aria-selected')) === 'true');
  await sidebar.locator('[data-testid="reload-profile"]').click();
  await sidebar.locator('[data-testid="role-select-1"]').waitFor();
  await sidebar.locator('[data-testid="build-report"]').click();
  await waitFor(async () => /Report refreshed/i.test(await sidebar.locator('[data-testid="status"]').innerText()));
  await expectReportShown(page);
  await page.waitForTimeout(500);
  expect(await page.locator('[data-testid^="sheet-tab-NPS"]').count()).toBe(1);
  expect(await page.locator('canvas[data-testid^="chart-"]').count()).toBe(5);
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
