/**
 * The report's native charts: what each one shows (a pure spec, reading ONE
 * contiguous range: its chart-data block, see reportLayout.ts), and
 * putting the specs on the report sheet — updating the charts already there
 * in place (`modify()…build()` + `updateChart`), inserting missing ones and
 * removing extra ones, so that refreshing never duplicates a chart.
 *
 * Every chart option Sheets is asked to honour is here, in one place. From
 * Google's chart configuration options: `title`, `colors`, `series`,
 * `legend`, `vAxis`/`hAxis`, `isStacked`, `width`/`height` (the chart's size
 * in pixels; Sheets' default is 600 × 371) are documented for the Sheets
 * chart types used; `lineDashStyle`, `pointSize`, `viewWindow`, axis `ticks`
 * (the lines at 0, 50 and 70) and `series.N.dataLabel: 'value'` (the values
 * on bars) are unconfirmed in embedded Sheets charts (harmless if ignored).
 * Each option is one builder call, so only the ones that matter are set.
 */
import type { PeriodKind } from '../shared/contract';
import { columnLetter } from '../nps/roles';
import { BAND_LINES } from '../nps/bands';
import {
  CHART_HEIGHT, CHART_WIDTH, LIVE_ROWS, chartPlace, themesChartPlace, type ChartPlace, type ReportTables, type TableArea,
} from './reportLayout';

/** Colours of the report (Google's palette). */
const COLOURS = {
  promoters: '#34a853',
  passives: '#9aa0a6',
  detractors: '#ea4335',
  nps: '#1a73e8',
  interval: '#8ab4f8',
};

/** A rectangle of the report sheet (1-based). */
export interface ChartRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** One chart, as plain data. */
export interface ChartSpec {
  /** What the chart shows: the trend with its interval, the promoter/passive/detractor mix, NPS by segment, or the 0–10 distribution. */
  key: 'trend' | 'mix' | 'segments' | 'distribution' | 'themes';
  type: 'LINE' | 'COLUMN' | 'BAR';
  /** The chart's one range: the labels (domain) in its first column, the series in the others; header row included. */
  range: ChartRange;
  /** Chart options, `width` and `height` (pixels) included. */
  options: { [option: string]: unknown };
  anchor: ChartPlace;
}

const PERIOD_NOUNS: Record<PeriodKind, string> = { day: 'day', week: 'week', 'week-sunday': 'week', month: 'month', quarter: 'quarter', year: 'year' };

/** The value axis of NPS charts: the whole scale, with lines at the bands' lower bounds (0, 50, 70). */
const NPS_TICKS = [-100, BAND_LINES.good, BAND_LINES.excellent, BAND_LINES.worldClass, 100];

/**
 * The charts a report's tables call for: the NPS trend with its interval and
 * the stacked 100 % promoters/passives/detractors per period (when there is
 * a period table), NPS by segment (when there is a segment table), and the
 * 0–10 distribution. Each reads its chart-data block, down to the rows its
 * table covers (at least {@link LIVE_ROWS}), so a chart stays the same when a
 * table grows; Sheets leaves the blank rows at the end out of the chart.
 * Every chart is 600 × 371 px, two per row (reportLayout.ts).
 *
 * @example chartSpecs(grid.tables, 'month', 0.95, 'Plan', false).map((c) => c.key) // ['trend', 'mix', 'segments', 'distribution']
 */
