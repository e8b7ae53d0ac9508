/**
 * The content of a report sheet, as one grid of values, one of number
 * formats and one of style keys starting at A1 (so the whole report is
 * written with one call per kind). Pure: no Apps Script service.
 *
 * Snapshot mode writes the same cells the formulas would return, with
 * "Significant change" / "Significant vs rest" in words and a Note column
 * marking rows of few responses; live mode writes `NPS_SUMMARY`,
 * `NPS_BY_PERIOD`, `NPS_BY_SEGMENT` and `NPS_ROLLING` formulas over open
 * ranges of the source (TRUE/FALSE flags) and leaves room under each for its
 * rows today and half as many again (reportLayout.ts).
 */
import type { ColumnMapping, ReportOptions, TablePosition, TallySummary } from '../shared/contract';
import type { PeriodChange, PeriodSummary, SegmentSummary, TableAnalysis } from '../nps/analysis';
import { bandOf } from '../nps/bands';
import { cellDisplayText, headerInText } from '../nps/cellDisplay';
import { columnLetter } from '../nps/roles';
import type { Zone } from '../nps/zone';
import { chartDataBlocks } from './reportChartData';
import { voicesBlocks } from './reportVoices';
import { driversBlock } from './driversBlock';
import { composeBlocks, NEUTRAL_FORMAT, repeat, type Block, type BlockArea, type Cell } from './reportCompose';
import {
  MAX_COMPARISONS, PERIOD_FORMULA_WIDTH, PERIOD_TABLE, REPORT_COLUMNS, ROLLING_TABLE,
  SEGMENT_FORMULA_WIDTH, SEGMENT_TABLE, SUMMARY_ROW, SUMMARY_WIDTH, TITLE_ROW, liveRoom, tableTitleRow, type ReportTables, type TableArea,
} from './reportLayout';
import type { StyleKey } from './reportStyle';
import { readingText, reportTitle } from './reportText';
import { significanceWords } from '../nps/significanceWords';
import { fewResponsesNote } from '../nps/fewResponses';
import { asSheetText, formulaString, openColumnRange } from './sheetText';
import { CHANGE_HEADER, PERIOD_HEADER, SEGMENT_HEADER, SUMMARY_HEADER } from './tableHeaders';

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
  /**
   * The sheet row where live formulas' ranges end, when rows lie under the
   * table (summary rows such as `Max`, `Median`, notes) that an open range
   * would count; null for open ranges (new responses are counted).
   */
  closedAt?: number | null;
  /** The respondent column's header (SPEC §10 "People"), when one is chosen. */
  respondentHeader?: string;
}

/** The report's cells from A1, their number formats and style keys (same shape), and where its tables are. */
export interface ReportGrid {
  values: Cell[][];
  formats: string[][];
  styles: StyleKey[][];
  /** The blocks' rectangles: the cells that are the report's (the record remembers them). */
  blocks: BlockArea[];
  tables: ReportTables;
}

/** The tables' headers: the formulas' headers, and the report's Note column in snapshot mode. */
const NOTE = 'Note';
const PERIOD_TABLE_HEADER = [...PERIOD_HEADER, ...CHANGE_HEADER, NOTE];
const SEGMENT_TABLE_HEADER = [...SEGMENT_HEADER, NOTE];
const ROLLING_HEADER = PERIOD_HEADER;

/**
 * Number formats (Sheets patterns). `General` for cells that hold nothing of
 * ours. Whether Sheets accepts the pattern "General" through
 * `setNumberFormats` is unconfirmed; every other pattern is a documented one.
 */
export const FORMATS = {
  neutral: NEUTRAL_FORMAT,
  text: '@',
  count: '0',
  points: '0.0',
  share: '0.0%',
  change: '+0.0;-0.0;0.0',
  date: 'yyyy-mm-dd',
};
const F = FORMATS;
const SUMMARY_FORMATS = [F.count, F.count, F.count, F.count, F.share, F.share, F.share, F.points, F.points, F.points, F.count];
const PERIOD_FORMATS = [F.date, F.text, F.count, F.count, F.count, F.count, F.points, F.points, F.points, F.change, F.text, F.text];
const SEGMENT_FORMATS = [F.text, F.count, F.count, F.count, F.count, F.points, F.points, F.points, F.change, F.text, F.text];
const ROLLING_FORMATS = PERIOD_FORMATS.slice(0, ROLLING_TABLE.width);
/** Where the NPS sits in each table's row (its cell is filled by band). */
const NPS_AT = { period: 6, segment: 5, rolling: 6, summary: 7 };

