/**
 * A sheet's id, asked of Sheets once per sheet object and execution: the id
 * never changes, and every service call counts against SPEC §8's budget
 * (the active sheet's id is needed both to tell whether it is a report and
 * to read it).
 */

const known = new WeakMap<object, number>();

/**
 * The id of a sheet (one `getSheetId` call per sheet object).
 * @example sheetIdOf(spreadsheet.getActiveSheet()) // 0
 */
export function sheetIdOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  let id = known.get(sheet);
  if (id === undefined) {
    id = sheet.getSheetId();
    known.set(sheet, id);
  }
  return id;
}

/**
 * A sheet found by its id (`getSheetById`), or null: the id is remembered
 * with it, so that {@link sheetIdOf} asks nothing more.
 * @example sheetById(spreadsheet, 0)?.getName() // 'Form Responses 1'
 */
export function sheetById(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheet = spreadsheet.getSheetById(id);
  if (sheet) known.set(sheet, id);
  return sheet;
}
