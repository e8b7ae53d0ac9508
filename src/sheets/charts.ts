/**
 * The report's native charts: what each one shows (a pure spec), and
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
import {
  CHART_COLUMNS, CHART_ROW, LIVE_ROWS, type ReportTables, type TableArea,
} from './reportLayout';

/** Colours of the report (Google's palette). */
export const COLOURS = {
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
  /** First range: the labels (domain); the others: the series. Each includes the header row. */
  ranges: ChartRange[];
  options: { [option: string]: unknown };
  anchor: { row: number; column: number };
}

const PERIOD_NOUNS: Record<PeriodKind, string> = { day: 'day', week: 'week', 'week-sunday': 'week', month: 'month', quarter: 'quarter', year: 'year' };

/**
 * The charts a report's tables call for: the NPS trend with its interval and
 * the stacked 100 % promoters/passives/detractors per period (when there is
 * a period table), and NPS by segment (when there is a segment table).
 * Ranges reach {@link LIVE_ROWS} rows below the header (more if a snapshot
 * table is longer), so the charts stay the same when a table grows; Sheets
 * leaves the blank rows at the end out of the chart.
 *
 * @example chartSpecs(grid.tables, 'month', 0.95, 'Plan').map((c) => c.key) // ['trend', 'mix', 'segments']
 */
export function chartSpecs(tables: ReportTables, period: PeriodKind, confidence: number, segmentHeader: string | null): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const noun = PERIOD_NOUNS[period];
  const percent = `${Math.round(confidence * 1000) / 10} %`;
  if (tables.period) {
    const t = tables.period;
    specs.push({
      key: 'trend',
      type: 'LINE',
      ranges: [columns(t, 1, 1), columns(t, 6, 3)], // Period | NPS, CI low, CI high
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
    specs.push({
      key: 'mix',
      type: 'COLUMN',
      ranges: [columns(t, 1, 1), columns(t, 3, 3)], // Period | Promoters, Passives, Detractors
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
  if (tables.segment) {
    const t = tables.segment;
    specs.push({
      key: 'segments',
      type: 'BAR',
      ranges: [columns(t, 0, 1), columns(t, 5, 1)], // Segment | NPS
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

/** Columns of a table, header row included, down to the rows charts cover. */
function columns(t: TableArea, offset: number, width: number): ChartRange {
  return { row: t.headerRow, column: t.column + offset, numRows: 1 + Math.max(t.rows, LIVE_ROWS), numColumns: width };
}

/**
 * A text that changes whenever a spec does: a chart whose signature is
 * unchanged since the last build is left alone.
 *
 * @example chartSignature(spec) === chartSignature(structuredClone(spec)) // true
 */
export function chartSignature(spec: ChartSpec): string {
  return JSON.stringify([spec.type, spec.ranges, spec.anchor, spec.options]);
}

/** The greatest row a chart range reaches (the report sheet must have that many rows). */
export function chartRowsNeeded(specs: ChartSpec[]): number {
  let rows = 0;
  for (const spec of specs) for (const r of spec.ranges) rows = Math.max(rows, r.row + r.numRows - 1);
  return rows;
}

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Sets everything of a spec on a builder (new, or from `modify()`), then builds it. */
function buildChart_(sheet: GoogleAppsScript.Spreadsheet.Sheet, start: Builder, spec: ChartSpec, replaceRanges: boolean): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let builder: Builder =
    spec.type === 'LINE' ? start.asLineChart() : spec.type === 'COLUMN' ? start.asColumnChart() : start.asBarChart();
  if (replaceRanges) builder = builder.clearRanges();
  for (const r of spec.ranges) builder = builder.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
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
 * @param previous the signatures saved at the last build (in the sheet's chart order), [] when new
 * @param isNew true for a sheet just created (it has no charts: no need to ask)
 * @returns the signatures now on the sheet, in order
 */
export function applyCharts(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  specs: ChartSpec[],
  previous: string[],
  isNew: boolean,
): string[] {
  const existing = isNew ? [] : sheet.getCharts();
  const signatures = specs.map(chartSignature);
  // If charts were added or deleted by hand, their order no longer matches the saved signatures.
  const trusted = existing.length === previous.length;
  specs.forEach((spec, i) => {
    if (i < existing.length) {
      if (trusted && previous[i] === signatures[i]) return;
      sheet.updateChart(buildChart_(sheet, existing[i].modify(), spec, true));
    } else {
      sheet.insertChart(buildChart_(sheet, sheet.newChart(), spec, false));
    }
  });
  for (let i = specs.length; i < existing.length; i++) sheet.removeChart(existing[i]);
  return signatures;
}
