/** What the local spreadsheet keeps of an embedded chart (read by tests and the playground). */
import type { LocalSheet } from './localSheet';

/** A rectangle on a sheet (1-based). */
export interface RangeRef {
  sheet: LocalSheet;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** An embedded chart as built by EmbeddedChartBuilder. */
export interface ChartModel {
  /** Stable id, assigned by insertChart; null on a built chart not yet inserted. */
  id: number | null;
  /** Charts.ChartType name: `LINE`, `COLUMN`, `COMBO`, `BAR`, `AREA`… */
  type: string | null;
  ranges: RangeRef[];
  /** Options as set with setOption, by key (values deep-copied). */
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

/** A deep copy of a chart model (ranges keep their sheet). */
export function copyChart(chart: ChartModel): ChartModel {
  return {
    ...chart,
    ranges: chart.ranges.map((r) => ({ ...r })),
    options: structuredClone(chart.options),
    position: { ...chart.position },
  };
}

/** A chart with nothing set yet (what Sheet.newChart starts from). */
export function emptyChart(): ChartModel {
  return {
    id: null,
    type: null,
    ranges: [],
    options: {},
    numHeaders: -1,
    transpose: false,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenDimensionStrategy: 'IGNORE_BOTH',
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
  };
}

/** Size of an embedded chart that was given none (the Sheets API's OverlayPosition defaults: widthPixels 600, heightPixels 371). */
export const DEFAULT_CHART_WIDTH = 600;
export const DEFAULT_CHART_HEIGHT = 371;

/**
 * A chart's size in pixels: its `width` and `height` options (set with
 * `setOption`), else Sheets' default 600 × 371.
 * @example chartSize(emptyChart()) // { width: 600, height: 371 }
 */
export function chartSize(chart: ChartModel): { width: number; height: number } {
  const size = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
  return { width: size(chart.options.width, DEFAULT_CHART_WIDTH), height: size(chart.options.height, DEFAULT_CHART_HEIGHT) };
}
