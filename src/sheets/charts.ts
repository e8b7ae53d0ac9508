/**
 * The report's native charts: what each one shows (a pure spec, reading ONE
 * contiguous range: its chart-data block, see reportLayout.ts), and
 * putting the specs on the report sheet — updating the charts already there
 * in place (`modify()…build()` + `updateChart`), inserting missing ones and
 * removing extra ones, so that refreshing never duplicates a chart.
 *
 * Every chart option Sheets is asked to honour is here, in one place. From
 * Google's chart configuration options: `title`, `colors`, `series`,
 * `legend`, `vAxis`/`hAxis`, `isStacked: 'percent'` are documented for the
 * Sheets chart types used; `lineDashStyle`, `pointSize` and `viewWindow` are
 * unconfirmed in embedded Sheets charts (harmless if ignored). Each option is
 * one builder call, so only the ones that matter are set.
 */
import type { PeriodKind } from '../shared/contract';
import { columnLetter } from '../nps/roles';
import {
  CHART_COLUMNS, CHART_ROW, LIVE_ROWS, type ReportTables, type TableArea,
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
  /** What the chart shows: the trend with its interval, the promoter/passive/detractor mix, or NPS by segment. */
  key: 'trend' | 'mix' | 'segments';
  type: 'LINE' | 'COLUMN' | 'BAR';
  /** The chart's one range: the labels (domain) in its first column, the series in the others; header row included. */
  range: ChartRange;
  options: { [option: string]: unknown };
  anchor: { row: number; column: number };
}

const PERIOD_NOUNS: Record<PeriodKind, string> = { day: 'day', week: 'week', 'week-sunday': 'week', month: 'month', quarter: 'quarter', year: 'year' };

/**
 * The charts a report's tables call for: the NPS trend with its interval and
 * the stacked 100 % promoters/passives/detractors per period (when there is
 * a period table), and NPS by segment (when there is a segment table).
 * Each reads its chart-data block, down to {@link LIVE_ROWS} rows below the
 * header (more if a snapshot table is longer), so the charts stay the same
 * when a table grows; Sheets leaves the blank rows at the end out of the chart.
 *
 * @example chartSpecs(grid.tables, 'month', 0.95, 'Plan').map((c) => c.key) // ['trend', 'mix', 'segments']
 */
export function chartSpecs(tables: ReportTables, period: PeriodKind, confidence: number, segmentHeader: string | null): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const noun = PERIOD_NOUNS[period];
  const percent = `${Math.round(confidence * 1000) / 10} %`;
  if (tables.trendData) {
    specs.push({
      key: 'trend',
      type: 'LINE',
      range: block(tables.trendData), // Period | NPS | CI low | CI high
      options: {
        title: `NPS by ${noun}, with its ${percent} interval`,
        series: {
          0: { color: COLOURS.nps, lineWidth: 3, pointSize: 5 },
          1: { color: COLOURS.interval, lineWidth: 1, lineDashStyle: [4, 4] },
          2: { color: COLOURS.interval, lineWidth: 1, lineDashStyle: [4, 4] },
        },
        legend: { position: 'bottom' },
        vAxis: { title: 'NPS (points)', viewWindow: { min: -100, max: 100 } },
      },
      anchor: { row: CHART_ROW, column: 1 },
    });
  }
  if (tables.mixData) {
    specs.push({
      key: 'mix',
      type: 'COLUMN',
      range: block(tables.mixData), // Period | Promoters | Passives | Detractors (counts; stacked to 100 %)
      options: {
        title: `Promoters, passives and detractors by ${noun}`,
        isStacked: 'percent',
        colors: [COLOURS.promoters, COLOURS.passives, COLOURS.detractors],
        legend: { position: 'bottom' },
        vAxis: { title: 'Share of responses', format: 'percent' },
      },
      anchor: { row: CHART_ROW, column: 1 },
    });
  }
  if (tables.segmentData) {
    specs.push({
      key: 'segments',
      type: 'BAR',
      range: block(tables.segmentData), // Segment | NPS
      options: {
        title: `NPS by ${segmentHeader || 'segment'}`,
        colors: [COLOURS.nps],
        legend: { position: 'none' },
        hAxis: { title: 'NPS (points)', viewWindow: { min: -100, max: 100 } },
      },
      anchor: { row: CHART_ROW, column: 1 },
    });
  }
  // Side by side, in the order above (Sheets' default chart size is about 600 × 370 px).
  specs.forEach((spec, i) => {
    spec.anchor = { row: CHART_ROW, column: 1 + i * CHART_COLUMNS };
  });
  return specs;
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
  return builder.setPosition(spec.anchor.row, spec.anchor.column, 0, 0).build();
}

/**
 * Puts the charts on the report sheet. Charts already on the sheet are
 * reused in order: one whose signature is unchanged is left alone, one that
 * changed is rebuilt in place; missing charts are inserted and extra ones
 * removed (the report sheet belongs to the add-on).
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
  specs.forEach((spec, i) => {
    if (i < existing.length) {
      if (trusted && previous[i] === signatures[i]) return;
      sheet.updateChart(buildChart_(existing[i].modify(), spec, ranges[i], true));
      undo.push(() => sheet.updateChart(existing[i]));
    } else {
      sheet.insertChart(buildChart_(sheet.newChart(), spec, ranges[i], false));
      undo.push(() => removeChartsBut_(sheet, existing));
    }
  });
  for (let i = specs.length; i < existing.length; i++) {
    sheet.removeChart(existing[i]);
    undo.push(() => sheet.insertChart(existing[i]));
  }
  return signatures;
}

/** Removes the charts of a sheet that are not among `kept` (the ones inserted by a build being taken back). */
function removeChartsBut_(sheet: GoogleAppsScript.Spreadsheet.Sheet, kept: GoogleAppsScript.Spreadsheet.EmbeddedChart[]): void {
  const ids = kept.map((c) => c.getChartId());
  for (const chart of sheet.getCharts()) if (ids.indexOf(chart.getChartId()) < 0) sheet.removeChart(chart);
}
