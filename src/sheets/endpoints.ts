/**
 * The sidebar's server endpoints (ServerApi in src/shared/contract.ts), as
 * top-level Apps Script functions called through `google.script.run`. Only
 * plain data crosses: dates as `YYYY-MM-DD` strings in the spreadsheet's zone.
 * Errors are thrown as sentences a marketer can act on; the sidebar shows them.
 *
 * Only the endpoints are exported from this file: src/sheets/index.ts
 * re-exports every name, and each becomes a top-level function.
 */
import { sheetById } from './sheetIds';
import type { AnalysisOptions, PeriodKind, PreviewResult, RefreshResult, ReportOptions, ReportResult, Role, SheetProfile, TrendPoint } from '../shared/contract';
import type { PeriodChange } from '../nps/analysis';
import { headlineReading } from '../nps/headlineReading';
import { readablePeriod } from '../nps/periodWords';
import { themesPreview } from './themesPreview';
import { columnsInForce } from './columnProfiles';
import { withDocumentLock } from './documentLock';
import { buildReportFor } from './reportBuilder';
import { analysisOptions, reportOptions } from './reportOptions';
import { refreshAllReports } from './reportRefresh';
import { findReportSheet } from './reportSheet';
import { findColumn } from './columnIdentity';
import { locateTable } from './sampleRead';
import { loadReportRecord, loadRoleOverrides, saveRoleOverrideChanges } from './settings';
import { activeSourceSheet, analyzeSource, noScoreMessage, noTableMessage, readSheet, sourceTable, type SheetRead } from './sourceSheet';

/**
 * The active sheet as the sidebar shows it: its table, every column with its role (the user's correction or the detected one) and example values, the mapping in force, and its report if any. On a report sheet, the sheet it reports on.
 *
 * @return {SheetProfile} The sheet's profile.
 */
export function getSheetProfile(): SheetProfile {
  const { spreadsheet, sheet, activeReport } = activeSourceSheet();
  return profileOf(spreadsheet, sheet, activeReport);
}

/** The profile of a sheet of responses; `activeReport` is its report sheet when that is the active sheet. */
function profileOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, activeReport: GoogleAppsScript.Spreadsheet.Sheet | null): SheetProfile {
  return profileOfRead(readSheet(spreadsheet, sheet), activeReport);
}

/** The profile of a sheet already read. */
function profileOfRead(read: SheetRead, activeReport: GoogleAppsScript.Spreadsheet.Sheet | null): SheetProfile {
  const report = activeReport || findReportSheet(read.spreadsheet, read.sheetId);
  const base = {
    sheetName: read.name,
    sheetId: read.sheetId,
    timeZone: read.context.zone.id,
    isReport: activeReport !== null,
    reportSheetName: report ? report.getName() : null,
    reportOptions: null as ReportOptions | null,
  };
  const located = locateTable(read);
  if (!located) {
    return { ...base, reportOptions: reportOptionsOf_(read.sheetId, null), table: null, columns: [], mapping: { score: null, date: null, segments: [], comments: [] }, problem: noTableMessage(read.name, read.values), questionColumn: null };
  }
  const { table, sampleTable } = located;
  const inForce = columnsInForce(read.values, sampleTable, read.context.locale, loadRoleOverrides(read.sheetId), read.context.zone);
  return {
    ...base,
    reportOptions: reportOptionsOf_(read.sheetId, inForce.headers),
    table,
    columns: inForce.columns,
    mapping: inForce.mapping,
    alternativeScores: inForce.alternativeScores,
    problem: inForce.mapping.score === null ? noScoreMessage(read.name, inForce.columns, inForce.questions) : null,
    questionColumn: inForce.mapping.score === null && inForce.questions ? inForce.questions.column : null,
  };
}

/**
 * Saves the user's role corrections for a sheet (kept in the document properties); a null role goes back to the detected one. Returns the updated profile of that sheet (the one the sidebar was showing, even if another tab was opened meanwhile).
 *
 * @param {number} sheetId The id of the sheet the roles belong to.
 * @param {Object} overrides Column index → role, or null to clear.
 * @return {SheetProfile} The profile with the corrections applied.
 */
