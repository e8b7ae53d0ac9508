/**
 * Reading the sheet of responses: which sheet it is (the active one, or the
 * source of the active report), the table and the roles in force, and the
 * columns an analysis uses. The source sheet is only ever read, and never
 * whole (SPEC §8 "Cells read"): detection reads a sample (sampleRead.ts),
 * the analysis one range per run of adjacent columns it uses. In the
 * BigQuery build (types/buildFlags.d.ts), a Connected Sheets data source
 * sheet is read from its data source and counted by BigQuery (./bigquery).
 */
import { sheetById, sheetIdOf } from './sheetIds';
import type { AnalysisOptions, TablePosition } from '../shared/contract';
import { analyzeTable, type TableAnalysis } from '../nps/analysis';
import type { QuestionColumn } from '../nps/longFormat';
import { isBlankCell } from '../nps/cellKinds';
import { columnRuns, headerCellsOf, wantedColumns, type TableColumns } from '../nps/tableColumns';
import { columnsInForce, type ColumnsInForce } from './columnProfiles';
import { reportSourceId } from './reportSheet';
import { loadRoleOverrides } from './settings';
import { locateTable, readSample, sampleOfWhole, type SheetSample } from './sampleRead';
import { spreadsheetContext, type SpreadsheetContext } from './spreadsheetContext';
import { analyzeDataSource } from './bigquery/dataSourceAnalysis';
import { readDataSourceSheet, type BigQuerySource } from './bigquery/dataSourceRead';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet's detection sample and where it lives. */
export interface SheetRead extends SheetSample {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  sheetId: number;
  name: string;
  context: SpreadsheetContext;
  /** A Connected Sheets data source sheet's BigQuery table (BigQuery build only): counted by BigQuery, not read. */
  bigQuery?: BigQuerySource;
}

/** A sheet of responses with its table and roles in force. */
export interface SourceTable extends SheetRead {
  /** The table in sheet rows. */
  table: TablePosition;
  /** The same table in the rows of `values` (the sample): what detection looked at. */
  sampleTable: TablePosition;
  /** The table runs on past the sample to the sheet's last row (sampleRead.ts). */
  runsOn: boolean;
  inForce: ColumnsInForce;
}

/**
 * The active sheet, or, when the active sheet is one of our reports, the
 * sheet it reports on; with the active report sheet if any.
 * @throws Error when the report's source sheet was deleted
 */
export function activeSourceSheet(): { spreadsheet: Spreadsheet; sheet: Sheet; activeReport: Sheet | null } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const active = spreadsheet.getActiveSheet();
  const sourceId = reportSourceId(active);
  if (sourceId === null) return { spreadsheet, sheet: active, activeReport: null };
  const source = sheetById(spreadsheet, sourceId);
  if (!source) {
    throw new Error('This report\'s sheet of responses was deleted. Open the sheet with the responses and build a new report from it.');
  }
  return { spreadsheet, sheet: source, activeReport: active };
}

/**
 * Reads a sheet: its id, name, detection sample (sampleRead.ts) and the
 * spreadsheet's zone and locale.
 * @param whole read every cell in one `getDataRange().getValues()` (2 calls) rather than the sample and then the used columns (3 calls, then one per run of columns)
 */
export function readSheet(spreadsheet: Spreadsheet, sheet: Sheet, whole = false): SheetRead {
  if (typeof NPS_BIGQUERY !== 'undefined' && NPS_BIGQUERY) {
    const dataSource = readDataSourceSheet(spreadsheet, sheet);
    if (dataSource) return dataSource;
  }
  return {
    spreadsheet,
    sheet,
    sheetId: sheetIdOf(sheet),
    name: sheet.getName(),
    ...(whole ? sampleOfWhole(sheet.getDataRange().getValues()) : readSample(sheet)),
    context: spreadsheetContext(spreadsheet),
  };
}

/**
 * The table of responses of a read sheet and its roles in force.
 * @throws Error in plain words when there is no table or no score column
 */
export function sourceTable(read: SheetRead): SourceTable {
  const located = locateTable(read);
  if (!located) throw new Error(noTableMessage(read.name, read.values));
  const inForce = columnsInForce(read.values, located.sampleTable, read.context.locale, loadRoleOverrides(read.sheetId), read.context.zone);
  if (inForce.mapping.score === null) throw new Error(noScoreMessage(read.name, inForce.columns, inForce.questions));
  return { ...read, ...located, inForce };
}

/**
 * The data rows (firstDataRow..lastRow) of the given columns of a source
 * table: from the whole sheet when it was read whole, else one
 * `getSheetValues` per run of adjacent columns, nothing else, whatever the sheet's length
 * (the calls do not grow with the rows). A
 * table that runs on past the detection sample ends at the last row where
 * its score or date column holds something (a note further right, even in a
 * column read for segments, drivers or comments, is not a row).
 */
