/**
 * Building a report: read the source once, compute everything (analysis,
 * grid, chart specs), and only then write the report sheet — one range for
 * all its cells, one `setValues`, one `setNumberFormats`, the charts. The
 * number of Spreadsheet calls does not depend on the number of rows.
 *
 * The source sheet is only read; no sheet but the report sheet is written.
 * When writing a new report sheet fails, the sheet is deleted again, so no
 * half-written report is left behind.
 */
import type { ReportOptions, ReportResult } from '../shared/contract';
import { applyCharts, chartRowsNeeded, chartSpecs } from './charts';
import { FORMATS, reportGrid } from './reportBlocks';
import { createReportSheet, findReportSheet, reportSheetName } from './reportSheet';
import { loadReportRecord, saveReportRecord } from './settings';
import { analyzeSource, readSheet, sourceTable } from './sourceSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/**
 * Builds or refreshes the report of a source sheet. Call it holding the
 * document lock (see withDocumentLock).
 *
 * @param spreadsheet the active spreadsheet
 * @param source the sheet of responses
 * @param options period, segment column, rolling window, confidence, mode (already checked)
 * @param knownReport the source's report sheet when the caller already has it (the active sheet is the report)
 * @throws Error in plain words (no table, no score column, dates that cannot make a trend…)
 */
export function buildReportFor(spreadsheet: Spreadsheet, source: Sheet, options: ReportOptions, knownReport: Sheet | null = null): ReportResult {
  // 1. Read and compute: nothing is written yet.
  const table = sourceTable(readSheet(spreadsheet, source));
  const analysis = analyzeSource(table, options);
  const grid = reportGrid({
    sourceName: table.name,
    table: table.table,
    mapping: table.inForce.mapping,
    options,
    analysis,
    zone: table.context.zone,
    builtAt: Date.now(),
  });
  const specs = chartSpecs(grid.tables, options.period, options.confidence, analysis.segments ? analysis.segments.header : null);
  const rows = Math.max(grid.values.length, chartRowsNeeded(specs));
  const values = padRows<Cell>(grid.values, rows, '');
  const formats = padRows<string>(grid.formats, rows, FORMATS.neutral);
  const previous = loadReportRecord(table.sheetId);

  // 2. Write.
  let report = knownReport || findReportSheet(spreadsheet, table.sheetId);
  const created = report === null;
  let name: string;
  if (report === null) {
    name = reportSheetName(spreadsheet, table.name);
    report = createReportSheet(spreadsheet, name, table.sheetId);
  } else {
    name = report.getName();
  }
  let charts: string[];
  try {
    const range = writableRange(report, rows, values[0].length, created);
    if (!created) report.clear();
    range.setValues(values);
    range.setNumberFormats(formats);
    charts = applyCharts(report, specs, created || !previous ? [] : previous.charts, created);
  } catch (error) {
    if (created) spreadsheet.deleteSheet(report);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The report could not be written to "${name}": ${reason}`);
  }
  saveReportRecord({ sourceSheetId: table.sheetId, options, charts });

  const periods = analysis.periods.rows.length;
  const segments = analysis.segments ? analysis.segments.rows.length : 0;
  const chartWord = specs.length === 1 ? 'chart' : 'charts';
  return {
    reportSheetName: name,
    charts: specs.length,
    created,
    periods,
    segments,
    message: `Report ${created ? 'ready' : 'refreshed'} in '${name}' — ${specs.length} ${chartWord}`,
  };
}

/**
 * The range A1:(rows × columns) of the report sheet, adding rows or columns
 * first when the sheet is smaller. On an existing report, asking for the range
 * is the size check, so a sheet that is big enough costs no extra call; a
 * new sheet is measured right away.
 */
function writableRange(sheet: Sheet, rows: number, columns: number, isNew: boolean): GoogleAppsScript.Spreadsheet.Range {
  try {
    if (isNew) throw new Error('measure the new sheet');
    return sheet.getRange(1, 1, rows, columns);
  } catch (_outsideTheGrid) {
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    return sheet.getRange(1, 1, rows, columns);
  }
}

/** The grid with rows of `filler` added up to `rows` (the charts' ranges must lie inside the written range). */
function padRows<T extends Cell>(grid: T[][], rows: number, filler: T): T[][] {
  const width = grid[0].length;
  const padded = grid.slice();
  while (padded.length < rows) padded.push(new Array<T>(width).fill(filler));
  return padded;
}
