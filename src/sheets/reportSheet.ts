/**
 * The report sheet of a source sheet: found again by developer metadata
 * (key {@link REPORT_KEY}, value the source's sheet id), never by its name,
 * so renaming either sheet keeps the link; created with a name no sheet of
 * the user's has.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key on every report sheet; its value is the source sheet's id. */
const REPORT_KEY = 'nps-report';
/** Longest sheet name Sheets accepts. */
const MAX_SHEET_NAME = 100;
/** Name candidates tried before giving up (" (2)" … " (50)"). */
const MAX_NAME_TRIES = 50;

/**
 * The report sheet of a source sheet, or null when it has none.
 * @example findReportSheet(spreadsheet, 0)?.getName() // 'NPS · Form Responses 1'
 */
export function findReportSheet(spreadsheet: Spreadsheet, sourceSheetId: number): Sheet | null {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(REPORT_KEY).withValue(String(sourceSheetId)).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/**
 * The source sheet id a sheet reports on, or null when it is not a report.
 * @example reportSourceId(activeSheet) // 0
 */
export function reportSourceId(sheet: Sheet): number | null {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() !== REPORT_KEY) continue;
    const id = Number(metadata.getValue());
    if (Number.isInteger(id)) return id;
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
  const base = `NPS · ${sourceName}`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}
