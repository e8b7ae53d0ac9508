/**
 * The emulator's Connected Sheets data sources: a BigQuery table held in
 * DuckDB, data source sheets, raw queries run through their DuckDB twin,
 * execution status, failures, and what a script may not do.
 */
import { countQuery } from '../../../src/nps/sql/countQuery';
import { setup } from './helpers';

type Book = ReturnType<typeof setup>['book'];

/** Six answers, hand-made: scores 10, 9, 8, 3, "n/a", blank; two plans. */
function withAnswers(book: Book) {
  book.dataSources.bigQuery.addTable('proj.survey.answers', [
    { name: 'Submitted at', type: 'TIMESTAMP' },
    { name: 'How likely? (0-10)', type: 'STRING' },
    { name: 'Plan "tier"', type: 'STRING' },
    { name: 'Seats', type: 'INT64' },
  ], [
    [new Date('2025-01-05T10:00:00Z'), '10', 'Pro', 3],
    [new Date('2025-01-20T23:30:00Z'), '9', 'Free', 1],
    [new Date('2025-02-01T08:00:00Z'), '8', 'Pro', null],
    [new Date('2025-02-03T12:00:00Z'), '3', 'Free', 2],
    [new Date('2025-02-04T12:00:00Z'), 'n/a', 'Pro', 2],
    [null, null, 'Free', 2],
  ]);
}

