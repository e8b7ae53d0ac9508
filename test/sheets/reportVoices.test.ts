/**
 * "What customers say" and "People" on the report sheet (SPEC §10), on a
 * survey whose detractors write about slow support and the price and whose
 * promoters write about how easy it is (voicesBook.ts). Counts and NPS are
 * computed here from the rows written, by hand arithmetic.
 */
import { chartRect, overlaps, snapshotSheet, type LocalSheet } from '../../src/local/sheets';
import type { ReportResult } from '../../src/shared/contract';
import { CHART_DATA_COLUMN, PEOPLE_BLOCK, THEMES_BLOCK, tableTitleRow } from '../../src/sheets/reportLayout';
import { options } from './sampleBook';
import { rowOfTitle } from './reportPlaces';
import { commentOf, scoreOf, voicesBook } from './voicesBook';

const ROWS = 130;
const nps = (p: number, d: number, n: number) => ((p - d) / n) * 100;
const category = (s: number) => (s >= 9 ? 0 : s >= 7 ? 1 : 2); // Promoter, Passive, Detractor

/** The rows of a block from its title row down to its first blank row in its first column. */
function blockRows(sheet: LocalSheet, row: number, column: number, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = row; sheet.raw(r, column) !== ''; r++) rows.push(Array.from({ length: width }, (_, c) => sheet.raw(r, column + c)));
  return rows;
}

describe('What customers say', () => {
  const { book, addon } = voicesBook(ROWS);
  const result = addon.run('buildReport', options()) as ReportResult;
  const report = book.sheetByName('NPS · Responses')!;
  const band = tableTitleRow(4); // trend, mix, segments, distribution

  test('a table of themes under the charts: detractors’ first, the planted themes on their side', () => {
    expect(result.charts).toBe(5);
    expect(report.raw(band, THEMES_BLOCK.column)).toBe(`What customers say: words and phrases that lean to detractors or promoters (${ROWS} comments read)`);
    const [, header, ...themes] = blockRows(report, band, THEMES_BLOCK.column, THEMES_BLOCK.width);
    expect(header).toEqual(['Theme', 'Leans', 'Mentions', 'NPS', 'CI low', 'CI high', 'z', 'Example']);
    const leans = themes.map((t) => t[1]);
    expect(leans).toEqual([...leans].sort()); // Detractors, then Promoters
    const detractorThemes = themes.filter((t) => t[1] === 'Detractors').map((t) => String(t[0]));
    const promoterThemes = themes.filter((t) => t[1] === 'Promoters').map((t) => String(t[0]));
    expect(detractorThemes.slice(0, 5).some((t) => /expensive|price/.test(t))).toBe(true);
    expect(detractorThemes.slice(0, 5).some((t) => /slow|support/.test(t))).toBe(true);
    expect(promoterThemes.some((t) => /easy/.test(t))).toBe(true);
    expect(detractorThemes.some((t) => /easy/.test(t))).toBe(false);
    // z descending within each side (positive for detractors, negative for promoters).
    for (const side of ['Detractors', 'Promoters']) {
      const z = themes.filter((t) => t[1] === side).map((t) => t[6] as number);
      expect(z).toEqual([...z].sort((a, b) => (side === 'Detractors' ? b - a : a - b)));
    }
  });

  test('mentions and NPS of each one-word theme are those of the comments that contain the word', () => {
    const [, , ...themes] = blockRows(report, band, THEMES_BLOCK.column, THEMES_BLOCK.width);
    const words = themes.filter((t) => !String(t[0]).includes(' '));
    expect(words.length).toBeGreaterThan(2);
    for (const [theme, , mentions, themeNps, low, high, , example] of words) {
      const word = new RegExp(`\\b${theme}\\b`, 'i');
      const rows = Array.from({ length: ROWS }, (_, i) => i).filter((i) => word.test(commentOf(i)));
      const p = rows.filter((i) => scoreOf(i) >= 9).length;
      const d = rows.filter((i) => scoreOf(i) <= 6).length;
      expect([theme, mentions]).toEqual([theme, rows.length]);
      expect(themeNps).toBeCloseTo(nps(p, d, rows.length), 10);
      expect(low as number).toBeLessThanOrEqual(themeNps as number);
      expect(high as number).toBeGreaterThanOrEqual(themeNps as number);
      expect(String(example)).toMatch(word);
    }
  });

  test('the themes chart: a bar chart of the NPS of each theme, beside the first two charts, over no cell', () => {
    const chart = report.charts[4];
    expect(chart.type).toBe('BAR');
    expect(chart.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns])).toEqual([[11, CHART_DATA_COLUMN, 11, 2]]);
    expect(report.raw(11, CHART_DATA_COLUMN)).toBe('Theme');
    const rects = report.charts.map((c) => chartRect(report, c));
    rects.forEach((r, i) => rects.forEach((o, j) => j > i && expect([i, j, overlaps(r, o)]).toEqual([i, j, false])));
    const [, , ...themes] = blockRows(report, band, THEMES_BLOCK.column, THEMES_BLOCK.width);
    const charted = blockRows(report, 12, CHART_DATA_COLUMN, 2);
    // The five strongest of each side, detractors' first, with their NPS.
    const top = [...themes.filter((t) => t[1] === 'Detractors').slice(0, 5), ...themes.filter((t) => t[1] === 'Promoters').slice(0, 5)];
    expect(charted).toEqual(top.map((t) => [t[0], t[3]]));
  });

  test('the tables follow the band; the chart data stays on the band\'s row', () => {
    const tables = rowOfTitle(report, 1, 'NPS by month');
    expect(tables).toBeGreaterThan(band + 2);
    expect(report.raw(band, CHART_DATA_COLUMN)).toMatch(/^Chart data/);
    expect(snapshotSheet(report).formulas.flat().filter((f) => f !== '')).toEqual([]);
  });
});

