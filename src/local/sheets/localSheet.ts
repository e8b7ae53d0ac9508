/**
 * One sheet of the in-memory spreadsheet: the grid of stored values, the
 * formulas, number formats, styles and charts. This is the model behind the
 * Apps Script `Sheet` and `Range` facades, and what the importer, the CLI and
 * the playground use directly. Rows and columns are 1-based.
 */
import { formatA1, parseA1 } from './a1';
import type { ChartModel } from './chartModel';
import { notModelled, serviceError } from './errors';
import type { LocalSpreadsheet } from './localSpreadsheet';
import { CellInput, CellValue, copyCell, rawCell } from './values';

/** Cell styles the add-on sets (kept for the playground; not used in values). */
export interface CellStyle {
  fontWeight?: string;
  fontColor?: string;
  background?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  fontSize?: number;
}

/** A formula's result as the model keeps it between reads. */
export interface FormulaOutcome {
  /** The error message behind a `#ERROR!`/`#REF!` value, or null. */
  error: string | null;
  /** Set when the formula is not something the local spreadsheet evaluates: reading its value throws this. */
  notModelled: string | null;
}

/** Default grid of a new sheet in Google Sheets. */
export const DEFAULT_ROWS = 1000;
/** Default grid of a new sheet in Google Sheets. */
export const DEFAULT_COLUMNS = 26;
const KEY = 20000;

/** The map key of a cell. */
export function cellKey(row: number, column: number): number {
  return row * KEY + column;
}

/** Row and column of a map key. */
export function keyCell(key: number): [number, number] {
  return [Math.floor(key / KEY), key % KEY];
}

/** A sheet's model. Create sheets through {@link LocalSpreadsheet}. */
export class LocalSheet {
  name: string;
  readonly id: number;
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  /** Column widths in pixels set by the add-on, by column. */
  readonly columnWidths = new Map<number, number>();
  /** Formulas by cell key, as written (`=NPS(A2:A)`). */
  readonly formulas = new Map<number, string>();
  /** Number formats by cell key. */
  readonly numberFormats = new Map<number, string>();
  /** Styles by cell key. */
  readonly styles = new Map<number, CellStyle>();
  /** Charts inserted on this sheet, in insertion order. */
  readonly charts: ChartModel[] = [];
  /** Formula results (anchors and spilled cells) of the last calculation, by cell key. */
  readonly computed = new Map<number, CellValue>();
  /** Errors and not-modelled markers of formula cells of the last calculation. */
  readonly outcomes = new Map<number, FormulaOutcome>();
  /** Stored values, row-major, 0-based; short rows and missing rows are empty. */
  private rows: CellValue[][] = [];
  /** Set on a data source sheet (dataSources.ts): its cells come from the data source, and a script cannot edit them. */
  connectedTo: string | null = null;

