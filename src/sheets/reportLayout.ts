/**
 * Where things go on a report sheet. The summary sits on top, the charts
 * below it, and the tables side by side under the charts, so that a live
 * table can grow downwards (new periods, new segments) without running into
 * another block. Under the room the tables keep for growing comes the chart
 * data: one contiguous block per chart (its label column, then its series),
 * because a chart reads ONE range — the user-facing tables keep SPEC §4's
 * column order (live mode spills exactly those columns), which is not a
 * chart's.
 *
 *   row 1      title              row 2   details (source, period, mode)
 *   rows 4–5   summary (NPS_SUMMARY shape)
 *   rows 7–22  charts (about 370 px high): trend with interval | promoters/passives/detractors | by segment
 *   row 24     table titles
 *   row 25…    period table (A–K) | segment table (M–V) | rolling table (X–AF)
 *   row R      "Chart data" title, R = 25 + max(LIVE_ROWS, longest table) + 2 (427 usually)
 *   row R+1…   trend data (A–D: Period | NPS | CI low | CI high)
 *              | mix data (F–I: Period | Promoters | Passives | Detractors)
 *              | segment data (K–L: Segment | NPS)
 *
 * In snapshot mode the chart data holds the same values as the tables; in
 * live mode each block is an array literal over its table's columns
 * (`={B25:B425, G25:I425}`), so the charts follow the live tables.
 *
 * Grid size: a sheet made by `insertSheet` is 1000 × 26 in Sheets
 * ({@link NEW_SHEET_ROWS} × {@link NEW_SHEET_COLUMNS}); a report with a
 * rolling table needs 32 columns (one `insertColumnsAfter`), and only a
 * snapshot table longer than about 570 rows needs more rows.
 */

/** Row of the report title. */
export const TITLE_ROW = 1;
/** Row of the details line under the title. */
export const DETAILS_ROW = 2;
/** Row of the summary's header (its figures are on the next row). */
export const SUMMARY_ROW = 4;
/** Row where the charts are anchored. */
export const CHART_ROW = 7;
/** Row of the tables' titles; their header rows follow. */
export const TABLE_TITLE_ROW = 24;
/** Row of the tables' header rows. */
export const TABLE_HEADER_ROW = TABLE_TITLE_ROW + 1;

/** First column (1-based) of each table and its width. */
export const PERIOD_TABLE = { column: 1, width: 11 };
export const SEGMENT_TABLE = { column: 13, width: 10 };
export const ROLLING_TABLE = { column: 24, width: 9 };
/**
 * The chart-data blocks: first column and the table columns (offsets from
 * the table's first column) they copy, label column first.
 */
export const TREND_DATA = { column: 1, from: 'period' as const, offsets: [1, 6, 7, 8] }; // Period | NPS | CI low | CI high
export const MIX_DATA = { column: 6, from: 'period' as const, offsets: [1, 3, 4, 5] }; // Period | Promoters | Passives | Detractors
export const SEGMENT_DATA = { column: 11, from: 'segment' as const, offsets: [0, 5] }; // Segment | NPS
/** Blank rows between the room the tables keep and the chart data's title. */
export const CHART_DATA_GAP = 1;

/** Size of a sheet just made by `insertSheet` (Sheets' default grid). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Width of the summary (the columns of NPS_SUMMARY). */
export const SUMMARY_WIDTH = 11;

/** Columns between two charts' anchors (columns are 100 px wide by default; a chart about 600 px). */
export const CHART_COLUMNS = 6;

/**
 * Rows kept under a live table for it to grow into (and that its chart
 * covers): about 33 years of months, or 8 years of weeks.
 */
export const LIVE_ROWS = 400;

/** A table on the report: header row, first column, width and the data rows it covers. */
export interface TableArea {
  /** Sheet row of the header row. */
  headerRow: number;
  column: number;
  width: number;
  /** Data rows under the header (the rows written, or {@link LIVE_ROWS} in live mode). */
  rows: number;
}

/** The tables of one report, null when absent. */
export interface ReportTables {
  period: TableArea | null;
  segment: TableArea | null;
  rolling: TableArea | null;
  /** The chart-data blocks (see the layout above), null when their table is absent. */
  trendData: TableArea | null;
  mixData: TableArea | null;
  segmentData: TableArea | null;
}
