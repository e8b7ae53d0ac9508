/**
 * Building a report: read the source once, compute everything (analysis,
 * grid, chart specs), and only then write the report sheet — one range for
 * all its cells, one `setValues`, one `setNumberFormats`, one call per
 * kind of look (reportStyle.ts), the charts. The number of Spreadsheet calls
 * does not depend on the number of rows: a first build reads or writes the
 * document 23 times (SPEC §8 allows 25), a refresh with unchanged charts
 * 22–25, plus one updateChart per changed chart
 * (test/sheets/report.test.ts; chart-builder calls are counted apart). The written
 * range and every chart's one range come from a single `getRangeList`, and a
 * sheet just inserted is known to be 1000 × 26 (it is not measured).
 *
 * The source sheet is only read; no sheet but the report sheet is written.
 * When writing a new report sheet fails, the sheet is deleted again, so no
 * half-written report is left behind.
 */
import type { ReportOptions, ReportResult } from '../shared/contract';
import { applyCharts, chartRowsNeeded, chartSpecs, rangeA1 } from './charts';
import { FORMATS, liveUtcCaveat, reportGrid, segmentName } from './reportBlocks';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './reportLayout';
import { applyReportStyle, type StyleKey } from './reportStyle';
import { createReportSheet, findReportSheet } from './reportSheet';
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
 * @param knownReport the source's report sheet when the caller already has it (the active sheet is the report, or Refresh reports found it)
 * @throws Error in plain words (no table, no score column, dates that cannot make a trend…)
 */
export function buildReportFor(spreadsheet: Spreadsheet, source: Sheet, options: ReportOptions, knownReport: Sheet | null = null): ReportResult {
  // 1. Read and compute: nothing is written yet.
  const table = sourceTable(readSheet(spreadsheet, source));
  const analysis = analyzeSource(table, options);
  if (analysis.overall.responses === 0) throw new Error(noResponsesMessage(table.inForce.headers[table.inForce.mapping.score as number], analysis.overall.ignored));
  const grid = reportGrid({
    sourceName: table.name,
    table: table.table,
    mapping: table.inForce.mapping,
    options,
    analysis,
    zone: table.context.zone,
    builtAt: Date.now(),
  });
  const specs = chartSpecs(grid.tables, options.period, options.confidence, analysis.segments ? segmentName(analysis.segments) : null, options.mode === 'live');
  const rows = Math.max(grid.values.length, chartRowsNeeded(specs));
  const values = padRows<Cell>(grid.values, rows, '');
  const formats = padRows<string>(grid.formats, rows, FORMATS.neutral);
  const styles = padRows<StyleKey>(grid.styles, rows, '');
  const previous = loadReportRecord(table.sheetId);

  // 2. Write.
  // A source never reported on (no record) has no report sheet to look for: that saves the metadata search's calls.
  const existing = knownReport || (previous ? findReportSheet(spreadsheet, table.sheetId) : null);
  const created = existing === null;
  const { sheet: report, name } = existing ? { sheet: existing, name: existing.getName() } : createReportSheet(spreadsheet, table.name, table.sheetId);
  let charts: string[];
  try {
    const areas = [{ row: 1, column: 1, numRows: rows, numColumns: values[0].length }, ...specs.map((s) => s.range)];
    const [range, ...chartRanges] = writableRanges(report, areas.map(rangeA1), rows, values[0].length, created);
    if (!created) report.clear();
    range.setValues(values);
    range.setNumberFormats(formats);
    applyReportStyle(report, range, styles);
    charts = applyCharts(report, specs, chartRanges, created || !previous ? [] : previous.charts, created);
  } catch (error) {
    if (created) spreadsheet.deleteSheet(report);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The report could not be written to "${name}": ${reason}`);
  }
  saveReportRecord({ sourceSheetId: table.sheetId, options, charts });

  const caveat = liveUtcCaveat(options.mode, analysis.datesAreUtc, analysis.headers.date, table.context.zone.id);
  const periods = analysis.periods.rows.length;
  const segments = analysis.segments ? analysis.segments.rows.length : 0;
  const chartWord = specs.length === 1 ? 'chart' : 'charts';
  // Without a segment column there is no "NPS by segment" chart: say how to get it.
  const hint = analysis.segments ? '' : ' (pick a segment column for NPS by segment)';
  return {
    reportSheetName: name,
    charts: specs.length,
    created,
    periods,
    segments,
    message: `Report ${created ? 'ready' : 'refreshed'} in '${name}' — ${specs.length} ${chartWord}${hint}${caveat ? `. Note: ${caveat}.` : ''}`,
  };
}

/**
 * The ranges of the report sheet (A1 notations; the first one spans the
 * whole grid, rows × columns), with ONE `getRangeList`. A sheet just inserted
 * is Sheets' 1000 × 26 and is grown first when the report needs more; on an
 * existing report, asking for the ranges is the size check, and only when it
 * fails is the sheet measured and grown (the same fallback covers a new sheet
 * of another size).
 */
function writableRanges(sheet: Sheet, a1: string[], rows: number, columns: number, isNew: boolean): GoogleAppsScript.Spreadsheet.Range[] {
  if (isNew) grow(sheet, rows, columns, NEW_SHEET_ROWS, NEW_SHEET_COLUMNS);
  try {
    return sheet.getRangeList(a1).getRanges();
  } catch (_outsideTheGrid) {
    grow(sheet, rows, columns, sheet.getMaxRows(), sheet.getMaxColumns());
    return sheet.getRangeList(a1).getRanges();
  }
}

/** Adds rows and columns at the end of a sheet of maxRows × maxColumns until it holds rows × columns. */
function grow(sheet: Sheet, rows: number, columns: number, maxRows: number, maxColumns: number): void {
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** The grid with rows of `filler` added up to `rows` (the charts' ranges must lie inside the written range). */
function padRows<T extends Cell | StyleKey>(grid: T[][], rows: number, filler: T): T[][] {
  const width = grid[0].length;
  const padded = grid.slice();
  while (padded.length < rows) padded.push(new Array<T>(width).fill(filler));
  return padded;
}

/** Why a score column without a single 0–10 answer makes no report (an existing report is left as it is). */
function noResponsesMessage(header: string | undefined, ignored: number): string {
  const column = header ? `“${header}”` : 'The score column';
  const others = ignored === 1 ? '1 other value' : `${ignored} other values`;
  return `No report was built: ${column} holds no 0–10 answers (${others}). Set the role “NPS score (0–10)” on the column with the 0–10 answers, then build again.`;
}
