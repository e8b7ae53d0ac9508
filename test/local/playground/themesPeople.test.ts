/**
 * `npm start`'s sample is an export with a comment column and an e-mail
 * column (samples/sample_survey.csv): the report the playground builds from
 * the sidebar shows "What customers say" and "People", with the planted
 * themes and the people the generator counted (samples/sample_survey.truth.json),
 * and the sidebar previews the top themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPlayground, ROOT, waitFor, type OpenPlayground } from './harness';

const truth = JSON.parse(readFileSync(join(ROOT, 'samples', 'sample_survey.truth.json'), 'utf8'));
const REPORT_TAB = '[data-testid="sheet-tab-NPS · sample_survey"]';
let open: OpenPlayground;

beforeAll(async () => {
  open = await openPlayground();
}, 60_000);
afterAll(async () => open?.close());

test('the sample\'s report shows the themes and people blocks', async () => {
  const { page, consoleErrors, foreignRequests } = open.watched;
  const sidebar = open.sidebar;
  await page.locator('[data-testid="sheet-tab-sample_survey"]').waitFor();
  await waitFor(async () => (await sidebar.locator('[data-testid="overall-responses"]').innerText()).includes('400'));
  // The sidebar previews the themes of the comment column (SPEC §9).
  const preview = sidebar.locator('[data-testid="themes-preview"]');
  await waitFor(async () => {
    const shown = await preview.innerText();
    return truth.plantedThemes.detractors.some((t: { marker: string }) => shown.includes(t.marker));
  });
  await sidebar.locator('[data-testid="build-report"]').click();
  await page.locator(REPORT_TAB).waitFor({ timeout: 30_000 });
  await waitFor(async () => /Report ready/i.test(await sidebar.locator('[data-testid="status"]').innerText()), 30_000);
  await page.locator(REPORT_TAB).click();
  await waitFor(async () => (await page.locator('#grid').innerText()).includes('What customers say'), 30_000);
  const grid = await page.locator('#grid').innerText();
  for (const planted of truth.plantedThemes.detractors) expect(grid).toMatch(new RegExp(`\\b${planted.marker}\\b`));
  expect(grid).toContain('People');
  // The number of people and of repeat people, as the generator counted them.
  expect(grid).toMatch(new RegExp(`\\b${truth.people.people}\\b`));
  expect(grid).toMatch(new RegExp(`\\b${truth.people.repeatPeople}\\b`));
  // The follow-up sheet was not asked for: no address reaches the report.
  expect(grid).not.toMatch(/@example\.(com|org|net)/);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
}, 90_000);
