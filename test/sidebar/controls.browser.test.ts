/**
 * The columns collapsed to one line, role changes and "Reset to detected",
 * and the report's own options (built dist/Sidebar.html in Chromium, fake
 * google.script.run): preselected on the source and on the report sheet,
 * never changed silently by Refresh, named in the result.
 */
import { IMG_PAYLOAD, PAYLOAD_SHEET, REPORTED_SHEET, REPORT_TAB_SHEET, SCREENSHOT_SHEET } from './cannedSheet';
import { byTestId, calls, previewShown, useSidebarPage, waitCalls, waitText } from './sidebarPage';
import type { Page } from 'playwright-core';

const openSidebar = useSidebarPage();

const roles = (page: Page, count: number) => Promise.all(Array.from({ length: count }, (_, i) => byTestId(page, `role-select-${i}`).inputValue()));

test('the columns show as one line; the pickers stay in the page, hidden, and setting one still works; they open on demand', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  const toggle = byTestId(page, 'columns-toggle');
  await expect(toggle.textContent()).resolves.toBe('Scores B · Dates A · Split by C — Change');
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(page.locator('#columns-body').getAttribute('aria-hidden')).resolves.toBe('true');
  const body = await page.locator('#columns-body').boundingBox();
  expect(body!.width * body!.height).toBeLessThanOrEqual(1);

  // Set while collapsed, as SPEC §9's tests do.
  await byTestId(page, 'role-select-4').selectOption('segment');
  await waitCalls(page, 'getPreview', 2);
  expect(await calls(page, 'saveRoleOverrides')).toEqual([{ name: 'saveRoleOverrides', args: [123, { 4: 'segment' }] }]);
  await waitText(page, 'columns-toggle', 'Split by C, E');
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');

  await toggle.click();
  await expect(toggle.textContent()).resolves.toBe('Scores B · Dates A · Split by C, E — Hide');
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
  const picker = await byTestId(page, 'role-select-4').boundingBox();
  expect(picker!.width).toBeGreaterThan(100);
  await expect(page.locator('#table-summary').isVisible()).resolves.toBe(true);
  await toggle.click();
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
});

test('a new score column takes the score; the old one steps back to number ("was the score") and gets it back when picked again', async () => {
  const page = await openSidebar(SCREENSHOT_SHEET);
  await previewShown(page);
  await byTestId(page, 'role-select-5').selectOption('score'); // the email column, by mistake
  await waitText(page, 'columns-toggle', 'Scores F');
  expect(await roles(page, 6)).toEqual(['date', 'number', 'segment', 'segment', 'comment', 'score']);
  await expect(page.locator('li.column[data-column="1"] .column-meta').textContent()).resolves.toContain('was the score');
  await byTestId(page, 'role-select-1').selectOption('score'); // and back
  await waitText(page, 'columns-toggle', 'Scores B');
  expect(await roles(page, 6)).toEqual(['date', 'score', 'segment', 'segment', 'comment', 'email']);
  expect((await calls(page, 'saveRoleOverrides')).map((c) => c.args[1])).toEqual([{ 5: 'score' }, { 1: 'score' }]);
});

test('"Reset to detected" clears every role the user set on the sheet', async () => {
  const page = await openSidebar(SCREENSHOT_SHEET);
  await previewShown(page);
  await byTestId(page, 'columns-toggle').click();
  const reset = byTestId(page, 'reset-roles');
  await expect(reset.isDisabled()).resolves.toBe(true);
  await byTestId(page, 'role-select-3').selectOption('comment');
  await waitCalls(page, 'getPreview', 2);
  await byTestId(page, 'role-select-0').selectOption('other');
  await waitCalls(page, 'getPreview', 3);
  await expect(reset.isEnabled()).resolves.toBe(true);
  await reset.click();
  await waitCalls(page, 'getPreview', 4);
  expect((await calls(page, 'saveRoleOverrides'))[2].args).toEqual([123, { 0: null, 1: null, 2: null, 3: null, 4: null, 5: null }]);
  expect(await roles(page, 6)).toEqual(['date', 'score', 'segment', 'segment', 'comment', 'email']);
  await expect(page.locator('#columns .overridden').count()).resolves.toBe(0);
  await expect(reset.isDisabled()).resolves.toBe(true);
});

test('the modes read in plain words', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  const modes = await byTestId(page, 'mode-select').locator('option').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLOptionElement).value, n.textContent]));
  expect(modes).toEqual([
    ['snapshot', "Freeze today's numbers"],
    ['live', 'Keep updating as new answers arrive'],
  ]);
});

