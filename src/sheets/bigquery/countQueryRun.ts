/**
 * Running the count query in BigQuery from Sheets (BigQuery build only):
 * a data source sheet with the query as its raw query is inserted, waited
 * for, its few rows read back column by column, and deleted again, and the
 * sheet the user was on is active again. Whatever happens, the temporary
 * sheet goes: a failed or timed-out query leaves the spreadsheet as it was
 * and says why in one line.
 *
 * *Unconfirmed* against real Sheets (Google cannot be reached from here):
 * that deleting the temporary sheet removes its data source too, and that
 * a NULL of the result reads as "" (both are handled either way).
 */
import type { CountRow } from '../../nps/sql/countTallies';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long the script waits for BigQuery (Apps Script allows at most 300 s per wait, 6 minutes per run). */
const WAIT_SECONDS = 240;

/** The count query's columns, in its SELECT order. */
const COUNT_COLUMNS = ['grouping_set', 'period_start', 'segment', 'score', 'answers', 'first_time', 'last_time'] as const;

/**
 * The count query's rows, run by BigQuery as a Connected Sheets data source.
 *
 * @param projectId the billing project of the user's data source
 * @param query the BigQuery text of the count query
 * @throws Error in one line when BigQuery fails, times out, or returns more rows than a data source sheet shows
 */
export function runCountQuery(spreadsheet: Spreadsheet, projectId: string, query: string): CountRow[] {
  SpreadsheetApp.enableBigQueryExecution();
  const active = spreadsheet.getActiveSheet();
  const spec = SpreadsheetApp.newDataSourceSpec().asBigQuery().setProjectId(projectId).setRawQuery(query).build();
  let results: GoogleAppsScript.Spreadsheet.DataSourceSheet;
  try {
    results = spreadsheet.insertDataSourceSheet(spec);
  } catch (error) {
    throw new Error(`BigQuery could not be asked to count the answers (${oneLine(error instanceof Error ? error.message : String(error))}). Nothing was changed; check that this spreadsheet may use Connected Sheets and the billing project “${projectId}”, then try again.`);
  }
  try {
    const status = results.waitForCompletion(WAIT_SECONDS);
    const state = status.getExecutionState();
    if (state === SpreadsheetApp.DataExecutionState.RUNNING) {
      throw new Error(`BigQuery did not finish counting the answers within ${WAIT_SECONDS / 60} minutes. Nothing was changed; try again later, or pick a longer period.`);
    }
    if (state !== SpreadsheetApp.DataExecutionState.SUCCESS) {
      const reason = oneLine(status.getErrorMessage()) || String(status.getErrorCode());
      throw new Error(`BigQuery could not count the answers (${reason}). Nothing was changed; check that you can query the table in the billing project “${projectId}”, then try again.`);
    }
    if (status.isTruncated()) {
      throw new Error('BigQuery returned more counts than a data source sheet shows. Nothing was changed; pick a longer period or a segment column with fewer values.');
    }
    const columns = COUNT_COLUMNS.map((name) => results.getSheetValues(name));
    return columns[0].map((_, i) => ({
      grouping_set: String(columns[0][i]),
      period_start: textOrNull(columns[1][i]),
      segment: textOrNull(columns[2][i]),
      score: columns[3][i] as number | string,
      answers: columns[4][i] as number | string,
      first_time: textOrNull(columns[5][i]),
      last_time: textOrNull(columns[6][i]),
    }));
  } finally {
    spreadsheet.deleteSheet(results.asSheet());
    spreadsheet.setActiveSheet(active);
  }
}

/** A text cell of the result; "" and null are SQL NULL. */
function textOrNull(cell: unknown): string | null {
  return cell === '' || cell === null || cell === undefined ? null : String(cell);
}

/** The first line of BigQuery's message, without the user's data running on. */
function oneLine(message: string): string {
  const line = String(message || '').split('\n')[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
