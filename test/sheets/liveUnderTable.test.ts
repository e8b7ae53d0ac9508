/**
 * Issue 9 ("Trust"): summary rows under the table (`Max`, `Min`, `Median`…)
 * are left out of a snapshot report; live formulas over open ranges would
 * count them (60 responses → 63, and a "(blank)" segment). With anything
 * under the table, the live formulas' ranges end at the table's last row and
 * the build says so; live and snapshot then show the same figures (the
 * emulator calculates the formulas with the add-on's own functions).
 */
import type { ReportResult } from '../../src/shared/contract';
import { options, sampleBook } from './sampleBook';

const READ = ['A4:K5', 'A25:K31', 'M25:T32', 'A427:L435'];

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
    const read = () => READ.map((a1) => report.getRange(a1).getValues());
    const figures = read();
    // 60 scores cycling 0–10: 5 full cycles (2 promoters, 2 passives, 7 detractors each) and 0–4.
    expect(figures[0][1].slice(0, 4)).toEqual([60, 10, 10, 40]);
    const live = addon.run('buildReport', options({ rollingDays: 28, mode: 'live' })) as ReportResult;
    expect(live.message).toBe(
      "Report refreshed in 'NPS · Responses' — 3 charts. Note: the table ends at row 61 because of the rows under it; answers added below them are not counted.",
    );
    expect(report.getRange('A4').getFormula()).toBe("=NPS_SUMMARY('Responses'!B2:B61, 0.95)");
    expect(report.getRange('M25').getFormula()).toBe("=NPS_BY_SEGMENT('Responses'!D2:D61, 'Responses'!B2:B61, 1, 0.95)");
    for (const a1 of ['A4', 'A25', 'M25', 'V25']) expect(book.sheetByName('NPS · Responses')!.getFormulaError(a1)).toBeNull();
    expect(read()).toEqual(figures);
    expect(report.getRange('M26:M40').getValues().flat()).not.toContain('(blank)');
  });

  test('nothing under the table: open ranges, no note', () => {
    const { addon } = sampleBook(40);
    const live = addon.run('buildReport', options({ mode: 'live' })) as ReportResult;
    expect(live.message).toBe("Report ready in 'NPS · Responses' — 3 charts");
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Responses')!;
    expect(report.getRange('A4').getFormula()).toBe("=NPS_SUMMARY('Responses'!B2:B, 0.95)");
  });

  test('the footer is deleted later: the next live refresh opens the ranges again', () => {
    const { book, addon } = withFooter(30);
    addon.run('buildReport', options({ mode: 'live' }));
    const report = book.sheetByName('NPS · Responses')!;
    expect(report.formulaAt(4, 1)).toBe("=NPS_SUMMARY('Responses'!B2:B31, 0.95)");
    addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Responses')!.deleteRows(32, 4);
    addon.run('refreshReports');
    expect(report.formulaAt(4, 1)).toBe("=NPS_SUMMARY('Responses'!B2:B, 0.95)");
  });
});
