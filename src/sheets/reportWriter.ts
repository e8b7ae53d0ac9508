/**
 * Writing a computed report onto its sheet so that a failure never leaves a
 * half-written report and nothing of the user's is ever erased.
 *
 * Why in place, not in a fresh sheet swapped in at the end: the report
 * sheet keeps its id, name, position, chart ids (charts pasted into slides
 * stay linked) and the user's own notes beside the report.
 *
 * How it stays whole: the report's cells are written with ONE `setValues`,
 * the last write of all, over one rectangle from A1 (the cells of the new
 * report and of the previous one, which it blanks). Everything before it
 * can be taken back: the number formats, font weights and fills (read first
 * with `getNumberFormats`, `getFontWeights` and `getBackgrounds`), each chart change (the previous chart objects are
 * kept), the saved record and rows or columns added to the grid. When any
 * call throws, what was done is undone in reverse order, so the report is
 * exactly as it was; the single `setValues` either happens or not.
 *
 * What is the user's: the record remembers the area the report wrote. A
 * cell outside it that holds a value or a formula is the user's: when the
 * new report needs it, nothing is written and the message names the cells.
 */
import { columnLetter } from '../nps/roles';
import type { ReportArea } from './settings';
import { styleGrids, type StyleKey } from './reportStyle';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Cell = string | number | boolean | Date;

/** Name of the error that refuses to write over the user's cells (nothing was written: no need to say the report was kept). */
const USERS_CELLS = 'UsersCells';
/** Cells named in the message when the report needs cells holding the user's text. */
const CELLS_NAMED = 6;

/** What {@link writeInPlace} writes. */
export interface ReportWrite {
  values: Cell[][];
  formats: string[][];
  /** The look of each cell (bold headers, band fills), the shape of `values`. */
  styles: StyleKey[][];
  /** A1 notations of the charts' ranges, in the order of the specs. */
  chartRanges: string[];
  /** Number format of a cell the previous report wrote and the new one does not. */
  blankFormat: string;
  /** Puts the charts on the sheet (their ranges given), recording how to undo each change; returns their signatures. */
  applyCharts(ranges: Range[], undo: (() => void)[]): string[];
  /** Saves the new record (area written, chart signatures); returns how to put the previous one back. */
  saveRecord(area: ReportArea, charts: string[]): () => void;
}

/**
 * Rewrites an existing report sheet in place, all or nothing.
 * @param previousArea the area the previous report wrote (null for records that did not keep it: then every cell with content counts as the report's, as older versions cleared the whole sheet)
 * @throws Error naming the user's cells the report needs (nothing written), or the failure (everything put back)
 */
export function writeInPlace(sheet: Sheet, write: ReportWrite, previousArea: ReportArea | null): void {
  const undo: (() => void)[] = [];
  try {
    const old = previousArea || { rows: Math.max(1, sheet.getLastRow()), columns: Math.max(1, sheet.getLastColumn()) };
    const rows = write.values.length;
    const columns = write.values[0].length;
    const all = { rows: Math.max(rows, old.rows), columns: Math.max(columns, old.columns) };
    const [range, ...chartRanges] = writableRanges(sheet, [a1(all), ...write.chartRanges], all, old, undo);
    const oldFormats = range.getNumberFormats();
    // The look is read too, so that a failure puts it back and the user's own look outside the report is kept.
    const oldWeights = range.getFontWeights();
    const oldBackgrounds = range.getBackgrounds();
    const outside = (r: number, c: number) => r >= old.rows || c >= old.columns;
    if (all.rows > old.rows || all.columns > old.columns) refuseUsersCells(range, outside);

    const values: Cell[][] = [];
    const formats: string[][] = [];
    const look = styleGrids(write.styles);
    const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
    const backgrounds: (string | null)[][] = [];
    for (let r = 0; r < all.rows; r++) {
      const w: GoogleAppsScript.Spreadsheet.FontWeight[] = [];
      const b: (string | null)[] = [];
      for (let c = 0; c < all.columns; c++) {
        const mine = r < rows && c < columns;
        w.push(mine ? look.fontWeights[r][c] : outside(r, c) ? oldWeights[r][c] : 'normal');
        b.push(mine ? look.backgrounds[r][c] : outside(r, c) ? oldBackgrounds[r][c] : null);
      }
      weights.push(w);
      backgrounds.push(b);
    }
    for (let r = 0; r < all.rows; r++) {
      const v: Cell[] = [];
      const f: string[] = [];
      for (let c = 0; c < all.columns; c++) {
        const mine = r < rows && c < columns;
        v.push(mine ? asWrittenUnder(write.values[r][c], write.formats[r][c]) : '');
        // A cell of neither report keeps its format (it is empty: refuseUsersCells checked).
        f.push(mine ? write.formats[r][c] : outside(r, c) ? oldFormats[r][c] : write.blankFormat);
      }
      values.push(v);
      formats.push(f);
    }
    range.setNumberFormats(formats);
    undo.push(() => range.setNumberFormats(oldFormats));
    range.setFontWeights(weights);
    undo.push(() => range.setFontWeights(oldWeights));
    range.setBackgrounds(backgrounds as string[][]);
    undo.push(() => range.setBackgrounds(oldBackgrounds));
    const charts = write.applyCharts(chartRanges, undo);
    undo.push(write.saveRecord({ rows, columns }, charts));
    range.setValues(values); // the last write: nothing after it can fail
  } catch (error) {
    throw new Error(undoAll(undo, error));
  }
}

