/**
 * The content of a report sheet, as one grid of values and one grid of
 * number formats starting at A1 (so the whole report is written with one
 * `setValues` and one `setNumberFormats`). Pure: no Apps Script service.
 *
 * Snapshot mode writes the same cells the formulas would return; live mode
 * writes `NPS_SUMMARY`, `NPS_BY_PERIOD`, `NPS_BY_SEGMENT` and `NPS_ROLLING`
 * formulas over open ranges of the source and leaves their spill area empty.
 * Under the tables, the chart data (reportLayout.ts): copies of the table
 * columns each chart shows, as values (snapshot) or array literals over the
 * live tables.
 */
import type { ColumnMapping, ReportOptions, TablePosition, TallySummary } from '../shared/contract';
import type { PeriodChange, PeriodSummary, SegmentSummary, TableAnalysis } from '../nps/analysis';
import { cellDisplayText } from '../nps/cellDisplay';
import { columnLetter } from '../nps/roles';
import type { Zone } from '../nps/zone';
import {
  CHART_DATA_GAP, LIVE_ROWS, MIX_DATA, PERIOD_TABLE, ROLLING_TABLE, SEGMENT_DATA, SEGMENT_TABLE, SUMMARY_ROW, SUMMARY_WIDTH,
  TABLE_HEADER_ROW, TABLE_TITLE_ROW, TITLE_ROW, TREND_DATA, type ReportTables, type TableArea,
} from './reportLayout';
import { asSheetText, formulaString, openColumnRange } from './sheetText';
import { CHANGE_HEADER, PERIOD_HEADER, SEGMENT_HEADER, SUMMARY_HEADER } from './tableHeaders';

type Cell = string | number | boolean | Date;

/** What a report is built from. */
export interface ReportInput {
  sourceName: string;
  table: TablePosition;
  mapping: ColumnMapping;
  options: ReportOptions;
  analysis: TableAnalysis;
  zone: Zone;
  /** When the report is built (ms). */
  builtAt: number;
}

/** The report's cells from A1, its number formats (same shape) and where its tables are. */
export interface ReportGrid {
  values: Cell[][];
  formats: string[][];
  tables: ReportTables;
}

/** A rectangle of cells to place on the grid (1-based position). */
interface Block {
  row: number;
  column: number;
  values: Cell[][];
  formats: string[][];
}

/** The period table's header: `NPS_BY_PERIOD`'s (the rolling table's is `NPS_ROLLING`'s, {@link ROLLING_HEADER}). */
const PERIOD_TABLE_HEADER = [...PERIOD_HEADER, ...CHANGE_HEADER];
const ROLLING_HEADER = PERIOD_HEADER;

/**
 * Number formats (Sheets patterns). `General` for cells that hold nothing of
 * ours. Whether Sheets accepts the pattern "General" through
 * `setNumberFormats` is unconfirmed; every other pattern is a documented one.
 */
export const FORMATS = {
  neutral: 'General',
  text: '@',
  count: '0',
  points: '0.0',
  share: '0.0%',
  change: '+0.0;-0.0;0.0',
  date: 'yyyy-mm-dd',
};
const SUMMARY_FORMATS = [FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.share, FORMATS.share, FORMATS.share, FORMATS.points, FORMATS.points, FORMATS.points, FORMATS.count];
const PERIOD_FORMATS = [FORMATS.date, FORMATS.text, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.points, FORMATS.points, FORMATS.points, FORMATS.change, FORMATS.neutral];
const SEGMENT_FORMATS = [FORMATS.text, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.points, FORMATS.points, FORMATS.points, FORMATS.change, FORMATS.neutral];
const ROLLING_FORMATS = PERIOD_FORMATS.slice(0, ROLLING_TABLE.width);

const PERIOD_NOUNS: Record<string, string> = { day: 'day', week: 'week', 'week-sunday': 'week (from Sunday)', month: 'month', quarter: 'quarter', year: 'year' };

/**
 * The report's grid: title, details, summary and the tables (period,
 * segment, rolling) that the analysis and the options call for.
 *
 * @example
 * const grid = reportGrid({ sourceName: 'Form Responses 1', table, mapping, options, analysis, zone, builtAt: Date.now() });
 * grid.values[0][0]; // "'NPS · Form Responses 1"
 */
