/**
 * Building a report: read the source once, compute everything (analysis,
 * grid, chart specs), and only then write the report sheet — one range for
 * all its cells, one `setValues`, one `setNumberFormats`, one call per kind
 * of look (reportStyle.ts), the charts. The
 * number of Spreadsheet calls does not depend on the number of rows and stays
 * within SPEC §8's 25 (test/sheets/report.test.ts;
 * chart-builder calls are counted apart). The written range and every chart's one range come from a
 * single `getRangeList`, and a sheet just inserted is known to be 1000 × 26
 * (it is not measured).
 *
 * The source sheet is only read; no sheet but the report sheet is written.
 * A new report sheet is deleted again when writing it fails; an existing
 * one is rewritten all or nothing, never touching the user's cells beside it
 * (reportWriter.ts). Remembered columns are found again by their header
 * (columnIdentity.ts): a refresh whose score, date or segment column is gone
 * fails plainly.
 */
import { sheetIdOf } from './sheetIds';
import type { ReportOptions, ReportResult } from '../shared/contract';
import { applyCharts, chartRowsNeeded, chartSpecs, rangeA1, type ChartSpec } from './charts';
import { columnName, columnRef, findColumn, type ColumnRef } from './columnIdentity';
import { FORMATS, liveUtcCaveat, reportGrid, segmentName, tableEndNote } from './reportBlocks';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './reportLayout';
import { createReportSheet, findReportSheet } from './reportSheet';
import { writeInPlace } from './reportWriter';
import { applyReportStyle, type StyleKey } from './reportStyle';
import { forgetReportRecord, loadReportRecord, saveReportRecord, type ReportRecord } from './settings';
import { analyzeSource, analyzeSourceColumns, readSheet, sourceTable, type SourceTable } from './sourceSheet';
import type { TableColumns } from '../nps/tableColumns';
import type { TableAnalysis } from '../nps/analysis';
import { cellDisplayText } from '../nps/cellDisplay';
import { followUpGrid } from './followUpLists';
import { writeFollowUpSheet } from './followUpSheet';
import { noResponsesMessage } from '../nps/noResponsesMessage';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/**
 * Builds or refreshes the report of a source sheet. Call it holding the
 * document lock (see withDocumentLock).
 *
 * @param spreadsheet the active spreadsheet
 * @param source the sheet of responses
 * @param requested period, segment column, rolling window, confidence, mode (already checked)
 * @param knownReport the source's report sheet when the caller already has it (the active sheet is the report, or Refresh reports found it)
 * @param remembered on a refresh, the columns the report was built from, as its record remembers them (absent for a build from the sidebar, and in records of older versions)
 * @throws Error in plain words (no table, no score column, dates that cannot make a trend, the remembered segment column gone…)
 */
export function buildReportFor(
  spreadsheet: Spreadsheet,
  source: Sheet,
  requested: ReportOptions,
  knownReport: Sheet | null = null,
  remembered: Pick<ReportRecord, 'score' | 'date' | 'segment'> = {},
): ReportResult {
  // 1. Read and compute: nothing is written yet. The source is read whole, in the 2 calls of
  // getDataRange().getValues(): reading the detection sample and then the used columns costs
  // 3 + one per run of columns, and the rebuild with other options is already at SPEC §8's 25
  // calls (test/sheets/atomicRefresh.test.ts). Detection still looks at the sample only, so the
  // build finds the columns the sidebar showed.
  return buildReportOf(sourceTable(readSheet(spreadsheet, source, true)), requested, knownReport, remembered).result;
}

/**
 * {@link buildReportFor} on a source table already read whole
 * (`readSheet(…, true)`), returning the build's own analysis beside what it
 * tells the user (the CLI prints both from one execution).
 *
 * @param source the sheet of responses, read whole, with its roles in force
 * @param requested as buildReportFor
 * @param knownReport as buildReportFor
 * @param remembered as buildReportFor
 * @throws Error as buildReportFor
 */