const PERIOD_NOUNS: Record<string, string> = { day: 'day', week: 'week', 'week-sunday': 'week (from Sunday)', month: 'month', quarter: 'quarter', year: 'year' };

/**
 * The number of charts a report has: trend and mix with a period table, NPS
 * by segment with a segment table, and always the 0–10 distribution.
 * @example chartCount(true, true) // 4
 */
export function chartCount(hasPeriods: boolean, hasSegments: boolean): number {
  return (hasPeriods ? 2 : 0) + (hasSegments ? 1 : 0) + 1;
}

/**
 * The report's grid: title, headline in words, summary, the tables (period,
 * segment, rolling) the analysis and the options call for, and the chart data.
 *
 * @example
 * const grid = reportGrid({ sourceName: 'Form Responses 1', table, mapping, options, analysis, zone, builtAt: Date.now() });
 * grid.values[0][0]; // "'NPS · Form Responses 1 — Jan 3, 2025 – Jun 30, 2025 · 200 responses"
 */
export function reportGrid(input: ReportInput): ReportGrid {
  const live = input.options.mode === 'live';
  const a = input.analysis;
  const hasDates = input.mapping.date !== null;
  // Themes and people in a band under the charts; the tables under it (reportVoices.ts).
  const bandRow = tableTitleRow(chartCount(hasDates, a.segments !== null));
  const respondent = input.mapping.respondent ?? null;
  const voices = voicesBlocks({
    analysis: a,
    respondent: respondent === null ? null : { column: respondent, header: input.respondentHeader || '' },
    asOf: live ? builtText(input) : null,
  }, bandRow);
  const titleRow = bandRow + voices.rows;
  const headerRow = titleRow + 1;
  const blocks: Block[] = [headBlock(input, live), summaryBlock(input, live), ...voices.blocks];
  const tables: ReportTables = { period: null, segment: null, rolling: null, trendData: null, mixData: null, segmentData: null, distributionData: null };
  const place = (at: { column: number; width: number }, rows: number, liveRows: number): TableArea => ({
    headerRow, column: at.column, width: at.width, rows: live ? liveRoom(liveRows) : rows,
  });
  if (hasDates) {
    const rows = a.periods.rows;
    tables.period = place(PERIOD_TABLE, rows.length, rows.length);
    const title = `NPS by ${PERIOD_NOUNS[input.options.period]}`;
    blocks.push(tableBlock(titleRow, tables.period, title, PERIOD_TABLE_HEADER, PERIOD_FORMATS, live ? null : rows.map(periodCells), NPS_AT.period,
      live ? { formula: periodFormula(input), width: PERIOD_FORMULA_WIDTH } : null));
  }
  if (a.segments) {
    const rows = a.segments.rows;
    tables.segment = place(SEGMENT_TABLE, rows.length, rows.length);
    const title = `NPS by ${segmentName(a.segments)}`;
    blocks.push(tableBlock(titleRow, tables.segment, title, SEGMENT_TABLE_HEADER, SEGMENT_FORMATS, live ? null : rows.map(segmentCells), NPS_AT.segment,
      live ? { formula: segmentFormula(input), width: SEGMENT_FORMULA_WIDTH } : null));
  }
  if (a.rolling) {
    const rows = a.rolling.rows;
    tables.rolling = place(ROLLING_TABLE, rows.length, rows.length);
    const title = `Rolling ${a.rolling.days}-day NPS, by ${PERIOD_NOUNS[a.rolling.period]}`;
    blocks.push(tableBlock(titleRow, tables.rolling, title, ROLLING_HEADER, ROLLING_FORMATS, live ? null : rows.map(rollingCells), NPS_AT.rolling,
      live ? { formula: rollingFormula(input), width: ROLLING_TABLE.width } : null));
  }
  // What goes with the score: beside the first row of charts (right of the themes chart when there is one).
  const drivers = driversBlock(a, live, voices.themesData !== null);
  if (drivers) blocks.push(drivers);
  blocks.push(...chartDataBlocks({ analysis: a, live, tables, titleRow: bandRow }));
  tables.themesData = voices.themesData;
  return { ...composeBlocks(blocks, REPORT_COLUMNS), tables };
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
  return segments.header ? headerInText(segments.header) : `column ${columnLetter(segments.column)}`;
}

