/**
 * The opt-in BigQuery build (dist-bigquery/, `node scripts/build.mjs --bigquery`)
 * on a Connected Sheets data source sheet, end to end in the local
 * spreadsheet: the sidebar's columns, the preview and the report come from
 * the count query run by the local BigQuery (DuckDB); a failed query
 * changes nothing. Counts below are by hand from the rows.
 */
import { join } from 'node:path';
import { createSpreadsheet, loadAddon, snapshotSheet, type LocalSpreadsheet } from '../../src/local/sheets';
import type { BigQueryColumn, BigQueryValue } from '../../src/local/sheets/localBigQuery';
import type { PreviewResult, ReportResult, SheetProfile } from '../../src/shared/contract';
import { countQuery } from '../../src/nps/sql/countQuery';
import { reportState, savedSettings } from './reportState';
import { DIST, options as sampleOptions, responses } from './sampleBook';

const DIST_BIGQUERY = join(__dirname, '../../dist-bigquery');
const TABLE = 'acme-data.survey.responses';

const COLUMNS: BigQueryColumn[] = [
  { name: 'Submitted at', type: 'TIMESTAMP' },
  { name: 'How likely are you to recommend us?', type: 'INT64' },
  { name: 'Plan', type: 'STRING' },
];

/**
 * January (New York): Pro 10 10 9 9 9, Free 8 7 3 2 0 → P5 Pa2 D3, NPS 20;
 * the last January answer is 2025-02-01 03:00 UTC, still Jan 31 in New York.
 * February: Pro 10 9 9 9 8, Free 8 6 5 1 0 → P4 Pa2 D4, NPS 0.
 * Plus a 12 (ignored) and a NULL score (blank, not counted).
 * Overall P9 Pa4 D7 of 20: NPS (9 − 7) / 20 = 10. Pro P9 Pa1: 90; Free Pa3 D7: −70.
 */
function rows(): BigQueryValue[][] {
  const out: BigQueryValue[][] = [];
  const jan = [10, 10, 9, 9, 9, 8, 7, 3, 2, 0];
  const feb = [10, 9, 9, 9, 8, 8, 6, 5, 1, 0];
  jan.forEach((score, i) => out.push([new Date(i === 9 ? '2025-02-01T03:00:00Z' : `2025-01-${String(i + 2).padStart(2, '0')}T15:00:00Z`), score, i < 5 ? 'Pro' : 'Free']));
  feb.forEach((score, i) => out.push([new Date(`2025-02-${String(i + 3).padStart(2, '0')}T15:00:00Z`), score, i < 5 ? 'Pro' : 'Free']));
  out.push([new Date('2025-02-15T15:00:00Z'), 12, 'Free'], [new Date('2025-02-16T15:00:00Z'), null, 'Pro']);
  return out;
}

/** A spreadsheet with a sheet of the user's notes and the data source sheet "Responses" (active). */
function connectedBook(columns = COLUMNS, values = rows()) {
  const book = createSpreadsheet({ timeZone: 'America/New_York', sheets: [{ name: 'Notes', values: [['Our NPS goal', 30]] }] });
  books.push(book);
  book.dataSources.bigQuery.addTable(TABLE, columns, values);
  book.activeSheet = book.dataSources.addTableSheet('Responses', { projectId: 'acme-billing', table: TABLE });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST_BIGQUERY }) };
}

const books: LocalSpreadsheet[] = [];
afterAll(() => books.forEach((b) => b.dataSources.bigQuery.close()));

/** Everything of the user's and the add-on's in the spreadsheet. */
function everything(book: LocalSpreadsheet) {
  return {
    sheets: book.sheets.map((s) => ({ name: s.name, id: s.id, cells: snapshotSheet(s), charts: s.charts.length })),
    active: book.activeSheet.name,
    dataSources: book.dataSources.sources.map((d) => ({ ...d.spec, sheets: d.sheets.map((s) => s.name) })),
    settings: savedSettings(book),
  };
}

const OPTIONS = { period: 'month', segmentColumn: 2, rollingDays: null, confidence: 0.95, mode: 'snapshot' };

