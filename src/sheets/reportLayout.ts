/**
 * Where things go on a report sheet. A reader scrolls down through the
 * title, the headline in words, the summary, the charts (two per row) and
 * the tables side by side; a live table grows downwards into empty rows.
 * The chart data — one contiguous block per chart (its label column, then
 * its series), because a chart reads ONE range — sits to the right of every
 * table, under its own title, out of the reader's way (not hidden: Sheets
 * charts skip hidden rows and columns by default, IGNORE_BOTH).
 *
 *   row 1      title: source, first–last response date, responses
 *   row 2      details (score column, period, confidence, mode)
 *   row 3      the headline NPS in words: band, scale, range, few responses
 *   rows 4–6   the headline comparisons, one sentence a row
 *   row 7      what customers say / people, in one sentence, when a comment
 *              or respondent column is chosen and there is no block to show
 *   rows 8–9   summary (NPS_SUMMARY shape)
 *   row 11…    charts, 600 × 371 px each, two per row, 19 rows per row of charts;
 *              the themes chart (when themes are listed) a third in the first
 *              row, at a fixed place (its data too: AJ10…), so that it is
 *              never moved when the other charts come and go
 *   row B      B = 11 + 19 × rows of charts: "What customers say" A–H and
 *              "People" N–U, when there are themes or people (the band); the
 *              chart data's title stays on row B
 *   row T      table titles, T = B + the band's rows; headers on T + 1
 *              period table A–L (NPS_BY_PERIOD + Note) | segment table N–X
 *              (NPS_BY_SEGMENT + Note) | rolling table Z–AH (NPS_ROLLING)
 *              | chart data AJ–AZ: trend | mix | segments | 0–10 distribution
 *
 * Pixels: rows keep Sheets' default height (21 px: the report never sets a
 * font size or wraps text), every column of the report is set to
 * {@link COLUMN_WIDTH}, so a chart's rectangle is known from its anchor cell
 * and offsets; the charts' rows hold no cell at all.
 *
 * Grid size: a sheet made by `insertSheet` is 1000 × 26 in Sheets
 * ({@link NEW_SHEET_ROWS} × {@link NEW_SHEET_COLUMNS}); the report needs
 * {@link REPORT_COLUMNS} (one `insertColumnsAfter`), and more rows only for
 * a long table.
 */

/** Row of the report title. */
export const TITLE_ROW = 1;
/** Row of the details line under the title. */
export const DETAILS_ROW = 2;
/** Row of the headline in words. */
export const READING_ROW = 3;
/** First row of the headline comparisons (one a row). */
export const COMPARISON_ROW = 4;
/** Headline comparisons at most (latest vs previous, a year earlier, first). */
export const MAX_COMPARISONS = 3;
/** Row of the summary's header (its figures are on the next row). */
export const SUMMARY_ROW = 8;
/** Row where the first row of charts is anchored. */
export const CHART_ROW = 11;

/** Sheets' default row height, in pixels (rows the report does not resize). */
export const ROW_HEIGHT = 21;
/** Width the report gives each of its columns, in pixels. */
export const COLUMN_WIDTH = 140;
/** Every chart's size, set explicitly (Sheets' default is 600 × 371 px). */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;
/** Pixels between two charts side by side. */
export const CHART_GAP = 20;
/** Rows per row of charts: the chart's 18 rows (371 / 21 px, rounded up) and one blank row. */
export const CHART_BAND_ROWS = Math.ceil(CHART_HEIGHT / ROW_HEIGHT) + 1;

/** First column (1-based) of each table and its width (the Note column included). */
export const PERIOD_TABLE = { column: 1, width: 12 };
export const SEGMENT_TABLE = { column: 14, width: 11 };
export const ROLLING_TABLE = { column: 26, width: 9 };
/** Columns of the formulas' tables (the Note column is the report's own, snapshot only). */
export const PERIOD_FORMULA_WIDTH = 11;
export const SEGMENT_FORMULA_WIDTH = 10;
/** Column of the chart data's title. */
export const CHART_DATA_COLUMN = 36;
/**
 * The chart-data blocks from tables: first column and the table columns
 * (offsets from the table's first column) they copy, label column first.
 */
