/**
 * Where the themes and people blocks go (reportLayout.ts), with hand-made
 * ThemesResult and PeopleSummary (SPEC §10 shapes) of the largest size the
 * report shows: no block overlaps another, the tables move down under
 * them, the chart data and the themes chart's data stay where they were,
 * and every theme, example and title is written as text.
 */
import { analyzeTable, type TableAnalysis } from '../../src/nps/analysis';
import type { PeopleSummary } from '../../src/nps/peopleTypes';
import type { Theme, ThemesResult } from '../../src/nps/themes/themeTypes';
import { zoneFor } from '../../src/nps/zone';
import { columnsOfGrid } from '../../src/nps/tableColumns';
import { reportGrid } from '../../src/sheets/reportBlocks';
import { CHART_DATA_COLUMN, PEOPLE_BLOCK, THEMES_BLOCK, THEMES_DATA, VOICES_NOTE_ROW, tableTitleRow } from '../../src/sheets/reportLayout';

const DAY = 86400000;
const values: unknown[][] = [['Date', 'Score', 'Comment', 'Email']];
for (let i = 0; i < 40; i++) values.push([new Date(Date.UTC(2025, 0, 1) + i * DAY), i % 11, 'x', `p${i % 7}@example.com`]);
const table = { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 41 };
const mapping = { score: 1, date: 0, segments: [], comments: [2], respondent: 3 };

function theme(i: number, leans: Theme['leans']): Theme {
  // A theme and an example that would be formulas if written as typed.
  return { theme: i === 0 ? '=cmd()' : `theme ${i}`, leans, mentions: 10 + i, promoters: 5, passives: 2, detractors: 3 + i, nps: -i, ci: [-i - 20, -i + 20], z: leans === 'Detractors' ? 5 - i / 10 : -2 - i / 10, example: `+${'long comment '.repeat(15)}${i}` };
}
const tenEach: ThemesResult = {
  themes: [...Array.from({ length: 10 }, (_, i) => theme(i, 'Detractors')), ...Array.from({ length: 10 }, (_, i) => theme(i + 10, 'Promoters'))],
  comments: 40,
  ignored: 0,
};
const people: PeopleSummary = {
  people: 7, promoters: 2, passives: 1, detractors: 4, nps: ((2 - 4) / 7) * 100, ci: [-60, 20], responses: 40, repeatPeople: 7,
  movement: [[1, 0, 1], [0, 1, 0], [1, 0, 3]], latest: [], ignored: 0,
};

function gridWith(themes: ThemesResult | null, summary: PeopleSummary | null, mode: 'snapshot' | 'live' = 'snapshot') {
  const options = { period: 'month' as const, segmentColumn: null, rollingDays: 30, confidence: 0.95, mode };
  const base = analyzeTable(columnsOfGrid(values, table), table, mapping, { ...options, timeZone: 'UTC', locale: 'en_US' });
  const analysis: TableAnalysis = { ...base, themes, people: summary };
  return reportGrid({ sourceName: 'Responses', table, mapping, options, analysis, zone: zoneFor('UTC'), builtAt: Date.UTC(2025, 5, 1), respondentHeader: 'Email' });
}

const overlap = (a: { row: number; column: number; rows: number; columns: number }, b: typeof a) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;

describe('the band of themes and people', () => {
  test.each(['snapshot', 'live'] as const)('%s: no block overlaps another; the tables start under the band', (mode) => {
    const grid = gridWith(tenEach, people, mode);
    grid.blocks.forEach((a, i) => grid.blocks.forEach((b, j) => j > i && expect([i, j, overlap(a, b)]).toEqual([i, j, false])));
    const band = tableTitleRow(3); // trend, mix, distribution
    // Title + header + 20 themes, one blank row: the period table's title 23 rows under the band.
    expect(grid.tables.period!.headerRow).toBe(band + 22 + 1 + 1);
    expect(grid.values[band - 1][CHART_DATA_COLUMN - 1]).toMatch(/^'Chart data/);
    expect(grid.tables.themesData).toEqual({ headerRow: THEMES_DATA.titleRow + 1, column: CHART_DATA_COLUMN, width: 2, rows: 10 });
  });

  test('themes, examples and titles are text: a leading apostrophe keeps =, + from becoming formulas', () => {
    const grid = gridWith(tenEach, people);
    const band = tableTitleRow(3);
    const row = (r: number, c: number, n: number) => grid.values[r - 1].slice(c - 1, c - 1 + n);
    expect(row(band + 2, THEMES_BLOCK.column, THEMES_BLOCK.width)).toEqual(["'=cmd()", 'Detractors', 10, -0, -20, 20, 5, `'+${'long comment '.repeat(15)}0`]);
    expect(grid.formats[band + 1][THEMES_BLOCK.column - 1]).toBe('@');
    expect(row(band + 2, PEOPLE_BLOCK.column, 5)).toEqual(['Latest answer of each person', 7, 2, 1, 4]);
    // Top five of each side in the chart data.
    expect(grid.values.slice(THEMES_DATA.titleRow + 1, THEMES_DATA.titleRow + 11).map((r) => r[CHART_DATA_COLUMN - 1])).toEqual(
      ["'=cmd()", "'theme 1", "'theme 2", "'theme 3", "'theme 4", "'theme 10", "'theme 11", "'theme 12", "'theme 13", "'theme 14"],
    );
  });

  test('no theme listed and nobody counted: one sentence on row 7 and no band', () => {
    const grid = gridWith({ themes: [], comments: 40, ignored: 0 }, { ...people, people: 0, latest: [] });
    expect(grid.values[VOICES_NOTE_ROW - 1][0]).toBe(
      "'What customers say: no word or phrase leans clearly to detractors or promoters in the 40 comments read (a theme needs 3 mentions and |z| ≥ 1.96). People: no answer in Email has a person, a 0–10 score and a readable date.",
    );
    expect(grid.tables.period!.headerRow).toBe(tableTitleRow(3) + 1);
    expect(grid.tables.themesData).toBeNull();
  });
});
