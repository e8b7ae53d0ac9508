/**
 * The sidebar leads with the answer (built dist/Sidebar.html in Chromium,
 * fake google.script.run): NPS, band, scale, range in words, responses, the
 * latest change — before the report controls and the columns, and in view on
 * a 300 × 600 sidebar whatever the number of columns; one empty state; text
 * that reads at 4.5:1 or more.
 */
import type { Page } from 'playwright-core';
import { EMPTY_SHEET, FEW_SHEET, HEADERS_ONLY_SHEET, NO_SCORE_SHEET, PAYLOAD_SHEET, REPORTED_SHEET, WEEKLY_PREVIEW, WIDE_SHEET } from './cannedSheet';
import type { FakeServerData } from './fakeScriptRun';
import { byTestId, calls, failNext, previewShown, useSidebarPage, waitText } from './sidebarPage';

const openSidebar = useSidebarPage();

/** The top of an element, in page pixels. */
async function top(page: Page, testid: string): Promise<number> {
  const box = await byTestId(page, testid).boundingBox();
  if (!box) throw new Error(`${testid} has no box`);
  return box.y;
}

/** The marker's position on the scale, as a percentage of the scale's width. */
async function markerPercent(page: Page): Promise<number> {
  return page.evaluate(() => {
    const marker = document.querySelector('[data-testid="nps-scale-marker"]') as HTMLElement;
    const scale = marker.parentElement as HTMLElement;
    const box = marker.getBoundingClientRect();
    const bar = scale.getBoundingClientRect();
    return ((box.left + box.width / 2 - bar.left) / bar.width) * 100;
  });
}

test('the headline leads: NPS, its band, the scale, the range in words, responses and the latest change, then the controls, then the columns', async () => {
  const page = await openSidebar(PAYLOAD_SHEET);
  await previewShown(page);
  await expect(byTestId(page, 'nps-band').textContent()).resolves.toBe('Good');
  await expect(byTestId(page, 'overall-range').textContent()).resolves.toBe('likely between 12 and 30 (95 % confidence)');
  await expect(byTestId(page, 'overall-responses').textContent()).resolves.toBe('237');
  await expect(byTestId(page, 'headline-comparison').textContent()).resolves.toBe('Up 2 points since May 2025 — could be noise (p = 1)');
  await expect(page.locator('.counts').textContent()).resolves.not.toContain('few responses');
  // 50 / 237 × 100 = 21.097 points: (21.097 + 100) / 200 = 60.5 % of the way from −100 to 100.
  expect(await markerPercent(page)).toBeCloseTo(60.5, 0);
  const ticks = await page.locator('.scale-ticks .tick').allTextContents();
  expect(ticks).toEqual(['−100', '0', '50', '70', '100']);

  const order = ['overall-nps', 'nps-band', 'overall-range', 'overall-responses', 'headline-comparison', 'period-select', 'segment-select', 'mode-select', 'build-report', 'columns-toggle'];
  const tops = [];
  for (const id of order) tops.push(await top(page, id));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  expect(tops[0]).toBeLessThan(100);
});

test('on a 300 × 600 sidebar with 60 columns the NPS is in view without scrolling, and the columns take one line', async () => {
  const page = await openSidebar(WIDE_SHEET, { width: 300, height: 600 });
  await previewShown(page);
  await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
  const box = await byTestId(page, 'overall-nps').boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(600);
  expect(await byTestId(page, 'overall-nps').isVisible()).toBe(true);
  // Collapsed, the 60 pickers stay in the page but take no room.
  await expect(page.locator('[data-testid^="role-select-"]').count()).resolves.toBe(60);
  const body = await page.locator('#columns-body').boundingBox();
  expect(body!.height).toBeLessThanOrEqual(1);
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(pageHeight).toBeLessThan(1000);
  await expect(byTestId(page, 'columns-toggle').textContent()).resolves.toBe('Scores B · Dates A — Change');
});

