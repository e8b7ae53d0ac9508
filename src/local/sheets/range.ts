/** The Apps Script `Range` over a rectangle of a local sheet. */
import { formatA1 } from './a1';
import { notModelled, serviceError } from './errors';
import type { FacadeFactory } from './factory';
import { cellKey, CellStyle, LocalSheet } from './localSheet';
import { displayText } from './numberFormat';
import { CellValue, parseInput } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Modelled =
  | 'getValues' | 'getValue' | 'getDisplayValues' | 'getDisplayValue' | 'setValues' | 'setValue'
  | 'getFormulas' | 'getFormula' | 'setFormulas' | 'setFormula'
  | 'setNumberFormat' | 'setNumberFormats' | 'getNumberFormats' | 'getNumberFormat'
  | 'setFontWeight' | 'setFontColor' | 'setBackground' | 'setHorizontalAlignment' | 'setWrap' | 'setFontSize'
  | 'setFontWeights' | 'setFontColors' | 'setBackgrounds' | 'getFontWeights' | 'getFontWeight' | 'getBackgrounds' | 'getBackground'
  | 'clear' | 'clearContent' | 'clearFormat' | 'getA1Notation' | 'getRow' | 'getColumn' | 'getLastRow' | 'getLastColumn'
  | 'getNumRows' | 'getNumColumns' | 'getHeight' | 'getWidth' | 'getSheet' | 'offset';

/** What getNumberFormat returns for a cell with no format set (Sheets' automatic format). */
const AUTOMATIC_FORMAT = '0.###############';

/** What getBackground returns for a cell without a fill. */
const DEFAULT_BACKGROUND = '#ffffff';

function weightOf(style: CellStyle | undefined): GoogleAppsScript.Spreadsheet.FontWeight {
  return style && style.fontWeight === 'bold' ? 'bold' : 'normal';
}

/** A font weight of a grid: 'bold', 'normal', or undefined for null (reset). */
function checkWeight(value: unknown, method: string): string | undefined {
  if (value === null) return undefined;
  if (value === 'bold' || value === 'normal') return value;
  throw notModelled(`Range.${method} with the font weight ${JSON.stringify(value)} (only 'bold', 'normal' and null are)`);
}

/** A colour of a grid: `#rrggbb` (kept lower case), or undefined for null (reset). Colour names and `rgb()` are not modelled. */
function checkColour(value: unknown, method: string): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  throw notModelled(`Range.${method} with the colour ${JSON.stringify(value)} (only #rrggbb and null are)`);
}

/** How Apps Script names an argument's type in "The parameters (…) don't match" errors. */
function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length && !Array.isArray(value[0]) ? `${describeType(value[0])}[]` : 'Object[][]';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

/** A Range facade. */
export class RangeFacade implements Pick<Range, Modelled> {
  constructor(
    private readonly f: FacadeFactory,
    readonly sheet: LocalSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  getValues(): any[][] {
    this.f.book.calculate();
    return this.map((r, c) => this.sheet.valueNow(r, c));
  }

  getValue(): any {
    return this.sheet.value(this.row, this.column);
  }

  getDisplayValues(): string[][] {
    this.f.book.calculate();
    return this.map((r, c) => this.display(r, c));
  }

  getDisplayValue(): string {
    this.f.book.calculate();
    return this.display(this.row, this.column);
  }

  setValues(values: any[][]): Range {
    this.checkGrid(values, 'setValues');
    // Every value is read before any is written: a value Sheets refuses leaves the range as it was.
    const inputs = values.map((cells, i) => cells.map((v, j) => parseInput(v, this.sheet.numberFormats.get(cellKey(this.row + i, this.column + j)))));
    inputs.forEach((cells, i) => cells.forEach((input, j) => this.sheet.write(this.row + i, this.column + j, input)));
    return this.self();
  }

  setValue(value: any): Range {
    this.forEach((r, c) => this.sheet.write(r, c, parseInput(value, this.sheet.numberFormats.get(cellKey(r, c)))));
    return this.self();
  }

  getFormulas(): string[][] {
    return this.map((r, c) => this.sheet.formulaAt(r, c) ?? '');
  }

  getFormula(): string {
    return this.sheet.formulaAt(this.row, this.column) ?? '';
  }

  setFormulas(formulas: string[][]): Range {
    this.checkGrid(formulas, 'setFormulas');
    formulas.forEach((cells, i) => cells.forEach((v, j) => this.writeFormula(this.row + i, this.column + j, v)));
    return this.self();
  }

  setFormula(formula: string): Range {
    this.forEach((r, c) => this.writeFormula(r, c, formula));
    return this.self();
  }

  setNumberFormat(numberFormat: string): Range {
    this.f.book.assertWritable();
    this.forEach((r, c) => this.sheet.numberFormats.set(cellKey(r, c), String(numberFormat)));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this.checkGrid(numberFormats, 'setNumberFormats');
    this.f.book.assertWritable();
    numberFormats.forEach((cells, i) =>
      cells.forEach((v, j) => this.sheet.numberFormats.set(cellKey(this.row + i, this.column + j), String(v))),
    );
    return this.self();
  }

  getNumberFormats(): string[][] {
    return this.map((r, c) => this.sheet.numberFormats.get(cellKey(r, c)) ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    return this.sheet.numberFormats.get(cellKey(this.row, this.column)) ?? AUTOMATIC_FORMAT;
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.style({ fontWeight: fontWeight ?? undefined });
  }

  setFontColor(color: string | null): Range {
    return this.style({ fontColor: color ?? undefined });
  }

  setBackground(color: string | null): Range {
    return this.style({ background: color ?? undefined });
  }

  /** One weight per cell: 'bold', 'normal' or null (reset). */
  setFontWeights(fontWeights: any[][]): Range {
    return this.styleGrid(fontWeights, 'setFontWeights', 'fontWeight', checkWeight);
  }

  /** One CSS colour per cell (`#rrggbb`), or null (reset). */
  setFontColors(colors: any[][]): Range {
    return this.styleGrid(colors, 'setFontColors', 'fontColor', checkColour);
  }

  /** One CSS colour per cell (`#rrggbb`), or null (reset: no fill). */
  setBackgrounds(color: string[][]): Range {
    return this.styleGrid(color, 'setBackgrounds', 'background', checkColour);
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.map((r, c) => weightOf(this.sheet.styles.get(cellKey(r, c))));
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return weightOf(this.sheet.styles.get(cellKey(this.row, this.column)));
  }

  getBackgrounds(): string[][] {
    return this.map((r, c) => this.sheet.styles.get(cellKey(r, c))?.background ?? DEFAULT_BACKGROUND);
  }

  getBackground(): string {
    return this.sheet.styles.get(cellKey(this.row, this.column))?.background ?? DEFAULT_BACKGROUND;
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.style({ horizontalAlignment: alignment ?? undefined });
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.style({ wrap: isWrapEnabled });
  }

  setFontSize(size: number): Range {
    return this.style({ fontSize: size });
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; skipFilteredRows?: boolean; validationsOnly?: boolean }): Range {
    if (options && (options.commentsOnly || options.validationsOnly || options.skipFilteredRows)) throw notModelled('Range.clear with commentsOnly, validationsOnly or skipFilteredRows');
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) this.sheet.clearContents(this.row, this.column, this.numRows, this.numColumns);
    if (formats) this.sheet.clearFormats(this.row, this.column, this.numRows, this.numColumns);
    return this.self();
  }

