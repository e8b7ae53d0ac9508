/**
 * A chart ready to draw (what recordedCharts.ts makes of a chart the add-on
 * inserted), and the pure helpers both renderers share. No Node and no DOM:
 * the playground's browser bundle and the CLI's SVG renderer import it.
 */

/** How one series is drawn. */
export type SeriesKind = 'line' | 'bars' | 'area';

/** One data series of a chart. */
export interface SeriesSpec {
  name: string;
  /** One value per domain label; null where the cell is empty or not a number. */
  values: (number | null)[];
  kind: SeriesKind;
  /** CSS colour, or null to use the default palette. */
  color: string | null;
  dashed: boolean;
  /** 0 for the left axis, 1 for the right one. */
  axis: 0 | 1;
  /** False when the chart's options hide it from the legend (interval bands). */
  inLegend: boolean;
}

/** A chart ready to draw. */
export interface ChartSpec {
  /** The chart's id in the spreadsheet (stable across refreshes). */
  id: number | null;
  /** Name of the sheet holding the chart. */
  sheet: string;
  /** Charts.ChartType name as recorded: LINE, COLUMN, COMBO, BAR, AREA… */
  type: string;
  title: string;
  /** Domain labels (first column), as displayed text. */
  labels: string[];
  series: SeriesSpec[];
  /** `percent` for 100 % stacks. */
  stacked: false | true | 'percent';
  /** True for BAR charts (horizontal bars). */
  horizontal: boolean;
  legend: 'top' | 'bottom' | 'right' | 'left' | 'none';
  /** Title of the value axis (Google's vAxis, or hAxis for a BAR chart). */
  valueAxisTitle: string;
  /** Title of the category axis. */
  categoryAxisTitle: string;
  /** The value axis' fixed ends (Google's viewWindow), null when automatic. */
  valueMin: number | null;
  valueMax: number | null;
  /** The value axis' lines when the chart fixes them (Google's `ticks`, e.g. the NPS bands at 0, 50, 70), else null. */
  valueTicks: number[] | null;
  /** Each series' values written on its bars or points (Google's `series.N.dataLabel: 'value'`). */
  dataLabels: boolean[];
  /** The chart's size in pixels as the sheet holds it (600 × 371 unless set). */
  width: number;
  height: number;
}

/** Google Charts' default palette, used when the add-on sets no colour. */
export const DEFAULT_COLORS = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099', '#0099c6', '#dd4477', '#66aa00'];

/**
 * The values to plot for each series: as they are, except bar series of a
 * 100 % stack, which become each category's share of the bars' total (in %).
 *
 * @param spec the chart
 * @example plotValues({ ...spec, stacked: 'percent', series: [p, d] })[0] // [75, 50] for p = [3, 1], d = [1, 1]
 */
export function plotValues(spec: ChartSpec): (number | null)[][] {
  if (spec.stacked !== 'percent') return spec.series.map((s) => s.values);
  const bars = spec.series.filter((s) => s.kind === 'bars');
  return spec.series.map((s) => {
    if (s.kind !== 'bars') return s.values;
    return s.values.map((v, i) => {
      if (v === null) return null;
      const total = bars.reduce((sum, b) => sum + Math.abs(b.values[i] ?? 0), 0);
      return total > 0 ? (v / total) * 100 : 0;
    });
  });
}
