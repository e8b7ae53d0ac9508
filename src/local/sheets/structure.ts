/**
 * Inserting and deleting rows and columns inside a sheet, and duplicating a
 * sheet, as Sheets does them:
 *
 * - the cells after the change shift (values, formulas, number formats,
 *   styles, column widths), deleted cells are gone;
 * - every formula of the spreadsheet that refers to the sheet is rewritten
 *   (references.ts), so `=NPS('Data'!C2:C)` follows its column, and a
 *   reference whose cells are all deleted becomes `#REF!`;
 * - chart ranges on the sheet follow their cells (a range whose cells are all
 *   deleted is dropped), charts anchored on it move with their anchor cell;
 * - sheet-level developer metadata stays with the sheet.
 *
 * New rows and columns are blank; Sheets' copying of the neighbouring
 * line's formatting into them is not modelled.
 *
 * Duplicating (`Sheet.copyTo` within the spreadsheet, `duplicateActiveSheet`)
 * copies cells, formats, widths, charts (new ids; ranges on the original
 * sheet point at the copy) and the sheet's developer metadata (new ids, same
 * keys and values), as the issue tracker reports Sheets doing; the copy is
 * named `Copy of <name>` (`Copy of <name> 2`… when taken).
 */
import { copyChart, type RangeRef } from './chartModel';
import { serviceError } from './errors';
import type { LocalSheet } from './localSheet';
import type { LocalSpreadsheet } from './localSpreadsheet';
import { moveLine, moveSpan, shiftFormula, type LineChange } from './references';

/**
 * Inserts `count` blank rows or columns before line `at` (at = max + 1 appends).
 * @throws Sheets' errors for a position outside the sheet
 */
export function insertLines(sheet: LocalSheet, dimension: LineChange['dimension'], at: number, count: number): void {
  const max = dimension === 'rows' ? sheet.maxRows : sheet.maxColumns;
  if (!Number.isInteger(count) || count < 1) throw serviceError(`The number of ${dimension} to insert must be at least 1.`);
  if (!Number.isInteger(at) || at < 1 || at > max + 1) throw serviceError(`Those ${dimension} are out of bounds.`);
  applyChange(sheet, { dimension, kind: 'insert', at, count });
}

/**
 * Deletes `count` rows or columns from line `at` on.
 * @throws Sheets' errors for lines outside the sheet, or deleting all of them
 */
export function deleteLines(sheet: LocalSheet, dimension: LineChange['dimension'], at: number, count: number): void {
  const max = dimension === 'rows' ? sheet.maxRows : sheet.maxColumns;
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(at) || at < 1 || at + count - 1 > max) {
    throw serviceError(`Those ${dimension} are out of bounds.`);
  }
  if (count === max) throw serviceError(`You can't delete all the ${dimension} on the sheet.`);
  applyChange(sheet, { dimension, kind: 'delete', at, count });
}

function applyChange(sheet: LocalSheet, change: LineChange): void {
  const book = sheet.book;
  book.assertWritable();
  const rows = change.dimension === 'rows';
  // Formulas everywhere first, while the sheet still has its name and cells.
  for (const s of book.sheets) {
    for (const [key, formula] of [...s.formulas]) {
      const shifted = shiftFormula(formula, s.name, sheet.name, change);
      if (shifted !== formula) s.formulas.set(key, shifted);
    }
  }
  sheet.remapCells((r, c) => {
    const moved = moveLine(rows ? r : c, change);
    if (moved === null) return null;
    return rows ? [moved, c] : [r, moved];
  });
  if (!rows) {
    const widths = [...sheet.columnWidths];
    sheet.columnWidths.clear();
    for (const [column, width] of widths) {
      const moved = moveLine(column, change);
      if (moved !== null) sheet.columnWidths.set(moved, width);
    }
  }
  const delta = change.kind === 'insert' ? change.count : -change.count;
  const frozen = rows ? sheet.frozenRows : sheet.frozenColumns;
  const frozenNow = frozen < change.at ? frozen : change.kind === 'insert' ? frozen + change.count : Math.max(change.at - 1, frozen - change.count);
  if (rows) {
    sheet.maxRows += delta;
    sheet.frozenRows = frozenNow;
  } else {
    sheet.maxColumns += delta;
    sheet.frozenColumns = frozenNow;
  }
  for (const s of book.sheets) {
    for (const chart of s.charts) {
      chart.ranges = chart.ranges.map((r) => (r.sheet === sheet ? shiftRange(r, change) : r)).filter((r): r is RangeRef => r !== null);
      if (s === sheet) {
        const p = chart.position;
        const line = moveLine(rows ? p.row : p.column, change) ?? change.at;
        if (rows) p.row = line;
        else p.column = line;
      }
    }
  }
  book.markDirty();
}

function shiftRange(r: RangeRef, change: LineChange): RangeRef | null {
  const rows = change.dimension === 'rows';
  const start = rows ? r.row : r.column;
  const size = rows ? r.numRows : r.numColumns;
  const span = moveSpan(start, start + size - 1, change);
  if (!span) return null;
  const count = span.end! - span.start + 1;
  return rows ? { ...r, row: span.start, numRows: count } : { ...r, column: span.start, numColumns: count };
}

/**
 * A copy of a sheet in the same spreadsheet, at 0-based `index`, named
 * `Copy of <name>`: cells, formats, charts and the sheet's developer metadata.
 */
export function duplicateSheet(book: LocalSpreadsheet, original: LocalSheet, index: number): LocalSheet {
  book.assertWritable();
  let name = `Copy of ${original.name}`;
  for (let n = 2; book.sheetByName(name); n++) name = `Copy of ${original.name} ${n}`;
  const copy = book.addSheet(name.slice(0, 100), [], index);
  copy.copyContentsFrom(original);
  for (const chart of original.charts) {
    const c = copyChart(chart);
    c.id = book.newChartId();
    c.ranges = c.ranges.map((r) => (r.sheet === original ? { ...r, sheet: copy } : r));
    copy.charts.push(c);
  }
  for (const m of book.metadata.filter((x) => x.sheet === original)) {
    book.metadata.push({ ...m, id: book.newMetadataId(), sheet: copy });
  }
  return copy;
}
