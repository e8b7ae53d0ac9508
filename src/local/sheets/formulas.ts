/**
 * Formulas that call the add-on's custom functions: `=NAME(arg, …)` where an
 * argument is an A1 reference (optionally on another sheet, open ranges
 * allowed), a string literal (`""` escapes a quote), a number (`95%` too) or
 * TRUE/FALSE; `,` or `;` separate arguments.
 *
 * How a reference becomes an argument: a single cell → its value; a range →
 * a 2-D array of values. An open range (`A2:A`, `A:C`, `2:5`) runs to the
 * referenced sheet's last grid row (and column), with trailing `""` cells,
 * as Sheets passes it.
 *
 * The result: a scalar fills the formula cell; a 2-D array (or a 1-D array,
 * taken as a column) spills down and right. Spilling onto a cell that holds
 * something makes the value `#REF!`; a thrown error makes it `#ERROR!`; the
 * message is kept (LocalSheet.getFormulaError).
 *
 * Also evaluated: a horizontal array literal of references, `={B25:B425,
 * G25:I425}` (Sheets' canonical syntax: `,` joins columns), which spills the
 * referenced ranges side by side; they must have the same number of rows.
 *
 * Anything else — other functions, nested calls, operators, array literals
 * with rows (`;`) or values — is not modelled: reading its value throws an
 * error that says so.
 */
import { A1Reference, columnLetters, parseA1 } from './a1';
import { cellKey, keyCell, LocalSheet } from './localSheet';
import type { LocalSpreadsheet } from './localSpreadsheet';
import { CellValue, isDate, rawCell } from './values';

/** A parsed argument. */
export type FormulaArgument = { kind: 'reference'; ref: A1Reference } | { kind: 'value'; value: CellValue };

/** A parsed `=NAME(args)` formula. */
export interface FormulaCall {
  /** Function name, upper-cased (Sheets' function names are case-insensitive). */
  name: string;
  args: FormulaArgument[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * Parses a formula, or returns null when it is not a plain call of one
 * function with reference and literal arguments.
 * @example parseFormula("=NPS('Form Responses 1'!B2:B)")?.args[0].kind // 'reference'
 */
export function parseFormula(formula: string): FormulaCall | null {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!m) return null;
  const args: FormulaArgument[] = [];
  const text = m[2];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  skipSpace();
  if (i === text.length) return { name: m[1].toUpperCase(), args };
  for (;;) {
    skipSpace();
    let arg: FormulaArgument | null;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) return null;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      arg = { kind: 'value', value };
    } else {
      const start = i;
      if (text[i] === "'") {
        // A quoted sheet name: runs to the closing quote ('' is an escaped quote).
        i++;
        while (i < text.length && !(text[i] === "'" && text[i + 1] !== "'")) i += text[i] === "'" ? 2 : 1;
        i++;
      }
      while (i < text.length && /[A-Za-z0-9_.$:!%+\-]/.test(text[i])) i++;
      arg = classify(text.slice(start, i));
    }
    if (!arg) return null;
    args.push(arg);
    skipSpace();
    if (i === text.length) break;
    if (text[i] !== ',' && text[i] !== ';') return null;
    i++;
  }
  return { name: m[1].toUpperCase(), args };
}

/** One unquoted argument token: number, boolean, empty or reference. */
/**
 * The references of a horizontal array literal `={A1:A9, C1:D9}`, or null
 * when the formula is not one (rows joined with `;`, values, functions).
 * @example parseArrayLiteral('={B25:B425, G25:I425}')?.length // 2
 */
export function parseArrayLiteral(formula: string): A1Reference[] | null {
  const m = /^=\s*\{([\s\S]*)\}\s*$/.exec(formula);
  if (!m) return null;
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of m[1]) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === ';') return null;
    if (!quoted && ch === ',') {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  const refs: A1Reference[] = [];
  for (const item of items) {
    const arg = classify(item.trim());
    if (!arg || arg.kind !== 'reference') return null;
    refs.push(arg.ref);
  }
  return refs;
}

