/**
 * Google Sheets' size limits, applied while a file is read so that memory
 * follows the data: at most 10 million cells in a spreadsheet, 18,278
 * columns (ZZZ) in a sheet and 50,000 characters in a cell. Trailing empty
 * cells never widen a row; cells that do not fit are left out, cut text is
 * cut, and both are told in a warning sentence.
 */
import { columnLetters } from '../sheets/a1';
import { MAX_CELL_CHARS } from '../sheets/values';
import type { ImportedCell } from './workbook';
import { cutText } from '../../nps/cutText';

/** Most cells a spreadsheet holds (all sheets together). */
export const MAX_CELLS = 10_000_000;
/** Most columns a sheet holds (column ZZZ). */
export const MAX_COLUMNS = 18_278;
/** Most characters a cell holds: the local spreadsheet's limit, which its setValues enforces. */
export { MAX_CELL_CHARS };

/** The cells still free in a spreadsheet, shared by the sheets of one import. */
export interface CellBudget {
  cells: number;
}

/**
 * Fits the rows of one sheet, in file order, inside the limits: a cell is
 * kept when the grid that holds it (rows so far × widest row) stays within
 * the budget. Rows are built by the caller without trailing empty cells.
 *
 * @example
 * const limiter = new SheetLimiter('answers.csv', { cells: MAX_CELLS });
 * const row = limiter.fit(['a', 'b', '', '']); // ['a', 'b'] (trailing empties dropped)
 * limiter.warnings();                         // [] when nothing was cut
 */
export class SheetLimiter {
  private rows = 0;
  private width = 0;
  private full = false;
  private leftOut = 0;
  private firstLeftOut = '';
  private cutTexts = 0;
  private firstCutText = '';

  /**
   * @param label how warnings name the sheet, e.g. `answers.csv` or `export.xlsx, sheet "Form 1"`
   * @param budget the cells still free; the sheet's grid is taken from it by {@link pad}
   */
  constructor(
    private readonly label: string,
    private readonly budget: CellBudget,
  ) {}

  /**
   * A cell's text, cut to {@link MAX_CELL_CHARS} (noted for the warning).
   *
   * @param text the cell's text
   * @param row 1-based sheet row, for the warning
   * @param column 1-based column, for the warning
   */
  text(text: string, row: number, column: number): string {
    if (text.length <= MAX_CELL_CHARS) return text;
    if (this.cutTexts++ === 0) this.firstCutText = columnLetters(column) + row;
    return cutText(text, MAX_CELL_CHARS);
  }

  /**
   * The next row as the sheet holds it: trailing empty cells dropped, cells
   * beyond the limits left out (the array is shortened in place), or null
   * when the grid is full and no row more fits.
   *
   * @param cells the row's cells, "" for empty ones
   * @param beyond non-empty cells after these that the reader already skipped (past {@link MAX_COLUMNS})
   */
  fit(cells: ImportedCell[], beyond = 0): ImportedCell[] | null {
    const row = this.rows + 1;
    trimEnd(cells);
    if (beyond > 0) {
      if (this.leftOut === 0) this.firstLeftOut = columnLetters(MAX_COLUMNS + 1) + row;
      this.leftOut += beyond;
    }
    if (this.full || row * this.width > this.budget.cells) {
      this.full = true;
      this.noteLeftOut(cells, 0, row);
      return null;
    }
    this.rows = row;
    const allowed = Math.min(MAX_COLUMNS, Math.floor(this.budget.cells / row));
    if (cells.length > allowed) {
      this.noteLeftOut(cells, allowed, row);
      cells.length = allowed;
      trimEnd(cells);
    }
    if (cells.length > this.width) this.width = cells.length;
    return cells;
  }

  /**
   * Pads the kept rows to the widest one, in place (a sheet is a rectangle),
   * after dropping empty rows at the end, and takes the grid's cells from
   * the budget.
   *
   * @param values the rows {@link fit} returned, in order
   */
  pad(values: ImportedCell[][]): ImportedCell[][] {
    while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
    let width = 0;
    for (const row of values) if (row.length > width) width = row.length;
    for (const row of values) while (row.length < width) row.push('');
    this.budget.cells -= values.length * width;
    return values;
  }

  /** Sentences saying what was left out or cut, if anything. */
  warnings(): string[] {
    const warnings: string[] = [];
    if (this.leftOut > 0) {
      warnings.push(
        `${this.label}: ${count(this.leftOut, 'cell')} left out, from cell ${this.firstLeftOut} on, because a Google ` +
          `spreadsheet holds at most ${MAX_CELLS.toLocaleString('en-US')} cells and ${MAX_COLUMNS.toLocaleString('en-US')} columns; ` +
          'move that data into a smaller file if you need it.',
      );
    }
    if (this.cutTexts > 0) {
      warnings.push(
        `${this.label}: ${this.cutTexts === 1 ? '1 cell' : `${this.cutTexts.toLocaleString('en-US')} cells`} held more than ` +
          `${MAX_CELL_CHARS.toLocaleString('en-US')} characters, the most a Google Sheets cell holds, and ` +
          `${this.cutTexts === 1 ? 'was' : 'were'} cut to that length (first: cell ${this.firstCutText}).`,
      );
    }
    return warnings;
  }

  private noteLeftOut(cells: ImportedCell[], from: number, row: number): void {
    for (let c = from; c < cells.length; c++) {
      if (cells[c] === '') continue;
      if (this.leftOut++ === 0) this.firstLeftOut = columnLetters(c + 1) + row;
    }
  }
}

function count(n: number, noun: string): string {
  return n === 1 ? `1 ${noun} was` : `${n.toLocaleString('en-US')} ${noun}s were`;
}

function trimEnd(cells: ImportedCell[]): void {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  if (n < cells.length) cells.length = n;
}