export function chartSpecs(tables: ReportTables, period: PeriodKind, confidence: number, segmentHeader: string | null, live: boolean): ChartSpec[] {
  const specs: Omit<ChartSpec, 'anchor'>[] = [];
  const noun = PERIOD_NOUNS[period];
  const percent = `${Math.round(confidence * 1000) / 10} %`;
  if (tables.trendData) {
    specs.push({
      key: 'trend',
      type: 'LINE',
      range: block(tables.trendData), // Period | NPS | CI low | CI high
      options: {
        title: `NPS by ${noun}, with its ${percent} interval (lines at 0, 50, 70: good, excellent, world class)`,
        series: {
          0: { color: COLOURS.nps, lineWidth: 3, pointSize: 5 },
          1: { color: COLOURS.interval, lineWidth: 1, lineDashStyle: [4, 4] },
          2: { color: COLOURS.interval, lineWidth: 1, lineDashStyle: [4, 4] },
        },
        legend: { position: 'bottom' },
        vAxis: { title: 'NPS (points)', viewWindow: { min: -100, max: 100 }, ticks: NPS_TICKS },
      },
    });
  }
  if (tables.mixData) {
    const labels = { dataLabel: 'value' };
    specs.push({
      key: 'mix',
      type: 'COLUMN',
      range: block(tables.mixData), // Period | Promoters | Passives | Detractors (shares, or live counts; stacked to 100 %)
      options: {
        title: `Promoters, passives and detractors by ${noun}`,
        isStacked: 'percent',
        colors: [COLOURS.promoters, COLOURS.passives, COLOURS.detractors],
        series: { 0: labels, 1: labels, 2: labels },
        legend: { position: 'bottom' },
        vAxis: { title: 'Share of responses', format: 'percent' },
      },
    });
  }
  if (tables.segmentData) {
    specs.push({
      key: 'segments',
      type: 'BAR',
      range: block(tables.segmentData), // Segment | NPS, highest NPS first
      options: {
        title: `NPS by ${segmentHeader || 'segment'}${live ? '' : ', highest first'}`,
        colors: [COLOURS.nps],
        series: { 0: { dataLabel: 'value' } },
        legend: { position: 'none' },
        hAxis: { title: 'NPS (points)', viewWindow: { min: -100, max: 100 }, ticks: NPS_TICKS },
      },
    });
  }
  if (tables.distributionData) {
    const d = tables.distributionData;
    specs.push({
      key: 'distribution',
      type: 'COLUMN',
      range: { row: d.headerRow, column: d.column, numRows: 1 + d.rows, numColumns: d.width }, // Score | Detractors | Passives | Promoters
      options: {
        title: `Answers per score (0–10)${live ? ', at the last build' : ''}`,
        isStacked: true,
        colors: [COLOURS.detractors, COLOURS.passives, COLOURS.promoters],
        legend: { position: 'bottom' },
        hAxis: { title: 'Score' },
        vAxis: { title: 'Answers' },
      },
    });
  }
  // Two per row, in the order above, each with its size set (not Sheets' default).
  const placed: ChartSpec[] = specs.map((spec, i) => ({ ...spec, options: { ...spec.options, width: CHART_WIDTH, height: CHART_HEIGHT }, anchor: chartPlace(i) }));
  if (tables.themesData) placed.push(themesChart(tables.themesData));
  return placed;
}

/**
 * What customers say: the strongest themes of each side (detractors' first)
 * and the NPS of the responses that mention them. Its place and range are
 * fixed (reportLayout.ts), so other charts coming and going never move it.
 */
function themesChart(data: TableArea): ChartSpec {
  return {
    key: 'themes',
    type: 'BAR',
    range: { row: data.headerRow, column: data.column, numRows: 1 + data.rows, numColumns: data.width }, // Theme | NPS
    options: {
      title: 'What customers say: NPS of those who mention each theme (detractors’ themes first)',
      colors: [COLOURS.nps],
      series: { 0: { dataLabel: 'value' } },
      legend: { position: 'none' },
      hAxis: { title: 'NPS (points)', viewWindow: { min: -100, max: 100 }, ticks: NPS_TICKS },
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    },
    anchor: themesChartPlace(),
  };
}

/** A chart-data block, header row included, down to the rows charts cover. */
function block(t: TableArea): ChartRange {
  return { row: t.headerRow, column: t.column, numRows: 1 + Math.max(t.rows, LIVE_ROWS), numColumns: t.width };
}

/**
 * A range in A1 notation (for `getRangeList`).
 * @example rangeA1({ row: 428, column: 1, numRows: 401, numColumns: 4 }) // 'A428:D828'
 */
export function rangeA1(r: ChartRange): string {
  return `${columnLetter(r.column - 1)}${r.row}:${columnLetter(r.column + r.numColumns - 2)}${r.row + r.numRows - 1}`;
}

/**
 * A text that changes whenever a spec does: a chart whose signature is
 * unchanged since the last build is left alone.
 *
 * @example chartSignature(spec) === chartSignature(structuredClone(spec)) // true
 */
function chartSignature(spec: ChartSpec): string {
  return JSON.stringify([spec.type, spec.range, spec.anchor, spec.options]);
}