function classify(token: string): FormulaArgument | null {
  if (token === '') return { kind: 'value', value: '' };
  if (NUMBER.test(token)) {
    const n = Number(token.replace('%', ''));
    return { kind: 'value', value: token.endsWith('%') ? n / 100 : n };
  }
  const upper = token.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const ref = parseA1(token);
  return ref ? { kind: 'reference', ref } : null;
}

type Status = 'pending' | 'done';

/** Recalculates every formula of the spreadsheet (called by LocalSpreadsheet.calculate). */
export function recalculate(book: LocalSpreadsheet): void {
  for (const sheet of book.sheets) {
    sheet.computed.clear();
    sheet.outcomes.clear();
  }
  const status = new Map<LocalSheet, Map<number, Status>>();
  const statusOf = (sheet: LocalSheet) => {
    let s = status.get(sheet);
    if (!s) status.set(sheet, (s = new Map()));
    return s;
  };
  const evaluate = (sheet: LocalSheet, key: number): void => {
    const st = statusOf(sheet);
    if (st.has(key)) return;
    st.set(key, 'pending');
    evaluateCell(book, sheet, key, evaluate, (s, k) => statusOf(s).get(k));
    st.set(key, 'done');
  };
  for (const sheet of book.sheets) {
    for (const key of [...sheet.formulas.keys()]) evaluate(sheet, key);
  }
}

type Evaluate = (sheet: LocalSheet, key: number) => void;

