/**
 * SPEC §9/§10 in the sidebar (built dist/Sidebar.html in Chromium, fake
 * google.script.run): the `themes-preview` line of each side's top themes
 * (the customers' words shown as text), the "Respondent (e-mail or id)"
 * role, and the "Follow-up lists" option — off by default, saying it
 * copies personal data, needing a respondent column, remembered with the
 * report.
 */
import { FORMULA_PAYLOAD, IMG_PAYLOAD, PAYLOAD_SHEET, REPORTED_SHEET, SCREENSHOT_SHEET } from './cannedSheet';
import { byTestId, calls, previewShown, useSidebarPage, waitCalls, waitText } from './sidebarPage';

const openSidebar = useSidebarPage();

test('themes-preview names the top themes of each side, as text', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  const line = byTestId(page, 'themes-preview');
  await expect(line.textContent()).resolves.toBe(`Detractors mention: ${IMG_PAYLOAD}, slow support · Promoters mention: ${FORMULA_PAYLOAD}`);
  await expect(line.locator('img').count()).resolves.toBe(0);
  await expect(page.evaluate(() => (window as any).__pwned)).resolves.toBeUndefined();
});

test('no themes-preview without a comment column', async () => {
  const page = await openSidebar({ ...PAYLOAD_SHEET, preview: { ...PAYLOAD_SHEET.preview, themes: null } });
  await previewShown(page);
  await expect(byTestId(page, 'themes-preview').count()).resolves.toBe(0);
});

test('the role picker offers "Respondent (e-mail or id)"; picking it makes that column the respondent', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  const labels = await byTestId(page, 'role-select-4').locator('option').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLOptionElement).value, n.textContent]));
  expect(labels).toContainEqual(['respondent', 'Respondent (e-mail or id)']);
  // Without a respondent column the follow-up lists cannot be asked for, and the help says why.
  const followUp = byTestId(page, 'follow-up');
  await expect(followUp.isDisabled()).resolves.toBe(true);
  await expect(page.locator('#follow-up-help').textContent()).resolves.toContain('Needs a respondent column');
  await byTestId(page, 'role-select-4').selectOption('respondent');
  await waitCalls(page, 'getPreview', 2);
  expect((await calls(page, 'saveRoleOverrides')).map((c) => c.args)).toEqual([[123, { 4: 'respondent' }]]);
  await expect(byTestId(page, 'role-select-4').inputValue()).resolves.toBe('respondent');
  await expect(followUp.isEnabled()).resolves.toBe(true);
});

test('"Follow-up lists" is off by default, says it copies personal data, and is sent only when ticked', async () => {
  const page = await openSidebar(SCREENSHOT_SHEET);
  await previewShown(page);
  const followUp = byTestId(page, 'follow-up');
  await expect(followUp.isChecked()).resolves.toBe(false);
  await expect(page.locator('label[for="follow-up"]').textContent()).resolves.toContain('Follow-up lists');
  await expect(page.locator('#follow-up-help').textContent()).resolves.toMatch(/personal data \(names or e-mails, with their comments\)/);
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', 'Report ready');
  await followUp.check();
  await byTestId(page, 'build-report').click();
  await waitCalls(page, 'buildReport', 2);
  const sent = (await calls(page, 'buildReport')).map((c) => (c.args[0] as { followUp?: boolean }).followUp);
  expect(sent).toEqual([undefined, true]);
});

test('a report built with follow-up lists has the option ticked; unticking it is a change the button names', async () => {
  const reported = { ...REPORTED_SHEET, profile: { ...REPORTED_SHEET.profile, reportOptions: { ...REPORTED_SHEET.profile.reportOptions!, followUp: true } } };
  const page = await openSidebar(reported);
  await previewShown(page);
  const followUp = byTestId(page, 'follow-up');
  await expect(followUp.isChecked()).resolves.toBe(true);
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe('Refresh report');
  await followUp.uncheck();
  await expect(byTestId(page, 'build-report').textContent()).resolves.toBe('Refresh: no follow-up lists (was with)');
});
