/**
 * The charts the add-on built, as plain data a browser can draw: each
 * recorded embedded chart (type, ranges, options set with `setOption`) is
 * resolved against the sheet's current values the way Google Charts reads a
 * data table — the first column of the merged ranges is the domain, the
 * header rows name the series, and options give colours, series types, dash
 * styles, axes and stacking. Shared by the playground (drawn with chart.js)
 * and the CLI's HTML page (drawn as inline SVG). Node only; the drawable
 * types live in chartSpec.ts, which the browser bundle imports.
 */
import { chartSize, type ChartModel, type RangeRef } from '../sheets/chartModel';
import type { LocalSheet } from '../sheets/localSheet';
import type { LocalSpreadsheet } from '../sheets/localSpreadsheet';
import { displayText } from '../sheets/numberFormat';
import { isDate, type CellValue } from '../sheets/values';
import type { ChartSpec, SeriesKind, SeriesSpec } from './chartSpec';

/**
 * Every chart of every sheet of the spreadsheet, in sheet order then
 * insertion order.
 *
 * @param book the in-memory spreadsheet
 * @example chartSpecsOf(book).map((c) => c.title) // ['NPS by month', 'Promoters, passives, detractors', 'NPS by plan']
 */
export function chartSpecsOf(book: LocalSpreadsheet): ChartSpec[] {
  return book.sheets.flatMap((sheet) => sheet.charts.map((chart) => chartSpecOf(chart, sheet, book)));
}

/**
 * One recorded chart as drawable data.
 *
 * @param chart the chart model recorded by the local spreadsheet
 * @param host the sheet the chart sits on
 * @param book the spreadsheet (locale and zone for date labels)
 */
function chartSpecOf(chart: ChartModel, host: LocalSheet, book: LocalSpreadsheet): ChartSpec {
  const table = dataTable(chart.ranges, chart.transpose);
  const headerRows = chart.numHeaders >= 0 ? chart.numHeaders : guessHeaderRows(table);
  const header = table.slice(0, headerRows);
  const body = table.slice(headerRows).filter((row) => row.some((cell) => cell !== ''));
  const options = chart.options;
  const type = (chart.type ?? 'LINE').toUpperCase();
  const width = table.reduce((w, row) => Math.max(w, row.length), 0);
  const seriesOptions = objectOf(options.series);
  const colors = Array.isArray(options.colors) ? options.colors.map(String) : [];
  const defaultKind = kindOf(options.seriesType, type);

  // Google's vAxis is the value axis, except on BAR charts where it lists the categories.
  const verticalAxis = { ...objectOf(objectOf(options.vAxes)['0']), ...objectOf(options.vAxis) };
  const horizontalAxis = objectOf(options.hAxis);
  const valueAxis = type === 'BAR' ? horizontalAxis : verticalAxis;
  const categoryAxis = type === 'BAR' ? verticalAxis : horizontalAxis;
  const valueWindow = objectOf(valueAxis.viewWindow);

  const series: SeriesSpec[] = [];
  for (let column = 1; column < width; column++) {
    const i = column - 1;
    const own = objectOf(seriesOptions[String(i)]);
    const name = header.map((row) => text(row[column], book)).filter(Boolean).join(' ') || `Series ${column}`;
    const color = typeof own.color === 'string' ? own.color : (colors[i] ?? null);
    series.push({
      name,
      values: body.map((row) => (typeof row[column] === 'number' ? (row[column] as number) : null)),
      kind: type === 'COMBO' && own.type !== undefined ? kindOf(own.type, type) : defaultKind,
      color,
      dashed: Array.isArray(own.lineDashStyle) && own.lineDashStyle.length > 0,
      axis: own.targetAxisIndex === 1 ? 1 : 0,
      inLegend: own.visibleInLegend !== false,
    });
  }

  return {
    id: chart.id,
    sheet: host.name,
    type,
    title: typeof options.title === 'string' ? options.title : '',
    labels: body.map((row) => text(row[0], book)),
    series,
    stacked: options.isStacked === 'percent' || options.isStacked === 'relative' ? 'percent' : options.isStacked === true || options.isStacked === 'true',
    horizontal: type === 'BAR',
    legend: legendOf(options.legend),
    valueAxisTitle: axisTitle(valueAxis),
    categoryAxisTitle: axisTitle(categoryAxis),
    valueMin: typeof valueWindow.min === 'number' ? valueWindow.min : null,
    valueMax: typeof valueWindow.max === 'number' ? valueWindow.max : null,
    valueTicks: Array.isArray(valueAxis.ticks) && valueAxis.ticks.every((t) => typeof t === 'number') ? (valueAxis.ticks as number[]) : null,
    dataLabels: series.map((_, i) => objectOf(seriesOptions[String(i)]).dataLabel === 'value'),
    ...chartSize(chart),
  };
}

/** The ranges' values side by side (MERGE_COLUMNS), or stacked when transposed. Unreadable formula cells are empty. */
function dataTable(ranges: RangeRef[], transpose: boolean): CellValue[][] {
  const table: CellValue[][] = [];
  let offset = 0;
  for (const range of ranges) {
    for (let r = 0; r < range.numRows; r++) {
      const row = (table[r] ??= []);
      for (let c = 0; c < range.numColumns; c++) row[offset + c] = safeValue(range.sheet, range.row + r, range.column + c);
    }
    offset += range.numColumns;
  }
  for (const row of table) for (let c = 0; c < offset; c++) if (row[c] === undefined) row[c] = '';
  if (!transpose) return table;
  return Array.from({ length: offset }, (_, c) => table.map((row) => row[c]));
}

function safeValue(sheet: LocalSheet, row: number, column: number): CellValue {
  try {
    return sheet.value(row, column);
  } catch {
    return '';
  }
}

/** Google Charts' rule when numHeaders is unset: a first row of text over numbers is a header. */
function guessHeaderRows(table: CellValue[][]): number {
  if (table.length < 2) return 0;
  const first = table[0].slice(1);
  return first.length > 0 && first.every((cell) => typeof cell === 'string') ? 1 : 0;
}

function text(cell: CellValue | undefined, book: LocalSpreadsheet): string {
  if (cell === undefined || cell === '') return '';
  if (isDate(cell)) return displayText(cell, 'yyyy-mm-dd', book.locale, book.timeZone);
  return typeof cell === 'number' ? displayText(cell, undefined, book.locale, book.timeZone) : String(cell);
}

function kindOf(value: unknown, chartType: string): SeriesKind {
  if (value === 'bars' || value === 'bar' || value === 'column') return 'bars';
  if (value === 'area' || value === 'steppedArea') return 'area';
  if (value === 'line') return 'line';
  if (chartType === 'COLUMN' || chartType === 'BAR' || chartType === 'STEPPED_AREA' || chartType === 'HISTOGRAM') return 'bars';
  if (chartType === 'AREA') return 'area';
  return 'line';
}

function legendOf(value: unknown): ChartSpec['legend'] {
  const position = typeof value === 'string' ? value : objectOf(value).position;
  return position === 'top' || position === 'right' || position === 'left' || position === 'none' ? position : 'bottom';
}

function axisTitle(axis: Record<string, unknown>): string {
  return typeof axis.title === 'string' ? axis.title : '';
}

function objectOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