export function reportGrid(input: ReportInput): ReportGrid {
  const live = input.options.mode === 'live';
  const blocks: Block[] = [headBlock(input), summaryBlock(input, live)];
  const tables: ReportTables = { period: null, segment: null, rolling: null, trendData: null, mixData: null, segmentData: null };
  const a = input.analysis;
  const hasDates = input.mapping.date !== null;
  const periodRows = live || !hasDates ? null : a.periods.rows.map(periodCells);
  const segmentRows = live || !a.segments ? null : a.segments.rows.map(segmentCells);
  if (hasDates) {
    const title = `NPS by ${PERIOD_NOUNS[input.options.period]}`;
    blocks.push(tableBlock(PERIOD_TABLE, title, PERIOD_TABLE_HEADER, PERIOD_FORMATS, periodRows, live ? periodFormula(input) : ''));
    tables.period = area(PERIOD_TABLE, TABLE_HEADER_ROW, live ? LIVE_ROWS : a.periods.rows.length);
  }
  if (a.segments) {
    const title = `NPS by ${segmentName(a.segments)}`;
    blocks.push(tableBlock(SEGMENT_TABLE, title, SEGMENT_HEADER, SEGMENT_FORMATS, segmentRows, live ? segmentFormula(input) : ''));
    tables.segment = area(SEGMENT_TABLE, TABLE_HEADER_ROW, live ? LIVE_ROWS : a.segments.rows.length);
  }
  if (a.rolling) {
    const title = `Rolling ${a.rolling.days}-day NPS, by ${PERIOD_NOUNS[a.rolling.period]}`;
    const rows = live ? null : a.rolling.rows.map(rollingCells);
    blocks.push(tableBlock(ROLLING_TABLE, title, ROLLING_HEADER, ROLLING_FORMATS, rows, live ? rollingFormula(input) : ''));
    tables.rolling = area(ROLLING_TABLE, TABLE_HEADER_ROW, live ? LIVE_ROWS : a.rolling.rows.length);
  }

  // The chart data, under the room every table keeps for growing.
  if (tables.period || tables.segment) {
    const longest = Math.max(LIVE_ROWS, ...[tables.period, tables.segment, tables.rolling].map((t) => (t ? t.rows : 0)));
    const titleRow = TABLE_HEADER_ROW + longest + 1 + CHART_DATA_GAP;
    blocks.push({
      row: titleRow,
      column: 1,
      values: [[asSheetText('Chart data: the charts above read these cells (copied from the tables)')]],
      formats: [[FORMATS.text]],
    });
    const place = (data: typeof TREND_DATA | typeof SEGMENT_DATA, table: TableArea, header: string[], rowFormats: string[], rows: Cell[][] | null) => {
      blocks.push(chartDataBlock(titleRow + 1, data.column, data.offsets, header, rowFormats, rows, table));
      return area({ column: data.column, width: data.offsets.length }, titleRow + 1, table.rows);
    };
    if (tables.period) {
      tables.trendData = place(TREND_DATA, tables.period, PERIOD_TABLE_HEADER, PERIOD_FORMATS, periodRows);
      tables.mixData = place(MIX_DATA, tables.period, PERIOD_TABLE_HEADER, PERIOD_FORMATS, periodRows);
    }
    if (tables.segment) tables.segmentData = place(SEGMENT_DATA, tables.segment, SEGMENT_HEADER, SEGMENT_FORMATS, segmentRows);
  }
  return { ...compose(blocks), tables };
}

/**
 * A chart-data block: the header and the rows of a table's columns at
 * `offsets` (snapshot), or, in live mode (`rows` null), an array literal over
 * those columns of the live table with its spill area left empty.
 */
function chartDataBlock(
  row: number,
  column: number,
  offsets: number[],
  header: string[],
  rowFormats: string[],
  rows: Cell[][] | null,
  table: TableArea,
): Block {
  const pick = <T>(line: T[]) => offsets.map((o) => line[o]);
  const formats = [new Array<string>(offsets.length).fill(FORMATS.neutral), pick(rowFormats)];
  if (rows) return { row, column, values: [pick<Cell>(header), ...rows.map((r) => pick(r))], formats };
  const values: Cell[][] = [];
  for (let i = 0; i <= LIVE_ROWS; i++) values.push(new Array<Cell>(offsets.length).fill(''));
  values[0][0] = arrayLiteral(table, offsets);
  return { row, column, values, formats };
}

/**
 * `={B25:B425, G25:I425}`: the columns of a live table at `offsets`, header
 * included, side by side (consecutive columns as one range).
 */
