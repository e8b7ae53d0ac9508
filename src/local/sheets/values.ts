/**
 * What a cell holds, and how Sheets turns what a script writes into it
 * (`setValue`/`setValues` read strings the way a user's typing is read).
 */
import { notModelled, serviceError } from './errors';

/** A stored cell value. Empty cells are `""`, never null or undefined. */
export type CellValue = number | string | boolean | Date;

/** What a write puts into a cell: a value or a formula. */
export type CellInput = { formula: null; value: CellValue } | { formula: string; value: '' };

/** True for a Date from any JavaScript realm (the add-on runs in a vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A copy that the caller may mutate without touching the sheet (Dates are new objects). */
export function copyCell(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

/**
 * A value stored as-is (the import path: no formula, no parsing of text).
 * null/undefined become `""`, Dates of any realm become Dates of this realm.
 */
export function rawCell(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value)) return new Date(value.getTime());
  return String(value);
}

const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/**
 * Text Sheets would turn into a date, a time, a currency amount or a grouped
 * number when typed or written without an apostrophe: `2025-01-31`,
 * `1/31/2025`, `Jan 2025`, `4 March 2025`, `12:30`, `$5`, `1,234`. The local
 * spreadsheet does not model that parsing, so writing such text fails loudly.
 */
const PARSED_TEXT = [
  /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s+\d{1,2}:\d{2}.*)?\s*$/,
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?\s*$/i,
  new RegExp(`^\\s*${MONTH}\\s+\\d{1,4}(,?\\s+\\d{4})?\\s*$`, 'i'),
  new RegExp(`^\\s*\\d{1,2}\\s+${MONTH}(\\s+\\d{2,4})?\\s*$`, 'i'),
  /^\s*[-+]?[$€£¥]\s*[-+]?\d/,
  /^\s*[-+]?\d{1,3}(,\d{3})+(\.\d+)?\s*$/,
];
const PERCENT_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;

/**
 * Reads a value written with `setValue`/`setValues` as Sheets does:
 * `=…` is a formula, a leading `'` keeps the rest as text, number text
 * (`"42"`, `"1.5e3"`, `"12%"`) becomes a number, `TRUE`/`FALSE` become
 * booleans, and other text starting with `+` or `-` is taken as a formula
 * (Sheets shows `#ERROR!` for it). A cell formatted as plain text (`@`) keeps
 * every string as text. Text Sheets would read as a date, time, currency
 * or grouped number throws "not modelled" ({@link PARSED_TEXT}); text or a
 * formula of more than {@link MAX_CELL_CHARS} characters throws Sheets' error.
 */
export function parseInput(value: unknown, numberFormat: string | undefined): CellInput {
  const input = readInput(value, numberFormat);
  const text = input.formula ?? input.value;
  if (typeof text === 'string' && text.length > MAX_CELL_CHARS) {
    throw serviceError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
  return input;
}

/**
 * Most characters a cell holds (Sheets' limit of 50,000). Counted here on the
 * text stored (a leading apostrophe left out) in UTF-16 units: whether Sheets
 * counts the apostrophe, or code points, is unconfirmed.
 */
export const MAX_CELL_CHARS = 50_000;

function readInput(value: unknown, numberFormat: string | undefined): CellInput {
  if (typeof value !== 'string') return { formula: null, value: rawCell(value) };
  if (numberFormat === '@') return { formula: null, value };
  if (value.startsWith("'")) return { formula: null, value: value.slice(1) };
  if (value.length > 1 && value.startsWith('=')) return { formula: value, value: '' };
  if (NUMBER_TEXT.test(value)) return { formula: null, value: Number(value) };
  if (PERCENT_TEXT.test(value)) return { formula: null, value: Number(value.replace('%', '')) / 100 };
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { formula: null, value: upper === 'TRUE' };
  if (PARSED_TEXT.some((pattern) => pattern.test(value))) {
    throw notModelled(`writing "${value}" unquoted: Sheets would read it as a date, time, currency or grouped number (prefix it with an apostrophe or format the cell as @)`);
  }
  if (value.length > 1 && (value.startsWith('+') || value.startsWith('-'))) return { formula: `=${value}`, value: '' };
  return { formula: null, value };
}