/**
 * The note of a table closed by rows under it (a live report's formulas stop there).
 *
 * @example tableEndNote(241) // 'the table ends at row 241 because of the rows under it; …'
 */
export function tableEndNote(row: number): string {
  return `the table ends at row ${row} because of the rows under it; answers added below them are not counted`;
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
  return `live formulas read “${dateHeader ? headerInText(dateHeader) : 'the date column'}” as ${zoneId} times, not UTC; a snapshot report converts them`;
}

/** Title, details line, the headline in words and the comparison sentences (rows 1–6). */
function headBlock(input: ReportInput, live: boolean): Block {
  const { analysis: a, options, table } = input;
  const parts = [`Source: ${input.sourceName}, rows ${table.firstDataRow}–${table.lastRow}`, `score: ${a.headers.score ? headerInText(a.headers.score) : 'score column'}`];
  if (a.headers.date !== null) parts.push(`by ${PERIOD_NOUNS[options.period]}`);
  parts.push(`${Math.round(options.confidence * 1000) / 10} % confidence`);
  // How the score column's answers were read (1–11 recoded, 1–10, a rating): the figures below depend on it.
  for (const warning of a.scaleWarnings || []) parts.push(warning.replace(/\.$/, ''));
  const built = builtText(input);
  if (live) {
    parts.push('live: the tables are formulas over the source and update with new responses');
    if (input.closedAt) parts.push(tableEndNote(input.closedAt));
    const caveat = liveUtcCaveat(options.mode, a.datesAreUtc, a.headers.date, input.zone.id);
    if (caveat) parts.push(caveat);
  } else {
    parts.push(`snapshot of ${built}`);
  }
  // Live tables update; the title and the sentences are those of the build.
  const asOf = live ? ` (at the build of ${built})` : '';
  const lines: Cell[][] = [
    [asSheetText(reportTitle(input.sourceName, a.dateSpan, a.overall.responses, input.zone) + asOf)],
    [asSheetText(parts.join(' · '))],
    [asSheetText(readingText(a.overall, options.confidence))],
  ];
  for (let i = 0; i < MAX_COMPARISONS; i++) lines.push([a.comparisons[i] ? asSheetText(a.comparisons[i].sentence) : '']);
  const width = SUMMARY_WIDTH;
  const values = lines.map((line) => [...line, ...repeat<Cell>('', width - 1)]);
  const headline: StyleKey = a.overall.band ?? '';
  return {
    row: TITLE_ROW,
    column: 1,
    values,
    formats: [repeat(F.text, width)],
    // Rows: title, details, the headline in words (filled by band), the comparisons (reportLayout.ts).
    styles: [repeat<StyleKey>('title', width), repeat<StyleKey>('', width), repeat<StyleKey>(headline, width), repeat<StyleKey>('', width)],
  };
}

/** When the report was built, in the sheet's zone: "2025-06-30 14:05:00 (Europe/Berlin)". */
function builtText(input: ReportInput): string {
  return `${cellDisplayText(new Date(input.builtAt), input.zone)} (${input.zone.id})`;
}

/** The summary: NPS_SUMMARY's header and figures, or the formula in live mode. */
function summaryBlock(input: ReportInput, live: boolean): Block {
  const formats = [repeat(F.neutral, SUMMARY_WIDTH), SUMMARY_FORMATS];
  const header = repeat<StyleKey>('header', SUMMARY_WIDTH);
  if (live) {
    const first: Cell[] = [`=NPS_SUMMARY(${scoreRange(input)}, ${input.options.confidence})`, ...repeat<Cell>('', SUMMARY_WIDTH - 1)];
    return { row: SUMMARY_ROW, column: 1, values: [first, repeat<Cell>('', SUMMARY_WIDTH)], formats, styles: [header, repeat<StyleKey>('', SUMMARY_WIDTH)] };
  }
  const figures = repeat<StyleKey>('', SUMMARY_WIDTH);
  if (input.analysis.overall.band) figures[NPS_AT.summary] = input.analysis.overall.band;
  return { row: SUMMARY_ROW, column: 1, values: [SUMMARY_HEADER, summaryCells(input.analysis)], formats, styles: [header, figures] };
}

