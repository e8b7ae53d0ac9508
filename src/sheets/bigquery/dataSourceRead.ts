/**
 * Reading a Connected Sheets data source sheet (BigQuery build only): its
 * table, and a sample for the detector. The data source's column names are
 * the header row and the values the sheet already shows (Sheets' preview of
 * the table) are the sample rows, so the same detector gives the columns
 * their roles from names, types and values. Nothing runs in BigQuery here.
 */
import type { SheetRead } from '../sourceSheet';
import { sheetIdOf } from '../sheetIds';
import { spreadsheetContext } from '../spreadsheetContext';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows of the preview the detector looks at (it samples 2,000 rows at most). */
const SAMPLE_ROWS = 2000;

/** The BigQuery table behind a data source sheet. */
export interface BigQuerySource {
  /** The billing project the data source runs its queries in. */
  projectId: string;
  /** `project.dataset.table`. */
  table: string;
  /** The column names, in the sheet's order (the detector's column indexes). */
  columns: string[];
}

/**
 * The read of a data source sheet (its names as the header row, the preview as the sample, read as a whole table), or null for a grid sheet.
 *
 * @throws Error when the data source is not a BigQuery table (a custom query) or shows no columns yet
 */
export function readDataSourceSheet(spreadsheet: Spreadsheet, sheet: Sheet): SheetRead | null {
  if (sheet.getType() !== SpreadsheetApp.SheetType.DATASOURCE) return null;
  const name = sheet.getName();
  const dataSheet = sheet.asDataSourceSheet()!;
  const source = dataSheet.getDataSource();
  const spec = source.getSpec().asBigQuery();
  const tableId = spec.getTableId();
  if (tableId === '') {
    throw new Error(`“${name}” is connected to a custom BigQuery query, not a table. Connect the sheet to the table of responses (Data › Data connectors › Connect to BigQuery), then try again.`);
  }
  const columns = source.getColumns().map((c) => c.getName());
  if (columns.length === 0) throw new Error(`“${name}” shows no columns yet. Refresh the data source sheet, then try again.`);
  const byColumn = columns.map((column) => dataSheet.getSheetValues(column).slice(0, SAMPLE_ROWS));
  const rows = byColumn.reduce((n, values) => Math.max(n, values.length), 0);
  const values: unknown[][] = [columns.slice()];
  for (let r = 0; r < rows; r++) values.push(byColumn.map((cells) => (r < cells.length ? cells[r] : '')));
  return {
    spreadsheet,
    sheet,
    sheetId: sheetIdOf(sheet),
    name,
    values,
    lastRow: values.length,
    lastColumn: columns.length,
    whole: values,
    context: spreadsheetContext(spreadsheet),
    bigQuery: { projectId: spec.getProjectId(), table: `${spec.getTableProjectId()}.${spec.getDatasetId()}.${tableId}`, columns },
  };
}