export function saveRoleOverrides(sheetId: number, overrides: { [column: number]: Role | null }): SheetProfile {
  if (!Number.isInteger(sheetId)) throw new Error('The sheet to save the roles for is unknown. Reopen the sidebar and try again.');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetById(spreadsheet, sheetId);
  if (!sheet) throw new Error('The sheet these roles belong to was deleted. Open the sheet with the responses and press “Re-read sheet”.');
  // Each role is saved with its column's header, so that it follows the column when columns move.
  const read = readSheet(spreadsheet, sheet);
  const located = locateTable(read);
  const headers = located ? columnsInForce(read.values, located.sampleTable, read.context.locale, [], read.context.zone).headers : [];
  saveRoleOverrideChanges(sheetId, overrides, headers);
  return profileOfRead(read, null);
}

/**
 * The preview of the active sheet for the sidebar: overall NPS with its interval and margin of error, responses, ignored values with their rows, rows whose date cannot be read, and the trend per period.
 *
 * @param {AnalysisOptions} options Period, segment column, rolling window and confidence.
 * @return {PreviewResult} The preview.
 */
export function getPreview(options: AnalysisOptions): PreviewResult {
  const checked = analysisOptions(options);
  const { spreadsheet, sheet } = activeSourceSheet();
  const source = sourceTable(readSheet(spreadsheet, sheet));
  // The preview does not show what goes with the score: it leaves the driver columns unread.
  const analysis = analyzeSource({ ...source, inForce: { ...source.inForce, mapping: { ...source.inForce.mapping, drivers: [] }, scaleItems: [] } }, checked);
  const o = analysis.overall;
  return {
    overall: {
      responses: o.responses, promoters: o.promoters, passives: o.passives, detractors: o.detractors,
      nps: o.nps, ci: o.ci, ignored: o.ignored, moe: o.moe, scale: o.scale,
    },
    reading: headlineReading(o, checked.confidence),
    comparisons: analysis.comparisons.map((c) => ({
      kind: c.kind, from: c.from, to: c.to, change: c.change, p: c.p, pAdjusted: c.pAdjusted, significant: c.significant, sentence: c.sentence,
    })),
    ignoredCells: analysis.ignoredCells.map((c) => ({ row: c.row, value: c.value })),
    undatedRows: analysis.undated.rows.slice(),
    trend: analysis.periods.rows.map((row) => trendPoint_(row, checked.period)),
    period: checked.period,
    warnings: analysis.warnings.slice(),
    themes: themesPreview(analysis.themes),
  };
}

/**
 * Builds the report of the active sheet (or refreshes it in place): a sheet "NPS · <source>" with the summary, the period, segment and rolling tables, and native charts. Snapshot mode writes values, live mode NPS_BY_PERIOD/NPS_BY_SEGMENT formulas.
 *
 * @param {ReportOptions} options Period, segment column, rolling window, confidence and mode.
 * @return {ReportResult} What was built.
 */
export function buildReport(options: ReportOptions): ReportResult {
  const checked = reportOptions(options);
  return withDocumentLock(() => {
    const { spreadsheet, sheet, activeReport } = activeSourceSheet();
    return buildReportFor(spreadsheet, sheet, checked, activeReport);
  });
}

/**
 * Refreshes every NPS report of the spreadsheet with the options it was built with.
 *
 * @return {RefreshResult} The refreshed report sheets and a message.
 */
export function refreshReports(): RefreshResult {
  return withDocumentLock(() => refreshAllReports(SpreadsheetApp.getActiveSpreadsheet()));
}

/**
 * The options the source's report was last built with (checked, with defaults for any an older record lacks), or null.
 * The segment column is found again by its header (columns may have moved since); when it is gone, none is preselected.
 */
function reportOptionsOf_(sourceSheetId: number, headers: string[] | null): ReportOptions | null {
  const record = loadReportRecord(sourceSheetId);
  if (!record) return null;
  try {
    const options = reportOptions(record.options);
    if (record.segment && headers) {
      const found = findColumn(record.segment, headers);
      options.segmentColumn = 'index' in found ? found.index : null;
    }
    return options;
  } catch (_error) {
    return null; // a record the add-on cannot read: the sidebar offers its defaults, as for a first build
  }
}

/** A period of the preview trend, as plain data. */
function trendPoint_(row: PeriodChange, period: PeriodKind): TrendPoint {
  return {
    start: row.startDate, label: row.label, displayLabel: readablePeriod(row.startDate, row.label, period), fewResponses: row.fewResponses,
    responses: row.responses, promoters: row.promoters, passives: row.passives, detractors: row.detractors,
    nps: row.nps, ci: row.ci,
  };
}
