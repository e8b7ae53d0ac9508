/**
 * The spreadsheet's Connected Sheets data sources (BigQuery only) and their
 * data source sheets, over the local BigQuery (localBigQuery.ts).
 *
 * - A data source has a spec: a billing project and either a raw query or a
 *   table (`tableProjectId.datasetId.tableId`).
 * - Inserting a data source sheet starts its query, as Sheets does
 *   ("starts data execution asynchronously"); its state is RUNNING until the
 *   script waits for it (`waitForCompletion`) or reads its status after
 *   DuckDB has answered. On success the sheet holds the column names in row 1
 *   and the first {@link PREVIEW_ROWS} rows under them (more: the status says
 *   truncated); on failure the state is ERROR with a code and a message, and
 *   the sheet keeps what it held.
 * - NULL reads as `""`, INT64/FLOAT64 as numbers, BOOL as booleans, TIMESTAMP
 *   as the instant's Date, DATETIME and DATE as the Date of that wall clock
 *   in the spreadsheet's zone (*unconfirmed*: what getSheetValues returns for
 *   each BigQuery type). Writing to a data source sheet throws.
 * - Deleting a data source's last sheet removes the data source (*unconfirmed*).
 */
import { zoneFor } from '../../nps/zone';
import { serviceError } from './errors';
import { LocalBigQuery, type QueryExecution } from './localBigQuery';
import type { LocalSheet } from './localSheet';
import type { LocalSpreadsheet } from './localSpreadsheet';

/** Rows a data source sheet shows (*unconfirmed*: Connected Sheets' preview size). */
export const PREVIEW_ROWS = 500;

/** A BigQuery data source spec: a raw query, or a table (then the raw query is ""). */
export interface BigQuerySpecModel {
  projectId: string;
  rawQuery: string;
  tableProjectId: string;
  datasetId: string;
  tableId: string;
}

/** A data source of the spreadsheet. */
export interface DataSourceModel {
  readonly id: number;
  spec: BigQuerySpecModel;
  readonly sheets: LocalSheet[];
}

/** DataExecutionState names. */
export type ExecutionState = 'NOT_STARTED' | 'RUNNING' | 'SUCCESS' | 'ERROR';

/** A data source sheet: its data source and its last execution. */
export interface DataSourceSheetModel {
  readonly sheet: LocalSheet;
  readonly source: DataSourceModel;
  execution: QueryExecution | null;
  state: ExecutionState;
  /** A DataExecutionErrorCode name; NONE unless the state is ERROR. */
  errorCode: string;
  errorMessage: string;
  truncated: boolean;
  /** Column names of the last result. */
  columns: string[];
  lastRefreshed: Date | null;
}

/** The data sources of one spreadsheet. */
export class LocalDataSources {
  /** The BigQuery the data sources read (one per spreadsheet). */
  readonly bigQuery = new LocalBigQuery();
  readonly sources: DataSourceModel[] = [];
  private readonly sheets = new Map<LocalSheet, DataSourceSheetModel>();
  private nextSource = 1;

  constructor(private readonly book: LocalSpreadsheet) {}

  /**
   * A data source sheet over a table of the local BigQuery, its rows loaded (test set-up: the user connected the table).
   *
   * @example book.dataSources.addTableSheet('Responses', { projectId: 'billing', table: 'proj.survey.answers' })
   */
  addTableSheet(name: string, options: { projectId: string; table: string }): LocalSheet {
    const [tableProjectId, datasetId, tableId] = options.table.split('.');
    const model = this.insert({ projectId: options.projectId, rawQuery: '', tableProjectId, datasetId, tableId }, name, this.book.sheets.length);
    this.settle(model, 120_000);
    if (model.state !== 'SUCCESS') throw new Error(`The local BigQuery could not read ${options.table}: ${model.errorMessage}`);
    return model.sheet;
  }