/** Evaluates one formula cell and writes its result (and spill) into the sheet's computed values. */
function evaluateCell(
  book: LocalSpreadsheet,
  sheet: LocalSheet,
  key: number,
  evaluate: Evaluate,
  statusOf: (sheet: LocalSheet, key: number) => Status | undefined,
): void {
  const [row, column] = keyCell(key);
  const formula = sheet.formulas.get(key)!;
  const where = sheet.describeCell(row, column);
  const fail = (error: string, value: CellValue = '#ERROR!') => {
    sheet.computed.set(key, value);
    sheet.outcomes.set(key, { error, notModelled: null });
  };
  if (formula.includes('#REF!')) {
    // A reference whose cells were deleted (references.ts).
    fail(`Formula in ${where} refers to deleted cells: Reference does not exist.`, '#REF!');
    return;
  }
  if (/^=[+-]/.test(formula)) {
    // Text such as "-none-" or "+1 (555)" written with setValue: Sheets parses it as a formula.
    fail(`Formula parse error in ${where}: text starting with "+" or "-" was entered as a formula (prefix it with an apostrophe to keep it as text).`);
    return;
  }

  /** Calculates the formulas whose results may land in a referenced range; an error message on a cycle. */
  const prepare = (target: LocalSheet, ref: A1Reference): string | null => {
    for (const other of [...target.formulas.keys()]) {
      const [r, c] = keyCell(other);
      if ((ref.endRow !== null && r > ref.endRow) || (ref.endColumn !== null && c > ref.endColumn)) continue;
      const inside = r >= ref.startRow! && c >= ref.startColumn!;
      if ((target === sheet && other === key) || statusOf(target, other) === 'pending') {
        if (inside) return 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';
        continue;
      }
      evaluate(target, other);
    }
    return null;
  };

  /** Writes a result grid from the formula cell down and right, unless something is in the way. */
  const spill = (grid: CellValue[][]): void => {
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid[i].length; j++) {
        if (i === 0 && j === 0) continue;
        const r = row + i;
        const c = column + j;
        const blocked = r > sheet.maxRows || c > sheet.maxColumns || sheet.hasContent(r, c) || sheet.computed.has(cellKey(r, c));
        if (blocked) {
          const at = `${columnLetters(c)}${r}`;
          return fail(`Array result was not expanded because it would overwrite data in ${at}.`, '#REF!');
        }
      }
    }
    grid.forEach((cells, i) => cells.forEach((v, j) => sheet.computed.set(cellKey(row + i, column + j), v)));
    sheet.outcomes.set(key, { error: null, notModelled: null });
  };

  const literal = parseArrayLiteral(formula);
  if (literal) {
    const parts: CellValue[][][] = [];
    for (const ref of literal) {
      const target = ref.sheetName === null ? sheet : book.sheetByName(ref.sheetName);
      if (!target) return fail(`Unresolved sheet name '${ref.sheetName}'.`, '#REF!');
      const cycle = prepare(target, ref);
      if (cycle) return fail(cycle, '#REF!');
      try {
        const value = readReference(target, ref);
        parts.push(Array.isArray(value) ? (value as CellValue[][]) : [[value as CellValue]]);
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
    }
    if (parts.some((p) => p.length !== parts[0].length)) {
      return fail('In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
    }
    return spill(parts[0].map((_, i) => parts.flatMap((p) => p[i])));
  }

  const call = parseFormula(formula);
  const fn = call ? book.functionResolver()?.(call.name) : null;
  if (!call || !fn) {
    const why = !call
      ? 'only formulas that call one of the add-on\'s custom functions with references and literals (=NPS(B2:B)), or array literals of references ({A1:A9, C1:C9}), are evaluated'
      : book.functionResolver()
        ? `${call.name} is not a custom function of the loaded add-on`
        : 'no add-on is loaded to evaluate custom functions';
    sheet.outcomes.set(key, { error: null, notModelled: `Not modelled by the local spreadsheet: the formula ${formula} in ${where} — ${why}.` });
    return;
  }
  const args: unknown[] = [];
  for (const arg of call.args) {
    if (arg.kind === 'value') {
      args.push(arg.value);
      continue;
    }
    const target = arg.ref.sheetName === null ? sheet : book.sheetByName(arg.ref.sheetName);
    if (!target) return fail(`Unresolved sheet name '${arg.ref.sheetName}'.`, '#REF!');
    // Formulas whose results may land in the range are calculated first.
    const cycle = prepare(target, arg.ref);
    if (cycle) return fail(cycle, '#REF!');
    try {
      args.push(readReference(target, arg.ref));
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  }
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    const message = typeof error === 'object' && error !== null && 'message' in error ? String((error as Error).message) : String(error);
    return fail(message);
  }
  const grid = toGrid(result);
  if (typeof grid === 'string') return fail(grid);
  spill(grid);
}

/**
 * The argument a custom function receives for a reference. An open range
 * (`A2:A`, `B:B`) runs to the last row (column) of the sheet's grid, blank
 * cells included, as Sheets passes it: `=NPS_BY_PERIOD(A2:A, B2:B11)` is a
 * row-count mismatch there too.
 */
function readReference(target: LocalSheet, ref: A1Reference): unknown {
  const startRow = ref.startRow!;
  const startColumn = ref.startColumn!;
  const endRow = Math.min(ref.endRow ?? target.maxRows, target.maxRows);
  const endColumn = Math.min(ref.endColumn ?? target.maxColumns, target.maxColumns);
  if (startRow > target.maxRows || startColumn > target.maxColumns) throw new Error('Range reference is outside the sheet.');
  if (startRow === endRow && startColumn === endColumn && ref.endRow !== null && ref.endColumn !== null) {
    return target.valueNow(startRow, startColumn);
  }
  const rows: CellValue[][] = [];
  for (let r = startRow; r <= endRow; r++) {
    const cells: CellValue[] = new Array(endColumn - startColumn + 1);
    for (let c = startColumn; c <= endColumn; c++) cells[c - startColumn] = target.valueNow(r, c);
    rows.push(cells);
  }
  return rows;
}

/** A custom function's result as rows of cell values, or an error message. */
function toGrid(result: unknown): CellValue[][] | string {
  const cell = (v: unknown): CellValue | string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
    if (typeof v === 'string' || typeof v === 'boolean' || isDate(v)) return rawCell(v);
    return '#VALUE!';
  };
  if (!Array.isArray(result)) {
    const v = cell(result);
    return v === '#VALUE!' && typeof result === 'object' ? 'The custom function returned an object; return a value or a 2-D array.' : [[v]];
  }
  if (result.length === 0) return 'The custom function returned an empty array.';
  const rows = result.map((r) => (Array.isArray(r) ? r : [r]));
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0) return 'The custom function returned an empty array.';
  return rows.map((r) => Array.from({ length: width }, (_, j) => cell(r[j])));
}