function arrayLiteral(table: TableArea, offsets: number[]): string {
  const last = table.headerRow + LIVE_ROWS;
  const parts: string[] = [];
  for (let i = 0; i < offsets.length; ) {
    let j = i;
    while (j + 1 < offsets.length && offsets[j + 1] === offsets[j] + 1) j++;
    const from = columnLetter(table.column - 1 + offsets[i]);
    const to = columnLetter(table.column - 1 + offsets[j]);
    parts.push(`${from}${table.headerRow}:${to}${last}`);
    i = j + 1;
  }
  return `={${parts.join(', ')}}`;
}

function area(table: { column: number; width: number }, headerRow: number, rows: number): TableArea {
  return { headerRow, column: table.column, width: table.width, rows };
}

/**
 * How the report names a segment column: its header, or "column C" when the
 * header is blank. The segment table's title and the segment chart's title
 * both use it.
 *
 * @example segmentName({ header: 'Plan', column: 3 }) // 'Plan'
 * @example segmentName({ header: '', column: 2 })     // 'column C'
 */
export function segmentName(segments: { header: string; column: number }): string {
  return segments.header || `column ${columnLetter(segments.column)}`;
}

/**
 * The caveat of a live report over a date column headed "(UTC)" in a sheet
 * whose zone is not UTC: the formulas cannot see the header, so they read
 * the times as the sheet's zone; null when there is nothing to say.
 *
 * @example liveUtcCaveat('live', true, 'Submit Date (UTC)', 'America/New_York')
 * // 'live formulas read “Submit Date (UTC)” as America/New_York times, not UTC; a snapshot report converts them'
 */
export function liveUtcCaveat(mode: string, datesAreUtc: boolean, dateHeader: string | null, zoneId: string): string | null {
  if (mode !== 'live' || !datesAreUtc || /^(?:Etc\/)?(?:UTC|GMT|UCT|Universal|Zulu)$/i.test(zoneId)) return null;
  return `live formulas read “${dateHeader || 'the date column'}” as ${zoneId} times, not UTC; a snapshot report converts them`;
}

/** Title and details line. */
function headBlock(input: ReportInput): Block {
  const { analysis: a, options, table } = input;
  const parts = [`Source: ${input.sourceName}, rows ${table.firstDataRow}–${table.lastRow}`, `score: ${a.headers.score || 'score column'}`];
  if (a.headers.date !== null) parts.push(`by ${PERIOD_NOUNS[options.period]}`);
  parts.push(`${Math.round(options.confidence * 1000) / 10} % confidence`);
  if (options.mode === 'live') {
    parts.push('live: the tables are formulas over the source and update with new responses');
    const caveat = liveUtcCaveat(options.mode, a.datesAreUtc, a.headers.date, input.zone.id);
    if (caveat) parts.push(caveat);
  } else {
    parts.push(`snapshot of ${cellDisplayText(new Date(input.builtAt), input.zone)} (${input.zone.id})`);
    if (a.overall.moe !== null) parts.push(`margin of error ±${a.overall.moe.toFixed(1)} points`);
  }
  return {
    row: TITLE_ROW,
    column: 1,
    // The details line sits right under the title (DETAILS_ROW = TITLE_ROW + 1).
    values: [[asSheetText(`NPS · ${input.sourceName}`)], [asSheetText(parts.join(' · '))]],
    formats: [[FORMATS.text], [FORMATS.text]],
  };
}

/** The summary: NPS_SUMMARY's header and figures, or the formula in live mode. */
function summaryBlock(input: ReportInput, live: boolean): Block {
  const formats = [new Array<string>(SUMMARY_WIDTH).fill(FORMATS.neutral), SUMMARY_FORMATS];
  if (live) {
    const scores = scoreRange(input);
    const first: Cell[] = [`=NPS_SUMMARY(${scores}, ${input.options.confidence})`, ...new Array<Cell>(SUMMARY_WIDTH - 1).fill('')];
    return { row: SUMMARY_ROW, column: 1, values: [first, new Array<Cell>(SUMMARY_WIDTH).fill('')], formats };
  }
  return { row: SUMMARY_ROW, column: 1, values: [SUMMARY_HEADER, summaryCells(input.analysis)], formats };
}

