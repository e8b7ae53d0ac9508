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
 * @return {TableAnalysis} The analysis.
 */
export function getAnalysis_(options: AnalysisOptions): TableAnalysis {
  const checked = analysisOptions(options);
  const { spreadsheet, sheet } = activeSourceSheet();
  return analyzeSource(sourceTable(readSheet(spreadsheet, sheet)), checked);
}

/**
 * Several analyses of the active sheet (the CLI's table of each segment column), the sheet read and its columns detected once.
 *
 * @param {AnalysisOptions[]} optionsList One set of options per analysis.
 * @return {TableAnalysis[]} The analyses, in the order of the options.
 */
export function getAnalyses_(optionsList: AnalysisOptions[]): TableAnalysis[] {
  const checked = optionsList.map((options) => analysisOptions(options));
  const { spreadsheet, sheet } = activeSourceSheet();
  const source = sourceTable(readSheet(spreadsheet, sheet));
  return checked.map((options) => analyzeSource(source, options));
}