  clearContent(): Range {
    this.sheet.clearContents(this.row, this.column, this.numRows, this.numColumns);
    return this.self();
  }

  clearFormat(): Range {
    this.sheet.clearFormats(this.row, this.column, this.numRows, this.numColumns);
    return this.self();
  }

  getA1Notation(): string {
    return formatA1(this.row, this.column, this.numRows, this.numColumns);
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getHeight(): number {
    return this.numRows;
  }

  getWidth(): number {
    return this.numColumns;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.f.sheet(this.sheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const rows = numRows ?? this.numRows;
    const columns = numColumns ?? this.numColumns;
    this.sheet.checkRect(this.row + rowOffset, this.column + columnOffset, rows, columns);
    return this.f.range(this.sheet, this.row + rowOffset, this.column + columnOffset, rows, columns);
  }

  private self(): Range {
    return this.f.range(this.sheet, this.row, this.column, this.numRows, this.numColumns);
  }

  private map<T>(cell: (row: number, column: number) => T): T[][] {
    const out: T[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const cells: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) cells[j] = cell(this.row + i, this.column + j);
      out[i] = cells;
    }
    return out;
  }

  private forEach(cell: (row: number, column: number) => void): void {
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) cell(this.row + i, this.column + j);
  }

  private display(row: number, column: number): string {
    const value: CellValue = this.sheet.valueNow(row, column);
    const { locale, timeZone } = this.f.book;
    const format = this.sheet.numberFormats.get(cellKey(row, column));
    return displayText(value, format === AUTOMATIC_FORMAT ? undefined : format, locale, timeZone);
  }

  private writeFormula(row: number, column: number, formula: unknown): void {
    const text = String(formula ?? '');
    // setFormula with text that is not a formula stores it like setValue does.
    this.sheet.write(row, column, text.startsWith('=') ? { formula: text, value: '' } : parseInput(text, undefined));
  }

  private style(style: CellStyle): Range {
    this.f.book.assertWritable();
    this.forEach((r, c) => {
      const key = cellKey(r, c);
      this.sheet.styles.set(key, { ...this.sheet.styles.get(key), ...style });
    });
    return this.self();
  }

  /** Sets one style property cell by cell from a grid of the range's shape (null resets it). */
  private styleGrid(grid: unknown, method: string, property: 'fontWeight' | 'fontColor' | 'background', check: (value: unknown, method: string) => string | undefined): Range {
    this.checkGrid(grid, method);
    this.f.book.assertWritable();
    const checked = (grid as unknown[][]).map((cells) => cells.map((v) => check(v, method)));
    checked.forEach((cells, i) =>
      cells.forEach((v, j) => {
        const key = cellKey(this.row + i, this.column + j);
        const style: CellStyle = { ...this.sheet.styles.get(key) };
        if (v === undefined) delete style[property];
        else style[property] = v;
        if (Object.keys(style).length === 0) this.sheet.styles.delete(key);
        else this.sheet.styles.set(key, style);
      }),
    );
    return this.self();
  }

  /** Checks a 2-D argument against the range size with Sheets' messages. */
  private checkGrid(data: unknown, method: string): void {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      throw serviceError(`The parameters (${describeType(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    if (data.length !== this.numRows) {
      throw serviceError(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`);
    }
    for (const cells of data as unknown[][]) {
      if (cells.length !== this.numColumns) {
        throw serviceError(`The number of columns in the data does not match the number of columns in the range. The data has ${cells.length} but the range has ${this.numColumns}.`);
      }
    }
  }
}