/** The greatest row a chart range reaches (the report sheet must have that many rows). */
export function chartRowsNeeded(specs: ChartSpec[]): number {
  let rows = 0;
  for (const spec of specs) rows = Math.max(rows, spec.range.row + spec.range.numRows - 1);
  return rows;
}

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Sets everything of a spec on a builder (new, or from `modify()`), with its range, then builds it. */
function buildChart_(start: Builder, spec: ChartSpec, range: GoogleAppsScript.Spreadsheet.Range, replaceRanges: boolean): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let builder: Builder =
    spec.type === 'LINE' ? start.asLineChart() : spec.type === 'COLUMN' ? start.asColumnChart() : start.asBarChart();
  if (replaceRanges) builder = builder.clearRanges();
  builder = builder.addRange(range);
  builder = builder.setNumHeaders(1);
  for (const key of Object.keys(spec.options)) builder = builder.setOption(key, spec.options[key]);
  return builder.setPosition(spec.anchor.row, spec.anchor.column, spec.anchor.offsetX, spec.anchor.offsetY).build();
}

/**
 * Puts the charts on the report sheet. A chart whose signature is unchanged
 * since the last build is left alone wherever it is in the sheet's order
 * (the themes chart stays put when the segment chart goes); the other specs
 * reuse the remaining charts in order, rebuilt in place; missing charts are
 * inserted and extra ones removed (the report sheet belongs to the add-on).
 * So a build never both inserts and removes a chart.
 *
 * @param ranges each spec's range on the sheet, in the order of `specs` (fetched with the report's one getRangeList)
 * @param previous the signatures saved at the last build (in the sheet's chart order), [] when new
 * @param isNew true for a sheet just created (it has no charts: no need to ask)
 * @param undo receives, for each change made, how to take it back (a failed build puts the previous charts back)
 * @returns the signatures now on the sheet, in order
 */
export function applyCharts(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  specs: ChartSpec[],
  ranges: GoogleAppsScript.Spreadsheet.Range[],
  previous: string[],
  isNew: boolean,
  undo: (() => void)[] = [],
): string[] {
  const existing = isNew ? [] : sheet.getCharts();
  const signatures = specs.map(chartSignature);
  // If charts were added or deleted by hand, their order no longer matches the saved signatures.
  const trusted = existing.length === previous.length;
  const reused = new Set<number>();
  const chartOf = specs.map((_, i) => {
    const j = trusted ? unchangedChart_(previous, signatures[i], i) : -1;
    if (j < 0 || reused.has(j)) return -1;
    reused.add(j);
    return j;
  });
  const free = existing.map((_, j) => j).filter((j) => !reused.has(j));
  const order: number[] = [];
  specs.forEach((spec, i) => {
    if (chartOf[i] >= 0) return order.push(chartOf[i]);
    const j = free.shift();
    if (j !== undefined) {
      sheet.updateChart(buildChart_(existing[j].modify(), spec, ranges[i], true));
      undo.push(() => sheet.updateChart(existing[j]));
      return order.push(j);
    }
    sheet.insertChart(buildChart_(sheet.newChart(), spec, ranges[i], false));
    undo.push(() => removeChartsBut_(sheet, existing));
    return order.push(existing.length + i);
  });
  for (const j of free) {
    sheet.removeChart(existing[j]);
    undo.push(() => sheet.insertChart(existing[j]));
  }
  // The signatures in the sheet's chart order (kept charts in place, inserted ones after), as getCharts will list them.
  const kept = order.map((at, i) => ({ at, signature: signatures[i] })).sort((x, y) => x.at - y.at);
  return kept.map((k) => k.signature);
}

/**
 * The chart (index in the sheet's order) whose saved signature is this one:
 * the one at the same index first, else the first other one; -1 when none.
 */
function unchangedChart_(previous: string[], signature: string, i: number): number {
  if (previous[i] === signature) return i;
  return previous.indexOf(signature);
}

/** Removes the charts of a sheet that are not among `kept` (the ones inserted by a build being taken back). */
function removeChartsBut_(sheet: GoogleAppsScript.Spreadsheet.Sheet, kept: GoogleAppsScript.Spreadsheet.EmbeddedChart[]): void {
  const ids = kept.map((c) => c.getChartId());
  for (const chart of sheet.getCharts()) if (ids.indexOf(chart.getChartId()) < 0) sheet.removeChart(chart);
}