export function buildReportOf(
  source: SourceTable,
  requested: ReportOptions,
  knownReport: Sheet | null = null,
  remembered: Pick<ReportRecord, 'score' | 'date' | 'segment'> = {},
): { result: ReportResult; analysis: TableAnalysis; table: SourceTable } {
  const spreadsheet = source.spreadsheet;
  const table = withRememberedColumns(source, remembered);
  const headers = table.inForce.headers;
  const segmentColumn = remembered.segment === undefined ? requested.segmentColumn : remembered.segment === null ? null : columnNow('segment', remembered.segment, headers);
  // A data source sheet is counted by BigQuery: its report holds values (live formulas would read only the sheet's preview rows) and lists nobody.
  const options: ReportOptions = typeof NPS_BIGQUERY !== 'undefined' && NPS_BIGQUERY && table.bigQuery ? { ...requested, segmentColumn, mode: 'snapshot', followUp: false } : { ...requested, segmentColumn };
  const { analysis, columns: read } = analyzeSourceColumns(table, options);
  // The rows the analysis read: a table that runs on past the detection sample ends at the last row its columns fill.
  const position = { ...table.table, lastRow: table.table.firstDataRow - 1 + analysis.rows };
  if (analysis.overall.responses === 0) throw new Error(noResponsesMessage(headers[table.inForce.mapping.score as number], analysis.overall.ignored));
  // Formulas read answers as 0–10 (SPEC 4): the tables of a column coded 1–11 are written as the analysis recoded them.
  const written: ReportOptions = options.mode === 'live' && analysis.overall.scale === '1-11 recoded' ? { ...options, mode: 'snapshot' } : options;
  const closedAt = written.mode === 'live' && position.lastRow < table.lastRow ? position.lastRow : null;
  const grid = reportGrid({
    sourceName: table.name,
    table: position,
    mapping: table.inForce.mapping,
    options: written,
    analysis,
    zone: table.context.zone,
    builtAt: Date.now(),
    closedAt,
    respondentHeader: table.inForce.mapping.respondent == null ? undefined : headers[table.inForce.mapping.respondent],
  });
  const specs = chartSpecs(grid.tables, options.period, options.confidence, analysis.segments ? segmentName(analysis.segments) : null, written.mode === 'live');
  const rows = Math.max(grid.values.length, chartRowsNeeded(specs));
  const values = padRows<Cell>(grid.values, rows, '');
  const formats = padRows<string>(grid.formats, rows, FORMATS.neutral);
  const styles = padRows<StyleKey>(grid.styles, rows, '');
  const previous = loadReportRecord(table.sheetId);
  const { score, date } = table.inForce.mapping;
  const columns = {
    score: columnRef(headers, score as number),
    date: date === null ? null : columnRef(headers, date),
    segment: options.segmentColumn === null ? null : columnRef(headers, options.segmentColumn),
  };
  // 2. Write: the follow-up sheet first (when asked for), taken back if the report then fails.
  const followUp = options.followUp ? writeFollowUp(table, read, options, analysis, previous) : null;
  const followUpSheetId = followUp ? followUp.sheetId : previous ? previous.followUpSheetId : undefined;
  const followUpRows = followUp ? followUp.rows : previous ? previous.followUpRows : undefined;
  const record = (reportSheetId: number, area: { rows: number; columns: number }, charts: string[]): ReportRecord =>
    ({ sourceSheetId: table.sheetId, reportSheetId, options, ...columns, area: { ...area, blocks: grid.blocks }, charts, ...(followUpSheetId === undefined ? {} : { followUpSheetId, followUpRows }) });
  try {
    const result = writeReport();
    return { result: typeof NPS_BIGQUERY !== 'undefined' && NPS_BIGQUERY && table.bigQuery ? withBigQueryNotes(result, requested) : result, analysis, table };
  } catch (error) {
    if (followUp) followUp.undo();
    throw error;
  }

  function writeReport(): ReportResult {
    const existing = knownReport || findReportSheet(spreadsheet, table.sheetId, previous);
    if (!existing) {
      const name = createNewReport(spreadsheet, table, values, formats, styles, specs, (id, charts) => saveReportRecord(record(id, { rows, columns: values[0].length }, charts)));
      return resultOf(name, true, options, analysis, specs, closedAt, table.context.zone.id, followUp);
    }
    const name = existing.getName();
    // A record that names its report sheet is how `existing` was found (by id here, or as the active sheet by
    // reportSourceId): its id is known, and not asked again (SPEC §8's 25 calls). Older records did not keep it.
    const reportSheetId = previous && previous.reportSheetId !== undefined ? previous.reportSheetId : sheetIdOf(existing);
    try {
      writeInPlace(existing, {
        values,
        formats,
        styles,
        blocks: grid.blocks,
        chartRanges: specs.map((s) => rangeA1(s.range)),
        blankFormat: FORMATS.neutral,
        applyCharts: (ranges, undo) => applyCharts(existing, specs, ranges, previous ? previous.charts : [], false, undo),
        saveRecord: (area, charts) => {
          saveReportRecord(record(reportSheetId, area, charts));
          return () => (previous ? saveReportRecord(previous) : forgetReportRecord(table.sheetId));
        },
      }, previous && previous.reportSheetId === reportSheetId ? previous.area || null : null);
    } catch (error) {
      throw new Error(writeFailure(name, error));
    }
    return resultOf(name, false, options, analysis, specs, closedAt, table.context.zone.id, followUp);
  }
}

