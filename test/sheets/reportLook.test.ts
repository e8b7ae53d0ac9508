/**
 * The report as a reader sees it: a title with the first–last response day
 * in the sheet's zone, the headline in words, bold header rows with a fill,
 * NPS cells filled by band, significance in words, few-responses notes; the
 * charts (each of an explicit size, two per row) covering no cell with
 * content and no other chart, for every kind of report; and live reports
 * with more than 400 periods that spill without an error.
 */
import { chartRect, createSpreadsheet, loadAddon, overlaps, type AddonRuntime, type LocalSheet, type LocalSpreadsheet } from '../../src/local/sheets';
import type { ReportResult } from '../../src/shared/contract';
import { DIST, options, sampleBook } from './sampleBook';

const DAY = 86400000;
// Fills of src/sheets/reportStyle.ts.
const FILL = { header: '#e8eaed', title: '#d2e3fc', needsImprovement: '#f4c7c3', worldClass: '#81c995' };

function bookOf(values: unknown[][], timeZone = 'America/New_York'): { book: LocalSpreadsheet; addon: AddonRuntime } {
  const book = createSpreadsheet({ timeZone, sheets: [{ name: 'Survey', values }] });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}

/** Cells with something displayed (values, formulas, spilled results) under a chart, and charts over charts. */
function coveredContent(sheet: LocalSheet): string[] {
  const problems: string[] = [];
  const rects = sheet.charts.map((c) => chartRect(sheet, c));
  rects.forEach((rect, i) => {
    rects.forEach((other, j) => {
      if (j > i && overlaps(rect, other)) problems.push(`chart ${i} overlaps chart ${j}`);
    });
    const lastRow = Math.min(sheet.maxRows, Math.floor((rect.y + rect.height - 1) / 21) + 1);
    let x = 0;
    for (let c = 1; c <= sheet.maxColumns && x < rect.x + rect.width; c++) {
      const w = sheet.columnWidths.get(c) ?? 100;
      if (x + w > rect.x) {
        for (let r = Math.floor(rect.y / 21) + 1; r <= lastRow; r++) {
          if (sheet.value(r, c) !== '') problems.push(`chart ${i} covers row ${r}, column ${c}: ${String(sheet.value(r, c))}`);
        }
      }
      x += w;
    }
  });
  return problems;
}

/** Every formula of a sheet whose cell is in error, with its message. */
function formulaErrors(sheet: LocalSheet): string[] {
  const errors: string[] = [];
  for (const key of sheet.formulas.keys()) {
    const row = Math.floor(key / 20000);
    const column = key % 20000;
    const a1 = sheet.describeCell(row, column).split('!')[1];
    const error = sheet.getFormulaError(a1);
    if (error) errors.push(`${a1}: ${error}`);
  }
  return errors;
}

describe('charts sit beside each other and over no content', () => {
  const kinds: [string, Record<string, unknown>][] = [
    ['snapshot, segment and rolling', {}],
    ['snapshot, no segment', { segmentColumn: null }],
    ['snapshot, rolling', { rollingDays: 28 }],
    ['live, segment and rolling', { mode: 'live', rollingDays: 28 }],
    ['live, no segment', { mode: 'live', segmentColumn: null }],
    ['snapshot by week, no segment', { period: 'week', segmentColumn: null, rollingDays: 14 }],
  ];
  test.each(kinds)('%s', (_name, over) => {
    const { book, addon } = sampleBook(150);
    addon.run('buildReport', options(over));
    const report = book.sheetByName('NPS · Responses')!;
    expect(report.charts.length).toBeGreaterThanOrEqual(3);
    for (const chart of report.charts) expect([chart.options.width, chart.options.height]).toEqual([600, 371]);
    expect(coveredContent(report)).toEqual([]);
    expect(formulaErrors(report)).toEqual([]);
    // Two per row: the second chart of a row starts 20 px right of the first's 600 px.
    const rects = report.charts.map((c) => chartRect(report, c));
    expect(rects.slice(0, 2).map((r) => [r.x, r.y])).toEqual([[0, 210], [620, 210]]);
  });

  test('a report without dates: NPS by segment and the distribution side by side', () => {
    const values: unknown[][] = [['Score', 'Plan']];
    for (let i = 0; i < 60; i++) values.push([i % 11, i % 2 ? 'Pro' : 'Free']);
    const { book, addon } = bookOf(values);
    const result = addon.run('buildReport', options({ segmentColumn: 1 })) as ReportResult;
    expect(result.charts).toBe(2);
    const report = book.sheetByName('NPS · Survey')!;
    expect(report.charts.map((c) => c.type)).toEqual(['BAR', 'COLUMN']);
    expect(coveredContent(report)).toEqual([]);
    // One row of charts: the tables start right under it (row 11 + 19).
    expect(report.raw(30, 14)).toBe('NPS by Plan');
  });

  test('a second build of another kind moves nothing under the charts', () => {
    const { book, addon } = sampleBook(90);
    addon.run('buildReport', options({ segmentColumn: null }));
    addon.run('buildReport', options({ mode: 'live', rollingDays: 7 }));
    expect(coveredContent(book.sheetByName('NPS · Responses')!)).toEqual([]);
  });
});