describe('a report from a BigQuery data source sheet (dist-bigquery)', () => {
  test('the sidebar lists the data source columns with the detected roles', () => {
    const { addon } = connectedBook();
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.sheetName).toBe('Responses');
    expect(profile.problem).toBeNull();
    expect(profile.columns.map((c) => [c.header, c.role])).toEqual([
      ['Submitted at', 'date'],
      ['How likely are you to recommend us?', 'score'],
      ['Plan', 'segment'],
    ]);
    expect(profile.mapping).toMatchObject({ score: 1, date: 0, segments: [2] });
  });

  test('preview and report come from BigQuery counts: figures by hand, the temporary sheet gone, nothing of the user touched', () => {
    const { book, addon } = connectedBook();
    const before = everything(book);
    const preview = addon.run('getPreview', OPTIONS) as PreviewResult;
    expect(preview.overall).toMatchObject({ responses: 20, promoters: 9, passives: 4, detractors: 7, ignored: 1 });
    expect(preview.overall.nps).toBeCloseTo(10, 10);
    expect(preview.trend.map((p) => [p.start, p.responses, p.nps])).toEqual([['2025-01-01', 10, 20], ['2025-02-01', 10, 0]]);
    expect(everything(book)).toEqual(before);

    const result = addon.run('buildReport', OPTIONS) as ReportResult;
    expect(result).toMatchObject({ reportSheetName: 'NPS · Responses', created: true, periods: 2, segments: 2 });
    expect(result.message).toMatch(/Note: the answers were counted by BigQuery\.$/);
    const report = book.sheetByName('NPS · Responses')!;
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    const summary = ss.getSheetByName('NPS · Responses')!.getRange('A8:K9').getValues();
    expect(summary[0][0]).toBe('Responses');
    expect(summary[1].slice(0, 4)).toEqual([20, 9, 4, 7]);
    expect(summary[1][7]).toBeCloseTo(10, 10);
    expect(summary[1][10]).toBe(1);
    // Trend, mix, NPS by segment and the score distribution, as from a grid sheet (report.test.ts).
    expect(result.charts).toBe(4);
    expect(report.charts.map((c) => c.type)).toEqual(['LINE', 'COLUMN', 'BAR', 'COLUMN']);
    // Two count queries (preview, build), and the only data source left is the user's.
    expect(book.dataSources.bigQuery.queries).toHaveLength(2);
    expect(book.sheets.map((s) => s.name)).toEqual(['Notes', 'Responses', 'NPS · Responses']);
    const after = everything(book);
    expect(after.dataSources).toEqual(before.dataSources);
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
  });

  test('segment NPS from BigQuery: Pro 90, Free −70', () => {
    const { addon } = connectedBook();
    addon.run('buildReport', OPTIONS);
    // The segment table N50:X… (report.test.ts): Segment first, NPS sixth; most responses first, ties by name.
    const segments = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Responses')!.getRange('N50:X52').getValues();
    expect(segments[0][0]).toBe('Segment');
    expect(segments.slice(1).map((r) => r[0])).toEqual(['Free', 'Pro']);
    expect(segments[1][5]).toBeCloseTo(-70, 10);
    expect(segments[2][5]).toBeCloseTo(90, 10);
  });

  test('a failed or unfinished query leaves everything as it was, with a one-line reason, on a first build and on a rebuild', () => {
    const { book, addon } = connectedBook();
    const before = everything(book);
    book.dataSources.bigQuery.failNextQuery('Access Denied: Table acme-data:survey.responses: User does not have permission\nmore detail', 'ENGINE');
    expect(() => addon.run('buildReport', OPTIONS)).toThrow(
      /^BigQuery could not count the answers \(Access Denied: Table acme-data:survey\.responses: User does not have permission\)\. Nothing was changed; check that you can query the table in the billing project “acme-billing”, then try again\.$/,
    );
    expect(everything(book)).toEqual(before);

    addon.run('buildReport', OPTIONS);
    const report = book.sheetByName('NPS · Responses')!;
    const built = { all: everything(book), report: reportState(book, report) };
    book.dataSources.bigQuery.failNextQuery('Query exceeded resource limits', 'TIME_OUT');
    expect(() => addon.run('buildReport', { ...OPTIONS, period: 'week' })).toThrow(/^BigQuery could not count the answers \(Query exceeded resource limits\)/);
    expect({ all: everything(book), report: reportState(book, report) }).toEqual(built);
    book.dataSources.bigQuery.stallNextQuery();
    expect(() => addon.run('buildReport', OPTIONS)).toThrow(/^BigQuery did not finish counting the answers within 4 minutes\. Nothing was changed/);
    expect({ all: everything(book), report: reportState(book, report) }).toEqual(built);
  });

  test('column and table names that need quoting stay names; labelled text scores are read', () => {
    const columns: BigQueryColumn[] = [
      { name: 'Date (UTC) `x`', type: 'STRING' },
      { name: 'Score "0-10"; DROP TABLE t; --', type: 'STRING' },
      { name: "Plan's tier\\", type: 'STRING' },
    ];
    // 10 and 9 promoters, " 7 " passive, "3" detractor, "n/a" ignored, "" blank; dates as text read as UTC.
    const values: BigQueryValue[][] = [
      ['2025-03-01 10:00:00', '10 - Extremely likely', 'Gold'],
      ['2025-03-02 10:00:00', '9', 'Gold'],
      ['2025-03-03 10:00:00', ' 7 ', 'Silver'],
      ['2025-03-04 10:00:00', '3', 'Silver'],
      ['2025-03-05 10:00:00', 'n/a', 'Silver'],
      ['2025-03-06 10:00:00', '', 'Gold'],
    ];
    const { book, addon } = connectedBook(columns, values);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.mapping.score).toBe(1);
    const preview = addon.run('getPreview', { ...OPTIONS, segmentColumn: 2 }) as PreviewResult;
    expect(preview.overall).toMatchObject({ responses: 4, promoters: 2, passives: 1, detractors: 1, ignored: 1 });
    expect(preview.overall.nps).toBeCloseTo(25, 10);
    const result = addon.run('buildReport', { ...OPTIONS, segmentColumn: 2 }) as ReportResult;
    expect(result).toMatchObject({ created: true, segments: 2 });
    expect(book.dataSources.bigQuery.queries.every((q) => q.includes('`Score "0-10"; DROP TABLE t; --`') && q.includes("`Plan's tier\\\\`"))).toBe(true);
  });

  test('counts that do not fit a data source sheet (daily periods over 60 days) are refused, and nothing changes', () => {
    // 60 days × 10 scores: 600 rows of the period set alone, over the sheet's 500.
    const values: BigQueryValue[][] = [];
    for (let day = 0; day < 60; day++) for (let score = 0; score < 10; score++) values.push([new Date(Date.UTC(2025, 0, 1 + day, 17)), score, 'Pro']);
    const { book, addon } = connectedBook(COLUMNS, values);
    const before = everything(book);
    expect(() => addon.run('buildReport', { ...OPTIONS, period: 'day' })).toThrow(/^BigQuery returned more counts than a data source sheet shows\. Nothing was changed; pick a longer period/);
    expect(everything(book)).toEqual(before);
    // Weekly, the same rows fit: Jan 1 – Mar 1, 2025 span the 9 ISO weeks starting Dec 30, Jan 6, 13, 20, 27, Feb 3, 10, 17 and 24.
    expect(addon.run('buildReport', { ...OPTIONS, period: 'week' })).toMatchObject({ created: true, periods: 9 });
  });

  test('a data source sheet of a custom query gets a clear message, not a report', () => {
    const { book, addon } = connectedBook();
    const query = countQuery({ dialect: 'bigquery', table: TABLE, scoreColumn: 'Plan', dateColumn: null, segmentColumn: null, timeZone: 'America/New_York', period: 'month' });
    const custom = book.dataSources.insert({ projectId: 'acme-billing', rawQuery: query, tableProjectId: '', datasetId: '', tableId: '' }, 'Custom');
    book.dataSources.settle(custom, 30_000);
    book.activeSheet = custom.sheet;
    expect(() => addon.run('getSheetProfile')).toThrow(/^“Custom” is connected to a custom BigQuery query, not a table\. Connect the sheet to the table of responses/);
  });

  test('on a grid sheet the BigQuery build builds the very report the default build does', () => {
    const built = [DIST, DIST_BIGQUERY].map((distDir) => {
      const book = createSpreadsheet({ timeZone: 'America/New_York', sheets: [{ name: 'Responses', values: responses(120) }] });
      const addon = loadAddon({ spreadsheet: book, distDir });
      const result = addon.run('buildReport', sampleOptions()) as ReportResult;
      const report = book.sheetByName('NPS · Responses')!;
      const cells = snapshotSheet(report);
      // "snapshot of <build time> (zone)" may differ by a second between the two runs; nothing else may.
      const values = cells.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(/snapshot of [^(]*\(/, 'snapshot of … (') : v)));
      return { result, values, charts: report.charts.map((c) => [c.type, c.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns])]) };
    });
    expect(built[1]).toEqual(built[0]);
  });
});
