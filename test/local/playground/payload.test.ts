/**
 * Cells that look like HTML or formulas (headers, segment names, comments)
 * are shown as text everywhere — the sheet view, the tabs, the charts and
 * the real sidebar — and never run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPlayground, waitFor, type OpenPlayground, type WatchedPage } from './harness';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const FORMULA = '=HYPERLINK("x")';

let dir: string;
let open: OpenPlayground;
let watched: WatchedPage;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nps-payload-'));
  const file = join(dir, 'payload.csv');
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = [['Timestamp', `How likely are you to recommend us? ${IMG}`, SCRIPT, FORMULA].map(quote).join(',')];
  const segments = [IMG, FORMULA, SCRIPT];
  for (let i = 0; i < 90; i++) {
    rows.push([`2025-0${(i % 3) + 1}-${String((i % 27) + 1).padStart(2, '0')} 10:00`, String(i % 11), i % 2 ? SCRIPT : IMG, segments[i % 3]].map(quote).join(','));
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
  open = await openPlayground(file);
  watched = open.watched;
}, 60_000);

afterAll(async () => {
  await open?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('payload cells never execute in the page or in the sidebar, even after a report build', async () => {
  const { page } = watched;
  const sidebar = page.frameLocator('[data-testid="sidebar-frame"]');
  await waitFor(async () => (await page.locator('#grid').innerText()).includes(IMG));
  await sidebar.locator('[data-testid="role-select-1"]').waitFor();
  expect(await sidebar.locator('[data-testid="role-select-1"]').inputValue()).toBe('score');

  const segmentRole = sidebar.locator('[data-testid="role-select-3"]');
  if ((await segmentRole.inputValue()) !== 'segment') {
    await segmentRole.selectOption('segment');
    await waitFor(async () => (await sidebar.locator('[data-testid="role-select-3"]').inputValue()) === 'segment');
  }
  const segmentSelect = sidebar.locator('[data-testid="segment-select"]');
  await waitFor(async () => (await segmentSelect.locator('option[value="3"]').count()) === 1);
  await segmentSelect.selectOption('3');
  await sidebar.locator('[data-testid="build-report"]').click();
  await page.locator('[data-testid^="sheet-tab-NPS"]').waitFor({ timeout: 30_000 });
  await waitFor(async () => (await page.locator('canvas[data-testid^="chart-"]').count()) === 4);
  await page.locator('[data-testid^="sheet-tab-NPS"]').click();
  await waitFor(async () => (await page.locator('#grid').innerText()).includes(FORMULA));

  const sidebarFrame = page.frames().find((f) => f.url().endsWith('/sidebar'));
  expect(sidebarFrame).toBeDefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await sidebarFrame!.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('#grid img, #grid script, #tabs img').count()).toBe(0);
  expect(await sidebar.locator('main img, main script').count()).toBe(0);
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});
