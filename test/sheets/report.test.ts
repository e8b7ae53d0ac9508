import type { ReportResult } from '../../src/shared/contract';
import { snapshotSheet } from '../../src/local/sheets';
import { RangeFacade } from '../../src/local/sheets/range';
import { options, PAYLOADS, sampleBook } from './sampleBook';

// Layout of the report (src/sheets/reportLayout.ts): summary header on row 4,
// tables' titles on row 24, headers on row 25; period table A–K, segment table M–T.
// Chart data under the tables' 400 rows of room: title on row 427, headers on 428.
const SUMMARY = 'A4:K5';
const PERIODS = 'A25:K31'; // header + Jan … Jun 2025
const SEGMENTS = 'M25:V32'; // header + 7 plans
const CHART_DATA = 'A427:L435'; // title, headers, Jan … Jun / 7 plans

function reportOf(book: ReturnType<typeof sampleBook>['book'], name = 'NPS · Responses') {
  const sheet = book.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('buildReport (snapshot) on the local spreadsheet', () => {
  test('builds "NPS · Responses" with summary, tables and three charts; the source is untouched', () => {
    const { book, addon } = sampleBook(200);
    const source = book.sheetByName('Responses')!;
    const before = snapshotSheet(source);
    const result = addon.run('buildReport', options()) as Record<string, unknown>;
    expect(result).toMatchObject({ reportSheetName: 'NPS · Responses', charts: 3, created: true, periods: 6, segments: 7 });
    expect(result.message).toBe("Report ready in 'NPS · Responses' — 3 charts");
    expect(snapshotSheet(source)).toEqual(before);

    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    const report = ss.getSheetByName('NPS · Responses')!;
    const summary = report.getRange(SUMMARY).getValues();
    expect(summary[0]).toEqual(['Responses', 'Promoters', 'Passives', 'Detractors', '% Promoters', '% Passives', '% Detractors', 'NPS', 'CI low', 'CI high', 'Ignored']);
    // 200 scores cycling 0..10: 0–6 ×(7 per cycle), 18 full cycles + 2 (0, 1) → promoters 36, passives 36, detractors 128.
    expect(summary[1].slice(0, 4)).toEqual([200, 36, 36, 128]);
    expect(summary[1][7]).toBeCloseTo(((36 - 128) / 200) * 100, 10);
    const periods = report.getRange(PERIODS).getValues();
    expect(periods.slice(1).map((r) => r[1])).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025']);
    expect(periods.slice(1).reduce((n, r) => n + (r[2] as number), 0)).toBe(200);
    expect(report.getRange('A26').getNumberFormat()).toBe('yyyy-mm-dd');

    const charts = reportOf(book).charts;
    expect(charts.map((c) => c.type)).toEqual(['LINE', 'COLUMN', 'BAR']);
    expect(charts[1].options.isStacked).toBe('percent');
    expect(charts[1].options.colors).toEqual(['#34a853', '#9aa0a6', '#ea4335']);
    expect((charts[0].options.series as Record<string, { color: string }>)[0].color).toBe('#1a73e8');
    // One contiguous range per chart, header included, 400 rows of room: its chart-data block.
    expect(charts.map((c) => c.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns]))).toEqual([
      [[428, 1, 401, 4]], // Period | NPS | CI low | CI high
      [[428, 6, 401, 4]], // Period | Promoters | Passives | Detractors
      [[428, 11, 401, 2]], // Segment | NPS
    ]);
    const data = report.getRange('A428:L434').getValues();
    expect(data[0]).toEqual(['Period', 'NPS', 'CI low', 'CI high', '', 'Period', 'Promoters', 'Passives', 'Detractors', '', 'Segment', 'NPS']);
    // The blocks copy the tables' columns.
    expect(data.slice(1).map((r) => r.slice(0, 4))).toEqual(periods.slice(1).map((r) => [r[1], r[6], r[7], r[8]]));
    expect(data.slice(1).map((r) => r.slice(5, 9))).toEqual(periods.slice(1).map((r) => [r[1], r[3], r[4], r[5]]));
    const segmentTable = report.getRange(SEGMENTS).getValues().slice(1);
    expect(report.getRange('K429:L435').getValues()).toEqual(segmentTable.map((r) => [r[0], r[5]]));
    // The report is found again by developer metadata holding the source's id.
    expect(book.metadata.filter((m) => m.key === 'nps-report').map((m) => [m.value, m.sheet?.name])).toEqual([['0', 'NPS · Responses']]);
  });

  test('segment names and headers from the data are written as text, never as formulas', () => {
    const { book, addon } = sampleBook(70, { planHeader: '=cmd()' });
    addon.run('buildReport', options());
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Responses')!;
    const all = report.getDataRange();
    expect(all.getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    const segments = report.getRange('M26:M32').getValues().map((r) => r[0]);
    expect(segments.sort()).toEqual([...PAYLOADS, 'Free', 'Pro', 'Team'].sort());
    expect(report.getRange('M24').getValue()).toBe('NPS by =cmd()');
    expect(reportOf(book).charts[2].options.title).toBe('NPS by =cmd()');
  });

  test('refreshing several times keeps one report sheet and the same three charts', () => {
    const { book, addon } = sampleBook(120);
    addon.run('buildReport', options());
    const ids = reportOf(book).charts.map((c) => c.id);
    const sheetsBefore = book.sheets.length;
    for (let i = 0; i < 3; i++) {
      const r = addon.run('buildReport', options({ rollingDays: i === 1 ? 28 : null })) as { created: boolean; charts: number };
      expect(r).toMatchObject({ created: false, charts: 3 });
    }
    expect(book.sheets.length).toBe(sheetsBefore);
    expect(reportOf(book).charts.map((c) => c.id)).toEqual(ids);
    // Without a segment column the segment chart is removed.
    addon.run('buildReport', options({ segmentColumn: null }));
    expect(reportOf(book).charts.map((c) => c.id)).toEqual(ids.slice(0, 2));
  });

  test('a sheet of the user\'s already named "NPS · Responses" is never overwritten', () => {
    const { book, addon } = sampleBook(50);
    const mine = book.addSheet('NPS · Responses', [['my notes'], ['=do not touch']]);
    const before = snapshotSheet(mine);
    const first = addon.run('buildReport', options()) as { reportSheetName: string };
    expect(first.reportSheetName).toBe('NPS · Responses (2)');
    book.activeSheet = book.sheetByName('Responses')!;
    const second = addon.run('buildReport', options()) as { reportSheetName: string; created: boolean };
    expect(second).toMatchObject({ reportSheetName: 'NPS · Responses (2)', created: false });
    expect(snapshotSheet(mine)).toEqual(before);
  });

  test('the report is found by metadata after being renamed, and building from it refreshes it', () => {
    const { book, addon } = sampleBook(50);
    addon.run('buildReport', options());
    const report = reportOf(book);
    book.renameSheet(report, 'Board deck');
    book.activeSheet = report; // the user runs the sidebar on the report itself
    const r = addon.run('buildReport', options()) as { reportSheetName: string; created: boolean };
    expect(r).toMatchObject({ reportSheetName: 'Board deck', created: false });
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses', 'Board deck']);
  });

  test('live mode writes NPS_* formulas over open ranges whose values equal the snapshot', () => {
    const { book, addon } = sampleBook(150, { name: "Bob's answers" });
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    addon.run('buildReport', options({ rollingDays: 28 }));
    const report = ss.getSheetByName("NPS · Bob's answers")!;
    const read = () => [SUMMARY, PERIODS, SEGMENTS, 'X25:AF31', CHART_DATA].map((a1) => report.getRange(a1).getValues());
    const snapshot = read();
    addon.run('buildReport', options({ rollingDays: 28, mode: 'live' }));
    expect(report.getRange('A25').getFormula()).toBe(`=NPS_BY_PERIOD('Bob''s answers'!A2:A, 'Bob''s answers'!B2:B, "month", 0.95)`);
    expect(report.getRange('M25').getFormula()).toBe(`=NPS_BY_SEGMENT('Bob''s answers'!D2:D, 'Bob''s answers'!B2:B, 1, 0.95)`);
    expect(report.getRange('X25').getFormula()).toBe(`=NPS_ROLLING('Bob''s answers'!A2:A, 'Bob''s answers'!B2:B, 28, "month", 0.95)`);
    expect(report.getRange('A4').getFormula()).toBe(`=NPS_SUMMARY('Bob''s answers'!B2:B, 0.95)`);
    // The chart data follows the live tables through array literals.
    expect(report.getRange('A428:L428').getFormulas()[0].filter((f) => f !== '')).toEqual(['={B25:B425, G25:I425}', '={B25:B425, D25:F425}', '={M25:M425, R25:R425}']);
    for (const a1 of ['A25', 'M25', 'X25', 'A4', 'A428', 'F428', 'K428']) expect(book.sheetByName("NPS · Bob's answers")!.getFormulaError(a1)).toBeNull();
    expect(read()).toEqual(snapshot);
    expect(reportOf(book, "NPS · Bob's answers").charts).toHaveLength(3);
  });

  test('live mode over a "(UTC)" date column in a sheet that is not in UTC says that the formulas read the sheet\'s zone', () => {
    const { book, addon } = sampleBook(30);
    book.sheetByName('Responses')!.loadValues([['Submit Date (UTC)']], 1, 1);
    const note = 'Note: live formulas read “Submit Date (UTC)” as America/New_York times, not UTC; a snapshot report converts them.';
    expect((addon.run('buildReport', options()) as ReportResult).message).not.toContain('Note:');
    const live = addon.run('buildReport', options({ mode: 'live' })) as ReportResult;
    expect(live.message).toBe(`Report refreshed in 'NPS · Responses' — 3 charts. ${note}`);
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(String(ss.getSheetByName('NPS · Responses')!.getRange('A2').getValue())).toContain('live formulas read “Submit Date (UTC)” as America/New_York times');
  });

  test('a snapshot table longer than the room the tables keep pushes the chart data down, and the sheet grows', () => {
    const { book, addon } = sampleBook(10);
    const days = 700;
    const values: unknown[][] = [['Date', 'Score']];
    for (let i = 0; i < days; i++) values.push([new Date(Date.UTC(2023, 0, 1, 12) + i * 86400000), i % 11]);
    book.activeSheet = book.addSheet('Daily', values);
    const result = addon.run('buildReport', options({ period: 'day', segmentColumn: null })) as { periods: number; charts: number; message: string };
    expect(result.message).toBe("Report ready in 'NPS · Daily' — 2 charts (pick a segment column for NPS by segment)");
    expect(result).toMatchObject({ periods: days, charts: 2 });
    const report = book.sheetByName('NPS · Daily')!;
    // Table rows 26…725, one blank row, title on 727, headers on 728, 700 rows of data: more than 1000 rows.
    expect(report.charts.map((c) => c.ranges.map((r) => [r.row, r.numRows]))).toEqual([[[728, 701]], [[728, 701]]]);
    expect(report.maxRows).toBe(728 + 700);
    expect(report.raw(1428, 2)).toBe(report.raw(725, 7)); // the last day's NPS
  });

  test('another build holding the document lock: a clear message, nothing written', () => {
    const { book, addon } = sampleBook(30);
    book.documentLock.holdByAnotherProcess();
    expect(() => addon.run('buildReport', options())).toThrow('Another NPS report is being built in this spreadsheet right now. Wait a few seconds and try again.');
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses']);
  });

  test('a failure while computing or writing leaves no half report', () => {
    const { book, addon } = sampleBook(30);
    const source = book.sheetByName('Responses')!;
    // Dates 400 years apart by day: too many periods — found before anything is written.
    source.loadValues([[new Date(Date.UTC(1900, 0, 2, 12))]], 2, 1);
    source.loadValues([[new Date(Date.UTC(2300, 0, 1, 12))]], 3, 1);
    const before = snapshotSheet(source);
    expect(() => addon.run('buildReport', options({ period: 'day' }))).toThrow(/The trend cannot be built: the dates run from 1900-01-02 to 2300-01-01/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses']);
    // A service failure while writing a new report: the new sheet is removed again.
    const spy = jest.spyOn(RangeFacade.prototype, 'setNumberFormats').mockImplementation(() => {
      throw new Error('Service Spreadsheets failed while accessing document');
    });
    try {
      expect(() => addon.run('buildReport', options())).toThrow(/The report could not be written to "NPS · Responses": Service Spreadsheets failed/);
    } finally {
      spy.mockRestore();
    }
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses']);
    expect(book.metadata).toEqual([]);
    expect(snapshotSheet(source)).toEqual(before);
  });

  test('Refresh reports rebuilds every report with its own options', () => {
    const { book, addon } = sampleBook(60);
    book.addSheet('Other', [['Date', 'Score'], [new Date(Date.UTC(2025, 2, 3)), 9], [new Date(Date.UTC(2025, 5, 3)), 3]]);
    addon.run('buildReport', options({ period: 'quarter' }));
    book.activeSheet = book.sheetByName('Other')!;
    addon.run('buildReport', options({ segmentColumn: null, mode: 'live' }));
    const result = addon.run('refreshReports') as { refreshed: string[]; message: string };
    expect(result.refreshed.sort()).toEqual(['NPS · Other', 'NPS · Responses']);
    expect(result.message).toMatch(/^Refreshed 2 reports: /);
    expect(book.sheetByName('NPS · Responses')!.raw(24, 1)).toBe('NPS by quarter');
    expect(book.sheetByName('NPS · Other')!.formulaAt(25, 1)).toMatch(/^=NPS_BY_PERIOD\('Other'!A2:A, 'Other'!B2:B, "month"/);
    addon.call('refreshReportsFromMenu');
    expect(addon.ui.alerts.at(-1)).toMatchObject({ title: 'NPS reports' });
  });
});

describe('Spreadsheet service calls of a build', () => {
  /** Calls of the first build and of refreshes (from the report, from the source, from the menu), for `rows` responses. */
  function callsFor(rows: number) {
    const { book, addon } = sampleBook(rows);
    const count = (run: () => unknown) => {
      addon.serviceCalls.reset();
      const t0 = performance.now();
      run();
      const c = addon.serviceCalls;
      return { calls: c.count, builder: c.builderCalls, byMethod: c.byMethod(), others: c.otherByMethod(), ms: performance.now() - t0 };
    };
    const build = () => addon.run('buildReport', options({ rollingDays: 28 }));
    const created = count(build);
    const fromReport = count(build); // the new report sheet is the active sheet
    book.activeSheet = book.sheetByName('Responses')!;
    const fromSource = count(build);
    const fromMenu = count(() => addon.run('refreshReports'));
    return { created, fromReport, fromSource, fromMenu };
  }

  test('do not grow with the rows: 1,000 and 100,000 rows cost the same, ≤ 25 document calls, first build and refresh', () => {
    const small = callsFor(1000);
    const large = callsFor(100000);
    console.log(
      `document calls at 100,000 rows: first build ${large.created.calls} (+${large.created.builder} builder calls, ${large.created.ms.toFixed(0)} ms), ` +
        `refresh from the report ${large.fromReport.calls}, from the source ${large.fromSource.calls}, from the menu ${large.fromMenu.calls}`,
      large.created.byMethod,
      large.fromSource.byMethod,
    );
    for (const key of ['created', 'fromReport', 'fromSource', 'fromMenu'] as const) {
      expect([key, large[key].calls]).toEqual([key, small[key].calls]);
      expect([key, large[key].builder]).toEqual([key, small[key].builder]);
      // Locks and properties too: the other services' calls do not grow with the rows either.
      expect([key, large[key].others]).toEqual([key, small[key].others]);
      expect(large[key].calls).toBeLessThanOrEqual(25);
      expect(large[key].byMethod['Range.getValues']).toBe(1);
      expect(large[key].byMethod['Range.setValues']).toBe(1);
      expect(large[key].byMethod['Range.setNumberFormats']).toBe(1);
    }
    // The first build creates the three charts (one range each); a refresh with unchanged charts builds none.
    expect(large.created.byMethod['Sheet.insertChart']).toBe(3);
    expect(large.created.builder).toBeGreaterThan(0);
    expect(large.fromSource.builder).toBe(0);
    // A new sheet is not measured: it is Sheets' 1000 × 26.
    expect(large.created.byMethod['Sheet.getMaxRows']).toBeUndefined();
    expect(large.created.byMethod['Sheet.getMaxColumns']).toBeUndefined();
    expect(large.created.byMethod['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
    // The build holds the document lock, and remembers the report's options in the document properties.
    expect(large.created.others).toMatchObject({ 'LockService.getDocumentLock': 1, 'Lock.releaseLock': 1 });
    expect(large.created.others['Properties.setProperty']).toBe(1);
  });
});
