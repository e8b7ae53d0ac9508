/**
 * The Apps Script data source classes over the local data sources
 * (dataSourceModel.ts): DataSource, DataSourceSheet, DataSourceColumn and
 * DataExecutionStatus (the specs are in dataSourceSpecs.ts). Members not
 * listed in each class's `Modelled` throw "not modelled".
 *
 * As Google's reference says, inserting a data source sheet, refreshing it
 * and waiting for it throw unless the execution called
 * `SpreadsheetApp.enableBigQueryExecution()` first (the switch lasts one
 * execution, as a script's does); reading a sheet's values does not need it.
 */
import { makeEnum } from './enums';
import { notModelled, serviceError } from './errors';
import type { FacadeFactory } from './factory';
import type { DataSourceModel, DataSourceSheetModel } from './dataSourceModel';
import { DataSourceSpecFacade } from './dataSourceSpecs';

/** SpreadsheetApp.SheetType. */
export const SheetType = makeEnum(['GRID', 'OBJECT', 'DATASOURCE']);
/** SpreadsheetApp.DataExecutionState. */
export const DataExecutionState = makeEnum(['DATA_EXECUTION_STATE_UNSUPPORTED', 'RUNNING', 'SUCCESS', 'ERROR', 'NOT_STARTED']);
/** SpreadsheetApp.DataExecutionErrorCode. */
export const DataExecutionErrorCode = makeEnum([
  'DATA_EXECUTION_ERROR_CODE_UNSUPPORTED', 'NONE', 'TIME_OUT', 'TOO_MANY_ROWS', 'TOO_MANY_CELLS', 'ENGINE',
  'PARAMETER_INVALID', 'UNSUPPORTED_DATA_TYPE', 'DUPLICATE_COLUMN_NAMES', 'INTERRUPTED', 'OTHER', 'TOO_MANY_CHARS_PER_CELL',
]);

/** Whether the running execution called SpreadsheetApp.enableBigQueryExecution(). */
export class DataExecutionSwitch {
  private readonly enabled = new WeakSet<object>();

  constructor(private readonly execution: () => object) {}

  enable(): void {
    this.enabled.add(this.execution());
  }

  /** @throws Error as Sheets does when the data source type is not enabled */
  check(member: string): void {
    if (!this.enabled.has(this.execution())) {
      throw serviceError(`${member}: data execution for BigQuery is not enabled. Call SpreadsheetApp.enableBigQueryExecution() first.`);
    }
  }
}

/** A data source of the spreadsheet. */
export class DataSourceFacade implements Pick<GoogleAppsScript.Spreadsheet.DataSource, 'getSpec' | 'getColumns' | 'getDataSourceSheets'> {
  constructor(
    private readonly f: FacadeFactory,
    readonly model: DataSourceModel,
  ) {}

  getSpec(): GoogleAppsScript.Spreadsheet.DataSourceSpec {
    return this.f.wrap(new DataSourceSpecFacade(this.f, { ...this.model.spec }), 'DataSourceSpec');
  }

  /** The columns of the last result of its first sheet (*unconfirmed*: Sheets knows them from BigQuery's schema). */
  getColumns(): GoogleAppsScript.Spreadsheet.DataSourceColumn[] {
    const sheet = this.model.sheets[0];
    const names = sheet ? this.f.book.dataSources.of(sheet)!.columns : [];
    return names.map((name) => this.f.wrap(new DataSourceColumnFacade(this.f, this.model, name), 'DataSourceColumn'));
  }

  getDataSourceSheets(): GoogleAppsScript.Spreadsheet.DataSourceSheet[] {
    return this.model.sheets.map((s) => dataSourceSheet(this.f, this.f.book.dataSources.of(s)!));
  }
}

/** A column of a data source. */
export class DataSourceColumnFacade implements Pick<GoogleAppsScript.Spreadsheet.DataSourceColumn, 'getName' | 'getDataSource'> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly source: DataSourceModel,
    private readonly name: string,
  ) {}

  getName(): string {
    return this.name;
  }

  getDataSource(): GoogleAppsScript.Spreadsheet.DataSource {
    return this.f.wrap(new DataSourceFacade(this.f, this.source), 'DataSource');
  }
}

type SheetModelled = 'asSheet' | 'getDataSource' | 'getSheetValues' | 'getStatus' | 'refreshData' | 'waitForCompletion';

/** A data source sheet. */
export class DataSourceSheetFacade implements Pick<GoogleAppsScript.Spreadsheet.DataSourceSheet, SheetModelled> {
  constructor(
    private readonly f: FacadeFactory,
    readonly model: DataSourceSheetModel,
  ) {}

  asSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.f.sheet(this.model.sheet);
  }

  getDataSource(): GoogleAppsScript.Spreadsheet.DataSource {
    return this.f.wrap(new DataSourceFacade(this.f, this.model.source), 'DataSource');
  }

  /**
   * The values of a column under its name (rows from `startRow`, 1 the first value).
   * @throws Error for an unknown column, and (not modelled) while the execution runs
   */
  getSheetValues(columnName: string, startRow?: number, numRows?: number): unknown[] {
    this.f.book.dataSources.settle(this.model, 0);
    if (this.model.state === 'RUNNING') throw notModelled('DataSourceSheet.getSheetValues while its data execution runs (call waitForCompletion first)');
    const column = this.model.columns.indexOf(columnName);
    if (column < 0) throw serviceError(`The data source sheet has no column named "${columnName}".`);
    const rows = this.model.sheet.lastRow() - 1;
    const first = startRow ?? 1;
    const count = numRows ?? rows - first + 1;
    if (!Number.isInteger(first) || first < 1 || !Number.isInteger(count) || count < 0) throw serviceError('The starting row and number of rows must be positive whole numbers.');
    const values: unknown[] = [];
    for (let r = first; r < first + count && r <= rows; r++) values.push(this.model.sheet.value(r + 1, column + 1));
    return values;
  }

  getStatus(): GoogleAppsScript.Spreadsheet.DataExecutionStatus {
    this.f.book.dataSources.settle(this.model, 0);
    return this.f.wrap(new DataExecutionStatusFacade(this.model), 'DataExecutionStatus');
  }

  refreshData(): GoogleAppsScript.Spreadsheet.DataSourceSheet {
    this.f.dataExecution.check('DataSourceSheet.refreshData');
    this.f.book.dataSources.refresh(this.model);
    return dataSourceSheet(this.f, this.model);
  }

  /** Blocks until DuckDB answers or the timeout passes (then the state is still RUNNING). */
  waitForCompletion(timeoutInSeconds: number): GoogleAppsScript.Spreadsheet.DataExecutionStatus {
    this.f.dataExecution.check('DataSourceSheet.waitForCompletion');
    if (!(typeof timeoutInSeconds === 'number' && timeoutInSeconds >= 1 && timeoutInSeconds <= 300)) {
      throw serviceError(`The timeout must be between 1 and 300 seconds (got ${timeoutInSeconds}).`);
    }
    this.f.book.dataSources.settle(this.model, timeoutInSeconds * 1000);
    return this.getStatus();
  }
}

type StatusModelled = 'getExecutionState' | 'getErrorCode' | 'getErrorMessage' | 'isTruncated' | 'getLastRefreshedTime';

/** A snapshot of a data source sheet's execution status. */
export class DataExecutionStatusFacade implements Pick<GoogleAppsScript.Spreadsheet.DataExecutionStatus, StatusModelled> {
  private readonly state: DataSourceSheetModel['state'];
  private readonly code: string;
  private readonly message: string;
  private readonly truncated: boolean;
  private readonly refreshed: Date | null;

  constructor(model: DataSourceSheetModel) {
    this.state = model.state;
    this.code = model.errorCode;
    this.message = model.errorMessage;
    this.truncated = model.truncated;
    this.refreshed = model.lastRefreshed;
  }

  getExecutionState(): GoogleAppsScript.Spreadsheet.DataExecutionState {
    return DataExecutionState[this.state] as unknown as GoogleAppsScript.Spreadsheet.DataExecutionState;
  }

  getErrorCode(): GoogleAppsScript.Spreadsheet.DataExecutionErrorCode {
    return DataExecutionErrorCode[this.code as keyof typeof DataExecutionErrorCode] as unknown as GoogleAppsScript.Spreadsheet.DataExecutionErrorCode;
  }

  getErrorMessage(): string {
    return this.message;
  }

  isTruncated(): boolean {
    return this.truncated;
  }

  getLastRefreshedTime(): GoogleAppsScript.Base.Date | null {
    return this.refreshed === null ? null : new Date(this.refreshed.getTime());
  }
}

/** The proxied DataSourceSheet of a model. */
export function dataSourceSheet(f: FacadeFactory, model: DataSourceSheetModel): GoogleAppsScript.Spreadsheet.DataSourceSheet {
  return f.wrap(new DataSourceSheetFacade(f, model), 'DataSourceSheet');
}