/** The figures of NPS_SUMMARY for the analysed table. */
function summaryCells(a: TableAnalysis): Cell[] {
  const o = a.overall;
  if (o.responses === 0) return [0, 0, 0, 0, '', '', '', '', '', '', o.ignored];
  const n = o.responses;
  return [n, o.promoters, o.passives, o.detractors, o.promoters / n, o.passives / n, o.detractors / n, o.nps!, o.ci![0], o.ci![1], o.ignored];
}

/**
 * A table: title row, header row and data rows (snapshot), or title row and
 * the formula in the header cell with {@link LIVE_ROWS} empty rows under it.
 */
function tableBlock(
  place: { column: number; width: number },
  title: string,
  header: string[],
  rowFormats: string[],
  rows: Cell[][] | null,
  formula: string,
): Block {
  const blankRow = () => new Array<Cell>(place.width).fill('');
  const titleRow = blankRow();
  titleRow[0] = asSheetText(title);
  const values: Cell[][] = [titleRow];
  if (rows) {
    values.push(header, ...rows);
  } else {
    const formulaRow = blankRow();
    formulaRow[0] = formula;
    values.push(formulaRow);
    for (let i = 0; i < LIVE_ROWS; i++) values.push(blankRow());
  }
  const neutral = new Array<string>(place.width).fill(FORMATS.neutral);
  const formats = values.map((_, i) => (i < 2 ? neutral : rowFormats));
  return { row: TABLE_TITLE_ROW, column: place.column, values, formats };
}

/** Counts, NPS and interval as NPS_BY_PERIOD / NPS_BY_SEGMENT cells ("" when empty). */
function tallyCells(s: TallySummary): Cell[] {
  if (s.responses === 0 || s.nps === null || s.ci === null) return [0, 0, 0, 0, '', '', ''];
  return [s.responses, s.promoters, s.passives, s.detractors, s.nps, s.ci[0], s.ci[1]];
}

function periodCells(row: PeriodChange): Cell[] {
  return [new Date(row.start), asSheetText(row.label), ...tallyCells(row), row.change === null ? '' : row.change, row.significant === null ? '' : row.significant];
}

function rollingCells(row: PeriodSummary): Cell[] {
  return [new Date(row.start), asSheetText(row.label), ...tallyCells(row)];
}

function segmentCells(row: SegmentSummary): Cell[] {
  return [asSheetText(row.value), ...tallyCells(row), row.vsRest === null ? '' : row.vsRest, row.significant === null ? '' : row.significant];
}

function scoreRange(input: ReportInput): string {
  return openColumnRange(input.sourceName, columnLetter(input.mapping.score!), input.table.firstDataRow);
}

function dateRange(input: ReportInput): string {
  return openColumnRange(input.sourceName, columnLetter(input.mapping.date!), input.table.firstDataRow);
}

function periodFormula(input: ReportInput): string {
  return `=NPS_BY_PERIOD(${dateRange(input)}, ${scoreRange(input)}, ${formulaString(input.options.period)}, ${input.options.confidence})`;
}

function segmentFormula(input: ReportInput): string {
  const segments = openColumnRange(input.sourceName, columnLetter(input.options.segmentColumn!), input.table.firstDataRow);
  return `=NPS_BY_SEGMENT(${segments}, ${scoreRange(input)}, 1, ${input.options.confidence})`;
}

function rollingFormula(input: ReportInput): string {
  return `=NPS_ROLLING(${dateRange(input)}, ${scoreRange(input)}, ${input.options.rollingDays}, ${formulaString(input.options.period)}, ${input.options.confidence})`;
}

/** Places the blocks on one grid from A1; cells outside every block are empty (a block's last format row repeats down). */
function compose(blocks: Block[]): { values: Cell[][]; formats: string[][] } {
  let rows = 0;
  let columns = 0;
  for (const b of blocks) {
    rows = Math.max(rows, b.row - 1 + b.values.length);
    for (const line of b.values) columns = Math.max(columns, b.column - 1 + line.length);
  }
  const values: Cell[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<Cell>(columns).fill(''));
    formats.push(new Array<string>(columns).fill(FORMATS.neutral));
  }
  for (const b of blocks) {
    b.values.forEach((line, i) => {
      const format = b.formats[i] || b.formats[b.formats.length - 1];
      for (let c = 0; c < line.length; c++) {
        values[b.row - 1 + i][b.column - 1 + c] = line[c];
        formats[b.row - 1 + i][b.column - 1 + c] = format[c] ?? FORMATS.neutral;
      }
    });
  }
  return { values, formats };
}
