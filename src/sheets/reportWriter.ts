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
 * What is the user's: the record remembers the area the report wrote and
 * the blocks inside it (title, summary, tables, chart data). A cell outside
 * every block of the previous report — beside it, under it, or in a gap
 * between its tables — that holds a value or a formula is the user's: when
 * the new report needs it (it lies in a new block), nothing is written and
 * the message names the cells; otherwise it is written back as it was (its
 * formula, or its value), with its format, weight and fill. Reading the
 * cells costs one `getValues`, and one `getFormulas` only when a gap holds
 * something.
 */
import { columnLetter } from '../nps/roles';
import type { ReportArea } from './settings';
import type { BlockArea } from './reportCompose';
import { styleGrids, type StyleKey } from './reportStyle';
import { cellsNamed } from './sheetText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Cell = string | number | boolean | Date;

/** Name of the error that refuses to write over the user's cells (nothing was written: no need to say the report was kept). */
const USERS_CELLS = 'UsersCells';

/** What {@link writeInPlace} writes. */
export interface ReportWrite {
  values: Cell[][];
  formats: string[][];
  /** The look of each cell (bold headers, band fills), the shape of `values`. */
  styles: StyleKey[][];
  /** The new report's blocks (1-based): the cells it needs. */
  blocks: BlockArea[];
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
    // The previous report's cells: its blocks, or (older records) its whole rectangle.
    const wasReports = cellTest(previousArea && previousArea.blocks ? previousArea.blocks : [{ row: 1, column: 1, rows: old.rows, columns: old.columns }]);
    const needed = cellTest(write.blocks);
    const kept = usersCells(range, all, wasReports, needed);

    const values: Cell[][] = [];
    const formats: string[][] = [];
    const look = styleGrids(write.styles);
    const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
    const backgrounds: (string | null)[][] = [];
    for (let r = 0; r < all.rows; r++) {
      const v: Cell[] = [];
      const f: string[] = [];
      const w: GoogleAppsScript.Spreadsheet.FontWeight[] = [];
      const b: (string | null)[] = [];
      for (let c = 0; c < all.columns; c++) {
        const users = kept.get(r * all.columns + c);
        if (users !== undefined || (!needed(r, c) && !wasReports(r, c))) {
          // The user's cell, or a gap neither report uses: as it was (its format and look too).
          v.push(users !== undefined ? asWrittenUnder(users, oldFormats[r][c]) : '');
          f.push(oldFormats[r][c]);
          w.push(oldWeights[r][c]);
          b.push(oldBackgrounds[r][c]);
          continue;
        }
        const mine = r < rows && c < columns;
        v.push(mine ? asWrittenUnder(write.values[r][c], write.formats[r][c]) : '');
        f.push(mine ? write.formats[r][c] : write.blankFormat);
        w.push(mine ? look.fontWeights[r][c] : 'normal');
        b.push(mine ? look.backgrounds[r][c] : null);
      }
      values.push(v);
      formats.push(f);
      weights.push(w);
      backgrounds.push(b);
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

/** A test of 0-based (row, column) against 1-based blocks. */
function cellTest(blocks: BlockArea[]): (r: number, c: number) => boolean {
  return (r, c) => {
    for (const b of blocks) if (r + 1 >= b.row && r + 1 < b.row + b.rows && c + 1 >= b.column && c + 1 < b.column + b.columns) return true;
    return false;
  };
}

/**
 * The user's cells of the rectangle (outside every block of the previous
 * report, holding a value or a formula), as what to write back, keyed by
 * r × columns + c. Stops, writing nothing, when the new report needs one.
 */
function usersCells(range: Range, all: ReportArea, wasReports: (r: number, c: number) => boolean, needed: (r: number, c: number) => boolean): Map<number, Cell> {
  const values = range.getValues();
  const kept = new Map<number, Cell>();
  const found: [number, number][] = [];
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) if (values[r][c] !== '' && !wasReports(r, c)) found.push([r, c]);
  }
  if (found.length === 0) return kept;
  // Something lies in a gap: its formulas are read so that a formula is written back as a formula.
  const formulas = range.getFormulas();
  const clashes = found.filter(([r, c]) => needed(r, c));
  if (clashes.length > 0) {
    const refusal = new Error(`The report needs cells that hold your text: ${cellsNamed(clashes)}. Move them, then refresh.`);
    refusal.name = USERS_CELLS;
    throw refusal;
  }
  for (const [r, c] of found) {
    const value = values[r][c] as Cell;
    // Text that looks like a formula is written back as text.
    kept.set(r * all.columns + c, formulas[r][c] !== '' ? formulas[r][c] : typeof value === 'string' && /^[=+\-@']/.test(value) ? `'${value}` : value);
  }
  return kept;
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
