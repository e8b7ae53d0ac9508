/**
 * The columns of a table of responses that an analysis reads, one list of
 * cells per column. Sheets reads only these columns (one range per run of
 * adjacent columns, SPEC §8 "Cells read"), never the whole sheet; tests and
 * the engine's own callers wrap a grid they already hold with
 * {@link columnsOfGrid}.
 */
import type { AnalysisOptions, ColumnMapping, TablePosition } from '../shared/contract';

/** The data rows (firstDataRow..lastRow) of the columns an analysis uses, and their header cells. */
export interface TableColumns {
  /** Data rows: lastRow − firstDataRow + 1 (0 when the table has none). */
  readonly rows: number;
  /**
   * The cells of a column (0-based) in the data rows, one per row (`''` for an empty cell, as `getValues` gives it).
   * @throws Error when the column was not read (a caller forgot it in {@link wantedColumns})
   */
  cells(column: number): unknown[];
  /** The cells of a column in the header rows, top to bottom. */
  headerCells(column: number): unknown[];
}

/**
 * The columns an analysis with these options reads: the score, the date,
 * the chosen segment column, the driver columns, the first comment column
 * (themes) and the respondent column (people), sorted, each once. A
 * capability that reads another column adds it here, and Sheets reads it
 * with the others.
 *
 * @example wantedColumns({ score: 3, date: 0, segments: [5], comments: [7] }, { segmentColumn: 5 }) // [0, 3, 5, 7]
 * @example wantedColumns({ score: 1, date: null, segments: [], comments: [], respondent: 4 }, { segmentColumn: null }) // [1, 4]
 */
export function wantedColumns(mapping: ColumnMapping, options: Pick<AnalysisOptions, 'segmentColumn'>): number[] {
  // The driver columns too: "What goes with the score" reads them (SPEC §10b).
  const wanted = [mapping.score, mapping.date, options.segmentColumn, mapping.comments.length ? mapping.comments[0] : null, mapping.respondent, ...(mapping.drivers ?? [])];
  const columns: number[] = [];
  for (const column of wanted) if (typeof column === 'number' && column >= 0 && columns.indexOf(column) < 0) columns.push(column);
  return columns.sort((a, b) => a - b);
}

/**
 * Runs of adjacent columns, each read as one range: `[start, count]` pairs.
 *
 * @example columnRuns([0, 1, 3, 5, 6, 7]) // [[0, 2], [3, 1], [5, 3]]
 */
export function columnRuns(columns: number[]): [number, number][] {
  const sorted = columns.slice().sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && column < last[0] + last[1]) continue;
    if (last && column === last[0] + last[1]) last[1]++;
    else runs.push([column, 1]);
  }
  return runs;
}

/**
 * The table's columns out of a whole grid (row 0 is sheet row 1), each
 * column taken out when first asked for.
 *
 * @example columnsOfGrid([['Score'], [9], [3]], { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 3 }).cells(0) // [9, 3]
 */
export function columnsOfGrid(values: unknown[][], table: TablePosition): TableColumns {
  const first = table.firstDataRow - 1;
  const rows = Math.max(0, table.lastRow - first);
  const taken = new Map<number, unknown[]>();
  return {
    rows,
    cells(column) {
      let cells = taken.get(column);
      if (!cells) {
        cells = new Array<unknown>(rows);
        for (let i = 0; i < rows; i++) {
          const row = values[first + i];
          cells[i] = row ? row[column] : '';
        }
        taken.set(column, cells);
      }
      return cells;
    },
    headerCells(column) {
      return headerCellsOf(values, table, column);
    },
  };
}

/**
 * The header rows' cells of a column in a grid whose row 0 is sheet row 1.
 * @example headerCellsOf([['Score'], ['Response'], [9]], { headerRow: 1, headerRows: 2, firstDataRow: 3, lastRow: 3 }, 0) // ['Score', 'Response']
 */
export function headerCellsOf(values: unknown[][], table: TablePosition, column: number): unknown[] {
  const cells: unknown[] = [];
  for (let r = 0; r < table.headerRows; r++) {
    const row = values[table.headerRow - 1 + r];
    cells.push(row ? row[column] : '');
  }
  return cells;
}
