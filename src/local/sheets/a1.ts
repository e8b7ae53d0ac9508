/**
 * A1 notation as Google Sheets reads it: `B3`, `A1:C10`, open ranges (`A2:A`,
 * `A:C`, `2:5`) and an optional sheet name, quoted when it needs to be
 * (`'Form Responses 1'!A2:A`, with `''` for a quote inside the name).
 */

/** A parsed A1 reference. Rows and columns are 1-based; `null` means open-ended. */
export interface A1Reference {
  /** The sheet name, unquoted, or null when the reference has none. */
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/** Largest column Sheets allows (ZZZ). */
export const MAX_COLUMNS = 18278;

/**
 * Column number (1-based) to letters.
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Column letters to a 1-based column number.
 * @example columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a sheet name for A1 notation when Sheets would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A1 text of a rectangle, `B2` for one cell, `A1:C3` otherwise. */
export function formatA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

const PART = /^(\$?([A-Za-z]{1,3}))?(\$?([0-9]+))?$/;

/** One side of `A1:B2`: a cell, a column (`A`) or a row (`5`). */
function parsePart(text: string): { row: number | null; column: number | null } | null {
  const m = PART.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  const column = m[2] ? columnNumber(m[2]) : null;
  const row = m[4] ? Number(m[4]) : null;
  if (row === 0 || (column !== null && column > MAX_COLUMNS)) return null;
  return { row, column };
}

/** Splits `'My sheet'!A1:B2` into the unquoted sheet name and the range part. */
function splitSheet(text: string): { sheetName: string | null; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i++];
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    return { sheetName: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, rest: text };
  return { sheetName: text.slice(0, bang), rest: text.slice(bang + 1) };
}

/**
 * Parses A1 notation, or returns null when it is not a reference.
 * @example parseA1("'Form Responses 1'!A2:A") // { sheetName: 'Form Responses 1', startRow: 2, startColumn: 1, endRow: null, endColumn: 1 }
 */
export function parseA1(text: string): A1Reference | null {
  const split = splitSheet(text.trim());
  if (!split || split.sheetName === '') return null;
  const [first, second, extra] = split.rest.split(':');
  if (extra !== undefined) return null;
  const a = parsePart(first);
  if (!a) return null;
  if (second === undefined) {
    // A lone cell; a lone column or row (`A`, `5`) is not a reference in Apps Script.
    if (a.row === null || a.column === null) return null;
    return { sheetName: split.sheetName, startRow: a.row, startColumn: a.column, endRow: a.row, endColumn: a.column };
  }
  const b = parsePart(second);
  if (!b) return null;
  const kindA = a.row === null ? 'column' : a.column === null ? 'row' : 'cell';
  const kindB = b.row === null ? 'column' : b.column === null ? 'row' : 'cell';
  let startRow: number, startColumn: number, endRow: number | null, endColumn: number | null;
  if (kindA === 'cell' && (kindB === 'cell' || kindB === 'column')) {
    // `A1:B2`, or `A2:B` (open at the bottom).
    [startRow, startColumn, endRow, endColumn] = [a.row!, a.column!, b.row, b.column];
  } else if (kindA === 'column' && kindB === 'column') {
    [startRow, startColumn, endRow, endColumn] = [1, a.column!, null, b.column];
  } else if (kindA === 'row' && kindB === 'row') {
    [startRow, startColumn, endRow, endColumn] = [a.row!, 1, b.row, null];
  } else return null;
  // Normalise reversed corners (`B5:A1` means `A1:B5`), as Sheets does.
  const rows = endRow === null ? [startRow, null] : [Math.min(startRow, endRow), Math.max(startRow, endRow)];
  const cols = endColumn === null ? [startColumn, null] : [Math.min(startColumn, endColumn), Math.max(startColumn, endColumn)];
  return { sheetName: split.sheetName, startRow: rows[0], startColumn: cols[0], endRow: rows[1], endColumn: cols[1] };
}