test('under 30 responses: marked "few responses"; a negative NPS in its band; no comparison without an earlier period', async () => {
  const page = await openSidebar(FEW_SHEET);
  // (3 − 5) / 12 × 100 = −16.67 points.
  await waitText(page, 'overall-nps', '-16.7');
  await expect(byTestId(page, 'nps-band').textContent()).resolves.toBe('Needs improvement');
  await expect(page.locator('.counts').textContent()).resolves.toBe('12 responses few responses · 0 ignored');
  await expect(byTestId(page, 'headline-comparison').count()).resolves.toBe(0);
  // (−16.67 + 100) / 200 = 41.7 % along the scale.
  expect(await markerPercent(page)).toBeCloseTo(41.7, 0);
  await expect(page.locator('#preview').textContent()).resolves.toContain('One period so far');
});

test('weeks read "Week of Apr 28" in the trend and its description, never as ISO week labels', async () => {
  const data: FakeServerData = { ...PAYLOAD_SHEET, previews: { week: WEEKLY_PREVIEW } };
  const page = await openSidebar(data);
  await previewShown(page);
  await byTestId(page, 'period-select').selectOption('week');
  await waitText(page, 'headline-comparison', 'Week of Apr 21, 2025');
  const trend = byTestId(page, 'trend-sparkline');
  await expect(trend.locator('.trend-axis').textContent()).resolves.toBe('Week of Apr 21, 2025Week of Apr 28, 2025');
  await expect(trend.locator('svg').getAttribute('aria-label')).resolves.toContain('Week of Apr 28, 2025');
  await expect(page.locator('#preview').textContent()).resolves.not.toContain('W18');
  await expect(trend.locator('.trend-title').textContent()).resolves.toBe('NPS per week');
});

describe('one empty state: what is missing, one sentence of what to do, the report controls disabled', () => {
  const cases: [string, FakeServerData, string, string][] = [
    ['an empty sheet', EMPTY_SHEET, 'No responses to measure', '"Sheet1" is empty. Open the sheet with your survey answers (a header row, then one row per response).'],
    ['headers without responses', HEADERS_ONLY_SHEET, 'No responses to measure', '"Sheet1" has headers but no responses under them yet.'],
    ['no score column', NO_SCORE_SHEET, 'No score column', 'set the role of the 0–10'],
  ];
  test.each(cases)('%s', async (_name, data, title, action) => {
    const page = await openSidebar(data);
    await waitText(page, 'empty-state', title);
    await expect(page.locator('.empty-title').textContent()).resolves.toBe(title);
    await expect(page.locator('.empty-action').textContent()).resolves.toContain(action);
    await expect(byTestId(page, 'overall-nps').textContent()).resolves.toBe('—');
    await expect(byTestId(page, 'overall-responses').textContent()).resolves.toBe('0');
    await expect(byTestId(page, 'nps-band').count()).resolves.toBe(0);
    for (const id of ['period-select', 'segment-select', 'mode-select', 'rolling-select', 'build-report']) {
      await expect(byTestId(page, id).isDisabled()).resolves.toBe(true);
    }
    expect(await calls(page, 'getPreview')).toEqual([]);
    // With no score column the fix is in the columns: they open; without a table there are none.
    const open = await byTestId(page, 'columns-toggle').getAttribute('aria-expanded');
    expect(open).toBe(data === NO_SCORE_SHEET ? 'true' : 'false');
    if (data !== NO_SCORE_SHEET) await expect(byTestId(page, 'columns-toggle').isDisabled()).resolves.toBe(true);
  });
});

/**
 * Every visible text element (and select) whose colour reads under 4.5:1 on
 * its effective background (the backgrounds behind it composited over
 * white), per WCAG 2's relative luminance.
 */
