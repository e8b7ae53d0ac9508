/**
 * The chart data: one block per chart, to the right of every table under
 * one title (reportLayout.ts). Snapshot blocks hold values; live blocks over
 * a table are array literals over its columns (`={B50:B689, G50:I689}`), so
 * the charts follow the live tables. The 0–10 distribution (and, live, the
 * segment order) are the values of the build. Pure.
 */
import type { PeriodChange, SegmentSummary, TableAnalysis } from '../nps/analysis';
import { columnLetter } from '../nps/roles';
import { asSheetText } from './sheetText';
import { NEUTRAL_FORMAT, repeat, type Block, type Cell } from './reportCompose';
import {
  CHART_DATA_COLUMN, DISTRIBUTION_DATA, MIX_DATA, SEGMENT_DATA, TREND_DATA, type ReportTables, type TableArea,
} from './reportLayout';

/** Number formats of the chart data. */
const POINTS = '0.0';
const SHARE = '0%';
const COUNT = '0';

/** What the chart data is made from. */
export interface ChartDataInput {
  analysis: TableAnalysis;
  live: boolean;
  /** The tables already placed (their areas fix the live literals and the rows covered). */
  tables: ReportTables;
  titleRow: number;
}

/**
 * The chart-data blocks and their areas (set on `input.tables`).
 * @example chartDataBlocks({ analysis, live: false, tables, titleRow: 49 }).length // 5: title, trend, mix, segments, distribution
 */
export function chartDataBlocks(input: ChartDataInput): Block[] {
  const { analysis: a, live, tables, titleRow } = input;
  const headerRow = titleRow + 1;
  const blocks: Block[] = [{
    row: titleRow,
    column: CHART_DATA_COLUMN,
    values: [[asSheetText('Chart data: the charts read these cells (kept out of the way; do not edit)')]],
    formats: [['@']],
    styles: [['section']],
  }];
  if (tables.period) {
    const rows = live ? null : a.periods.rows;
    blocks.push(dataBlock(headerRow, TREND_DATA.column, ['Period', 'NPS', 'CI low', 'CI high'], ['@', POINTS, POINTS, POINTS],
      rows && rows.map(trendCells), tables.period, TREND_DATA.offsets));
    tables.trendData = area(TREND_DATA.column, 4, headerRow, tables.period.rows);
    // Snapshot: shares, so the stack's labels read as percents; live: the table's counts.
    const mixFormats = live ? ['@', COUNT, COUNT, COUNT] : ['@', SHARE, SHARE, SHARE];
    blocks.push(dataBlock(headerRow, MIX_DATA.column, ['Period', 'Promoters', 'Passives', 'Detractors'], mixFormats,
      rows && rows.map(mixCells), tables.period, MIX_DATA.offsets));
    tables.mixData = area(MIX_DATA.column, 4, headerRow, tables.period.rows);
  }
  if (tables.segment && a.segments) {
    const rows = live ? null : byNps(a.segments.rows).map((s) => [asSheetText(s.value), s.nps === null ? '' : s.nps]);
    blocks.push(dataBlock(headerRow, SEGMENT_DATA.column, ['Segment', 'NPS'], ['@', POINTS], rows, tables.segment, SEGMENT_DATA.offsets));
    tables.segmentData = area(SEGMENT_DATA.column, 2, headerRow, tables.segment.rows);
  }
  blocks.push({
    row: headerRow,
    column: DISTRIBUTION_DATA.column,
    values: [['Score', 'Detractors', 'Passives', 'Promoters'], ...distributionRows(a.scoreCounts)],
    formats: [repeat(NEUTRAL_FORMAT, 4), ['@', COUNT, COUNT, COUNT]],
  });
  tables.distributionData = area(DISTRIBUTION_DATA.column, DISTRIBUTION_DATA.width, headerRow, 11);
  return blocks;
}

/**
 * The 0–10 distribution: one row per score, its answers in the column of its
 * category (detractors 0–6, passives 7–8, promoters 9–10) and "" in the
 * others, so that a stacked column chart colours each bar by category.
 *
 * @example distributionRows([1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 3])[10] // ['10', '', '', 3]
 */
export function distributionRows(counts: number[]): Cell[][] {
  return counts.map((n, score) => {
    const row: Cell[] = [asSheetText(String(score)), '', '', ''];
    row[score <= 6 ? 1 : score <= 8 ? 2 : 3] = n;
    return row;
  });
}

/** Segments with an NPS, highest first (ties by name); those without one last. */
function byNps(rows: SegmentSummary[]): SegmentSummary[] {
  return rows.slice().sort((x, y) => {
    if (x.nps === null || y.nps === null) return x.nps === null ? (y.nps === null ? 0 : 1) : -1;
    return y.nps - x.nps || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0);
  });
}

function trendCells(row: PeriodChange): Cell[] {
  if (row.nps === null || row.ci === null) return [asSheetText(row.label), '', '', ''];
  return [asSheetText(row.label), row.nps, row.ci[0], row.ci[1]];
}

/** Shares (the 100 % stack's labels read as percents). */
function mixCells(row: PeriodChange): Cell[] {
  const n = row.responses;
  if (n === 0) return [asSheetText(row.label), '', '', ''];
  return [asSheetText(row.label), row.promoters / n, row.passives / n, row.detractors / n];
}

/**
 * A block: header and rows (snapshot), or the array literal over the live
 * table's columns at `offsets` with the room under it left empty.
 */
function dataBlock(row: number, column: number, header: string[], rowFormats: string[], rows: Cell[][] | null, table: TableArea, offsets: number[]): Block {
  const formats = [repeat(NEUTRAL_FORMAT, header.length), rowFormats];
  if (rows) return { row, column, values: [header, ...rows], formats, styles: [repeat('header', header.length)] as Block['styles'] };
  const values: Cell[][] = [];
  for (let i = 0; i <= table.rows; i++) values.push(repeat<Cell>('', header.length));
  values[0][0] = arrayLiteral(table, offsets);
  return { row, column, values, formats, styles: [repeat('header', header.length)] as Block['styles'] };
}

/**
 * `={B50:B689, G50:I689}`: the columns of a live table at `offsets`, header
 * included, side by side (consecutive columns as one range).
 */
function arrayLiteral(table: TableArea, offsets: number[]): string {
  const last = table.headerRow + table.rows;
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

function area(column: number, width: number, headerRow: number, rows: number): TableArea {
  return { headerRow, column, width, rows };
}