test('on the source sheet the report\'s options are chosen; Refresh keeps them and names them', async () => {
  const page = await openSidebar(REPORTED_SHEET);
  await previewShown(page);
  await expect(byTestId(page, 'period-select').inputValue()).resolves.toBe('quarter');
  await expect(byTestId(page, 'segment-select').inputValue()).resolves.toBe('3');
  await expect(byTestId(page, 'mode-select').inputValue()).resolves.toBe('live');
  await expect(byTestId(page, 'rolling-select').inputValue()).resolves.toBe('');
  expect((await calls(page, 'getPreview'))[0].args).toEqual([{ period: 'quarter', segmentColumn: 3, rollingDays: null, confidence: 0.95 }]);
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe('Refresh report');
  await byTestId(page, 'build-report').click();
  const text = await waitText(page, 'status', 'Refreshed: by quarter · split by Region · live');
  expect(text).toContain("Report refreshed in 'NPS · Form Responses 1'");
  expect(await calls(page, 'buildReport')).toEqual([
    { name: 'buildReport', args: [{ period: 'quarter', segmentColumn: 3, rollingDays: null, confidence: 0.95, mode: 'live' }] },
  ]);
  // A role change (the profile comes back) does not move the options.
  await byTestId(page, 'role-select-5').selectOption('other');
  await waitCalls(page, 'getPreview', 2);
  await expect(byTestId(page, 'period-select').inputValue()).resolves.toBe('quarter');
  await expect(byTestId(page, 'segment-select').inputValue()).resolves.toBe('3');
});

test('an option changed before refreshing: the button says what will change, and says nothing once it is put back', async () => {
  const page = await openSidebar(REPORTED_SHEET);
  await previewShown(page);
  const button = byTestId(page, 'build-report');
  await byTestId(page, 'period-select').selectOption('month');
  await expect(button.textContent()).resolves.toBe('Refresh: by month (was by quarter)');
  await byTestId(page, 'segment-select').selectOption('');
  await byTestId(page, 'mode-select').selectOption('snapshot');
  await expect(button.textContent()).resolves.toBe('Refresh: by month (was by quarter) · no split (was split by Region) · snapshot (was live)');
  await byTestId(page, 'period-select').selectOption('quarter');
  await byTestId(page, 'segment-select').selectOption('3');
  await byTestId(page, 'mode-select').selectOption('live');
  await expect(button.textContent()).resolves.toBe('Refresh report');
  // Changed and refreshed: the new options are the report's, and the message names them.
  await byTestId(page, 'period-select').selectOption('year');
  await button.click();
  await waitText(page, 'status', 'Refreshed: by year · split by Region · live');
  await expect(button.textContent()).resolves.toBe('Refresh report');
});

test('on the report sheet: its options, its preview, and Refresh reports keeps them; a changed option rebuilds it', async () => {
  const page = await openSidebar(REPORT_TAB_SHEET);
  await previewShown(page);
  await expect(page.locator('#sheet-name').textContent()).resolves.toBe('Report of “Form Responses 1”');
  await expect(byTestId(page, 'period-select').inputValue()).resolves.toBe('quarter');
  await expect(byTestId(page, 'mode-select').inputValue()).resolves.toBe('live');
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe('Refresh reports');
  await byTestId(page, 'build-report').click();
  const text = await waitText(page, 'status', 'Refreshed: by quarter · split by Region · live');
  expect(text).toContain("Refreshed one report: 'NPS · Form Responses 1'.");
  expect(await calls(page, 'buildReport')).toEqual([]);
  expect((await calls(page, 'refreshReports')).length).toBe(1);

  await byTestId(page, 'mode-select').selectOption('snapshot');
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe('Refresh: snapshot (was live)');
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', 'Refreshed: by quarter · split by Region · snapshot');
  expect((await calls(page, 'buildReport'))[0].args).toEqual([{ period: 'quarter', segmentColumn: 3, rollingDays: null, confidence: 0.95, mode: 'snapshot' }]);
  expect((await calls(page, 'refreshReports')).length).toBe(1);
});

test('a segment name from the sheet in the button and the result is shown as text', async () => {
  const data = { ...PAYLOAD_SHEET, profile: { ...PAYLOAD_SHEET.profile, reportSheetName: 'NPS · Form Responses 1', reportOptions: { period: 'month' as const, segmentColumn: 2, rollingDays: null, confidence: 0.95, mode: 'snapshot' as const } } };
  const page = await openSidebar(data);
  await previewShown(page);
  await byTestId(page, 'segment-select').selectOption('');
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe(`Refresh: no split (was split by ${IMG_PAYLOAD})`);
  await byTestId(page, 'segment-select').selectOption('2');
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', `Refreshed: by month · split by ${IMG_PAYLOAD} · snapshot`);
  await expect(page.locator('img, b, body script').count()).resolves.toBe(1); // only the sidebar's own script
});
