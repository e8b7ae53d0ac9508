/**
 * A synchronous door to DuckDB for the local spreadsheet. Apps Script is
 * synchronous (a data source sheet's `waitForCompletion` blocks the script)
 * while DuckDB's Node API is asynchronous: DuckDB runs in a worker thread,
 * each query is posted to it and starts at once (as BigQuery starts when a
 * data source sheet is inserted), and waiting for it blocks the main thread
 * on a shared flag with `Atomics.wait` until the worker has put the answer
 * on the query's own message port (read with `receiveMessageOnPort`). The
 * worker is started on the first query and does not keep Node alive.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** A query's answer: its columns (DuckDB type names) and rows as JSON values (BIGINT as text), or DuckDB's error. */
export type DuckdbReply =
  | { ok: true; columns: { name: string; type: string }[]; rows: Record<string, unknown>[] }
  | { ok: false; error: string };

/** A query posted to the worker. */
export interface PendingQuery {
  readonly signal: Int32Array;
  readonly port: MessagePort;
  reply: DuckdbReply | null;
}

/** The worker: one in-memory DuckDB, UTC session zone (BigQuery's TIMESTAMP texts end in `+00`). */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DuckDBInstance } = require(workerData.duckdb);
let connection = null;
parentPort.on('message', async ({ sql, port, signal }) => {
  let reply;
  try {
    if (connection === null) {
      const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
      connection = await instance.connect();
      await connection.run("SET TimeZone = 'UTC'");
    }
    const result = await connection.runAndReadAll(sql);
    const names = result.columnNames();
    const types = result.columnTypes().map((t) => t.toString());
    reply = { ok: true, columns: names.map((name, i) => ({ name, type: types[i] })), rows: result.getRowObjectsJson() };
  } catch (error) {
    reply = { ok: false, error: String((error && error.message) || error) };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

/** DuckDB in a worker, reached synchronously. */
export class DuckdbBridge {
  private worker: Worker | null = null;

  /** Posts a query; it runs while the caller goes on. */
  start(sql: string): PendingQuery {
    if (this.worker === null) {
      this.worker = new Worker(WORKER, { eval: true, workerData: { duckdb: require.resolve('@duckdb/node-api') } });
      this.worker.unref();
    }
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ sql, port: port2, signal }, [port2]);
    return { signal, port: port1, reply: null };
  }

  /** The answer if the query has finished, else null (does not block). */
  poll(query: PendingQuery): DuckdbReply | null {
    if (query.reply === null && Atomics.load(query.signal, 0) === 1) {
      const message = receiveMessageOnPort(query.port);
      query.port.close();
      if (!message) throw new Error('The local DuckDB worker finished a query without an answer');
      query.reply = message.message as DuckdbReply;
    }
    return query.reply;
  }

  /** Blocks until the query finishes or `timeoutMs` passes; null on timeout. */
  wait(query: PendingQuery, timeoutMs: number): DuckdbReply | null {
    if (query.reply === null) Atomics.wait(query.signal, 0, 0, timeoutMs);
    return this.poll(query);
  }

  /**
   * Runs a query to the end.
   *
   * @throws Error with DuckDB's message when it fails
   */
  run(sql: string): Extract<DuckdbReply, { ok: true }> {
    const reply = this.wait(this.start(sql), 120_000);
    if (reply === null) throw new Error('The local DuckDB did not answer within 2 minutes');
    if (!reply.ok) throw new Error(`Local DuckDB: ${reply.error}`);
    return reply;
  }

  /** Stops the worker (its database is lost). */
  close(): void {
    if (this.worker !== null) void this.worker.terminate();
    this.worker = null;
  }
}
