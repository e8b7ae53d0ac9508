/**
 * The built sidebar (dist/Sidebar.html) in headless Chromium, served from
 * 127.0.0.1, with a fake google.script.run in the page (fakeScriptRun.ts).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES } from '../../src/shared/contract';
import { FORMULA_PAYLOAD, IMG_PAYLOAD, NO_SCORE_SHEET, PAYLOAD_SHEET, SCREENSHOT_SHEET, SCRIPT_PAYLOAD } from './cannedSheet';
import type { FakeServer } from './fakeScriptRun';
import { byTestId, calls, failNext, previewShown, ROOT, useSidebarPage, waitText } from './sidebarPage';

const openSidebar = useSidebarPage();

test('shows the table, every column with its role, and the preview', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  await expect(page.locator('#table-summary').textContent()).resolves.toBe('Table in rows 3–242, 5 columns');
  const roles = await Promise.all([0, 1, 2, 3, 4].map((i) => byTestId(page, `role-select-${i}`).inputValue()));
  expect(roles).toEqual(['date', 'score', 'segment', 'comment', 'other']);
  const options = await byTestId(page, 'role-select-1').locator('option').evaluateAll((nodes) =>
    nodes.map((n) => [(n as HTMLOptionElement).value, n.textContent]),
  );
  expect(options.map(([value]) => value)).toEqual([...ROLES]);
  expect(options[0][1]).toBe('NPS score (0–10)');
  await expect(byTestId(page, 'overall-responses').textContent()).resolves.toBe('237');
  await expect(byTestId(page, 'ignored-count').textContent()).resolves.toBe('5');
  await expect(byTestId(page, 'overall-range').textContent()).resolves.toBe('likely between 12 and 30 (95 % confidence)');
  await expect(byTestId(page, 'overall-range').getAttribute('title')).resolves.toBe('95 % CI 12.3 to 29.6 · ±8.6');
  await expect(page.locator('#preview').textContent()).resolves.toContain('rows 14, 27, 31…');
  await expect(page.locator('svg.sparkline path.spark-line').count()).resolves.toBe(1);
  await expect(byTestId(page, 'period-select').inputValue()).resolves.toBe('month');
  await expect(byTestId(page, 'mode-select').inputValue()).resolves.toBe('snapshot');
  await expect(byTestId(page, 'segment-select').inputValue()).resolves.toBe('2');
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe('Build report');
  expect(await calls(page, 'getPreview')).toEqual([
    { name: 'getPreview', args: [{ period: 'month', segmentColumn: 2, rollingDays: null, confidence: 0.95 }] },
  ]);
});

test('renders headers, samples, ignored values and warnings from the sheet as text', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  const headers = await page.locator('.column-header').allTextContents();
  expect(headers).toEqual(['Submitted at', 'How likely are you to recommend us to a friend?', IMG_PAYLOAD, FORMULA_PAYLOAD, SCRIPT_PAYLOAD]);
  await expect(page.locator('#preview').textContent()).resolves.toContain(`${SCRIPT_PAYLOAD} is not a date`);
  await expect(page.locator('#columns').textContent()).resolves.toContain('<b>Pro</b>');
  await expect(page.locator('img, b, body script').count()).resolves.toBe(1); // only the sidebar's own script
  const segmentLabels = await byTestId(page, 'segment-select').locator('option').allTextContents();
  expect(segmentLabels).toEqual(['None', `${IMG_PAYLOAD} (C)`]); // only segment columns are offered
});

test('changing a role saves it, then refreshes the profile and the preview', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  await byTestId(page, 'role-select-4').selectOption('segment');
  await page.waitForFunction(() => ((window as any).__fakeServer as FakeServer).calls.filter((c) => c.name === 'getPreview').length === 2);
  const names = (await calls(page)).map((c) => c.name);
  expect(names).toEqual(['getSheetProfile', 'getPreview', 'saveRoleOverrides', 'getPreview']);
  expect(await calls(page, 'saveRoleOverrides')).toEqual([{ name: 'saveRoleOverrides', args: [123, { 4: 'segment' }] }]);
  await expect(byTestId(page, 'role-select-4').inputValue()).resolves.toBe('segment');
  await expect(page.locator('li.column[data-column="4"] .column-meta').textContent()).resolves.toContain('set by you');
  const segmentValues = await byTestId(page, 'segment-select').locator('option').evaluateAll((n) => n.map((o) => (o as HTMLOptionElement).value));
  expect(segmentValues).toEqual(['', '2', '4']);

  // Back to the detected role clears the override (null).
  await byTestId(page, 'role-select-4').selectOption('other');
  await page.waitForFunction(() => ((window as any).__fakeServer as FakeServer).calls.filter((c) => c.name === 'getPreview').length === 3);
  expect((await calls(page, 'saveRoleOverrides'))[1].args).toEqual([123, { 4: null }]);
});

test('a double click on build makes exactly one buildReport call with the chosen options', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  await page.evaluate(() => {
    ((window as any).__fakeServer as FakeServer).delayMs = 400;
  });
  await byTestId(page, 'period-select').selectOption('quarter');
  await byTestId(page, 'rolling-select').selectOption('90');
  await byTestId(page, 'mode-select').selectOption('live');
  await byTestId(page, 'segment-select').selectOption('');
  await byTestId(page, 'build-report').dblclick();
  await waitText(page, 'status', 'Reading 240 rows of answers…');
  await expect(byTestId(page, 'build-report').isDisabled()).resolves.toBe(true);
  await byTestId(page, 'build-report').click({ force: true });
  await waitText(page, 'status', "Report ready in 'NPS · Form Responses 1' — 3 charts");
  expect(await calls(page, 'buildReport')).toEqual([
    { name: 'buildReport', args: [{ period: 'quarter', segmentColumn: null, rollingDays: 90, confidence: 0.95, mode: 'live' }] },
  ]);
  await expect(byTestId(page, 'build-report').isEnabled()).resolves.toBe(true);
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe('Refresh report');
});

test('a rejected build shows its message in the status area and the button works again', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  const message = `The sheet is being edited by someone else ${IMG_PAYLOAD}`;
  await failNext(page, 'buildReport', message);
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', message);
  await expect(byTestId(page, 'status').getAttribute('role')).resolves.toBe('status');
  await expect(byTestId(page, 'status').locator('img').count()).resolves.toBe(0);
  await expect(byTestId(page, 'build-report').isEnabled()).resolves.toBe(true);
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', 'Report ready');
  expect((await calls(page, 'buildReport')).length).toBe(2);
});

test('rejected role saves and previews show their message and leave the controls usable', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  await failNext(page, 'saveRoleOverrides', 'Document properties are full.');
  await byTestId(page, 'role-select-3').selectOption('segment');
  await waitText(page, 'status', 'Document properties are full.');
  await expect(byTestId(page, 'role-select-3').inputValue()).resolves.toBe('comment');
  await expect(byTestId(page, 'role-select-3').isEnabled()).resolves.toBe(true);

  await failNext(page, 'getPreview', 'Exceeded maximum execution time');
  await byTestId(page, 'period-select').selectOption('week');
  await waitText(page, 'status', 'Exceeded maximum execution time');
  await byTestId(page, 'period-select').selectOption('year');
  await previewShown(page);
  expect((await calls(page, 'getPreview')).map((c) => (c.args[0] as { period: string }).period)).toEqual(['month', 'week', 'year']);
});

test('with no score column it explains, disables the build, and lets the user pick one', async () => {
  const page = await openSidebar(NO_SCORE_SHEET);
  await waitText(page, 'overall-nps', '—');
  await expect(page.locator('#problem').textContent()).resolves.toBe('No column holds 0–10 scores. Pick the score column below.');
  await expect(byTestId(page, 'build-report').isDisabled()).resolves.toBe(true);
  expect(await calls(page, 'getPreview')).toEqual([]);
  await byTestId(page, 'role-select-1').selectOption('score');
  await previewShown(page);
  expect((await calls(page, 'saveRoleOverrides'))[0].args).toEqual([123, { 1: 'score' }]);
  await expect(page.locator('#problem').isHidden()).resolves.toBe(true);
  await expect(byTestId(page, 'build-report').isEnabled()).resolves.toBe(true);
});

test('outside Google Sheets it says google.script.run is missing', async () => {
  const page = await openSidebar(null);
  await waitText(page, 'status', 'google.script.run is missing');
  await expect(page.locator('[data-testid="reload-profile"]').isEnabled()).resolves.toBe(true);
  for (const id of ['period-select', 'segment-select', 'mode-select', 'build-report']) await expect(byTestId(page, id).isDisabled()).resolves.toBe(true);
});

test('looks at home in Google Sheets at 300 px (docs/sidebar.png)', async () => {
  const page = await openSidebar(SCREENSHOT_SHEET);
  await previewShown(page);
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', 'Report ready');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(300);
  // The footer is sticky: make the viewport as tall as the content so it neither covers the last controls nor floats far below them.
  const height = await page.evaluate(() => {
    const last = document.querySelector('main')!.lastElementChild!.getBoundingClientRect().bottom + window.scrollY;
    return Math.ceil(last + 12 + (document.querySelector('footer') as HTMLElement).offsetHeight);
  });
  await page.setViewportSize({ width: 300, height });
  await page.mouse.move(299, 0);
  // docs/sidebar.png (the README's picture) is rewritten only with UPDATE_SCREENSHOTS=1.
  const docs = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : tmpdir();
  await page.screenshot({ path: join(docs, 'sidebar.png'), fullPage: true });
});