/** The figures of NPS_SUMMARY for the analysed table. */
function summaryCells(a: TableAnalysis): Cell[] {
  const o = a.overall;
  if (o.responses === 0) return [0, 0, 0, 0, '', '', '', '', '', '', o.ignored];
  const n = o.responses;
  return [n, o.promoters, o.passives, o.detractors, o.promoters / n, o.passives / n, o.detractors / n, o.nps!, o.ci![0], o.ci![1], o.ignored];
}

/**
 * A table: title row, header row and data rows with the NPS cell filled by
 * band (snapshot), or title row and the formula in the header cell (its
 * spilled header styled as a header) with the room empty under it.
 */
function tableBlock(
  titleRow: number,
  area: TableArea,
  title: string,
  header: string[],
  rowFormats: string[],
  rows: Cell[][] | null,
  npsAt: number,
  live: { formula: string; width: number } | null,
): Block {
  const blankRow = () => repeat<Cell>('', area.width);
  const titleLine = blankRow();
  titleLine[0] = asSheetText(title);
  const values: Cell[][] = [titleLine];
  const styles: StyleKey[][] = [['section', ...repeat<StyleKey>('', area.width - 1)]];
  const headerStyle = (width: number) => [...repeat<StyleKey>('header', width), ...repeat<StyleKey>('', area.width - width)];
  if (rows) {
    values.push(header, ...rows);
    styles.push(headerStyle(area.width));
    for (const row of rows) {
      const line = repeat<StyleKey>('', area.width);
      if (typeof row[npsAt] === 'number') line[npsAt] = bandOf(row[npsAt] as number);
      styles.push(line);
    }
  } else if (live) {
    const formulaRow = blankRow();
    formulaRow[0] = live.formula;
    values.push(formulaRow);
    styles.push(headerStyle(live.width), repeat<StyleKey>('', area.width));
    for (let i = 0; i < area.rows; i++) values.push(blankRow());
  }
  const neutral = repeat(F.neutral, area.width);
  const formats = values.map((_, i) => (i < 2 ? neutral : rowFormats));
  return { row: titleRow, column: area.column, values, formats, styles };
}

/** Counts, NPS and interval as NPS_BY_PERIOD / NPS_BY_SEGMENT cells ("" when empty). */
function tallyCells(s: TallySummary): Cell[] {
  if (s.responses === 0 || s.nps === null || s.ci === null) return [0, 0, 0, 0, '', '', ''];
  return [s.responses, s.promoters, s.passives, s.detractors, s.nps, s.ci[0], s.ci[1]];
}

function periodCells(row: PeriodChange): Cell[] {
  return [new Date(row.start), asSheetText(row.label), ...tallyCells(row), row.change === null ? '' : row.change, significanceWords(row.significant, row.change), fewResponsesNote(row.fewResponses)];
}

function rollingCells(row: PeriodSummary): Cell[] {
  return [new Date(row.start), asSheetText(row.label), ...tallyCells(row)];
}

function segmentCells(row: SegmentSummary): Cell[] {
  return [asSheetText(row.value), ...tallyCells(row), row.vsRest === null ? '' : row.vsRest, significanceWords(row.significant, row.vsRest), fewResponsesNote(row.fewResponses)];
}

/** A source column from the first data row: open to the end of the sheet, or closed at {@link ReportInput.closedAt}. */
function sourceRange(input: ReportInput, column: number): string {
  return openColumnRange(input.sourceName, columnLetter(column), input.table.firstDataRow) + (input.closedAt ? String(input.closedAt) : '');
}

function scoreRange(input: ReportInput): string {
  return sourceRange(input, input.mapping.score!);
}

function dateRange(input: ReportInput): string {
  return sourceRange(input, input.mapping.date!);
}

function periodFormula(input: ReportInput): string {
  return `=NPS_BY_PERIOD(${dateRange(input)}, ${scoreRange(input)}, ${formulaString(input.options.period)}, ${input.options.confidence})`;
}

function segmentFormula(input: ReportInput): string {
  const segments = sourceRange(input, input.options.segmentColumn!);
  return `=NPS_BY_SEGMENT(${segments}, ${scoreRange(input)}, 1, ${input.options.confidence})`;
}

function rollingFormula(input: ReportInput): string {
  return `=NPS_ROLLING(${dateRange(input)}, ${scoreRange(input)}, ${input.options.rollingDays}, ${formulaString(input.options.period)}, ${input.options.confidence})`;
}
