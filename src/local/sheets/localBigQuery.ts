/**
 * The local stand-in for BigQuery behind Connected Sheets data sources:
 * each "BigQuery table" (`project.dataset.table`) is a DuckDB table of the
 * same name in a worker (duckdbBridge.ts), with BigQuery's column types
 * mapped to DuckDB's (TIMESTAMP, an instant, is TIMESTAMPTZ; DATETIME, a
 * wall clock, is TIMESTAMP). A raw query runs as its DuckDB twin
 * (countQueryTwins.ts): a text that is not one of the add-on's count
 * queries throws. Tests can make the next query fail as BigQuery would
 * report it (`failNextQuery`).
 */
import { quoteIdentifier, stringLiteral } from '../../nps/sql/identifiers';
import { duckdbTwinOf } from './countQueryTwins';
import { DuckdbBridge, type DuckdbReply, type PendingQuery } from './duckdbBridge';
import { notModelled } from './errors';

/** The BigQuery column types the local BigQuery holds. */
export type BigQueryType = 'STRING' | 'INT64' | 'FLOAT64' | 'BOOL' | 'TIMESTAMP' | 'DATETIME' | 'DATE';

/** A value of a table row: text, number, boolean, a Date (TIMESTAMP), wall-clock text (DATETIME, DATE), or null. */
export type BigQueryValue = string | number | boolean | Date | null;

/** A column of a local BigQuery table. */
export interface BigQueryColumn {
  name: string;
  type: BigQueryType;
}

/** Why a query failed, as DataExecutionStatus reports it (a DataExecutionErrorCode name and a message). */
export interface QueryFailure {
  code: string;
  message: string;
}

/** A query BigQuery is running: DuckDB's pending answer, a failure known at once, or (`stalled`) one that never ends. */
export interface QueryExecution {
  pending: PendingQuery | null;
  failure: QueryFailure | null;
  stalled?: boolean;
}

const DUCKDB_TYPES: Record<BigQueryType, string> = {
  STRING: 'VARCHAR',
  INT64: 'BIGINT',
  FLOAT64: 'DOUBLE',
  BOOL: 'BOOLEAN',
  TIMESTAMP: 'TIMESTAMPTZ',
  DATETIME: 'TIMESTAMP',
  DATE: 'DATE',
};

/** BigQuery held in a local DuckDB. */
export class LocalBigQuery {
  private readonly bridge = new DuckdbBridge();
  private readonly tables = new Map<string, BigQueryColumn[]>();
  private readonly failures: QueryFailure[] = [];
  private stalls = 0;
  /** Raw query texts run so far, oldest first (tests read them). */
  readonly queries: string[] = [];

  /**
   * Creates a table `project.dataset.table` holding `rows` (one value per column, in order).
   *
   * @throws Error when the path is not three parts, a value does not fit its column's type, or the table exists
   */
  addTable(path: string, columns: BigQueryColumn[], rows: BigQueryValue[][]): void {
    if (path.split('.').length !== 3 || path.split('.').some((p) => p === '')) throw new Error(`A BigQuery table is "project.dataset.table" (got "${path}")`);
    if (this.tables.has(path)) throw new Error(`The local BigQuery already has a table ${path}`);
    const name = quoteIdentifier('duckdb', path);
    this.bridge.run(`CREATE TABLE ${name} (${columns.map((c) => `${quoteIdentifier('duckdb', c.name)} ${DUCKDB_TYPES[c.type]}`).join(', ')})`);
    for (let start = 0; start < rows.length; start += 1000) {
      const chunk = rows.slice(start, start + 1000).map((row, i) => `(${columns.map((c, j) => literal(c, row[j], start + i + 1)).join(', ')})`);
      this.bridge.run(`INSERT INTO ${name} VALUES ${chunk.join(', ')}`);
    }
    this.tables.set(path, columns.slice());
  }

  /** The columns of a table, or null when there is no such table. */
  columnsOf(path: string): BigQueryColumn[] | null {
    return this.tables.get(path)?.slice() ?? null;
  }

  /** Makes the next query fail with a DataExecutionErrorCode name (default ENGINE) and a message. */
  failNextQuery(message: string, code = 'ENGINE'): void {
    this.failures.push({ code, message });
  }

  /** Makes the next query run for ever: a wait for it times out at once (the timeout is not waited out). */
  stallNextQuery(): void {
    this.stalls++;
  }

  /**
   * Starts a raw query (BigQuery text) as its DuckDB twin.
   *
   * @throws Error when the text is not one of the add-on's count queries over a table of the local BigQuery
   */
  startRawQuery(text: string, timeZone: string): QueryExecution {
    this.queries.push(text);
    const failure = this.failures.shift();
    if (failure) return { pending: null, failure };
    if (this.stalls > 0) {
      this.stalls--;
      return { pending: null, failure: null, stalled: true };
    }
    for (const [path, columns] of this.tables) {
      const twin = duckdbTwinOf(text, { path, duckdbName: path, columns: columns.map((c) => c.name) }, timeZone);
      if (twin !== null) return { pending: this.bridge.start(twin), failure: null };
    }
    throw notModelled(`BigQuery raw queries other than the add-on's count queries over a local table (${JSON.stringify(text.split('\n')[0])}); the local BigQuery runs a query only through its DuckDB twin (countQueryTwins.ts)`);
  }

  /**
   * Starts reading a table's first rows (a data source sheet connected to the table).
   *
   * @throws Error when the table does not exist
   */
  startTableRead(path: string, rows: number): QueryExecution {
    if (!this.tables.has(path)) throw new Error(`The local BigQuery has no table ${path}: add it with addTable first`);
    const failure = this.failures.shift();
    if (failure) return { pending: null, failure };
    return { pending: this.bridge.start(`SELECT * FROM ${quoteIdentifier('duckdb', path)} LIMIT ${rows}`), failure: null };
  }

  /** The answer of an execution: waits up to `timeoutMs` (0: does not wait); null while it runs. */
  answer(execution: QueryExecution, timeoutMs: number): DuckdbReply | null {
    if (execution.failure) return { ok: false, error: execution.failure.message };
    if (execution.stalled) return null;
    return timeoutMs > 0 ? this.bridge.wait(execution.pending!, timeoutMs) : this.bridge.poll(execution.pending!);
  }

  /** Stops the DuckDB worker. */
  close(): void {
    this.bridge.close();
  }
}

/** A row value as a DuckDB literal of its column's type. */
function literal(column: BigQueryColumn, value: BigQueryValue, row: number): string {
  if (value === null) return 'NULL';
  const wrong = () => new Error(`Row ${row} of the local BigQuery table: ${JSON.stringify(value)} is not a ${column.type} for column ${column.name}`);
  switch (column.type) {
    case 'STRING':
      if (typeof value !== 'string') throw wrong();
      return stringLiteral('duckdb', value);
    case 'INT64':
    case 'FLOAT64':
      if (typeof value !== 'number' || !Number.isFinite(value) || (column.type === 'INT64' && !Number.isSafeInteger(value))) throw wrong();
      return String(value);
    case 'BOOL':
      if (typeof value !== 'boolean') throw wrong();
      return value ? 'TRUE' : 'FALSE';
    case 'TIMESTAMP':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw wrong();
      return `TIMESTAMPTZ ${stringLiteral('duckdb', value.toISOString())}`;
    case 'DATETIME':
    case 'DATE': {
      const pattern = column.type === 'DATE' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
      if (typeof value !== 'string' || !pattern.test(value)) throw wrong();
      return `${column.type === 'DATE' ? 'DATE' : 'TIMESTAMP'} ${stringLiteral('duckdb', value)}`;
    }
  }
}
