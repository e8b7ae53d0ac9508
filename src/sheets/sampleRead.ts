/**
 * What detection reads of a sheet of responses (SPEC §8 "Cells read"): its
 * first rows, up to {@link SAMPLE_CELLS} cells and never fewer than
 * {@link MIN_HEAD_ROWS} rows (the header search, three header rows and the
 * detector's 2,000 sampled rows fit). A sheet that fits is read whole, so
 * detection sees exactly what it saw when it read every cell; a longer
 * sheet's other rows are never read whole: the report reads only the columns
 * it uses (sourceSheet.ts). Three calls whatever the length: `getLastRow`,
 * `getLastColumn`, one `getSheetValues`. A report build reads the sheet
 * whole instead and takes the same sample from it ({@link sampleOfWhole}):
 * see reportBuilder.ts for why.
 */
import type { TablePosition } from '../shared/contract';
import { findTable } from '../nps/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Cells of the first rows read for detection (250,000: 5,000 rows of a 50-column export). */
export const SAMPLE_CELLS = 250_000;
/** The first rows read are never fewer: the header search (60 rows), three header rows and the detector's 2,000 sampled rows. */
export const MIN_HEAD_ROWS = 2_100;
/** Empty rows in a row that end a table (table.ts's TABLE_GAP). */
const TABLE_GAP = 50;

/** The detection sample of a sheet. */
export interface SheetSample {
  /** The sheet's first rows (row 0 is sheet row 1), every column up to the last with content. */
  values: unknown[][];
  /** The sheet's last row and column with content (0 on an empty sheet). */
  lastRow: number;
  lastColumn: number;
  /** Every row of the sheet, when it was read whole (a report build, see reportBuilder.ts); else null. */
  whole: unknown[][] | null;
}

/**
 * How many first rows of a sheet `columns` wide are read for detection.
 * @example headRowsFor(50) // 5000
 * @example headRowsFor(200) // 2100
 */
export function headRowsFor(columns: number): number {
  return Math.max(MIN_HEAD_ROWS, Math.floor(SAMPLE_CELLS / Math.max(1, columns)));
}

/** Reads a sheet's detection sample: its size, then its first rows in one `getSheetValues`. */
export function readSample(sheet: Sheet): SheetSample {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { values: [], lastRow: 0, lastColumn: 0, whole: null };
  return { values: sheet.getSheetValues(1, 1, Math.min(lastRow, headRowsFor(lastColumn)), lastColumn), lastRow, lastColumn, whole: null };
}

/**
 * The same sample out of a whole sheet's `getDataRange().getValues()`, so
 * that detection finds what it finds from {@link readSample}.
 * @example sampleOfWhole([['Score'], [9]]).lastRow // 2
 */
export function sampleOfWhole(whole: unknown[][]): SheetSample {
  const empty = whole.length === 0 || (whole.length === 1 && whole[0].every((cell) => cell === '' || cell === null || cell === undefined));
  if (empty) return { values: [], lastRow: 0, lastColumn: 0, whole: null };
  const lastColumn = whole[0].length;
  return { values: whole.slice(0, headRowsFor(lastColumn)), lastRow: whole.length, lastColumn, whole };
}

/** True when the sample holds every row of the sheet. */
export function isWholeSheet(sample: SheetSample): boolean {
  return sample.values.length >= sample.lastRow;
}

/**
 * Where the table is, in sheet rows (`table`) and in the sample's rows
 * (`sampleTable`, what detection looks at), or null when the sample holds
 * no table. On a sheet longer than the sample, a table that still runs at
 * the end of the sample runs on to the sheet's last row with content: the
 * rows not read may hold responses (the analysis then leaves out the
 * trailing rows where its columns are empty, see readTableColumns).
 */
export function locateTable(sample: SheetSample): { table: TablePosition; sampleTable: TablePosition; runsOn: boolean } | null {
  const found = findTable(sample.values);
  if (!found) return null;
  const runsOn = !isWholeSheet(sample) && found.lastRow > sample.values.length - TABLE_GAP;
  return { table: runsOn ? { ...found, lastRow: sample.lastRow } : found, sampleTable: found, runsOn };
}
