/** The Apps Script `Sheet` over a local sheet. */
import { parseA1 } from './a1';
import { copyChart, emptyChart } from './chartModel';
import { dataSourceSheet, SheetType } from './dataSources';
import { notModelled, serviceError } from './errors';
import type { FacadeFactory } from './factory';
import type { LocalSheet } from './localSheet';
import { addMetadata } from './metadata';
import { RangeFacade } from './range';
import { RangeListFacade } from './rangeList';
import { deleteLines, duplicateSheet, insertLines } from './structure';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Modelled =
  | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getRangeList' | 'getDataRange'
  | 'getSheetValues' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'clear' | 'clearContents' | 'clearFormats'
  | 'setFrozenRows' | 'getFrozenRows' | 'setFrozenColumns' | 'getFrozenColumns'
  | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'getRowHeight' | 'activate'
  | 'newChart' | 'insertChart' | 'getCharts' | 'updateChart' | 'removeChart'
  | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder'
  | 'insertRowBefore' | 'insertRowAfter' | 'insertRowsBefore' | 'insertRowsAfter' | 'insertRows' | 'deleteRow' | 'deleteRows'
  | 'insertColumnBefore' | 'insertColumnAfter' | 'insertColumnsBefore' | 'insertColumnsAfter' | 'insertColumns' | 'deleteColumn' | 'deleteColumns'
  | 'copyTo' | 'getType' | 'asDataSourceSheet';

/** R1C1 notation (`R2C3`, `R[1]C[-1]`, `R2C1:R10C3`), which getRange also takes in Sheets. */
const R1C1 = /^(?:.*!)?R(?:\[-?\d+\]|\d+)?C(?:\[-?\d+\]|\d+)?(?::R(?:\[-?\d+\]|\d+)?C(?:\[-?\d+\]|\d+)?)?$/i;

/** Default column width of Sheets, in pixels. */
export const DEFAULT_WIDTH = 100;
/**
 * Default row height of Sheets, in pixels. Row heights are not modelled:
 * every row keeps it. In Sheets a larger font or wrapped text grows a row
 * (setRowHeight is not modelled and throws); code that places charts by
 * pixels must set neither on the rows the charts span.
 */
export const DEFAULT_ROW_HEIGHT = 21;

/**
 * Resolves A1 notation against a sheet (or the sheet it names) into a
 * rectangle, open ends reaching the sheet's grid; throws "Range not found".
 */
export function resolveA1(f: FacadeFactory, sheet: LocalSheet, a1: string) {
  const ref = typeof a1 === 'string' ? parseA1(a1) : null;
  if (!ref && typeof a1 === 'string' && R1C1.test(a1.trim())) throw notModelled(`R1C1 notation (${a1})`);
  if (!ref) throw serviceError('Range not found');
  const target = ref.sheetName === null ? sheet : f.book.sheetByName(ref.sheetName);
  if (!target) throw serviceError('Range not found');
  const row = ref.startRow!;
  const column = ref.startColumn!;
  const numRows = (ref.endRow ?? target.maxRows) - row + 1;
  const numColumns = (ref.endColumn ?? target.maxColumns) - column + 1;
  target.checkRect(row, column, numRows, numColumns);
  return { sheet: target, row, column, numRows, numColumns };
}

/** A Sheet facade. */
export class SheetFacade implements Pick<Sheet, Modelled> {
  constructor(
    private readonly f: FacadeFactory,
    readonly model: LocalSheet,
  ) {}

  getName(): string {
    return this.model.name;
  }