describe('People', () => {
  const { book, addon } = voicesBook(ROWS);
  addon.run('buildReport', options());
  const report = book.sheetByName('NPS · Responses')!;
  const block = blockRows(report, tableTitleRow(4), PEOPLE_BLOCK.column, PEOPLE_BLOCK.width);

  test('latest-answer NPS beside the NPS of every answer, by hand', () => {
    // 30 people answer in turn (e-mails in upper or lower case are one person): each one's latest answer is one of rows 100–129.
    const latest = Array.from({ length: 30 }, (_, k) => scoreOf(100 + k));
    const p = latest.filter((s) => s >= 9).length;
    const d = latest.filter((s) => s <= 6).length;
    const all = Array.from({ length: ROWS }, (_, i) => scoreOf(i));
    const P = all.filter((s) => s >= 9).length;
    const D = all.filter((s) => s <= 6).length;
    expect(block[0][0]).toBe('People: each person counted once, with their latest answer (Email, column E)');
    expect(block[1]).toEqual(['Counting', 'Counted', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high']);
    expect(block[2].slice(0, 5)).toEqual(['Latest answer of each person', 30, p, 30 - p - d, d]);
    expect(block[2][5]).toBeCloseTo(nps(p, d, 30), 10);
    expect(block[3].slice(0, 5)).toEqual(['Every answer', ROWS, P, ROWS - P - D, D]);
    expect(block[3][5]).toBeCloseTo(nps(P, D, ROWS), 10);
    expect(block[4][0]).toBe(`30 people answered; 30 people more than once (${ROWS} dated answers with a respondent)`);
  });

  test('movement from each person\'s previous answer (30 rows earlier) to the latest', () => {
    const moved = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    for (let k = 0; k < 30; k++) moved[category(scoreOf(70 + k))][category(scoreOf(100 + k))]++;
    expect(block[6].slice(0, 4)).toEqual(['From \\ To', 'Promoter', 'Passive', 'Detractor']);
    expect(block.slice(7, 10).map((r) => r.slice(0, 4))).toEqual([['Promoter', ...moved[0]], ['Passive', ...moved[1]], ['Detractor', ...moved[2]]]);
  });
});

describe('service calls with themes and people (SPEC §8: at most 25 on every path)', () => {
  test('first build, refresh, and rebuilds that drop the segment chart or the dates keep the themes chart and stay within 25', () => {
    const { book, addon } = voicesBook(300);
    const count = (run: () => unknown) => {
      addon.serviceCalls.reset();
      run();
      return addon.serviceCalls.count;
    };
    const build = (over: Record<string, unknown> = {}) => () => addon.run('buildReport', options({ rollingDays: 28, ...over }));
    const calls: Record<string, number> = {};
    calls.first = count(build());
    const themesChart = book.sheetByName('NPS · Responses')!.charts[4].id;
    book.activeSheet = book.sheetByName('Responses')!;
    calls.refresh = count(build());
    // Other period, no segment: the trend and mix change, the segment chart goes, the distribution moves; the themes chart stays.
    calls.otherOptions = count(build({ period: 'week', segmentColumn: null }));
    calls.segmentBack = count(build({ segmentColumn: 3 }));
    // No date column any more: trend and mix go, the others move.
    addon.run('saveRoleOverrides', 0, { 0: 'other' });
    calls.noDates = count(build());
    const report = book.sheetByName('NPS · Responses')!;
    expect(report.charts.map((c) => c.type)).toEqual(['BAR', 'COLUMN', 'BAR']);
    expect(report.charts.map((c) => c.id)).toContain(themesChart);
    for (const [path, n] of Object.entries(calls)) expect([path, n]).toEqual([path, Math.min(n, 25)]);
  });
});
