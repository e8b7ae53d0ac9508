import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * An in-memory DuckDB connection for the tests of one file: opened before
 * them, closed after them. Call at the top level of a test file; the
 * returned function gives the open connection.
 */
export function inMemoryDuckDB(): () => DuckDBConnection {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });
  return () => connection;
}