  /** GRID, or DATASOURCE for a data source sheet (dataSources.ts). */
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return (this.f.book.dataSources.of(this.model) ? SheetType.DATASOURCE : SheetType.GRID) as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }

  /** The data source sheet, or null for a grid sheet. */
  asDataSourceSheet(): GoogleAppsScript.Spreadsheet.DataSourceSheet | null {
    const model = this.f.book.dataSources.of(this.model);
    return model ? dataSourceSheet(this.f, model) : null;
  }

  setName(name: string): Sheet {
    this.f.book.renameSheet(this.model, name);
    return this.self();
  }

  getSheetId(): number {
    return this.model.id;
  }

  getIndex(): number {
    return this.f.book.sheets.indexOf(this.model) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.f.spreadsheet();
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GoogleAppsScript.Spreadsheet.Range {
    if (typeof rowOrA1 === 'string') {
      const r = resolveA1(this.f, this.model, rowOrA1);
      return this.f.range(r.sheet, r.row, r.column, r.numRows, r.numColumns);
    }
    const rows = numRows ?? 1;
    const columns = numColumns ?? 1;
    this.model.checkRect(rowOrA1, column as number, rows, columns);
    return this.f.range(this.model, rowOrA1, column as number, rows, columns);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw serviceError('Range not found');
    // Every range must lie inside the grid; one that does not fails the whole call.
    const targets = a1Notations.map((a1) => resolveA1(this.f, this.model, a1));
    return this.f.wrap(new RangeListFacade(this.f, targets), 'RangeList');
  }

  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    const rows = Math.max(1, this.model.lastRow());
    const columns = Math.max(1, this.model.lastColumn());
    return this.f.range(this.model, 1, 1, rows, columns);
  }

  /**
   * The values of a rectangle, as `getRange(…).getValues()` gives them, in one
   * call. Google's reference also takes -1 for "the last row or column with
   * data"; that is not modelled.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    if ([startRow, startColumn, numRows, numColumns].indexOf(-1) >= 0) throw notModelled('Sheet.getSheetValues with -1 (the last row or column with data)');
    this.model.checkRect(startRow, startColumn, numRows, numColumns);
    return new RangeFacade(this.f, this.model, startRow, startColumn, numRows, numColumns).getValues();
  }

  getLastRow(): number {
    return this.model.lastRow();
  }

  getLastColumn(): number {
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const all = [1, 1, this.model.maxRows, this.model.maxColumns] as const;
    if (!options || options.contentsOnly || !options.formatOnly) this.model.clearContents(...all);
    if (!options || options.formatOnly || !options.contentsOnly) this.model.clearFormats(...all);
    return this.self();
  }

  clearContents(): Sheet {
    this.model.clearContents(1, 1, this.model.maxRows, this.model.maxColumns);
    return this.self();
  }

  clearFormats(): Sheet {
    this.model.clearFormats(1, 1, this.model.maxRows, this.model.maxColumns);
    return this.self();
  }

  setFrozenRows(rows: number): void {
    this.f.book.assertWritable();
    if (!(rows >= 0 && rows < this.model.maxRows)) throw serviceError(`Invalid number of frozen rows: ${rows}.`);
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.f.book.assertWritable();
    if (!(columns >= 0 && columns < this.model.maxColumns)) throw serviceError(`Invalid number of frozen columns: ${columns}.`);
    this.model.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.f.book.assertWritable();
    if (!(Number.isInteger(width) && width >= 0)) throw serviceError(`Invalid argument: width (${width}) must be a whole number of pixels.`);
    this.model.checkRect(1, startColumn, 1, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this.self();
  }

  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_WIDTH;
  }

  getRowHeight(rowPosition: number): number {
    this.model.checkRect(rowPosition, 1, 1, 1);
    return DEFAULT_ROW_HEIGHT;
  }

  activate(): Sheet {
    this.f.book.activeSheet = this.model;
    return this.self();
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.f.chartBuilder(emptyChart(), this.model, 'EmbeddedChartBuilder');
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.f.book.assertWritable();
    const model = copyChart(this.f.chartModel(chart));
    const taken = this.f.book.sheets.some((s) => s.charts.some((c) => c.id === model.id));
    if (model.id === null || taken) model.id = this.f.book.newChartId();
    this.model.charts.push(model);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map((c) => this.f.chart(copyChart(c), this.model));
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.f.book.assertWritable();
    const model = this.f.chartModel(chart);
    const index = this.model.charts.findIndex((c) => c.id !== null && c.id === model.id);
    if (index < 0) throw serviceError('The chart is not on this sheet: insert it with insertChart, or get it from getCharts() before modifying it.');
    this.model.charts[index] = copyChart(model);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.f.book.assertWritable();
    const model = this.f.chartModel(chart);
    const index = this.model.charts.findIndex((c) => c.id !== null && c.id === model.id);
    if (index >= 0) this.model.charts.splice(index, 1);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    addMetadata(this.f.book, this.model, key, valueOrVisibility, visibility);
    return this.self();
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.f.book.metadata.filter((m) => m.sheet === this.model).map((m) => this.f.metadata(m));
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.f.metadataFinder(this.model);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    insertLines(this.model, 'rows', this.inside(beforePosition, this.model.maxRows, 'rows'), howMany);
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    insertLines(this.model, 'rows', this.inside(afterPosition, this.model.maxRows, 'rows') + 1, howMany);
    return this.self();
  }

  insertRows(rowIndex: number, numRows?: number): void {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }

  deleteRow(rowPosition: number): Sheet {
    deleteLines(this.model, 'rows', rowPosition, 1);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    deleteLines(this.model, 'rows', rowPosition, howMany);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    insertLines(this.model, 'columns', this.inside(beforePosition, this.model.maxColumns, 'columns'), howMany);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    insertLines(this.model, 'columns', this.inside(afterPosition, this.model.maxColumns, 'columns') + 1, howMany);
    return this.self();
  }

  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }

  deleteColumn(columnPosition: number): Sheet {
    deleteLines(this.model, 'columns', columnPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    deleteLines(this.model, 'columns', columnPosition, howMany);
  }

  /** Only a copy into the same spreadsheet is modelled; the copy goes last, named "Copy of …", with the sheet's developer metadata. */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
    if (spreadsheet.getId() !== this.f.book.id) throw notModelled('Sheet.copyTo another spreadsheet');
    return this.f.sheet(duplicateSheet(this.f.book, this.model, this.f.book.sheets.length));
  }

  /** A line position (1-based) that must lie on the sheet. */
  private inside(position: number, max: number, what: string): number {
    if (!Number.isInteger(position) || position < 1 || position > max) throw serviceError(`Those ${what} are out of bounds.`);
    return position;
  }

  private self(): Sheet {
    return this.f.sheet(this.model);
  }
}
