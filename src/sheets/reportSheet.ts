/**
 * The report sheet of a source sheet: found again by developer metadata
 * (key {@link REPORT_KEY}, value the source's sheet id), never by its name,
 * so renaming either sheet keeps the link; created with a name no sheet of
 * the user's has.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key on every report sheet; its value is the source sheet's id. */
export const REPORT_KEY = 'nps-report';
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
 * The name of the report of `sourceName`: `NPS · <source>`, or with
 * ` (2)`, ` (3)`… when a sheet already has that name (a sheet of the user's is
 * never overwritten).
 * @throws Error when every candidate is taken
 * @example reportSheetName(spreadsheet, 'Responses') // 'NPS · Responses (2)' when "NPS · Responses" exists
 */
export function reportSheetName(spreadsheet: Spreadsheet, sourceName: string): string {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = reportNameCandidate(sourceName, n);
    if (!spreadsheet.getSheetByName(name)) return name;
  }
  throw new Error(`There are too many sheets named like "NPS · ${sourceName}". Rename or delete a few, then build the report again.`);
}

/**
 * The n-th name candidate, cut to Sheets' 100 characters.
 * @example reportNameCandidate('Form Responses 1', 1) // 'NPS · Form Responses 1'
 * @example reportNameCandidate('Form Responses 1', 2) // 'NPS · Form Responses 1 (2)'
 */
export function reportNameCandidate(sourceName: string, n: number): string {
  const suffix = n === 1 ? '' : ` (${n})`;
  const base = `NPS · ${sourceName}`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/** Creates the report sheet (next to the active sheet) and marks it with the source's id. */
export function createReportSheet(spreadsheet: Spreadsheet, name: string, sourceSheetId: number): Sheet {
  const sheet = spreadsheet.insertSheet(name);
  sheet.addDeveloperMetadata(REPORT_KEY, String(sourceSheetId));
  return sheet;
}