/**
 * Writes the follow-up sheet (SPEC §10) from the analysis' people and the
 * comment and segment columns.
 * @throws Error when there is no respondent column to list people from, or the sheet cannot be written
 */
function writeFollowUp(table: SourceTable, read: TableColumns, options: ReportOptions, analysis: TableAnalysis, previous: ReportRecord | null): { sheetId: number; name: string; rows: number; undo: () => void } {
  const { mapping } = table.inForce;
  if (!analysis.people) {
    throw new Error(mapping.respondent == null
      ? 'The follow-up lists need a respondent column: set a column’s role to “Respondent (e-mail or id)”, or untick “Follow-up lists”.'
      : 'The follow-up lists need a date column to find each person’s latest answer: mark the column with the response dates as “date”.');
  }
  // The columns the analysis read: the first comment column and the report's segment column.
  const grid = followUpGrid({
    sourceName: table.name,
    people: analysis.people,
    comments: mapping.comments.length ? read.cells(mapping.comments[0]) : null,
    segments: options.segmentColumn === null ? null : read.cells(options.segmentColumn),
    zone: table.context.zone,
    builtAt: `${cellDisplayText(new Date(), table.context.zone)} (${table.context.zone.id})`,
  });
  return writeFollowUpSheet(table.spreadsheet, table.name, table.sheetId, grid, previous ? previous.followUpSheetId : undefined, previous ? previous.followUpRows : undefined);
}

/**
 * Writes a new report sheet and saves its record (`save`); deletes the sheet
 * again when either fails, so no half-written or unremembered report is left.
 * @returns the new sheet's name
 */
function createNewReport(
  spreadsheet: Spreadsheet,
  table: SourceTable,
  values: Cell[][],
  formats: string[][],
  styles: StyleKey[][],
  specs: ChartSpec[],
  save: (sheetId: number, charts: string[]) => void,
): string {
  const { sheet, name } = createReportSheet(spreadsheet, table.name, table.sheetId);
  try {
    const rows = values.length;
    const columns = values[0].length;
    // A sheet just inserted is Sheets' 1000 × 26: grown only when the report needs more.
    if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
    if (columns > NEW_SHEET_COLUMNS) sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, columns - NEW_SHEET_COLUMNS);
    const areas = [{ row: 1, column: 1, numRows: rows, numColumns: columns }, ...specs.map((s) => s.range)];
    const [range, ...chartRanges] = sheet.getRangeList(areas.map(rangeA1)).getRanges();
    range.setValues(values);
    range.setNumberFormats(formats);
    // Column widths are set once, on the new sheet: a refresh keeps the widths the user chose.
    applyReportStyle(sheet, range, styles, true);
    save(sheetIdOf(sheet), applyCharts(sheet, specs, chartRanges, [], true));
    return name;
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw new Error(writeFailure(name, error));
  }
}

function writeFailure(name: string, error: unknown): string {
  return `The report could not be written to "${name}": ${error instanceof Error ? error.message : String(error)}`;
}

/** What each remembered column is called in messages, and how the sidebar asks for it. */
const COLUMN_KINDS = {
  score: { noun: 'score column', pick: 'pick the score column' },
  date: { noun: 'date column', pick: 'pick the date column' },
  segment: { noun: 'segment column', pick: 'pick a segment' },
};

