/**
 * Where things are on a sheet, in pixels from the top-left corner of A1, as
 * Sheets lays them out: columns are 100 px wide unless set
 * (`setColumnWidth(s)`), rows 21 px high (row heights are not modelled), and
 * an embedded chart sits at its anchor cell plus its offsets, at its size
 * (600 × 371 px unless its `width`/`height` options say otherwise). Used by
 * tests (does a chart cover a cell?) and the playground (drawing charts over
 * the grid).
 */
import { chartSize, type ChartModel } from './chartModel';
import type { LocalSheet } from './localSheet';
import { DEFAULT_ROW_HEIGHT, DEFAULT_WIDTH } from './sheet';

/** A rectangle in pixels (right and bottom excluded). */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Width of a column in pixels. */
export function columnWidth(sheet: LocalSheet, column: number): number {
  return sheet.columnWidths.get(column) ?? DEFAULT_WIDTH;
}

/**
 * Left edge of a column, in pixels from A's left edge.
 * @example columnLeft(sheet, 3) // 200 on a sheet of default widths
 */
export function columnLeft(sheet: LocalSheet, column: number): number {
  let x = 0;
  for (let c = 1; c < column; c++) x += columnWidth(sheet, c);
  return x;
}

/** Top edge of a row, in pixels from row 1's top edge. */
export function rowTop(row: number): number {
  return (row - 1) * DEFAULT_ROW_HEIGHT;
}

/** A cell's rectangle. */
export function cellRect(sheet: LocalSheet, row: number, column: number): PixelRect {
  return { x: columnLeft(sheet, column), y: rowTop(row), width: columnWidth(sheet, column), height: DEFAULT_ROW_HEIGHT };
}

/**
 * An embedded chart's rectangle.
 * @example chartRect(sheet, chart) // { x: 620, y: 210, width: 600, height: 371 } for a chart anchored at E11 + 60 px on 140 px columns
 */
export function chartRect(sheet: LocalSheet, chart: ChartModel): PixelRect {
  const { width, height } = chartSize(chart);
  return {
    x: columnLeft(sheet, chart.position.column) + chart.position.offsetX,
    y: rowTop(chart.position.row) + chart.position.offsetY,
    width,
    height,
  };
}

/** True when two rectangles share any pixel. */
export function overlaps(a: PixelRect, b: PixelRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
