/**
 * Reading the optional arguments of the custom functions the way Sheets
 * passes them, with errors that name the function, the problem and the fix.
 */
import { PERIOD_KINDS, type PeriodKind } from '../shared/contract';
import { INTERVAL_METHODS, type IntervalMethod } from '../nps/intervals';

// Module-level copy: a global lookup per cell is slow in Apps Script's V8 context.
const isArray = Array.isArray;

/** An argument left out, or given as an empty cell. */
function isOmitted(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A number typed as text (`"28"`, `" 0.9 "`) as that number; anything else as it is. */
function numberText(value: unknown): unknown {
  return typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
}

/** A single-cell argument: Sheets passes `[[x]]` when a one-cell range is given. */
function singleValue(value: unknown): unknown {
  let v = value;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  return v;
}

/**
 * The cells of a range argument as one list, row by row. A single value
 * becomes a list of one.
 * @example flattenCells([[1], [2]]) // [1, 2]
 */
export function flattenCells(range: unknown): unknown[] {
  if (!isArray(range)) return [range];
  const cells: unknown[] = [];
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (isArray(row)) for (let c = 0; c < row.length; c++) cells.push(row[c]);
    else cells.push(row);
  }
  return cells;
}

/**
 * The cells of a range argument, one per entry: a one-column range is
 * returned as it is (its rows are one-cell arrays, which the column readers
 * unwrap), anything wider is flattened row by row. Spares a copy of the
 * common `A2:A` argument.
 * @example columnCells([[1], [2]]) // [[1], [2]]
 */
export function columnCells(range: unknown): ArrayLike<unknown> {
  if (!isArray(range)) return [range];
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (isArray(row) && row.length !== 1) return flattenCells(range);
  }
  return range;
}

/**
 * The number of rows of a range argument (1 for a single value).
 * @example rowCount([[1], [2], [3]]) // 3
 */
export function rowCount(range: unknown): number {
  return isArray(range) ? range.length : 1;
}

/**
 * The confidence level, default 0.95; it must lie strictly between 0 and 1.
 * @example confidenceArg('NPS_CI', undefined) // 0.95
 */
export function confidenceArg(fn: string, value: unknown): number {
  const v = numberText(singleValue(value));
  if (isOmitted(v)) return 0.95;
  if (typeof v !== 'number' || !(v > 0 && v < 1)) {
    const hint = typeof v === 'number' && v > 1 && v < 100 ? ` (for ${v} % use ${v / 100})` : '';
    throw new Error(`${fn}: confidence must be a number strictly between 0 and 1, such as 0.95, not ${describe(v)}${hint}.`);
  }
  return v;
}

/**
 * The period name, default `defaultKind`; case and surrounding spaces are ignored.
 * @example periodArg('NPS_BY_PERIOD', 'Month', 'month') // 'month'
 */
export function periodArg(fn: string, value: unknown, defaultKind: PeriodKind): PeriodKind {
  const v = singleValue(value);
  if (isOmitted(v)) return defaultKind;
  const name = typeof v === 'string' ? v.trim().toLowerCase() : '';
  const found = PERIOD_KINDS.find((kind) => kind === name);
  if (!found) {
    throw new Error(`${fn}: unknown period ${describe(v)}. Use one of: ${PERIOD_KINDS.map((k) => `"${k}"`).join(', ')}.`);
  }
  return found;
}

/**
 * The interval method, default adjusted Wald.
 * @example methodArg('NPS_CI', 'score') // 'score'
 */
export function methodArg(fn: string, value: unknown): IntervalMethod {
  const v = singleValue(value);
  if (isOmitted(v)) return 'adjusted-wald';
  const name = typeof v === 'string' ? v.trim().toLowerCase() : '';
  const found = INTERVAL_METHODS.find((method) => method === name);
  if (!found) {
    throw new Error(`${fn}: unknown method ${describe(v)}. Use one of: ${INTERVAL_METHODS.map((m) => `"${m}"`).join(', ')}.`);
  }
  return found;
}

/**
 * A TRUE/FALSE flag, default FALSE.
 * @example flagArg('NPS', 'strict', true) // true
 */
export function flagArg(fn: string, name: string, value: unknown): boolean {
  const v = singleValue(value);
  if (isOmitted(v)) return false;
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  throw new Error(`${fn}: ${name} must be TRUE or FALSE, not ${describe(v)}.`);
}

/**
 * A whole number of at least `min` (e.g. window_days, min_responses).
 * @example wholeNumberArg('NPS_ROLLING', 'window_days', 28, 1, undefined) // 28
 */
export function wholeNumberArg(fn: string, name: string, value: unknown, min: number, fallback: number | undefined): number {
  const v = numberText(singleValue(value));
  if (isOmitted(v)) {
    if (fallback === undefined) throw new Error(`${fn}: ${name} is required: give a whole number of at least ${min}.`);
    return fallback;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new Error(`${fn}: ${name} must be a whole number of at least ${min}, not ${describe(v)}.`);
  }
  return v;
}

/**
 * A number above 0 (e.g. a margin of error in points), required.
 * @example positiveNumberArg('NPS_SAMPLE_SIZE', 'margin', '2.5', 'such as 5') // 2.5
 */
export function positiveNumberArg(fn: string, name: string, value: unknown, example: string): number {
  const v = numberText(singleValue(value));
  if (isOmitted(v)) throw new Error(`${fn}: ${name} is required: give a number above 0, ${example}.`);
  if (typeof v !== 'number' || !(v > 0) || v === Infinity) {
    throw new Error(`${fn}: ${name} must be a number above 0, ${example}, not ${describe(v)}.`);
  }
  return v;
}

/**
 * Checks that two range arguments have the same number of rows.
 * @example sameRows('NPS_BY_PERIOD', 'dates', [[1]], 'scores', [[1]]) // no error
 */
export function sameRows(fn: string, nameA: string, a: unknown, nameB: string, b: unknown): void {
  const rowsA = rowCount(a);
  const rowsB = rowCount(b);
  if (rowsA !== rowsB) {
    throw new Error(`${fn}: ${nameA} and ${nameB} must have the same number of rows (${rowsA} vs ${rowsB}). Select ranges of the same height, e.g. A2:A and C2:C.`);
  }
}

/**
 * Checks that two columns of cells (already read) have the same number of cells.
 * @example sameCells('NPS_WEIGHTED', 'scores', [9, 3], 'weights', [1, 2]) // no error
 */
export function sameCells(fn: string, nameA: string, a: ArrayLike<unknown>, nameB: string, b: ArrayLike<unknown>): void {
  if (a.length !== b.length) {
    throw new Error(`${fn}: ${nameA} and ${nameB} must have the same number of cells (${a.length} vs ${b.length}). Select one column for each.`);
  }
}

/** A value as the user would recognise it in a message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (value === undefined || value === null || value === '') return 'an empty cell';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a date';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'; // as Sheets shows it
  return String(value);
}