/**
 * Where a remembered column is now, found by its header wherever it moved.
 * When it was deleted, or several columns now carry its header, the refresh
 * stops rather than report another question or split the report by
 * whatever column took its place.
 */
function columnNow(kind: keyof typeof COLUMN_KINDS, remembered: ColumnRef, headers: string[]): number {
  const found = findColumn(remembered, headers);
  if ('index' in found) return found.index;
  const name = columnName(remembered);
  const { noun, pick } = COLUMN_KINDS[kind];
  if (found.problem === 'deleted') throw new Error(`the ${noun} ${name} was deleted; ${pick} in the sidebar and build again`);
  throw new Error(`the ${noun} ${name} can no longer be told apart: several columns of the sheet are headed ${name}; ${pick} in the sidebar and build again`);
}

/**
 * On a refresh, the score and date columns the report was built from, found
 * again by their headers (not whatever the roles in force now pick: a role
 * override whose column was deleted is dropped, and the detector could then
 * pick another question).
 */
function withRememberedColumns(table: SourceTable, remembered: Pick<ReportRecord, 'score' | 'date'>): SourceTable {
  const mapping = { ...table.inForce.mapping };
  if (remembered.score) mapping.score = columnNow('score', remembered.score, table.inForce.headers);
  if (remembered.date) mapping.date = columnNow('date', remembered.date, table.inForce.headers);
  if (mapping.score === table.inForce.mapping.score && mapping.date === table.inForce.mapping.date) return table;
  const used = [mapping.score, mapping.date];
  mapping.segments = mapping.segments.filter((c) => used.indexOf(c) < 0);
  mapping.comments = mapping.comments.filter((c) => used.indexOf(c) < 0);
  return { ...table, inForce: { ...table.inForce, mapping } };
}

/** What a build tells the user. */
function resultOf(
  name: string,
  created: boolean,
  options: ReportOptions,
  analysis: ReturnType<typeof analyzeSource>,
  specs: ChartSpec[],
  closedAt: number | null,
  zoneId: string,
  followUp: { name: string } | null,
): ReportResult {
  const notes: string[] = analysis.scaleWarnings.map((warning) => warning.replace(/\.$/, ''));
  if (followUp) notes.push(`the follow-up lists are in '${followUp.name}' (personal data: share with care)`);
  const asValues = options.mode === 'live' && analysis.overall.scale === '1-11 recoded';
  if (asValues) notes.push('live formulas read answers as 0–10, so the tables were written as values; build again to update them');
  const caveat = asValues ? null : liveUtcCaveat(options.mode, analysis.datesAreUtc, analysis.headers.date, zoneId);
  if (caveat) notes.push(caveat);
  if (closedAt !== null) notes.push(tableEndNote(closedAt));
  const chartWord = specs.length === 1 ? 'chart' : 'charts';
  // Without a segment column there is no "NPS by segment" chart: say how to get it.
  const hint = analysis.segments ? '' : ' (pick a segment column for NPS by segment)';
  return {
    reportSheetName: name,
    charts: specs.length,
    created,
    periods: analysis.periods.rows.length,
    segments: analysis.segments ? analysis.segments.rows.length : 0,
    message: `Report ${created ? 'ready' : 'refreshed'} in '${name}' — ${specs.length} ${chartWord}${hint}${notes.map((n) => `. Note: ${n}`).join('')}${notes.length ? '.' : ''}`,
  };
}

/** A report counted by BigQuery says so, and what it did not do of what was asked. */
function withBigQueryNotes(result: ReportResult, requested: ReportOptions): ReportResult {
  const notes = ['the answers were counted by BigQuery'];
  if (requested.mode === 'live') notes.push('a report of a data source sheet holds values: build it again to update it');
  if (requested.followUp) notes.push('the follow-up lists need every row and are not made from a data source sheet');
  return { ...result, message: `${result.message.replace(/\.?$/, '')}${notes.map((n) => `. Note: ${n}`).join('')}.` };
}

/** The grid with rows of `filler` added up to `rows` (the charts' ranges must lie inside the written range). */
function padRows<T extends Cell>(grid: T[][], rows: number, filler: T): T[][] {
  const width = grid[0].length;
  const padded = grid.slice();
  while (padded.length < rows) padded.push(new Array<T>(width).fill(filler));
  return padded;
}

