/**
 * A response file (CSV, TSV or Parquet) opened in embedded DuckDB as the
 * view `responses`: DuckDB reads the file itself, in streaming scans, so a
 * file far larger than memory can be counted. Every cell of a CSV is read
 * as text (the count query reads scores and dates from text, as it does
 * for any engine); Parquet keeps its types and the query casts them to text.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier, stringLiteral } from '../../nps/sql/identifiers';

/** The view every query reads. */
export const RESPONSES_VIEW = 'responses';

/** An open file: the connection, its columns in file order, and how it is read. */
export interface DuckdbSource {
  connection: DuckDBConnection;
  /** Column names as DuckDB gives them (duplicates made unique by DuckDB). */
  columns: string[];
  format: 'csv' | 'parquet';
  /** Closes the connection and the database. */
  close(): void;
}

/** How a CSV or TSV is laid out (from its head, read as the sheet path reads it). */
export interface CsvLayout {
  delimiter: string;
  /** Lines above the header row. */
  skipLines: number;
  /** False when quoted fields span lines: DuckDB then reads the file in one thread. */
  parallel: boolean;
  /** True when rows end in more than one way (CRLF and LF, or CR): DuckDB's reader is then told to be lenient, or it refuses the file. */
  mixedLineEnds?: boolean;
}

/** A problem with the file itself (unreadable, empty): the CLI's exit 3. */
export class SourceError extends Error {}

/** Column names with NUL characters left out, still distinct and never empty (`column3`, `Plan_2`). */
function withoutNul(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = name.replace(/\0/g, '') || `column${i}`;
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${base}_${n}`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/** Characters DuckDB reads as a pattern of file names (`*`, `?`, `[…]`); it has no way to escape them. */
const FILE_PATTERN = /[*?[\]{}]/;

/**
 * The path DuckDB is given: the file itself, or, when its path holds pattern
 * characters (DuckDB would read every file the pattern matches, and count
 * `a*.csv` together with `ab.csv`), a link to it under a plain name in a
 * temporary folder, removed with `remove`.
 *
 * @throws SourceError when no such link can be made
 */
function plainPath(path: string): { path: string; remove: () => void } {
  if (!FILE_PATTERN.test(path)) return { path, remove: () => undefined };
  const folder = mkdtempSync(join(tmpdir(), 'nps-duckdb-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  const link = join(folder, `responses${extname(path).toLowerCase()}`);
  try {
    if (FILE_PATTERN.test(link)) throw new Error('pattern characters in the temporary folder');
    symlinkSync(resolve(path), link);
  } catch {
    remove();
    throw new SourceError('cannot be read by DuckDB: its path holds *, ?, [ or {, which DuckDB reads as a pattern of file names; rename it or leave out --engine duckdb');
  }
  return { path: link, remove };
}

/**
 * Opens a file in a fresh in-memory DuckDB and defines the view over it.
 *
 * @param path the file
 * @param layout a CSV's delimiter and header line; null for Parquet, and for a CSV DuckDB's sniffer then guesses
 * @throws SourceError with a one-line reason when DuckDB cannot read it
 */
export async function openSource(path: string, layout: CsvLayout | null): Promise<DuckdbSource> {
  // Bounded memory whatever the file's size: DuckDB spills to a temporary folder past the limit.
  const plain = plainPath(path);
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  try {
    instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
    connection = await instance.connect();
  } catch (error) {
    plain.remove();
    throw error;
  }
  const close = () => {
    connection.closeSync();
    instance.closeSync();
    plain.remove();
  };
  const format = isParquet(path) ? 'parquet' : 'csv';
  const file = stringLiteral('duckdb', plain.path);
  const reader =
    format === 'parquet'
      ? `read_parquet(${file})`
      : `read_csv(${file}, all_varchar = true, header = true, null_padding = true${layoutOptions(layout)}${encodingOption(path)})`;
  try {
    await connection.run(`CREATE TEMP VIEW ${quoteIdentifier('duckdb', RESPONSES_VIEW)} AS SELECT * FROM ${reader}`);
    const described = await connection.runAndReadAll(`DESCRIBE ${quoteIdentifier('duckdb', RESPONSES_VIEW)}`);
    let columns = described.getRowObjectsJS().map((row) => String(row.column_name));
    if (columns.some((name) => name.includes('\0'))) {
      // A header holding NUL (which no query can name): the view takes the columns by position, renamed without it, as the sheet path drops it.
      columns = withoutNul(columns);
      const renamed = columns.map((name, i) => `#${i + 1} AS ${quoteIdentifier('duckdb', name)}`).join(', ');
      await connection.run(`CREATE OR REPLACE TEMP VIEW ${quoteIdentifier('duckdb', RESPONSES_VIEW)} AS SELECT ${renamed} FROM ${reader}`);
    }
    return { connection, columns, format, close };
  } catch (error) {
    close();
    throw new SourceError(`cannot be read by DuckDB (${firstLine(error)})`);
  }
}

/**
 * Runs a query and returns its rows as plain objects (bigints as numbers when safe).
 *
 * @throws Error with DuckDB's first line when the query fails
 */
export async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const result = await connection.runAndReadAll(sql);
  return result.getRowObjectsJS().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' && Number.isSafeInteger(Number(value)) ? Number(value) : value;
    return out;
  });
}

/** The first line of an error's message. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}

/** Parquet by its extension or its magic number `PAR1`. */
export function isParquet(path: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.parquet' || ext === '.pq') return true;
  const head = headBytes(path, 4);
  return head.length === 4 && String.fromCharCode(...head) === 'PAR1';
}

/**
 * read_csv's options for rows ending in CRLF, LF and CR mixed: its sniffer
 * refuses such a file, and lenient mode alone takes a CR after CRLF rows for
 * half a line end (the next row loses its first character); lenient mode
 * with LF as the line end reads every row whole, as the sheet does.
 */
const MIXED_LINE_ENDS = `, strict_mode = false, new_line = ${stringLiteral('duckdb', '\\n')}`;

/** read_csv's options for a known layout: delimiter, CSV quotes, the lines to skip, one thread when quoted fields span lines, lenient with mixed line ends. */
function layoutOptions(layout: CsvLayout | null): string {
  if (layout === null) return '';
  const quote = stringLiteral('duckdb', '"');
  return `, delim = ${stringLiteral('duckdb', layout.delimiter)}, quote = ${quote}, escape = ${quote}, skip = ${Math.max(0, Math.floor(layout.skipLines))}${layout.parallel ? '' : ', parallel = false'}${layout.mixedLineEnds ? MIXED_LINE_ENDS : ''}`;
}

/**
 * read_csv's encoding for files that are not UTF-8: UTF-16 by its byte-order
 * mark, Latin-1 (the Windows-1252 exports of old Excel) when the head is not
 * valid UTF-8; nothing for UTF-8.
 */
function encodingOption(path: string): string {
  const head = headBytes(path, 65536);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return ", encoding = 'utf-16'";
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimPartialCharacter(head));
    return '';
  } catch {
    return ", encoding = 'latin-1'";
  }
}

/** The head without a UTF-8 sequence cut at its end. */
function trimPartialCharacter(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let i = 0; i < 3 && end > 0 && (bytes[end - 1] & 0xc0) === 0x80; i++) end--;
  if (end > 0 && bytes[end - 1] >= 0xc0) end--;
  return bytes.subarray(0, end);
}

function headBytes(path: string, count: number): Uint8Array {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buffer = new Uint8Array(count);
    const read = readSync(fd, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } catch {
    return new Uint8Array(0);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
