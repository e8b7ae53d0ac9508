/**
 * Issue 9 ("Trust"): summary rows under the table (`Max`, `Min`, `Median`…)
 * are left out of a snapshot report; live formulas over open ranges would
 * count them (60 responses → 63, and a "(blank)" segment). With anything
 * under the table, the live formulas' ranges end at the table's last row and
 * the build says so; live and snapshot then show the same figures (the
 * emulator calculates the formulas with the add-on's own functions).
 */
import type { ReportResult } from '../../src/shared/contract';
import {
  DISTRIBUTION_DATA, PERIOD_FORMULA_WIDTH, ROLLING_TABLE, SEGMENT_FORMULA_WIDTH, SUMMARY_ROW, SUMMARY_WIDTH, TREND_DATA,
} from '../../src/sheets/reportLayout';
import { PERIOD, ROLLING, SEGMENT, a1, titleRow } from './reportPlaces';
import { options, sampleBook } from './sampleBook';

/** Headers of the tables (four charts above them). */
const HEADERS = titleRow(4) + 1;
/** A1 of a block of the report: `rows` rows from `row`, `width` columns from `column`. */
const block = (row: number, column: number, rows: number, width: number) => `${a1(row, column)}:${a1(row + rows - 1, column + width - 1)}`;
/**
 * What the reader sees, formulas' results included: the summary, the period, segment and rolling tables
 * (their formulas' columns: the Note column is the snapshot's own), the trend's and the 0–10 distribution's
 * chart data. (The mix chart's data are shares in a snapshot and the table's counts live, and the segment
 * chart's are sorted by NPS in a snapshot only: both by design, so they are not compared.)
 */
const READ = [
  block(SUMMARY_ROW, 1, 2, SUMMARY_WIDTH),
  block(HEADERS, PERIOD, 7, PERIOD_FORMULA_WIDTH),
  block(HEADERS, SEGMENT, 8, SEGMENT_FORMULA_WIDTH),
  block(HEADERS, ROLLING, 8, ROLLING_TABLE.width),
  block(HEADERS, TREND_DATA.column, 7, TREND_DATA.offsets.length),
  block(HEADERS, DISTRIBUTION_DATA.column, 12, DISTRIBUTION_DATA.width),
];

/** A snapshot says a significance in words (`No`, `Yes ▲`, `Yes ▼`), the live formulas as FALSE/TRUE: compared as the same flag. */
function flag(cell: unknown): unknown {
  if (cell === 'No') return false;
  if (typeof cell === 'string' && /^Yes [▲▼]$/.test(cell)) return true;
  return cell;
}
const SUMMARY = a1(SUMMARY_ROW, 1);

function withFooter(rows: number) {
  const s = sampleBook(rows);
  // A blank row, then the summary rows a person typed under the responses.
  s.book.sheetByName('Responses')!.loadValues([['Max', 10], ['Min', 0], ['Median', 5]], rows + 3, 1);
  return s;
}

describe('live formulas and the rows under the table', () => {
  test('60 responses with Max/Min/Median under them: live and snapshot reports show the same figures', () => {
    const { book, addon } = withFooter(60);
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    const snapshot = addon.run('buildReport', options({ rollingDays: 28 })) as ReportResult;
    expect(snapshot.message).not.toContain('Note:');
    const report = ss.getSheetByName('NPS · Responses')!;
    const read = () => READ.map((range) => report.getRange(range).getValues().map((row) => row.map(flag)));
    const figures = read();
    // 60 scores cycling 0–10: 5 full cycles (2 promoters, 2 passives, 7 detractors each) and 0–4.
    expect(figures[0][1].slice(0, 4)).toEqual([60, 10, 10, 40]);
    const live = addon.run('buildReport', options({ rollingDays: 28, mode: 'live' })) as ReportResult;
    expect(live.message).toBe(
      "Report refreshed in 'NPS · Responses' — 4 charts. Note: the table ends at row 61 because of the rows under it; answers added below them are not counted.",
    );
    expect(report.getRange(SUMMARY).getFormula()).toBe("=NPS_SUMMARY('Responses'!B2:B61, 0.95)");
    expect(report.getRange(a1(HEADERS, SEGMENT)).getFormula()).toBe("=NPS_BY_SEGMENT('Responses'!D2:D61, 'Responses'!B2:B61, 1, 0.95)");
    for (const cell of [SUMMARY, a1(HEADERS, PERIOD), a1(HEADERS, SEGMENT), a1(HEADERS, ROLLING)]) {
      expect([cell, book.sheetByName('NPS · Responses')!.getFormulaError(cell)]).toEqual([cell, null]);
    }
    expect(read()).toEqual(figures);
    expect(report.getRange(block(HEADERS + 1, SEGMENT, 15, 1)).getValues().flat()).not.toContain('(blank)');
  });

  test('nothing under the table: open ranges, no note', () => {
    const { addon } = sampleBook(40);
    const live = addon.run('buildReport', options({ mode: 'live' })) as ReportResult;
    expect(live.message).toBe("Report ready in 'NPS · Responses' — 4 charts");
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Responses')!;
    expect(report.getRange(SUMMARY).getFormula()).toBe("=NPS_SUMMARY('Responses'!B2:B, 0.95)");
  });

  test('the footer is deleted later: the next live refresh opens the ranges again', () => {
    const { book, addon } = withFooter(30);
    addon.run('buildReport', options({ mode: 'live' }));
    const report = book.sheetByName('NPS · Responses')!;
    expect(report.formulaAt(SUMMARY_ROW, 1)).toBe("=NPS_SUMMARY('Responses'!B2:B31, 0.95)");
    addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Responses')!.deleteRows(32, 4);
    addon.run('refreshReports');
    expect(report.formulaAt(SUMMARY_ROW, 1)).toBe("=NPS_SUMMARY('Responses'!B2:B, 0.95)");
  });
});
