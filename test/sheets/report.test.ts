import type { ReportResult } from '../../src/shared/contract';
import { snapshotSheet } from '../../src/local/sheets';
import { RangeFacade } from '../../src/local/sheets/range';
import { options, PAYLOADS, sampleBook } from './sampleBook';

// Layout of the report (src/sheets/reportLayout.ts): summary header on row 8,
// two rows of charts (rows 11–47), tables' titles on row 49, headers on row 50;
// period table A–L (with its Note), segment table N–X, rolling table Z–AH.
// Chart data to the right of the tables: title AJ49, headers on row 50.
const SUMMARY = 'A8:K9';
const PERIODS = 'A50:L56'; // header + Jan … Jun 2025
const SEGMENTS = 'N50:X57'; // header + 7 plans
const CHART_DATA = 'AJ49:AZ61'; // title, headers, Jan … Jun / 7 plans / scores 0…10

function reportOf(book: ReturnType<typeof sampleBook>['book'], name = 'NPS · Responses') {
  const sheet = book.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('buildReport (snapshot) on the local spreadsheet', () => {
  test('builds "NPS · Responses" with title, summary, tables and four charts; the source is untouched', () => {
    const { book, addon } = sampleBook(200);
    const source = book.sheetByName('Responses')!;
    const before = snapshotSheet(source);
    const result = addon.run('buildReport', options()) as Record<string, unknown>;
    expect(result).toMatchObject({ reportSheetName: 'NPS · Responses', charts: 4, created: true, periods: 6, segments: 7 });
    expect(result.message).toBe("Report ready in 'NPS · Responses' — 4 charts");
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
    expect(report.getRange('A51').getNumberFormat()).toBe('yyyy-mm-dd');
    // Dates: 2025-01-01 noon UTC plus 0…180 days (Jun 30), the same days in New York.
    expect(report.getRange('A1').getValue()).toBe('NPS · Responses — Jan 1, 2025 – Jun 30, 2025 · 200 responses');
    // NPS (36 − 128) / 200 = −46: Needs improvement.
    expect(report.getRange('A3').getValue()).toMatch(/^NPS -46\.0 — Needs improvement \(scale −100 to 100\), likely between -\d+ and -\d+ \(95 % confidence\)$/);

    const charts = reportOf(book).charts;
    expect(charts.map((c) => c.type)).toEqual(['LINE', 'COLUMN', 'BAR', 'COLUMN']);
    expect(charts[1].options.isStacked).toBe('percent');
    expect(charts[1].options.colors).toEqual(['#34a853', '#9aa0a6', '#ea4335']);
    expect((charts[0].options.series as Record<string, { color: string }>)[0].color).toBe('#1a73e8');
    // One contiguous range per chart, header included, 400 rows of room: its chart-data block (0–10: 11 rows).
    expect(charts.map((c) => c.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns]))).toEqual([
      [[50, 36, 401, 4]], // AJ: Period | NPS | CI low | CI high
      [[50, 41, 401, 4]], // AO: Period | Promoters | Passives | Detractors (shares)
      [[50, 46, 401, 2]], // AT: Segment | NPS, highest first
      [[50, 49, 12, 4]], // AW: Score | Detractors | Passives | Promoters
    ]);
    const data = report.getRange('AJ50:AZ61').getValues();
    expect(data[0]).toEqual(['Period', 'NPS', 'CI low', 'CI high', '', 'Period', 'Promoters', 'Passives', 'Detractors', '', 'Segment', 'NPS', '', 'Score', 'Detractors', 'Passives', 'Promoters']);
    // The blocks copy the tables' columns; the mix holds each period's shares.
    expect(data.slice(1, 7).map((r) => r.slice(0, 4))).toEqual(periods.slice(1).map((r) => [r[1], r[6], r[7], r[8]]));
    expect(data.slice(1, 7).map((r) => r.slice(5, 9))).toEqual(periods.slice(1).map((r) => [r[1], r[3] / r[2], r[4] / r[2], r[5] / r[2]]));
    const segmentTable = report.getRange(SEGMENTS).getValues().slice(1);
    const byNps = segmentTable.map((r) => [r[0], r[5]]).sort((x, y) => (y[1] as number) - (x[1] as number) || (String(x[0]) < String(y[0]) ? -1 : 1));
    expect(data.slice(1, 8).map((r) => r.slice(10, 12))).toEqual(byNps);
    // Scores cycle 0…10 over 200 rows: 18 full cycles, then 0 and 1 once more.
    expect(data.slice(1, 12).map((r) => r.slice(13, 17))).toEqual([
      ['0', 19, '', ''], ['1', 19, '', ''], ['2', 18, '', ''], ['3', 18, '', ''], ['4', 18, '', ''], ['5', 18, '', ''], ['6', 18, '', ''],
      ['7', '', 18, ''], ['8', '', 18, ''], ['9', '', '', 18], ['10', '', '', 18],
    ]);
    expect(report.getRange('AJ49').getValue()).toMatch(/^Chart data/);
    // The report is found again by developer metadata holding the source's id.
    expect(book.metadata.filter((m) => m.key === 'nps-report').map((m) => [m.value, m.sheet?.name])).toEqual([['0', 'NPS · Responses']]);
  });

  test('segment names and headers from the data are written as text, never as formulas', () => {
    const { book, addon } = sampleBook(70, { planHeader: '=cmd()' });
    addon.run('buildReport', options());
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Responses')!;
    const all = report.getDataRange();
    expect(all.getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    const segments = report.getRange('N51:N57').getValues().map((r) => r[0]);
    expect(segments.sort()).toEqual([...PAYLOADS, 'Free', 'Pro', 'Team'].sort());
    expect(report.getRange('N49').getValue()).toBe('NPS by =cmd()');
    expect(reportOf(book).charts[2].options.title).toBe('NPS by =cmd(), highest first');
  });

  test('refreshing several times keeps one report sheet and the same four charts', () => {
    const { book, addon } = sampleBook(120);
    addon.run('buildReport', options());
    const ids = reportOf(book).charts.map((c) => c.id);
    const sheetsBefore = book.sheets.length;
    for (let i = 0; i < 3; i++) {
      const r = addon.run('buildReport', options({ rollingDays: i === 1 ? 28 : null })) as { created: boolean; charts: number };
      expect(r).toMatchObject({ created: false, charts: 4 });
    }
    expect(book.sheets.length).toBe(sheetsBefore);
    expect(reportOf(book).charts.map((c) => c.id)).toEqual(ids);
    // Without a segment column the segment chart goes (the distribution takes its place).
    addon.run('buildReport', options({ segmentColumn: null }));
    expect(reportOf(book).charts.map((c) => c.id)).toEqual(ids.slice(0, 3));
    expect(reportOf(book).charts.map((c) => c.type)).toEqual(['LINE', 'COLUMN', 'COLUMN']);
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
    // The formulas' columns (the snapshot's Note, mix shares, segment order and flags in words are the report's own).
    const read = () => [SUMMARY, 'A50:J56', 'N50:V57', 'Z50:AH56', 'AJ50:AM56'].map((a1) => report.getRange(a1).getValues());
    const snapshot = read();
    const flags = (a1: string) => report.getRange(a1).getValues().map((r) => r[0]);
    const periodWords = flags('K51:K56');
    const segmentWords = flags('W51:W57');
    addon.run('buildReport', options({ rollingDays: 28, mode: 'live' }));
    expect(report.getRange('A50').getFormula()).toBe(`=NPS_BY_PERIOD('Bob''s answers'!A2:A, 'Bob''s answers'!B2:B, "month", 0.95)`);
    expect(report.getRange('N50').getFormula()).toBe(`=NPS_BY_SEGMENT('Bob''s answers'!D2:D, 'Bob''s answers'!B2:B, 1, 0.95)`);
    expect(report.getRange('Z50').getFormula()).toBe(`=NPS_ROLLING('Bob''s answers'!A2:A, 'Bob''s answers'!B2:B, 28, "month", 0.95)`);
    expect(report.getRange('A8').getFormula()).toBe(`=NPS_SUMMARY('Bob''s answers'!B2:B, 0.95)`);
    // The chart data follows the live tables through array literals.
    expect(report.getRange('AJ50:AZ50').getFormulas()[0].filter((f) => f !== '')).toEqual(['={B50:B450, G50:I450}', '={B50:B450, D50:F450}', '={N50:N450, S50:S450}']);
    for (const a1 of ['A50', 'N50', 'Z50', 'A8', 'AJ50', 'AO50', 'AT50']) expect(book.sheetByName("NPS · Bob's answers")!.getFormulaError(a1)).toBeNull();
    expect(read()).toEqual(snapshot);
    // Live flags stay TRUE/FALSE; the snapshot said them in words, the same answers.
    const words = (flag: unknown, change: unknown) => (flag === '' ? '' : flag === false ? 'No' : (change as number) > 0 ? 'Yes ▲' : 'Yes ▼');
    const liveFlags = report.getRange('J51:K56').getValues();
    expect(liveFlags.map((r) => typeof r[1])).toContain('boolean');
    expect(liveFlags.map((r) => words(r[1], r[0]))).toEqual(periodWords);
    expect(report.getRange('V51:W57').getValues().map((r) => words(r[1], r[0]))).toEqual(segmentWords);
    expect(reportOf(book, "NPS · Bob's answers").charts).toHaveLength(4);
  });

  test('live mode over a "(UTC)" date column in a sheet that is not in UTC says that the formulas read the sheet\'s zone', () => {
    const { book, addon } = sampleBook(30);
    book.sheetByName('Responses')!.loadValues([['Submit Date (UTC)']], 1, 1);
    const note = 'Note: live formulas read “Submit Date (UTC)” as America/New_York times, not UTC; a snapshot report converts them.';
    expect((addon.run('buildReport', options()) as ReportResult).message).not.toContain('Note:');
    const live = addon.run('buildReport', options({ mode: 'live' })) as ReportResult;
    expect(live.message).toBe(`Report refreshed in 'NPS · Responses' — 4 charts. ${note}`);
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(String(ss.getSheetByName('NPS · Responses')!.getRange('A2').getValue())).toContain('live formulas read “Submit Date (UTC)” as America/New_York times');
  });

  test('a snapshot table longer than the room the tables keep makes the chart data longer, and the sheet grows', () => {
    const { book, addon } = sampleBook(10);
    const days = 700;
    const values: unknown[][] = [['Date', 'Score']];
    for (let i = 0; i < days; i++) values.push([new Date(Date.UTC(2023, 0, 1, 12) + i * 86400000), i % 11]);
    book.activeSheet = book.addSheet('Daily', values);
    const result = addon.run('buildReport', options({ period: 'day', segmentColumn: null })) as { periods: number; charts: number; message: string };
    expect(result.message).toBe("Report ready in 'NPS · Daily' — 3 charts (pick a segment column for NPS by segment)");
    expect(result).toMatchObject({ periods: days, charts: 3 });
    const report = book.sheetByName('NPS · Daily')!;
    // Three charts: two rows of charts, headers on row 50, 700 days under them, chart data beside them: 750 rows.
    expect(report.charts.map((c) => c.ranges.map((r) => [r.row, r.numRows]))).toEqual([[[50, 701]], [[50, 701]], [[50, 12]]]);
    expect(report.maxRows).toBe(1000);
    expect(report.raw(750, 37)).toBe(report.raw(750, 7)); // the last day's NPS, in the trend's data (AK)
    // A longer one grows the sheet.
    const longer: unknown[][] = [['Date', 'Score']];
    for (let i = 0; i < 1100; i++) longer.push([new Date(Date.UTC(2020, 0, 1, 12) + i * 86400000), i % 11]);
    book.activeSheet = book.addSheet('Longer', longer);
    addon.run('buildReport', options({ period: 'day', segmentColumn: null }));
    expect(book.sheetByName('NPS · Longer')!.maxRows).toBe(50 + 1100);
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
    // The message names each report's own options: a refresh changes none of them silently.
    expect(result.message).toMatch(/'NPS · Responses' \(by quarter · split by [^·()]+ · snapshot\)/);
    expect(result.message).toContain("'NPS · Other' (by month · live)");
    expect(book.sheetByName('NPS · Responses')!.raw(49, 1)).toBe('NPS by quarter');
    expect(book.sheetByName('NPS · Other')!.formulaAt(50, 1)).toMatch(/^=NPS_BY_PERIOD\('Other'!A2:A, 'Other'!B2:B, "month"/);
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
      // The source is read once; a refresh also reads the report's own cells once (the user's notes in its gaps are kept).
      expect(large[key].byMethod['Range.getValues']).toBe(key === 'created' ? 1 : 2);
      expect(large[key].byMethod['Range.getFormulas']).toBeUndefined();
      expect(large[key].byMethod['Range.setValues']).toBe(1);
      expect(large[key].byMethod['Range.setNumberFormats']).toBe(1);
      // The look: one call per kind of format for the whole grid; the column widths once, on the new sheet (a refresh keeps the user's widths).
      expect(large[key].byMethod['Range.setFontWeights']).toBe(1);
      expect(large[key].byMethod['Range.setBackgrounds']).toBe(1);
      expect(large[key].byMethod['Sheet.setColumnWidths']).toBe(key === 'created' ? 1 : undefined);
    }
    // The first build creates the four charts (one range each); a refresh with unchanged charts builds none.
    expect(large.created.byMethod['Sheet.insertChart']).toBe(4);
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
