/**
 * The whole analysis of the active sheet, for the local CLI, which prints
 * every figure the report holds from the same bundled code Apps Script runs.
 * The trailing underscore keeps it private in Apps Script: not callable from
 * the sidebar, not usable as a formula.
 */
import type { AnalysisOptions } from '../shared/contract';
import type { TableAnalysis } from '../nps/analysis';
import { analysisOptions } from './reportOptions';
import { activeSourceSheet, analyzeSource, readSheet, sourceTable } from './sourceSheet';

/**
 * The analysis of the active sheet: overall, periods with change and significance, rolling windows and segments, as plain data.
 *
 * @param {AnalysisOptions} options Period, segment column, rolling window and confidence.
 * @param {boolean} withDrivers Optional. FALSE to leave out "What goes with the score" (the CLI's extra segment tables need none).
 * @return {TableAnalysis} The analysis.
 */
export function getAnalysis_(options: AnalysisOptions, withDrivers?: boolean): TableAnalysis {
  const checked = analysisOptions(options);
  const { spreadsheet, sheet } = activeSourceSheet();
  const source = sourceTable(readSheet(spreadsheet, sheet));
  if (withDrivers !== false) return analyzeSource(source, checked);
  return analyzeSource({ ...source, inForce: { ...source.inForce, mapping: { ...source.inForce.mapping, drivers: [] } } }, checked);
}
