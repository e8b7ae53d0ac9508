/**
 * Where the report's parts are, from the layout itself (src/sheets/reportLayout.ts),
 * so that the tests follow the next layout change; and the area a report's record says it wrote.
 */
import { columnLetters, type LocalSheet, type LocalSpreadsheet } from '../../src/local/sheets';
import { PERIOD_TABLE, ROLLING_TABLE, SEGMENT_TABLE, SUMMARY_ROW, tableTitleRow } from '../../src/sheets/reportLayout';

/** Row of the tables' titles of a report with `charts` charts (the headers are on the next row). */
export const titleRow = (charts: number) => tableTitleRow(charts);
/** Row of the summary's figures (under its header). */
export const SUMMARY_FIGURES = SUMMARY_ROW + 1;
/** First column of each table. */
export const PERIOD = PERIOD_TABLE.column;
export const SEGMENT = SEGMENT_TABLE.column;
export const ROLLING = ROLLING_TABLE.column;

/** A1 notation of a cell. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** The area (rows × columns from A1) the saved record of a source sheet says its report wrote. */
export function writtenArea(book: LocalSpreadsheet, sourceSheetId = 0): { rows: number; columns: number } {
  const record = JSON.parse(book.documentProperties.get(`nps.report.${sourceSheetId}`)!);
  return record.area;
}

/** Row of the first cell holding `title` in a column of the report (a table found by its title), or throws. */
export function rowOfTitle(sheet: LocalSheet, column: number, title: string | RegExp): number {
  for (let r = 1; r <= sheet.lastRowNow(); r++) {
    const v = sheet.raw(r, column);
    if (typeof v === 'string' && (typeof title === 'string' ? v === title : title.test(v))) return r;
  }
  throw new Error(`no "${title}" in column ${columnLetters(column)} of "${sheet.name}"`);
}
