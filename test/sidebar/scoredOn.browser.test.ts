/**
 * The "Scored on" line (SPEC 10b): with a second 0–10 recommend question,
 * the sidebar names the question the NPS is computed on and offers the
 * other; "use it instead" makes it the score column (saveRoleOverrides),
 * after which the first one is offered back. Headers are shown as text.
 */
import { TWO_RECOMMEND_SHEET, PAYLOAD_SHEET } from './cannedSheet';
import type { FakeServer } from './fakeScriptRun';
import { byTestId, calls, previewShown, useSidebarPage } from './sidebarPage';

const openSidebar = useSidebarPage();

test('names the score question and offers the other 0–10 question; "use it instead" switches the score', async () => {
  const page = await openSidebar(TWO_RECOMMEND_SHEET);
  await previewShown(page);
  const line = byTestId(page, 'scored-on');
  await expect(line.isVisible()).resolves.toBe(true);
  await expect(line.textContent()).resolves.toBe(
    // Headers over 48 characters are cut at the last word that fits.
    'Scored on: How likely are you to recommend Acme to a… (B). Another 0–10 question: How likely are you to recommend Python to a… (K) — use it instead',
  );
  await byTestId(page, 'use-score-10').click();
  await page.waitForFunction(() => ((window as any).__fakeServer as FakeServer).calls.filter((c) => c.name === 'getPreview').length === 2);
  expect(await calls(page, 'saveRoleOverrides')).toEqual([{ name: 'saveRoleOverrides', args: [123, { 10: 'score' }] }]);
  await expect(byTestId(page, 'role-select-10').inputValue()).resolves.toBe('score');
  await expect(byTestId(page, 'role-select-1').inputValue()).resolves.toBe('number');
  await expect(line.textContent()).resolves.toMatch(/^Scored on: How likely are you to recommend Python to a… \(K\)\. Another 0–10 question: How likely are you to recommend Acme to a… \(B\) — use it instead$/);
  await expect(page.locator('img').count()).resolves.toBe(0);
});

test('says nothing when the sheet has one recommend question', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  await expect(byTestId(page, 'scored-on').isVisible()).resolves.toBe(false);
});
