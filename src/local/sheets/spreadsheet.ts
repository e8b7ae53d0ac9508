/** The Apps Script `Spreadsheet` and `SpreadsheetApp` over a LocalSpreadsheet. */
import { DataExecutionErrorCode, DataExecutionState, DataSourceFacade, dataSourceSheet, SheetType } from './dataSources';
import { DataSourceSpecBuilderFacade, DataSourceSpecFacade, DataSourceType } from './dataSourceSpecs';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums';
import { serviceError } from './errors';
import type { FacadeFactory } from './factory';
import { addMetadata } from './metadata';
import { resolveA1 } from './sheet';
import { duplicateSheet } from './structure';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Modelled =
  | 'getId' | 'getName' | 'getUrl' | 'getSheets' | 'getNumSheets' | 'getSheetByName' | 'getSheetById'
  | 'insertSheet' | 'deleteSheet' | 'getActiveSheet' | 'setActiveSheet' | 'getRange'
  | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale'
  | 'addDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'getDeveloperMetadata' | 'toast' | 'duplicateActiveSheet'
  | 'insertDataSourceSheet' | 'getDataSources';

/** A Spreadsheet facade. */
export class SpreadsheetFacade implements Pick<Spreadsheet, Modelled> {
  constructor(private readonly f: FacadeFactory) {}

  getId(): string {
    return this.f.book.id;
  }

  getName(): string {
    return this.f.book.name;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.f.book.id}/edit`;
  }

  getSheets(): Sheet[] {
    return this.f.book.sheets.map((s) => this.f.sheet(s));
  }

  getNumSheets(): number {
    return this.f.book.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this.f.book.sheetByName(name);
    return sheet ? this.f.sheet(sheet) : null;
  }

  getSheetById(id: number): Sheet | null {
    const sheet = this.f.book.sheetById(id);
    return sheet ? this.f.sheet(sheet) : null;
  }

  insertSheet(nameOrIndex?: string | number | object, index?: number | object): Sheet {
    if (typeof nameOrIndex === 'object' || typeof index === 'object') {
      throw new Error('Not modelled by the local spreadsheet: Spreadsheet.insertSheet with options — add it to src/local/sheets if the add-on needs it');
    }
    const sheet =
      typeof nameOrIndex === 'number' ? this.f.book.insertSheet(undefined, nameOrIndex) : this.f.book.insertSheet(nameOrIndex, index);
    return this.f.sheet(sheet);
  }

  deleteSheet(sheet: Sheet): void {
    this.f.book.deleteSheet(this.f.sheetModel(sheet));
  }

  getActiveSheet(): Sheet {
    return this.f.sheet(this.f.book.activeSheet);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const model = this.f.sheetModel(sheet);
    if (!this.f.book.sheets.includes(model)) throw serviceError('The sheet has been deleted.');
    this.f.book.activeSheet = model;
    return this.f.sheet(model);
  }

  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const r = resolveA1(this.f, this.f.book.activeSheet, a1Notation);
    return this.f.range(r.sheet, r.row, r.column, r.numRows, r.numColumns);
  }

  getSpreadsheetTimeZone(): string {
    return this.f.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.f.book.assertWritable();
    this.f.book.setTimeZone(timezone);
  }

  getSpreadsheetLocale(): string {
    return this.f.book.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.f.book.assertWritable();
    this.f.book.locale = locale;
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Spreadsheet {
    addMetadata(this.f.book, null, key, valueOrVisibility, visibility);
    return this.f.spreadsheet();
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.f.metadataFinder(null);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.f.book.metadata.filter((m) => m.sheet === null).map((m) => this.f.metadata(m));
  }

  /** The copy goes right after the active sheet and becomes active (see structure.ts for what it keeps). */
  duplicateActiveSheet(): Sheet {
    const book = this.f.book;
    const copy = duplicateSheet(book, book.activeSheet, book.sheets.indexOf(book.activeSheet) + 1);
    book.activeSheet = copy;
    return this.f.sheet(copy);
  }

  /** A new data source and its sheet, last and active (*unconfirmed*: where Sheets puts it), its query started. */
  insertDataSourceSheet(spec: GoogleAppsScript.Spreadsheet.DataSourceSpec): GoogleAppsScript.Spreadsheet.DataSourceSheet {
    this.f.dataExecution.check('Spreadsheet.insertDataSourceSheet');
    this.f.book.assertWritable();
    const model = this.f.book.dataSources.insert({ ...this.f.wrapped(spec, DataSourceSpecFacade, 'DataSourceSpec').spec });
    this.f.book.activeSheet = model.sheet;
    return dataSourceSheet(this.f, model);
  }

  getDataSources(): GoogleAppsScript.Spreadsheet.DataSource[] {
    return this.f.book.dataSources.sources.map((s) => this.f.wrap(new DataSourceFacade(this.f, s), 'DataSource'));
  }

  toast(msg: string, title?: string): void {
    this.f.book.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title) });
  }
}

/** The SpreadsheetApp global: the active spreadsheet is the local one. */
export class SpreadsheetAppFacade
  implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'getUi' | 'flush' | 'enableBigQueryExecution' | 'newDataSourceSpec'>
{
  constructor(
    private readonly f: FacadeFactory,
    private readonly ui: () => GoogleAppsScript.Base.Ui,
  ) {}

  get DeveloperMetadataVisibility() {
    return DeveloperMetadataVisibility;
  }

  get DeveloperMetadataLocationType() {
    return DeveloperMetadataLocationType;
  }

  get SheetType() {
    return SheetType;
  }

  get DataSourceType() {
    return DataSourceType;
  }

  get DataExecutionState() {
    return DataExecutionState;
  }

  get DataExecutionErrorCode() {
    return DataExecutionErrorCode;
  }

  /** Allows this execution to run BigQuery data sources (dataSources.ts). */
  enableBigQueryExecution(): void {
    this.f.dataExecution.enable();
  }

  newDataSourceSpec(): GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder {
    return this.f.wrap(new DataSourceSpecBuilderFacade(this.f), 'DataSourceSpecBuilder');
  }

  getActive(): Spreadsheet {
    return this.f.spreadsheet();
  }

  getActiveSpreadsheet(): Spreadsheet {
    return this.f.spreadsheet();
  }

  getActiveSheet(): Sheet {
    return this.f.sheet(this.f.book.activeSheet);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    if (this.f.book.isCalculating()) throw serviceError('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui();
  }

  flush(): void {}
}