describe('local Connected Sheets data sources', () => {
  const books: Book[] = [];
  const make = (timeZone = 'UTC') => {
    const s = setup({ timeZone });
    books.push(s.book);
    withAnswers(s.book);
    return s;
  };
  afterAll(() => books.forEach((b) => b.dataSources.bigQuery.close()));

  test('a data source sheet over a table has type DATASOURCE, its columns and typed values', () => {
    const { book, app, ss } = make();
    const sheet = book.dataSources.addTableSheet('Responses', { projectId: 'billing', table: 'proj.survey.answers' });
    const facade = ss.getSheetByName('Responses')!;
    expect(facade.getType()).toBe(app.SheetType.DATASOURCE);
    expect(ss.getSheets()[0].getType()).toBe(app.SheetType.GRID);
    expect(ss.getSheets()[0].asDataSourceSheet()).toBeNull();
    const data = facade.asDataSourceSheet()!;
    const source = data.getDataSource();
    expect(source.getColumns().map((c) => c.getName())).toEqual(['Submitted at', 'How likely? (0-10)', 'Plan "tier"', 'Seats']);
    const spec = source.getSpec().asBigQuery();
    expect([spec.getProjectId(), spec.getTableProjectId(), spec.getDatasetId(), spec.getTableId(), spec.getRawQuery()]).toEqual(['billing', 'proj', 'survey', 'answers', '']);
    expect(data.getSheetValues('Seats')).toEqual([3, 1, '', 2, 2, 2]);
    expect(data.getSheetValues('How likely? (0-10)', 2, 2)).toEqual(['9', '8']);
    expect((data.getSheetValues('Submitted at', 1, 1)[0] as Date).toISOString()).toBe('2025-01-05T10:00:00.000Z');
    expect(sheet.lastRow()).toBe(7);
    expect(() => data.getSheetValues('Nope')).toThrow(/no column named "Nope"/);
    expect(() => facade.getRange('A2').setValue('x')).toThrow(/connected to a BigQuery data source/);
  });

  test('a count query runs as its DuckDB twin: counts by hand', () => {
    const { app, ss, book } = make('Europe/Paris');
    const query = countQuery({ dialect: 'bigquery', table: 'proj.survey.answers', scoreColumn: 'How likely? (0-10)', dateColumn: 'Submitted at', segmentColumn: 'Plan "tier"', timeZone: 'Europe/Paris', period: 'month' });
    expect(() => ss.insertDataSourceSheet(app.newDataSourceSpec().asBigQuery().setProjectId('billing').setRawQuery(query).build())).toThrow(/enableBigQueryExecution/);
    app.enableBigQueryExecution();
    const sheets = ss.getNumSheets();
    const data = ss.insertDataSourceSheet(app.newDataSourceSpec().asBigQuery().setProjectId('billing').setRawQuery(query).build());
    expect(ss.getNumSheets()).toBe(sheets + 1);
    const status = data.waitForCompletion(60);
    expect(status.getExecutionState()).toBe(app.DataExecutionState.SUCCESS);
    expect(status.getErrorCode()).toBe(app.DataExecutionErrorCode.NONE);
    expect(status.isTruncated()).toBe(false);
    const sets = data.getSheetValues('grouping_set');
    const scores = data.getSheetValues('score');
    const answers = data.getSheetValues('answers');
    const periods = data.getSheetValues('period_start');
    const overall = new Map<number, number>();
    sets.forEach((s, i) => s === 'overall' && overall.set(scores[i] as number, answers[i] as number));
    // 10, 9, 8, 3 are answers; "n/a" is invalid (-2); the empty row is blank (-1).
    expect(Object.fromEntries(overall)).toEqual({ 10: 1, 9: 1, 8: 1, 3: 1, [-2]: 1, [-1]: 1 });
    // 2025-01-20 23:30 UTC is 2025-01-21 00:30 in Paris: January; the three others from February 1st.
    const january = sets.map((s, i) => (s === 'period' && periods[i] === '2025-01-01' ? (answers[i] as number) : 0)).reduce((a, b) => a + b, 0);
    expect(january).toBe(2);
    expect(book.dataSources.bigQuery.queries).toEqual([query]);
    expect(ss.getDataSources().map((d) => d.getSpec().asBigQuery().getRawQuery())).toEqual([query]);
  });

  test('a failed query reports ERROR with its code and message, and leaves the sheet empty', () => {
    const { app, ss, book } = make();
    app.enableBigQueryExecution();
    book.dataSources.bigQuery.failNextQuery('Access Denied: Table proj:survey.answers', 'ENGINE');
    const query = countQuery({ dialect: 'bigquery', table: 'proj.survey.answers', scoreColumn: 'How likely? (0-10)', dateColumn: null, segmentColumn: null, timeZone: 'UTC', period: 'month' });
    const data = ss.insertDataSourceSheet(app.newDataSourceSpec().asBigQuery().setProjectId('billing').setRawQuery(query).build());
    const status = data.waitForCompletion(10);
    expect(status.getExecutionState()).toBe(app.DataExecutionState.ERROR);
    expect(status.getErrorCode()).toBe(app.DataExecutionErrorCode.ENGINE);
    expect(status.getErrorMessage()).toBe('Access Denied: Table proj:survey.answers');
    expect(data.asSheet().getLastRow()).toBe(0);
  });

  test('a query that does not finish: waitForCompletion says RUNNING, and its values cannot be read yet', () => {
    const { app, ss, book } = make();
    app.enableBigQueryExecution();
    book.dataSources.bigQuery.stallNextQuery();
    const query = countQuery({ dialect: 'bigquery', table: 'proj.survey.answers', scoreColumn: 'Seats', dateColumn: null, segmentColumn: null, timeZone: 'UTC', period: 'month' });
    const data = ss.insertDataSourceSheet(app.newDataSourceSpec().asBigQuery().setProjectId('billing').setRawQuery(query).build());
    expect(data.waitForCompletion(5).getExecutionState()).toBe(app.DataExecutionState.RUNNING);
    expect(() => data.getSheetValues('score')).toThrow(/Not modelled.*while its data execution runs/);
    expect(() => data.waitForCompletion(0)).toThrow(/between 1 and 300 seconds/);
  });

  test('a raw query that is not a count query of the add-on throws rather than run', () => {
    const { app, ss } = make();
    app.enableBigQueryExecution();
    const spec = app.newDataSourceSpec().asBigQuery().setProjectId('billing').setRawQuery('SELECT * FROM `proj`.`survey`.`answers`').build();
    expect(() => ss.insertDataSourceSheet(spec)).toThrow(/Not modelled.*count queries/);
  });

  test('deleting the last sheet of a data source removes the data source', () => {
    const { app, ss } = make();
    app.enableBigQueryExecution();
    const query = countQuery({ dialect: 'bigquery', table: 'proj.survey.answers', scoreColumn: 'Seats', dateColumn: null, segmentColumn: null, timeZone: 'UTC', period: 'week' });
    const data = ss.insertDataSourceSheet(app.newDataSourceSpec().asBigQuery().setProjectId('billing').setRawQuery(query).build());
    expect(ss.getActiveSheet().getName()).toBe(data.asSheet().getName());
    data.waitForCompletion(30);
    ss.deleteSheet(data.asSheet());
    expect(ss.getDataSources()).toHaveLength(0);
  });
});
