/**
 * "Refresh reports": rebuilds every remembered report with its own options.
 * A report whose sheet was deleted is forgotten (not recreated); one whose
 * source sheet or one of its columns was deleted is skipped with a note and
 * left as it was.
 */
import { sheetById } from './sheetIds';
import type { RefreshResult } from '../shared/contract';
import { buildReportFor } from './reportBuilder';
import { optionsInWords } from '../nps/optionsInWords';
import { columnLetter } from '../nps/roles';
import { headerInText } from '../nps/cellDisplay';
import { findReportSheet } from './reportSheet';
import { shownHeader } from './columnIdentity';
import { forgetReportRecord, loadReportRecords } from './settings';

/**
 * Refreshes every report of the spreadsheet. Call it holding the document lock.
 * @example refreshAllReports(SpreadsheetApp.getActiveSpreadsheet()).refreshed // ['NPS · Form Responses 1']
 */
export function refreshAllReports(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RefreshResult {
  const refreshed: string[] = [];
  const described: string[] = [];
  const problems: string[] = [];
  for (const record of loadReportRecords()) {
    const report = findReportSheet(spreadsheet, record.sourceSheetId, record);
    if (!report) {
      forgetReportRecord(record.sourceSheetId);
      continue;
    }
    const source = sheetById(spreadsheet, record.sourceSheetId);
    if (!source) {
      problems.push(`"${report.getName()}" was not refreshed: its sheet of responses was deleted.`);
      continue;
    }
    try {
      // The columns are found again by their headers (records of older versions kept only the segment's index).
      const name = buildReportFor(spreadsheet, source, record.options, report, record).reportSheetName;
      // Refresh keeps a report's options; the message names them, so nothing changes silently.
      const segmentName = record.options.segmentColumn === null ? null : record.segment?.header ? headerInText(shownHeader(record.segment.header)) : `column ${columnLetter(record.options.segmentColumn)}`;
      refreshed.push(name);
      described.push(`'${name}' (${optionsInWords({ ...record.options, segmentName })})`);
    } catch (error) {
      problems.push(`"${report.getName()}" was not refreshed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let message: string;
  if (refreshed.length === 0 && problems.length === 0) message = 'There is no NPS report to refresh yet. Open the NPS sidebar and build one.';
  else if (refreshed.length === 0) message = problems.join(' ');
  else message = [`Refreshed ${refreshed.length === 1 ? 'one report' : `${refreshed.length} reports`}: ${described.join(', ')}.`, ...problems].join(' ');
  return { refreshed, message };
}
