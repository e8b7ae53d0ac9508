/**
 * What detection reads of a sheet of responses (SPEC §8 "Cells read"): a
 * sample of its rows — its first rows and, on a long sheet, its last rows —
 * from which the table and the roles are found. The report then reads only
 * the columns it uses (sourceSheet.ts). For now the sample is the whole
 * sheet (one `getDataRange().getValues()`); its shape already allows first
 * and last rows, so callers do not change when it shrinks.
 */
import type { TablePosition } from '../shared/contract';
import { findTable } from '../nps/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Empty rows in a row that end a table (table.ts's TABLE_GAP). */
const TABLE_GAP = 50;

/** The detection sample of a sheet. */
export interface SheetSample {
  /**
   * The rows read, row 0 is sheet row 1: the sheet's first `head` rows,
   * then its rows from `tailStart` to `lastRow` (right after them when the
   * sheet was read whole).
   */
  values: unknown[][];
  /** How many of `values` are the sheet's first rows. */
  head: number;
  /** The sheet row of `values[head]`; `head + 1` when the sheet was read whole. */
  tailStart: number;
  /** The sheet's last row and column with content (0 on an empty sheet). */
  lastRow: number;
  lastColumn: number;
}

/** Reads a sheet's detection sample (for now the whole sheet, in one read). */
export function readSample(sheet: Sheet): SheetSample {
  const values = sheet.getDataRange().getValues();
  const lastRow = values.length === 1 && values[0].every((cell) => cell === '') ? 0 : values.length;
  return { values, head: values.length, tailStart: values.length + 1, lastRow, lastColumn: values[0].length };
}

/**
 * Where the table is, in sheet rows (`table`) and in the sample's rows
 * (`sampleTable`, what detection looks at), or null when the sample holds
 * no table. On a sheet longer than the sample, a table that still runs at
 * the end of the first rows and does not end in the last rows read runs on
 * to the row before them: rows not read may hold responses, and counting
 * a few empty rows loses none (as the detector's own sampling, table.ts).
 */
export function locateTable(sample: SheetSample): { table: TablePosition; sampleTable: TablePosition } | null {
  const found = findTable(sample.values);
  if (!found) return null;
  const { head, tailStart } = sample;
  if (tailStart === head + 1) return { table: found, sampleTable: found };
  const sheetRow = (row: number) => (row <= head ? row : tailStart + (row - head - 1));
  let lastRow = sheetRow(found.lastRow);
  if (found.lastRow <= head && found.lastRow > head - TABLE_GAP) lastRow = tailStart - 1;
  const table = { headerRow: sheetRow(found.headerRow), headerRows: found.headerRows, firstDataRow: sheetRow(found.firstDataRow), lastRow };
  return { table, sampleTable: found };
}