/**
 * The formats are set before the values (so that the values are the last
 * write): under the text format `@` Sheets keeps whatever is written as
 * text, a leading apostrophe included, so text is written there without it.
 */
function asWrittenUnder(value: Cell, format: string): Cell {
  return format === '@' && typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}

/** Takes back what was done, newest first; the message says whether the report is as it was. */
function undoAll(undo: (() => void)[], error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (undo.length === 0) return reason;
  const failures: string[] = [];
  for (let i = undo.length - 1; i >= 0; i--) {
    try {
      undo[i]();
    } catch (again) {
      failures.push(again instanceof Error ? again.message : String(again));
    }
  }
  if (failures.length) return `${reason} Putting the previous report back failed too (${failures[0]}): build the report again.`;
  return error instanceof Error && error.name === USERS_CELLS ? reason : `${reason} The previous report was left as it was.`;
}

/**
 * Stops, writing nothing, when a cell the report would write outside its
 * previous area holds a value or a formula (or a formula's result).
 */
function refuseUsersCells(range: Range, outside: (r: number, c: number) => boolean): void {
  const formulas = range.getFormulas();
  const values = range.getValues();
  const cells: string[] = [];
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (!outside(r, c) || (values[r][c] === '' && formulas[r][c] === '')) continue;
      if (count++ < CELLS_NAMED) cells.push(cellA1(r + 1, c + 1));
    }
  }
  if (count === 0) return;
  const more = count > CELLS_NAMED ? ` … (${count} cells)` : '';
  const refusal = new Error(`The report needs cells that hold your text: ${cells.join(', ')}${more}. Move them, then refresh.`);
  refusal.name = USERS_CELLS;
  throw refusal;
}

/**
 * The ranges, with ONE `getRangeList`. Within the previous area the grid is
 * known to be large enough; a larger report measures the grid first and
 * grows it (undone on failure). A sheet whose grid the user shrank is
 * measured when asking for the ranges fails.
 */
function writableRanges(sheet: Sheet, a1s: string[], size: ReportArea, old: ReportArea, undo: (() => void)[]): Range[] {
  if (size.rows > old.rows || size.columns > old.columns) {
    grow(sheet, size, undo);
    return sheet.getRangeList(a1s).getRanges();
  }
  try {
    return sheet.getRangeList(a1s).getRanges();
  } catch (error) {
    if (!grow(sheet, size, undo)) throw error; // the grid was large enough: another failure
    return sheet.getRangeList(a1s).getRanges();
  }
}

/** Adds rows and columns at the end of the sheet until it holds `size`; false when it already did. */
function grow(sheet: Sheet, size: ReportArea, undo: (() => void)[]): boolean {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (size.rows > maxRows) {
    sheet.insertRowsAfter(maxRows, size.rows - maxRows);
    undo.push(() => sheet.deleteRows(maxRows + 1, size.rows - maxRows));
  }
  if (size.columns > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, size.columns - maxColumns);
    undo.push(() => sheet.deleteColumns(maxColumns + 1, size.columns - maxColumns));
  }
  return size.rows > maxRows || size.columns > maxColumns;
}

function a1(area: ReportArea): string {
  return `A1:${cellA1(area.rows, area.columns)}`;
}

function cellA1(row: number, column: number): string {
  return `${columnLetter(column - 1)}${row}`;
}
