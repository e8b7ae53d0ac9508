/**
 * The playground on a workbook whose first sheet is a pivot: it opens on the
 * sheet of responses (as the CLI reads it), with the score column chosen.
 * Figures from the fixture's truth file (computed independently).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPlayground, ROOT, waitFor, type OpenPlayground } from './harness';

const DIR = join(ROOT, 'test', 'fixtures', 'unseen', 'oddShapes');
const truth = JSON.parse(readFileSync(join(DIR, 'pivot_first.truth.json'), 'utf8'));

let open: OpenPlayground;

beforeAll(async () => {
  open = await openPlayground(join(DIR, truth.file), '--tz', truth.timeZone);
}, 60_000);

afterAll(async () => open?.close());

test('a workbook opens on its sheet of responses, not on the pivot before it', async () => {
  const { sidebar, watched } = open;
  const picker = sidebar.locator(`[data-testid="role-select-${truth.score}"]`);
  await picker.waitFor();
  expect(await picker.inputValue()).toBe('score');
  await waitFor(async () => (await sidebar.locator('[data-testid="overall-responses"]').innerText()) === String(truth.overall.responses));
  const expectedNps = ((truth.overall.promoters - truth.overall.detractors) / truth.overall.responses) * 100;
  expect(Number(await sidebar.locator('[data-testid="overall-nps"]').innerText())).toBeCloseTo(expectedNps, 1);
  const tab = watched.page.locator(`[data-testid="sheet-tab-${truth.sheet}"]`);
  expect(await tab.getAttribute('title')).toMatch(/\(active sheet\)$/);
  expect(watched.consoleErrors).toEqual([]);
});
