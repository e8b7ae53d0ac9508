/**
 * How Sheets rewrites A1 references when rows or columns of a sheet are
 * inserted or deleted: a reference after the change moves with its cells, a
 * range around an insertion grows, a range losing some of its rows or
 * columns shrinks, and a reference whose cells are all deleted becomes
 * `#REF!`. Used for formulas (on every sheet) and chart ranges.
 */
import { columnLetters, columnNumber } from './a1';

/** A structure change: `count` rows or columns inserted before `at`, or deleted from `at` on. */
export interface LineChange {
  dimension: 'rows' | 'columns';
  kind: 'insert' | 'delete';
  /** First row or column (1-based) inserted or deleted. */
  at: number;
  count: number;
}

/**
 * Where a row or column index goes; null when it is deleted.
 * @example moveLine(5, { dimension: 'rows', kind: 'insert', at: 3, count: 2 }) // 7
 */
export function moveLine(index: number, change: LineChange): number | null {
  if (index < change.at) return index;
  if (change.kind === 'insert') return index + change.count;
  if (index < change.at + change.count) return null;
  return index - change.count;
}

/**
 * Where a span of lines [start, end] goes (end null: open to the end of the
 * sheet); null when every line of it is deleted.
 */
export function moveSpan(start: number, end: number | null, change: LineChange): { start: number; end: number | null } | null {
  if (change.kind === 'insert') {
    return { start: start >= change.at ? start + change.count : start, end: end === null ? null : end >= change.at ? end + change.count : end };
  }
  const lastDeleted = change.at + change.count - 1;
  if (end !== null && start >= change.at && end <= lastDeleted) return null;
  const newStart = start < change.at ? start : start <= lastDeleted ? change.at : start - change.count;
  const newEnd = end === null ? null : end < change.at ? end : end <= lastDeleted ? change.at - 1 : end - change.count;
  return { start: newStart, end: newEnd };
}

// A reference: optional sheet name, then a cell (B2), or a column span (B:D) or a cell-to-column span (B2:B).
const REFERENCE = /(?:('(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)?(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+)?)?/y;

/**
 * A formula with its references to `target` rewritten for a change of that
 * sheet. References are to `target` when they name it, or name no sheet and
 * the formula is on `target`. Text in double quotes is left alone.
 *
 * @example shiftFormula("=NPS('Data'!C2:C)", 'Out', 'Data', { dimension: 'columns', kind: 'insert', at: 2, count: 1 }) // "=NPS('Data'!D2:D)"
 */
export function shiftFormula(formula: string, formulaSheet: string, target: string, change: LineChange): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const before = i === 0 ? '' : formula[i - 1];
    REFERENCE.lastIndex = i;
    const m = /[A-Za-z0-9_.$'!]/.test(before) ? null : REFERENCE.exec(formula);
    const after = m ? formula[i + m[0].length] ?? '' : '';
    // A cell needs its row; a span without rows needs its colon. Not a function name (followed by "(").
    const isReference = m && (m[5] !== undefined || m[7] !== undefined) && !/[A-Za-z0-9_(!]/.test(after) && !(m[5] === undefined && m[7] !== undefined && m[9] !== undefined);
    if (!m || !isReference) {
      out += ch;
      i++;
      continue;
    }
    const sheetName = m[1] === undefined ? null : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    const onTarget = (sheetName ?? formulaSheet).toLowerCase() === target.toLowerCase();
    out += onTarget ? shiftReference(m, change) : m[0];
    i += m[0].length;
  }
  return out;
}

/** One matched reference, rewritten (or `#REF!`). */
function shiftReference(m: RegExpExecArray, change: LineChange): string {
  const prefix = m[1] === undefined ? '' : `${m[1]}!`;
  const hasEnd = m[7] !== undefined;
  let startColumn = columnNumber(m[3]);
  let endColumn = hasEnd ? columnNumber(m[7]) : startColumn;
  let startRow = m[5] === undefined ? null : Number(m[5]);
  let endRow = hasEnd ? (m[9] === undefined ? null : Number(m[9])) : startRow;
  if (change.dimension === 'columns') {
    const span = moveSpan(startColumn, endColumn, change);
    if (!span) return '#REF!';
    startColumn = span.start;
    endColumn = span.end!;
  } else if (startRow !== null) {
    const span = moveSpan(startRow, endRow, change);
    if (!span) return '#REF!';
    startRow = span.start;
    endRow = span.end;
  }
  const start = `${m[2]}${columnLetters(startColumn)}${m[4]}${startRow ?? ''}`;
  if (!hasEnd) return prefix + start;
  return `${prefix}${start}:${m[6]}${columnLetters(endColumn)}${m[8]}${endRow ?? ''}`;
}
