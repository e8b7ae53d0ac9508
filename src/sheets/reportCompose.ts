/**
 * Putting the report's blocks on one grid from A1: values, number formats
 * and style keys of the same shape, so that the whole report is written with
 * one call per kind (values, formats, weights, fills). Pure.
 */
import type { StyleKey } from './reportStyle';

export type Cell = string | number | boolean | Date;

/** Number format of cells that hold nothing of ours. */
export const NEUTRAL_FORMAT = 'General';

/** A rectangle of cells to place on the grid (1-based position). */
export interface Block {
  row: number;
  column: number;
  values: Cell[][];
  /** Number formats by row; a block's last format row repeats down. */
  formats: string[][];
  /** Style keys by row (same rule); none: no style. */
  styles?: StyleKey[][];
}

/** A rectangle of the grid (1-based row and column). */
export interface BlockArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The composed grid. */
export interface ComposedGrid {
  values: Cell[][];
  formats: string[][];
  styles: StyleKey[][];
  /** Where each block lies: the cells the report writes (and, live, the rooms its tables spill into). */
  blocks: BlockArea[];
}

/**
 * Places the blocks on one grid from A1, `columns` wide at least; cells
 * outside every block are empty.
 *
 * @example composeBlocks([{ row: 2, column: 2, values: [['x']], formats: [['@']] }], 3).values // [['', '', ''], ['', 'x', '']]
 */
export function composeBlocks(blocks: Block[], columns: number): ComposedGrid {
  let rows = 0;
  let width = columns;
  for (const b of blocks) {
    rows = Math.max(rows, b.row - 1 + b.values.length);
    for (const line of b.values) width = Math.max(width, b.column - 1 + line.length);
  }
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const styles: StyleKey[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<Cell>(width).fill(''));
    formats.push(new Array<string>(width).fill(NEUTRAL_FORMAT));
    styles.push(new Array<StyleKey>(width).fill(''));
  }
  for (const b of blocks) {
    b.values.forEach((line, i) => {
      const format = b.formats[i] || b.formats[b.formats.length - 1];
      const style = b.styles ? b.styles[i] || b.styles[b.styles.length - 1] : null;
      for (let c = 0; c < line.length; c++) {
        values[b.row - 1 + i][b.column - 1 + c] = line[c];
        formats[b.row - 1 + i][b.column - 1 + c] = format[c] ?? NEUTRAL_FORMAT;
        if (style) styles[b.row - 1 + i][b.column - 1 + c] = style[c] ?? '';
      }
    });
  }
  const areas = blocks.map((b) => ({ row: b.row, column: b.column, rows: b.values.length, columns: Math.max(0, ...b.values.map((line) => line.length)) }));
  return { values, formats, styles, blocks: areas.filter((a) => a.rows > 0 && a.columns > 0) };
}

/** A row of `n` copies of `value`. */
export function repeat<T>(value: T, n: number): T[] {
  return new Array<T>(n).fill(value);
}