export const TREND_DATA = { column: 36, from: 'period' as const, offsets: [1, 6, 7, 8] }; // Period | NPS | CI low | CI high
export const MIX_DATA = { column: 41, from: 'period' as const, offsets: [1, 3, 4, 5] }; // Period | Promoters | Passives | Detractors
export const SEGMENT_DATA = { column: 46, from: 'segment' as const, offsets: [0, 5] }; // Segment | NPS
/** The 0–10 distribution: Score | Detractors | Passives | Promoters. */
export const DISTRIBUTION_DATA = { column: 49, width: 4 };
/** Columns of every report (the sheet is grown to this width). */
export const REPORT_COLUMNS = DISTRIBUTION_DATA.column + DISTRIBUTION_DATA.width - 1;

/** "What customers say": first column and width (Theme … Example). */
export const THEMES_BLOCK = { column: 1, width: 8 };
/** "People": first column and width (label, counts, NPS, interval). */
export const PEOPLE_BLOCK = { column: 14, width: 8 };
/** Row of the one-sentence note on themes and people when there is no block to show. */
export const VOICES_NOTE_ROW = 7;
/** The themes chart's data: title on row 10, header on row 11, in the chart data's first columns (above the other blocks). */
export const THEMES_DATA = { titleRow: 10, column: 36, width: 2, rows: 10 };
/** The themes chart: a third chart in the first row of charts. */
export const THEMES_CHART_SLOT = 2;

/** Size of a sheet just made by `insertSheet` (Sheets' default grid). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Width of the summary (the columns of NPS_SUMMARY). */
export const SUMMARY_WIDTH = 11;

/**
 * Rows a live table keeps at least for growing into (its chart reads them):
 * about 33 years of months, or 8 years of weeks.
 */
export const LIVE_ROWS = 400;

/**
 * The rows a live table keeps: its rows today and half as many again to
 * grow into, never fewer than {@link LIVE_ROWS}.
 *
 * @example liveRoom(12) // 400
 * @example liveRoom(426) // 639 (14 months of days)
 */
export function liveRoom(rowsToday: number): number {
  return Math.max(LIVE_ROWS, Math.ceil(rowsToday * 1.5));
}

/**
 * Row of the tables' titles under `charts` charts (two per row of charts).
 * @example tableTitleRow(4) // 49
 */
export function tableTitleRow(charts: number): number {
  return CHART_ROW + Math.max(1, Math.ceil(charts / 2)) * CHART_BAND_ROWS;
}

/** Where a chart sits: its anchor cell and pixel offsets from it. */
export interface ChartPlace {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

/**
 * The place of the i-th chart (0-based): two per row, left to right, from
 * {@link CHART_ROW}, anchored on the cell under its top-left corner.
 *
 * @example chartPlace(1) // { row: 11, column: 5, offsetX: 60, offsetY: 0 }
 */
export function chartPlace(i: number): ChartPlace {
  const x = (i % 2) * (CHART_WIDTH + CHART_GAP);
  return { row: CHART_ROW + Math.floor(i / 2) * CHART_BAND_ROWS, column: 1 + Math.floor(x / COLUMN_WIDTH), offsetX: x % COLUMN_WIDTH, offsetY: 0 };
}

/** A table on the report: header row, first column, width and the data rows it covers. */
export interface TableArea {
  /** Sheet row of the header row. */
  headerRow: number;
  column: number;
  width: number;
  /** Data rows under the header (the rows written, or the live room). */
  rows: number;
}

/**
 * The place of the themes chart: right of the first row's two charts.
 * @example themesChartPlace() // { row: 11, column: 9, offsetX: 120, offsetY: 0 }
 */
export function themesChartPlace(): ChartPlace {
  const x = THEMES_CHART_SLOT * (CHART_WIDTH + CHART_GAP);
  return { row: CHART_ROW, column: 1 + Math.floor(x / COLUMN_WIDTH), offsetX: x % COLUMN_WIDTH, offsetY: 0 };
}

/** The tables of one report, null when absent. */
export interface ReportTables {
  period: TableArea | null;
  segment: TableArea | null;
  rolling: TableArea | null;
  /** The chart-data blocks (see the layout above), null when their chart is absent. */
  trendData: TableArea | null;
  mixData: TableArea | null;
  segmentData: TableArea | null;
  distributionData: TableArea | null;
  /** The themes chart's data (a fixed place, see above), absent without themes. */
  themesData?: TableArea | null;
}
