/**
 * The whole analysis of the active sheet, for the local CLI, which prints
 * every figure the report holds from the same bundled code Apps Script runs.
 * The trailing underscore keeps it private in Apps Script: not callable from
 * the sidebar, not usable as a formula.
 */
import type { AnalysisOptions } from '../shared/contract';
import type { TableAnalysis } from '../nps/analysis';
import { analysisOptions } from './reportOptions';
import { activeSourceSheet, analyzeSource, readSheet, sourceTable, type SourceTable } from './sourceSheet';

/**
 * The analysis of the active sheet: overall, periods with change and significance, rolling windows and segments, as plain data.
 *
 * @param {AnalysisOptions} options Period, segment column, rolling window and confidence.
 * @return {TableAnalysis} The analysis.
 */
export function getAnalysis_(options: AnalysisOptions): TableAnalysis {
  const checked = analysisOptions(options);
  const { spreadsheet, sheet } = activeSourceSheet();
  return analyzeSource(sourceTable(readSheet(spreadsheet, sheet)), checked);
}

/**
 * The analysis of the active sheet, and the segment table of each of `segmentColumns` (the CLI prints one per segment column), the sheet read and its columns detected once.
 *
 * @param {AnalysisOptions} options Period, segment column, rolling window and confidence.
 * @param {number[]} segmentColumns The columns to tally by segment.
 * @return {{analysis: TableAnalysis, segments: Array<TableAnalysis['segments']>}} The analysis, and a table per column in that order.
 */
export function getAnalysisAndSegments_(options: AnalysisOptions, segmentColumns: number[]): { analysis: TableAnalysis; segments: Array<TableAnalysis['segments']> } {
  const checked = analysisOptions(options);
  const { spreadsheet, sheet } = activeSourceSheet();
  const source = sourceTable(readSheet(spreadsheet, sheet));
  const analysis = analyzeSource(source, checked);
  // A segment table needs neither the dates nor a trend, nor the drivers, themes or people (the analysis has them): the other columns' tables are counted without reading those columns again.
  const { respondent: _respondent, ...counted } = source.inForce.mapping;
  const undated: SourceTable = { ...source, inForce: { ...source.inForce, mapping: { ...counted, date: null, drivers: [], comments: [] } } };
  const segments = segmentColumns.map((column) =>
    column === checked.segmentColumn ? analysis.segments : analyzeSource(undated, analysisOptions({ ...options, segmentColumn: column, rollingDays: null })).segments,
  );
  return { analysis, segments };
}