describe('what the report says and how it looks', () => {
  /** Jan: 40 × 0; Feb: 40 × 10 (plan Big); Mar: 40 × 0; Apr: 10 × 0 — in 2025, New York noon. */
  function swings(): unknown[][] {
    const values: unknown[][] = [['Date', 'Score', 'Plan']];
    const month = (m: number, n: number, score: number, plan: string) => {
      for (let i = 0; i < n; i++) values.push([new Date(Date.UTC(2025, m, 1 + (i % 20), 17)), score, plan]);
    };
    month(0, 40, 0, 'Small');
    month(1, 40, 10, 'Big');
    month(2, 40, 0, 'Small');
    month(3, 10, 0, 'Small');
    return values;
  }

  test('snapshot: title, headline in words, significance in words, few-responses notes, fills by band, bold headers', () => {
    const { book, addon } = bookOf(swings());
    const result = addon.run('buildReport', options({ segmentColumn: 2 })) as ReportResult;
    expect(result.message).toBe("Report ready in 'NPS · Survey' — 4 charts");
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    const report = ss.getSheetByName('NPS · Survey')!;
    // First answer Jan 1, last Apr 10 (10 answers on days 1…10).
    expect(report.getRange('A1').getValue()).toBe('NPS · Survey — Jan 1, 2025 – Apr 10, 2025 · 130 responses');
    // 40 promoters, 90 detractors: (40 − 90) / 130 = −38.5.
    expect(String(report.getRange('A3').getValue())).toMatch(/^NPS -38\.5 — Needs improvement \(scale −100 to 100\), likely between -\d+ and -\d+ \(95 % confidence\)$/);
    // The latest month (Apr) against the previous (Mar) and the first (Jan): both −100, no change.
    expect(String(report.getRange('A4').getValue())).toMatch(/since Mar 2025/);
    // Period table: label, NPS, change, significance in words, note.
    const periods = report.getRange('B51:L54').getValues().map((r) => [r[0], r[5], r[8], r[9], r[10]]);
    expect(periods).toEqual([
      ['Jan 2025', -100, '', '', ''],
      ['Feb 2025', 100, 200, 'Yes ▲', ''],
      ['Mar 2025', -100, -200, 'Yes ▼', ''],
      ['Apr 2025', -100, 0, 'No', 'few responses'],
    ]);
    // Segments: Big (40 promoters) against the rest, Small against Big.
    const segments = report.getRange('N51:X52').getValues().map((r) => [r[0], r[1], r[5], r[9], r[10]]);
    expect(segments).toEqual([
      ['Small', 90, -100, 'Yes ▼', ''],
      ['Big', 40, 100, 'Yes ▲', ''],
    ]);
    // Looks: bold header rows with a fill, NPS cells filled by band, the headline filled by its band.
    expect(report.getRange('A50:L50').getFontWeights()[0]).toEqual(new Array(12).fill('bold'));
    expect(report.getRange('A50:L50').getBackgrounds()[0]).toEqual(new Array(12).fill(FILL.header));
    expect(report.getRange('A8:K8').getFontWeights()[0]).toEqual(new Array(11).fill('bold'));
    expect(report.getRange('G51:G52').getBackgrounds()).toEqual([[FILL.needsImprovement], [FILL.worldClass]]);
    expect(report.getRange('S51:S52').getBackgrounds()).toEqual([[FILL.needsImprovement], [FILL.worldClass]]);
    expect(report.getRange('H9').getBackground()).toBe(FILL.needsImprovement);
    expect(report.getRange('A3').getBackground()).toBe(FILL.needsImprovement);
    expect([report.getRange('A1').getFontWeight(), report.getRange('A1').getBackground()]).toEqual(['bold', FILL.title]);
    expect(report.getRange('B51').getFontWeight()).toBe('normal');
    expect(report.getRange('B51').getBackground()).toBe('#ffffff');
    // Every column of the report has its width.
    for (const column of [1, 12, 14, 36, 52]) expect(report.getColumnWidth(column)).toBe(140);
    // The distribution: 90 zeros (detractors) and 40 tens (promoters).
    expect(report.getRange('AW51:AZ51').getValues()[0]).toEqual(['0', 90, '', '']);
    expect(report.getRange('AW61:AZ61').getValues()[0]).toEqual(['10', '', '', 40]);
    expect(formulaErrors(book.sheetByName('NPS · Survey')!)).toEqual([]);
  });

  test('live: the formulas keep TRUE/FALSE, with the same answers', () => {
    const { addon } = bookOf(swings());
    addon.run('buildReport', options({ segmentColumn: 2, mode: 'live' }));
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Survey')!;
    expect(report.getRange('K51:K54').getValues().map((r) => r[0])).toEqual(['', true, true, false]);
    expect(report.getRange('W51:W52').getValues().map((r) => r[0])).toEqual([true, true]);
    // The spilled header row is styled as a header.
    expect(report.getRange('A50:K50').getFontWeights()[0]).toEqual(new Array(11).fill('bold'));
  });

  test('the title\'s days are the sheet\'s: 03:00 UTC on Mar 1 is Feb 28 in New York', () => {
    const { addon } = bookOf([['Date', 'Score'], [new Date(Date.UTC(2025, 2, 1, 3)), 9], [new Date(Date.UTC(2025, 2, 10, 12)), 10]]);
    addon.run('buildReport', options({ segmentColumn: null }));
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Survey')!;
    expect(report.getRange('A1').getValue()).toBe('NPS · Survey — Feb 28, 2025 – Mar 10, 2025 · 2 responses');
    // 2 responses: few.
    expect(String(report.getRange('A3').getValue())).toMatch(/^NPS 100\.0 — World class \(scale −100 to 100\), .* — few responses \(2\)$/);
  });
});