  /** @internal Use LocalSpreadsheet.addSheet / insertSheet. */
  constructor(
    readonly book: LocalSpreadsheet,
    name: string,
    id: number,
    maxRows = DEFAULT_ROWS,
    maxColumns = DEFAULT_COLUMNS,
  ) {
    this.name = name;
    this.id = id;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  /** The stored value of a cell (a formula cell stores `""`). */
  raw(row: number, column: number): CellValue {
    const r = this.rows[row - 1];
    const v = r === undefined ? undefined : r[column - 1];
    return v === undefined ? '' : v;
  }

  /** The formula of a cell, or null. */
  formulaAt(row: number, column: number): string | null {
    return this.formulas.size === 0 ? null : (this.formulas.get(cellKey(row, column)) ?? null);
  }

  /** True when the cell holds a value or a formula (spilled results aside). */
  hasContent(row: number, column: number): boolean {
    return this.raw(row, column) !== '' || this.formulaAt(row, column) !== null;
  }

  /**
   * The value a script reads: the stored value, or the formula's computed
   * value (calculating first if anything changed). Throws for a formula the
   * local spreadsheet does not evaluate. Dates are fresh copies.
   */
  value(row: number, column: number): CellValue {
    this.book.calculate();
    return this.valueNow(row, column);
  }

  /** Like {@link value}, without triggering a calculation (used while calculating). */
  valueNow(row: number, column: number): CellValue {
    if (this.computed.size > 0 || this.outcomes.size > 0) {
      const key = cellKey(row, column);
      const outcome = this.outcomes.get(key);
      if (outcome && outcome.notModelled) throw new Error(outcome.notModelled);
      const computed = this.computed.get(key);
      if (computed !== undefined) return copyCell(computed);
    }
    return copyCell(this.raw(row, column));
  }

  /** Writes what a script wrote (`setValue(s)`/`setFormula(s)`), already parsed. */
  write(row: number, column: number, input: CellInput): void {
    this.book.assertWritable();
    this.assertNotConnected();
    const key = cellKey(row, column);
    if (input.formula === null) this.formulas.delete(key);
    else this.formulas.set(key, input.formula);
    this.store(row, column, input.value);
    this.book.markDirty();
  }

  /** Clears values and formulas in a rectangle. */
  clearContents(row: number, column: number, numRows: number, numColumns: number): void {
    this.book.assertWritable();
    this.assertNotConnected();
    for (let r = row; r < row + numRows && r <= this.rows.length; r++) {
      const cells = this.rows[r - 1];
      if (!cells) continue;
      for (let c = column; c < column + numColumns && c <= cells.length; c++) cells[c - 1] = '';
    }
    for (const key of [...this.formulas.keys()]) {
      const r = Math.floor(key / KEY);
      const c = key % KEY;
      if (r >= row && r < row + numRows && c >= column && c < column + numColumns) this.formulas.delete(key);
    }
    this.book.markDirty();
  }

  /** Clears number formats and styles in a rectangle. */
  clearFormats(row: number, column: number, numRows: number, numColumns: number): void {
    this.book.assertWritable();
    this.assertNotConnected();
    for (const map of [this.numberFormats, this.styles] as Map<number, unknown>[]) {
      for (const key of [...map.keys()]) {
        const r = Math.floor(key / KEY);
        const c = key % KEY;
        if (r >= row && r < row + numRows && c >= column && c < column + numColumns) map.delete(key);
      }
    }
  }

  /** A data source sheet's cells are the data source's: editing them throws (unconfirmed wording). */
  private assertNotConnected(): void {
    if (this.connectedTo !== null) throw serviceError(`The sheet "${this.name}" is connected to ${this.connectedTo}: its cells cannot be edited.`);
  }

  /** Replaces every stored value and formula with raw values (a data source sheet's new result). */
  replaceValues(values: unknown[][]): void {
    this.rows = [];
    this.formulas.clear();
    this.loadValues(values);
  }

  /**
   * Stores values as-is, the way Sheets imports a file with "convert text to
   * formulas" off: `"=HYPERLINK(…)"` stays text, `"42"` stays text, null
   * becomes empty. The grid grows to fit. Starts at `startRow`, `startColumn`.
   */
  loadValues(values: unknown[][], startRow = 1, startColumn = 1): void {
    const width = values.reduce((w, r) => Math.max(w, r.length), 0);
    this.maxRows = Math.max(this.maxRows, startRow + values.length - 1);
    this.maxColumns = Math.max(this.maxColumns, startColumn + width - 1);
    values.forEach((cells, i) => {
      cells.forEach((v, j) => {
        const row = startRow + i;
        const column = startColumn + j;
        this.formulas.delete(cellKey(row, column));
        this.store(row, column, rawCell(v));
      });
    });
    this.book.markDirty();
  }

  /** The last row with content (values, formulas, spilled results); 0 when empty. */
  lastRow(): number {
    this.book.calculate();
    return this.lastRowNow();
  }

  /** Like {@link lastRow}, without calculating. */
  lastRowNow(): number {
    let last = 0;
    for (let r = this.rows.length; r >= 1; r--) {
      const cells = this.rows[r - 1];
      if (cells && cells.some((v) => v !== '')) {
        last = r;
        break;
      }
    }
    for (const map of [this.formulas, this.computed] as Map<number, unknown>[]) {
      for (const key of map.keys()) last = Math.max(last, Math.floor(key / KEY));
    }
    return last;
  }

  /** The last column with content; 0 when empty. */
  lastColumn(): number {
    this.book.calculate();
    return this.lastColumnNow();
  }

  /** Like {@link lastColumn}, without calculating. */
  lastColumnNow(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        if (cells[c - 1] !== '') {
          last = c;
          break;
        }
      }
    }
    for (const map of [this.formulas, this.computed] as Map<number, unknown>[]) {
      for (const key of map.keys()) last = Math.max(last, key % KEY);
    }
    return last;
  }

  /**
   * The error message behind a formula cell's `#ERROR!`/`#REF!` value (what
   * Sheets shows when hovering the cell), or null. Not part of Apps Script.
   * @example sheet.getFormulaError('B2') // 'NPS: no valid 0–10 scores in the range'
   */
  getFormulaError(a1: string): string | null {
    const ref = parseA1(a1);
    if (!ref || ref.startRow === null || ref.startColumn === null) throw new Error(`Not a cell: ${a1}`);
    this.book.calculate();
    const outcome = this.outcomes.get(cellKey(ref.startRow, ref.startColumn));
    return outcome ? (outcome.error ?? outcome.notModelled) : null;
  }

  /** Throws Sheets' error when a rectangle does not fit the grid. */
  checkRect(row: number, column: number, numRows: number, numColumns: number): void {
    if (!(row >= 1)) throw serviceError('The starting row of the range is too small.');
    if (!(column >= 1)) throw serviceError('The starting column of the range is too small.');
    if (!(numRows >= 1)) throw serviceError('The number of rows in the range must be at least 1.');
    if (!(numColumns >= 1)) throw serviceError('The number of columns in the range must be at least 1.');
    if (![row, column, numRows, numColumns].every(Number.isInteger)) throw notModelled(`a range of fractional rows or columns (${row}, ${column}, ${numRows}, ${numColumns})`);
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw serviceError('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /** A1 text of a cell on this sheet, with the sheet name. */
  describeCell(row: number, column: number): string {
    return `${this.name}!${formatA1(row, column)}`;
  }

  /**
   * Moves every cell (values, formulas, number formats, styles) to where
   * `move` says, dropping those it maps to null: the cell shifting of an
   * inserted or deleted row or column. Formula results are recalculated.
   */
  remapCells(move: (row: number, column: number) => [number, number] | null): void {
    this.book.assertWritable();
    const old = this.rows;
    this.rows = [];
    old.forEach((cells, i) => cells && cells.forEach((v, j) => {
      const to = v === '' ? null : move(i + 1, j + 1);
      if (to) this.store(to[0], to[1], v);
    }));
    for (const map of [this.formulas, this.numberFormats, this.styles] as Map<number, unknown>[]) {
      const entries = [...map.entries()];
      map.clear();
      for (const [key, value] of entries) {
        const to = move(...keyCell(key));
        if (to) map.set(cellKey(to[0], to[1]), value);
      }
    }
    this.computed.clear();
    this.outcomes.clear();
    this.book.markDirty();
  }

  /** Copies everything a duplicated sheet keeps from `other`: cells, formats, styles, grid, widths, frozen lines. */
  copyContentsFrom(other: LocalSheet): void {
    this.rows = other.rows.map((cells) => (cells ? cells.map(copyCell) : cells));
    for (const [key, formula] of other.formulas) this.formulas.set(key, formula);
    for (const [key, format] of other.numberFormats) this.numberFormats.set(key, format);
    for (const [key, style] of other.styles) this.styles.set(key, { ...style });
    for (const [column, width] of other.columnWidths) this.columnWidths.set(column, width);
    this.maxRows = other.maxRows;
    this.maxColumns = other.maxColumns;
    this.frozenRows = other.frozenRows;
    this.frozenColumns = other.frozenColumns;
    this.book.markDirty();
  }

  /** Stored values of every cell from A1 to the last row and column with stored content (values only). */
  storedRows(): CellValue[][] {
    const width = this.rows.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
    return Array.from({ length: this.rows.length }, (_, i) =>
      Array.from({ length: width }, (_, j) => copyCell(this.raw(i + 1, j + 1))),
    );
  }

  private store(row: number, column: number, value: CellValue): void {
    let cells = this.rows[row - 1];
    if (!cells) {
      if (value === '') return;
      while (this.rows.length < row - 1) this.rows.push([]);
      cells = this.rows[row - 1] = [];
    }
    if (value === '' && column > cells.length) return;
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = value;
  }
}
