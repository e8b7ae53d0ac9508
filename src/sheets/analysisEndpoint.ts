/**
 * The report build with its whole analysis, for the local CLI, which prints
 * every figure the report holds from the same bundled code Apps Script runs.
 * The trailing underscore keeps it private in Apps Script: not callable
 * from the sidebar, not usable as a formula.
 */
import type { ReportOptions, ReportResult, SheetProfile } from '../shared/contract';
import type { TableAnalysis } from '../nps/analysis';
import { locateTable } from './sampleRead';
import { withDocumentLock } from './documentLock';
import { buildReportOf } from './reportBuilder';
import { analysisOptions, reportOptions } from './reportOptions';
import { loadRoleOverrides } from './settings';
import { columnsInForce } from './columnProfiles';
import { activeSourceSheet, analyzeSource, readSheet, type SourceTable } from './sourceSheet';

/** What {@link getReportAndAnalysis_} returns. */
export interface ReportAndAnalysis {
  /** The sheet's profile as the build found it (before the build: no report sheet, no remembered options). */
  profile: SheetProfile;
  report: ReportResult;
  /** The build's own analysis: every figure the report shows. */
  analysis: TableAnalysis;
  /** The segment table of each segment column asked for, in that order. */
  segments: Array<TableAnalysis['segments']>;
  /** Milliseconds the report build took (the extra segment tables not counted). */
  buildMs: number;
}

/**
 * Builds the report of the active sheet (as buildReport does, with the same Spreadsheet calls) and returns it with the build's own analysis, the sheet's profile and the segment table of each of `segmentColumns`: the sheet is read and its columns detected once, and the figures are not computed twice. Null, with nothing written, when the sheet has no table or no score column (getSheetProfile then says why).
 *
 * @param {ReportOptions} options Period, segment column, rolling window, confidence and mode.
 * @param {number[]} segmentColumns The columns to tally by segment; null for the detected segment columns, the first of them in the report (options.segmentColumn is then ignored).
 * @return {ReportAndAnalysis} The profile, the build's result, its analysis and the segment tables, or null.
 */
export function getReportAndAnalysis_(options: ReportOptions, segmentColumns: number[] | null): ReportAndAnalysis | null {
  const requested = reportOptions(options);
  return withDocumentLock(() => {
    const started = Date.now();
    const { spreadsheet, sheet, activeReport } = activeSourceSheet();
    const read = readSheet(spreadsheet, sheet, true);
    const located = locateTable(read);
    if (!located) return null;
    const inForce = columnsInForce(read.values, located.sampleTable, read.context.locale, loadRoleOverrides(read.sheetId), read.context.zone);
    if (inForce.mapping.score === null) return null;
    const source: SourceTable = { ...read, ...located, inForce };
    const columns = segmentColumns || inForce.mapping.segments;
    const checked = segmentColumns ? requested : { ...requested, segmentColumn: columns.length > 0 ? columns[0] : null };
    const built = buildReportOf(source, checked, activeReport);
    const buildMs = Date.now() - started;
    const { analysis, table } = built;
    // A segment table needs neither the dates nor a trend, nor the drivers, themes or people (the analysis has them).
    const { respondent: _respondent, ...counted } = table.inForce.mapping;
    const undated: SourceTable = { ...table, inForce: { ...table.inForce, mapping: { ...counted, date: null, drivers: [], comments: [] }, scaleItems: [] } };
    const segments = columns.map((column) =>
      column === checked.segmentColumn ? analysis.segments : analyzeSource(undated, analysisOptions({ ...checked, segmentColumn: column, rollingDays: null })).segments,
    );
    const profile: SheetProfile = {
      sheetName: read.name, sheetId: read.sheetId, timeZone: read.context.zone.id, isReport: activeReport !== null, reportSheetName: null, reportOptions: null,
      table: located.table, columns: inForce.columns, mapping: inForce.mapping, alternativeScores: inForce.alternativeScores, problem: null, questionColumn: null,
    };
    return { profile, report: built.result, analysis, segments, buildMs };
  });
}