export function readTableColumns(source: SourceTable, columns: number[]): TableColumns {
  const { table, sheet } = source;
  let rows = Math.max(0, table.lastRow - table.firstDataRow + 1);
  const read = new Map<number, unknown[]>();
  for (const [start, count] of rows > 0 ? columnRuns(columns) : []) {
    const whole = source.whole;
    const first = table.firstDataRow - 1;
    const grid = whole ? null : sheet.getSheetValues(table.firstDataRow, start + 1, rows, count);
    for (let k = 0; k < count; k++) {
      const cells = new Array<unknown>(rows);
      if (grid) for (let i = 0; i < rows; i++) cells[i] = grid[i][k];
      else for (let i = 0; i < rows; i++) cells[i] = whole![first + i][start + k];
      read.set(start + k, cells);
    }
  }
  if (source.runsOn) {
    const { score, date } = source.inForce.mapping;
    const keys = [score, date].filter((column): column is number => column !== null && read.has(column));
    const lists = keys.length > 0 ? keys.map((column) => read.get(column)!) : [...read.values()];
    const all = [...read.values()];
    while (rows > 0 && lists.every((cells) => isBlankCell(cells[rows - 1]))) rows--;
    for (const cells of all) cells.length = rows;
  }
  return {
    rows,
    cells(column) {
      const cells = read.get(column) || (rows === 0 ? [] : undefined);
      if (!cells) throw new Error(`Column ${column + 1} of "${source.name}" was not read: add it to the columns the analysis reads (wantedColumns).`);
      return cells;
    },
    headerCells: (column) => headerCellsOf(source.values, source.sampleTable, column),
  };
}

/** The cells of a table counted by BigQuery: none was read. */
const NO_COLUMNS: TableColumns = {
  rows: 0,
  cells: () => [],
  headerCells: () => [],
};

/**
 * The analysis of a source table with the sidebar's options; reads the
 * columns it uses ({@link wantedColumns}).
 * @throws Error when the segment column is not in the table, or the analysis fails (plain words)
 */
export function analyzeSource(source: SourceTable, options: AnalysisOptions): TableAnalysis {
  return analyzeSourceColumns(source, options).analysis;
}

/**
 * {@link analyzeSource}, with the columns it read (the follow-up sheet lists their comment and segment cells).
 * @throws Error as analyzeSource
 */
export function analyzeSourceColumns(source: SourceTable, options: AnalysisOptions): { analysis: TableAnalysis; columns: TableColumns } {
  if (typeof NPS_BIGQUERY !== 'undefined' && NPS_BIGQUERY && source.bigQuery) return { analysis: analyzeDataSource(source, options), columns: NO_COLUMNS };
  if (options.segmentColumn !== null && options.segmentColumn >= source.inForce.columns.length) {
    throw new Error(`The segment column you picked is not in the table of "${source.name}" any more. Pick the segment column again.`);
  }
  // The Likert items coded as numbers are drivers too (SPEC 10b).
  const { mapping: given, scaleItems } = source.inForce;
  const mapping = { ...given, drivers: [...(given.drivers || []), ...scaleItems] };
  const columns = readTableColumns(source, wantedColumns(mapping, options));
  const table = { ...source.table, lastRow: source.table.firstDataRow - 1 + columns.rows };
  const analysis = analyzeTable(columns, table, mapping, {
    ...options,
    timeZone: source.context.zone.id,
    zone: source.context.zone,
    locale: source.context.locale,
    headers: source.inForce.headers,
  });
  return { analysis, columns };
}

/**
 * The message when a sheet holds no table of responses: an empty sheet, or
 * headers with no response under them yet (a new form's response sheet).
 * @example noTableMessage('Form Responses 1', [['Timestamp', 'Score']]) // '"Form Responses 1" has headers but no responses under them yet. …'
 */
export function noTableMessage(name: string, values: unknown[][]): string {
  const hasText = values.some((row) => row.some((cell) => cell !== '' && cell !== null && cell !== undefined));
  if (hasText) {
    return `"${name}" has headers but no responses under them yet. When answers arrive (one row per response), open the sidebar again.`;
  }
  return `"${name}" is empty. Open the sheet with your survey answers (a header row, then one row per response).`;
}

/**
 * The message when no column holds 0–10 answers; it points at a column of
 * Promoter/Passive/Detractor labels when there is one (NPS needs the scores),
 * or explains a sheet of one row per answer (a column of questions beside a
 * column of every question's answers).
 *
 * @example noScoreMessage('Feedback') // 'No column of 0–10 answers was found in "Feedback". Pick the score column: …'
 */
export function noScoreMessage(
  name: string,
  columns: { letter: string; header: string; role: string }[] = [],
  questions: QuestionColumn | null = null,
): string {
  // "column C (Question)": the letter, and the header when there is one.
  const named = (index: number) => {
    const column = columns[index];
    return column ? `column ${column.letter}${column.header ? ` (${column.header})` : ''}` : `column ${index + 1}`;
  };
  if (questions) {
    return (
      `"${name}" has one row per answer: ${named(questions.column)} names the question and ${named(questions.answers)} holds the answers to all of them, ` +
      `so the 0–10 answers are mixed with other questions' answers. Copy the rows of “${questions.question}” to a sheet of their own ` +
      `(a filter on ${named(questions.column)}, or =FILTER) and open the sidebar there.`
    );
  }
  const group = columns.findIndex((c) => c.role === 'nps_group');
  const labels = group >= 0 ? ` C${named(group).slice(1)} holds Promoter/Passive/Detractor labels: the NPS needs the 0–10 answers they come from.` : '';
  return `No column of 0–10 answers was found in "${name}". Pick the score column: in the list of columns, set its role to “NPS score (0–10)”.${labels}`;
}