  /**
   * Spreadsheet.insertDataSourceSheet: a new data source with the spec, and its sheet at the end (the execution started).
   *
   * @param name the sheet's name; default `Data source N` (*unconfirmed*: Sheets' own naming)
   */
  insert(spec: BigQuerySpecModel, name?: string, index = this.book.sheets.length): DataSourceSheetModel {
    let sheetName = name;
    for (let n = this.sources.length + 1; sheetName === undefined; n++) if (!this.book.sheetByName(`Data source ${n}`)) sheetName = `Data source ${n}`;
    const execution = this.start(spec);
    const sheet = this.book.addSheet(sheetName, [], index);
    sheet.connectedTo = 'a BigQuery data source';
    const source: DataSourceModel = { id: this.nextSource++, spec: { ...spec }, sheets: [sheet] };
    this.sources.push(source);
    const model: DataSourceSheetModel = { sheet, source, execution, state: 'RUNNING', errorCode: 'NONE', errorMessage: '', truncated: false, columns: [], lastRefreshed: null };
    this.sheets.set(sheet, model);
    return model;
  }

  /** The data source sheet behind a sheet, or null for a grid sheet. */
  of(sheet: LocalSheet): DataSourceSheetModel | null {
    return this.sheets.get(sheet) ?? null;
  }

  /** DataSourceSheet.refreshData: runs the data source's query again. */
  refresh(model: DataSourceSheetModel): void {
    model.execution = this.start(model.source.spec);
    model.state = 'RUNNING';
  }

  /** Takes DuckDB's answer if it came within `timeoutMs` (0: only if it is already there) and updates the sheet. */
  settle(model: DataSourceSheetModel, timeoutMs: number): void {
    if (model.state !== 'RUNNING' || model.execution === null) return;
    const execution = model.execution;
    const reply = this.bigQuery.answer(execution, timeoutMs);
    if (reply === null) return;
    model.execution = null;
    model.lastRefreshed = new Date();
    if (!reply.ok) {
      model.state = 'ERROR';
      model.errorCode = execution.failure ? execution.failure.code : 'ENGINE';
      model.errorMessage = reply.error;
      return;
    }
    const zone = zoneFor(this.book.timeZone);
    const names = reply.columns.map((c) => c.name);
    const rows = reply.rows.slice(0, PREVIEW_ROWS).map((row) => reply.columns.map((c) => sheetValue(row[c.name], c.type, zone)));
    model.sheet.replaceValues([names, ...rows]);
    model.columns = names;
    model.truncated = reply.rows.length > PREVIEW_ROWS;
    model.state = 'SUCCESS';
    model.errorCode = 'NONE';
    model.errorMessage = '';
  }

  /** Forgets a deleted sheet; a data source left without sheets goes too. */
  sheetDeleted(sheet: LocalSheet): void {
    const model = this.sheets.get(sheet);
    if (!model) return;
    this.sheets.delete(sheet);
    const sheets = model.source.sheets;
    sheets.splice(sheets.indexOf(sheet), 1);
    if (sheets.length === 0) this.sources.splice(this.sources.indexOf(model.source), 1);
  }

  private start(spec: BigQuerySpecModel): QueryExecution {
    if (spec.projectId === '') throw serviceError('The data source spec has no project ID: set one with setProjectId.');
    return spec.rawQuery !== ''
      ? this.bigQuery.startRawQuery(spec.rawQuery, this.book.timeZone)
      : this.bigQuery.startTableRead(`${spec.tableProjectId}.${spec.datasetId}.${spec.tableId}`, PREVIEW_ROWS + 1);
  }
}

/** A DuckDB JSON value as the data source sheet holds it (see the file comment). */
function sheetValue(value: unknown, type: string, zone: ReturnType<typeof zoneFor>): unknown {
  if (value === null || value === undefined) return '';
  if (type === 'VARCHAR' || type === 'BOOLEAN') return value;
  if (/^(BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|DOUBLE|FLOAT|DECIMAL)/.test(type)) return Number(value);
  const text = String(value);
  if (type === 'TIMESTAMP WITH TIME ZONE') return new Date(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  if (type === 'TIMESTAMP' || type === 'DATE') return new Date(zone.toInstant(Date.parse(`${text.replace(' ', 'T')}${type === 'DATE' ? 'T00:00:00' : ''}Z`)));
  throw new Error(`Not modelled by the local spreadsheet: DuckDB type ${type} in a data source sheet — add it to dataSourceModel.ts`);
}