async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (text: string): number[] => {
      const m = /rgba?\(([^)]+)\)/.exec(text);
      if (!m) throw new Error(`unexpected colour ${text}`);
      const parts = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
      return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    };
    const over = (top: number[], bottom: number[]): number[] => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
    const channel = (c: number): number => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    const luminance = (c: number[]): number => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    const background = (element: Element): number[] => {
      const layers: number[][] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
      }
      return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const failures: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const ownText = Array.from(element.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent || '').trim() !== '');
      if (!(ownText || element.tagName === 'SELECT') || ['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(element.tagName)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const bg = background(element);
      const fg = over(rgba(getComputedStyle(element).color), bg);
      const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      if (ratio < 4.5) failures.push(`${element.tagName}.${element.className} "${(element.textContent || '').trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
    return failures;
  });
}

test('every visible text reads at 4.5:1 or more: preview, open columns, statuses, disabled controls, empty state', async () => {
  const page = await openSidebar(REPORTED_SHEET);
  await previewShown(page);
  expect(await lowContrast(page)).toEqual([]);
  await byTestId(page, 'columns-toggle').click();
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', 'Refreshed: by quarter');
  expect(await lowContrast(page)).toEqual([]);
  await failNext(page, 'buildReport', 'The sheet is locked by another report build.');
  await byTestId(page, 'build-report').click();
  await waitText(page, 'status', 'locked');
  expect(await lowContrast(page)).toEqual([]);

  const few = await openSidebar(FEW_SHEET);
  await waitText(few, 'nps-band', 'Needs improvement');
  expect(await lowContrast(few)).toEqual([]);
  const noScore = await openSidebar(NO_SCORE_SHEET);
  await waitText(noScore, 'empty-state', 'No score column');
  await noScore.evaluate(() => {
    // a role being saved: the pickers and the primary button disabled at once
    document.querySelectorAll('select').forEach((s) => ((s as HTMLSelectElement).disabled = true));
  });
  expect(await lowContrast(noScore)).toEqual([]);
});

test('counts of one read in the singular: "1 response", "1 promoter · 1 passive · 1 detractor"', async () => {
  // One answer of each kind: (1 − 1) / 3 × 100 = 0 points; then a single promoter alone.
  const three: FakeServerData = {
    ...FEW_SHEET,
    preview: { ...FEW_SHEET.preview, overall: { responses: 3, promoters: 1, passives: 1, detractors: 1, nps: 0, ci: [-56.3, 56.3], ignored: 1, moe: 56.3 } },
  };
  const page = await openSidebar(three);
  await waitText(page, 'overall-nps', '0.0');
  await expect(page.locator('#preview').textContent()).resolves.toContain('1 promoter · 1 passive · 1 detractor');
  await expect(page.locator('#preview').textContent()).resolves.not.toMatch(/\b1 (promoters|passives|detractors|responses)\b/);

  const one: FakeServerData = {
    ...FEW_SHEET,
    preview: { ...FEW_SHEET.preview, overall: { responses: 1, promoters: 1, passives: 0, detractors: 0, nps: 100, ci: [-48.5, 98.5], ignored: 0, moe: 73.5 } },
  };
  const single = await openSidebar(one);
  await waitText(single, 'overall-nps', '100.0');
  await expect(single.locator('#preview').textContent()).resolves.toContain('1 promoter · 0 passives · 0 detractors');
  await expect(single.locator('#preview').textContent()).resolves.not.toMatch(/\b1 (promoters|responses)\b/);
});

test('a clipped interval is never shown as ± (SPEC §2): 20 promoters of 20 keep only the bounds in the range tooltip', async () => {
  // Adjusted Wald, 20 of 20 promoters: centre 20/23 = 87.0, clipped above at 100, so not symmetric about anything shown.
  const allPromoters: FakeServerData = {
    ...FEW_SHEET,
    preview: {
      ...FEW_SHEET.preview,
      overall: { responses: 20, promoters: 20, passives: 0, detractors: 0, nps: 100, ci: [69.7, 100], ignored: 0, moe: 15.2 },
      reading: { band: 'World class', scale: 'scale −100 to 100', range: 'likely between 70 and 100 (95 % confidence)', fewResponses: true },
    },
  };
  const page = await openSidebar(allPromoters);
  await waitText(page, 'overall-nps', '100.0');
  await expect(byTestId(page, 'overall-range').getAttribute('title')).resolves.toBe('95 % CI 69.7 to 100.0');
  // Clipped below as well: 15 detractors of 15.
  const allDetractors: FakeServerData = {
    ...FEW_SHEET,
    preview: { ...allPromoters.preview, overall: { responses: 15, promoters: 0, passives: 0, detractors: 15, nps: -100, ci: [-100, -64.1], ignored: 0, moe: 17.9 } },
  };
  const low = await openSidebar(allDetractors);
  await waitText(low, 'overall-nps', '-100.0');
  await expect(byTestId(low, 'overall-range').getAttribute('title')).resolves.not.toContain('±');
});
