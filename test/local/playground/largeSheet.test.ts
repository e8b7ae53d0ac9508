/**
 * A 100,000-row sheet is shown a page (200 rows) at a time: the page and
 * each sheet response stay small.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWatchedPage, startPlayground, waitFor, type Playground, type WatchedPage } from './harness';

const ROWS = 100_000;
let dir: string;
let playground: Playground;
let watched: WatchedPage;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nps-large-'));
  const file = join(dir, 'large.csv');
  const lines = ['Timestamp,How likely are you to recommend us?,Plan'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const d = new Date(start + i * 600_000);
    lines.push(`${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}:00,${(i * 7) % 11},${['Free', 'Pro', 'Team'][i % 3]}`);
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

test('pages through 100,000 rows 200 at a time', async () => {
  const { page } = watched;
  const sheetResponses: number[] = [];
  page.on('response', (response) => {
    // A body can be gone once the page moves on; only the sizes we can read matter.
    if (response.url().includes('/api/sheet')) response.body().then((body) => sheetResponses.push(body.length), () => undefined);
  });
  await page.goto(playground.url);
  await waitFor(async () => (await page.locator('#grid tbody tr').count()) === 200, 30_000);
  await waitFor(async () => /Page 1 of 501/.test(await page.locator('#pager').innerText()));
  await page.locator('[data-testid="page-next"]').click();
  await waitFor(async () => (await page.locator('#grid tbody tr th').first().innerText()) === '201');
  await waitFor(async () => sheetResponses.length >= 2);
  expect(Math.max(...sheetResponses)).toBeLessThan(100_000);
  expect(watched.consoleErrors).toEqual([]);
}, 60_000);
