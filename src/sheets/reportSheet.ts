/**
 * The report sheet of a source sheet: the sheet whose id the saved record
 * names (settings.ts), so that renaming either sheet keeps the link and a
 * duplicate of the report (Sheets copies a sheet's developer metadata with
 * it) is never taken for the report. Records saved before the id was kept
 * fall back to the developer metadata (key {@link REPORT_KEY}, value the
 * source's sheet id): the first sheet carrying it, the original. A report
 * sheet is created with a name no sheet of the user's has.
 */
import { sheetById, sheetIdOf } from './sheetIds';
import { cutSheetName } from './sheetText';
import { loadReportRecord, loadReportRecords, type ReportRecord } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key on every report sheet; its value is the source sheet's id. */
const REPORT_KEY = 'nps-report';
/** Name candidates tried before giving up (" (2)" … " (50)"). */
const MAX_NAME_TRIES = 50;

/**
 * The report sheet of a source sheet, or null when it has none (no record, or its sheet was deleted).
 * @param record the source's saved record, when the caller already has it
 * @example findReportSheet(spreadsheet, 0)?.getName() // 'NPS · Form Responses 1'
 */
export function findReportSheet(spreadsheet: Spreadsheet, sourceSheetId: number, record: ReportRecord | null = loadReportRecord(sourceSheetId)): Sheet | null {
  if (!record) return null;
  if (record.reportSheetId !== undefined) return sheetById(spreadsheet, record.reportSheetId);
  return firstMarkedSheet_(spreadsheet, sourceSheetId);
}

/** The first sheet whose metadata marks it as the report of a source (records without a report sheet id). */
function firstMarkedSheet_(spreadsheet: Spreadsheet, sourceSheetId: number): Sheet | null {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(REPORT_KEY).withValue(String(sourceSheetId)).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/**
 * The source sheet id a sheet reports on, or null when it is not a report
 * (a copy of a report is not one).
 * @example reportSourceId(activeSheet) // 0
 */
export function reportSourceId(sheet: Sheet): number | null {
  const records = loadReportRecords();
  const id = sheetIdOf(sheet);
  for (const record of records) if (record.reportSheetId === id) return record.sourceSheetId;
  const older = records.filter((r) => r.reportSheetId === undefined);
  if (older.length === 0) return null;
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() !== REPORT_KEY) continue;
    const source = Number(metadata.getValue());
    if (!older.some((r) => r.sourceSheetId === source)) continue;
    const original = firstMarkedSheet_(sheet.getParent(), source);
    if (original && original.getSheetId() === id) return source;
  }
  return null;
}

/**
 * Creates the report sheet of `sourceName` (next to the active sheet), named
 * `NPS · <source>`, or with ` (2)`, ` (3)`… when a sheet already has that
 * name, and marks it with the source's id. Each name is simply tried:
 * `insertSheet` refuses a name that is taken (a sheet of the user's is never
 * overwritten), and only then is `getSheetByName` asked whether that was the
 * reason — so the usual case costs one call, not two.
 * @returns the new sheet and its name
 * @throws Error when every candidate is taken, or the sheet cannot be inserted
 * @example createReportSheet(spreadsheet, 'Responses', 0).name // 'NPS · Responses (2)' when "NPS · Responses" exists
 */
export function createReportSheet(spreadsheet: Spreadsheet, sourceName: string, sourceSheetId: number): { sheet: Sheet; name: string } {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = reportNameCandidate(sourceName, n);
    let sheet: Sheet;
    try {
      sheet = spreadsheet.insertSheet(name);
    } catch (error) {
      if (spreadsheet.getSheetByName(name)) continue; // taken: try the next name
      throw error;
    }
    try {
      sheet.addDeveloperMetadata(REPORT_KEY, String(sourceSheetId));
    } catch (error) {
      spreadsheet.deleteSheet(sheet); // an unmarked sheet would never be found again
      throw error;
    }
    return { sheet, name };
  }
  throw new Error(`There are too many sheets named like "NPS · ${sourceName}". Rename or delete a few, then build the report again.`);
}

/**
 * The n-th name candidate, cut to Sheets' 100 characters.
 * @example reportNameCandidate('Form Responses 1', 1) // 'NPS · Form Responses 1'
 * @example reportNameCandidate('Form Responses 1', 2) // 'NPS · Form Responses 1 (2)'
 */
function reportNameCandidate(sourceName: string, n: number): string {
  const suffix = n === 1 ? '' : ` (${n})`;
  return cutSheetName(`NPS · ${sourceName}`, suffix);
}