describe('what the charts show', () => {
  test('trend lines at 0, 50, 70; a 100 % stack of shares with labels; segments by NPS with a 0 still there; 0–10 coloured by category', () => {
    // Plans: Top (10, 10: NPS 100), Zero (10, 0: NPS 0), Low (0, 0: NPS −100), Mid (10, 10, 0: NPS 33.3), in March 2025.
    const plans: [string, number[]][] = [['Top', [10, 10]], ['Zero', [10, 0]], ['Low', [0, 0]], ['Mid', [10, 10, 0]]];
    const values: unknown[][] = [['Date', 'Score', 'Plan']];
    for (const [plan, scores] of plans) for (const score of scores) values.push([new Date(Date.UTC(2025, 2, 3, 17)), score, plan]);
    const { book, addon } = bookOf(values);
    addon.run('buildReport', options({ segmentColumn: 2 }));
    const report = book.sheetByName('NPS · Survey')!;
    const [trend, mix, segments, distribution] = report.charts;
    expect((trend.options.vAxis as { ticks: number[] }).ticks).toEqual([-100, 0, 50, 70, 100]);
    expect(mix.options.isStacked).toBe('percent');
    expect(Object.values(mix.options.series as Record<string, { dataLabel: string }>).map((s) => s.dataLabel)).toEqual(['value', 'value', 'value']);
    // March: 5 promoters, 0 passives, 4 detractors of 9.
    const sheet = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Survey')!;
    const shares = sheet.getRange('AP51:AR51').getValues()[0];
    expect(shares.map((v) => Number((v as number).toFixed(6)))).toEqual([Number((5 / 9).toFixed(6)), 0, Number((4 / 9).toFixed(6))]);
    expect(sheet.getRange('AP51').getDisplayValue()).toBe('56%');
    // Highest NPS first; the 0 keeps its bar (and its label).
    expect(sheet.getRange('AT51:AU54').getValues()).toEqual([['Top', 100], ['Mid', (2 - 1) / 3 * 100], ['Zero', 0], ['Low', -100]]);
    expect((segments.options.series as Record<string, { dataLabel: string }>)[0].dataLabel).toBe('value');
    expect(distribution.type).toBe('COLUMN');
    expect(distribution.options.colors).toEqual(['#ea4335', '#9aa0a6', '#34a853']);
    expect(distribution.options.isStacked).toBe(true);
  });
});

describe('live reports with more than 400 periods', () => {
  function daily(days: number, start: number): unknown[][] {
    const values: unknown[][] = [['Date', 'Score']];
    for (let i = 0; i < days; i++) values.push([new Date(start + i * DAY), i % 11]);
    return values;
  }

  /** The live period table's labels (column B from the header row down), read as spilled. */
  function liveLabels(sheet: LocalSheet): unknown[] {
    const labels: unknown[] = [];
    for (let r = 51; r <= sheet.maxRows && sheet.value(r, 2) !== ''; r++) labels.push(sheet.value(r, 2));
    return labels;
  }

  test('days over 14 months: the table spills in full, no formula errs, the charts read every day', () => {
    // 2024-01-01 … 2025-02-28: 366 + 59 = 425 days.
    const { book, addon } = bookOf(daily(425, Date.UTC(2024, 0, 1, 17)));
    const result = addon.run('buildReport', options({ period: 'day', segmentColumn: null, mode: 'live' })) as ReportResult;
    expect(result.message).toMatch(/^Report ready in 'NPS · Survey'/);
    const report = book.sheetByName('NPS · Survey')!;
    expect(formulaErrors(report)).toEqual([]);
    const labels = liveLabels(report);
    expect(labels).toHaveLength(425);
    expect([labels[0], labels[424]]).toEqual(['2024-01-01', '2025-02-28']);
    for (const chart of report.charts.slice(0, 2)) expect(chart.ranges[0].numRows - 1).toBeGreaterThanOrEqual(425);
    // The trend's data follows the table down to its last day.
    expect(report.value(50 + 425, 36)).toBe('2025-02-28');
    expect(coveredContent(report)).toEqual([]);
  });

  test('weeks over 8 years: the same', () => {
    // Mondays from 2017-01-02 (ISO week 1 of 2017), 420 of them.
    const values: unknown[][] = [['Date', 'Score']];
    for (let i = 0; i < 420; i++) values.push([new Date(Date.UTC(2017, 0, 2, 17) + i * 7 * DAY), i % 11]);
    const { book, addon } = bookOf(values);
    const result = addon.run('buildReport', options({ period: 'week', segmentColumn: null, mode: 'live', rollingDays: 28 })) as ReportResult;
    expect(result.message).toMatch(/^Report ready in 'NPS · Survey'/);
    const report = book.sheetByName('NPS · Survey')!;
    expect(formulaErrors(report)).toEqual([]);
    const labels = liveLabels(report);
    expect(labels).toHaveLength(420);
    expect(labels[0]).toBe('2017-W01');
    expect(coveredContent(report)).toEqual([]);
  });
});

describe("the user's own look on the report", () => {
  test('a refresh keeps the column widths the user chose, and a bold, filled note beside the report', () => {
    const { book, addon } = sampleBook(70);
    addon.run('buildReport', options());
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Responses')!;
    expect([report.getColumnWidth(1), report.getColumnWidth(2)]).toEqual([140, 140]);
    report.setColumnWidth(2, 260).setColumnWidth(14, 75);
    // A note right of the report (its last column is AZ, the grid's last too: the user adds columns), bold on a yellow fill.
    report.insertColumnsAfter(52, 3);
    const note = report.getRange('BB5').setValue('for the board').setFontWeight('bold').setBackground('#fff2cc');
    addon.run('refreshReports');
    addon.run('buildReport', options({ period: 'quarter', rollingDays: 28 }));
    expect([report.getColumnWidth(1), report.getColumnWidth(2), report.getColumnWidth(14)]).toEqual([140, 260, 75]);
    expect([note.getValue(), note.getFontWeight(), note.getBackground()]).toEqual(['for the board', 'bold', '#fff2cc']);
    expect(book.sheetByName('NPS · Responses')!.raw(49, 1)).toBe('NPS by quarter');
  });
});
