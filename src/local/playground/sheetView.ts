/**
 * What the playground shows of the sheets: a list of tabs and one page of a
 * sheet at a time, every cell as the text Sheets would display with its look
 * (bold, fill, font colour, alignment), the column widths, and the sheet's
 * charts at their pixel rectangles (geometry.ts) so the page can draw them
 * over the grid as Sheets does. Pages keep a 100,000-row sheet from turning
 * into a giant HTML table.
 */
import { chartRect } from '../sheets/geometry';
import type { LocalSheet } from '../sheets/localSheet';
import { cellKey } from '../sheets/localSheet';
import type { LocalSpreadsheet } from '../sheets/localSpreadsheet';
import { displayText } from '../sheets/numberFormat';
import { DEFAULT_ROW_HEIGHT, DEFAULT_WIDTH } from '../sheets/sheet';
import { isDate } from '../sheets/values';

/** Rows per page of the sheet view. */
const PAGE_ROWS = 200;
/** Columns shown at most (wider sheets are cut, with a note). */
export const MAX_COLUMNS = 60;

/** One tab of the sheet view. */
export interface SheetTab {
  name: string;
  id: number;
  rows: number;
  columns: number;
  charts: number;
  active: boolean;
}

/** One page of a sheet, as display text. */
export interface SheetPage {
  name: string;
  /** 0-based page number. */
  page: number;
  pages: number;
  /** Sheet row of the first row of `cells`. */
  firstRow: number;
  /** Last row with content (0 when empty). */
  rowCount: number;
  /** Last column with content (0 when empty). */
  columnCount: number;
  /** Columns actually sent (≤ MAX_COLUMNS). */
  shownColumns: number;
  cells: string[][];
  /** The look of each cell of `cells` (null: Sheets' default look). */
  looks: (CellLook | null)[][];
  /** Width in pixels of each shown column. */
  columnWidths: number[];
  /** Height of every row, in pixels. */
  rowHeight: number;
  /** The sheet's charts that reach this page, where they sit over its grid. */
  charts: PlacedChart[];
}

/** How a cell looks beyond its text. */
export interface CellLook {
  bold?: boolean;
  /** CSS colours. */
  background?: string;
  color?: string;
  /** Numbers and dates sit on the right, as in Sheets. */
  right?: boolean;
}

/** A chart over the page's grid. */
export interface PlacedChart {
  /** Its index in the state's chart list (sheet order, then insertion order). */
  index: number;
  /** Pixels from the top-left corner of the page's first cell (column A of `firstRow`). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The tabs of the spreadsheet, in sheet order.
 *
 * @param book the in-memory spreadsheet
 */
export function sheetTabs(book: LocalSpreadsheet): SheetTab[] {
  return book.sheets.map((sheet) => ({
    name: sheet.name,
    id: sheet.id,
    rows: safe(() => sheet.lastRow(), 0),
    columns: safe(() => sheet.lastColumn(), 0),
    charts: sheet.charts.length,
    active: sheet === book.activeSheet,
  }));
}

/**
 * One page of a sheet; the page number is clamped to the sheet.
 *
 * @param book the in-memory spreadsheet
 * @param sheet the sheet to show
 * @param page 0-based page number
 * @example sheetPage(book, book.sheets[0], 0).cells[0] // ['Timestamp', 'How likely…', …]
 */
export function sheetPage(book: LocalSpreadsheet, sheet: LocalSheet, page: number): SheetPage {
  const rowCount = safe(() => sheet.lastRow(), 0);
  const columnCount = safe(() => sheet.lastColumn(), 0);
  const pages = Math.max(1, Math.ceil(rowCount / PAGE_ROWS));
  const current = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  const firstRow = current * PAGE_ROWS + 1;
  const lastRow = Math.min(rowCount, firstRow + PAGE_ROWS - 1);
  const shownColumns = Math.min(columnCount, MAX_COLUMNS);
  const cells: string[][] = [];
  const looks: (CellLook | null)[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const line: string[] = [];
    const lineLooks: (CellLook | null)[] = [];
    for (let column = 1; column <= shownColumns; column++) {
      line.push(cellText(book, sheet, row, column));
      lineLooks.push(cellLook(sheet, row, column));
    }
    cells.push(line);
    looks.push(lineLooks);
  }
  const columnWidths = Array.from({ length: shownColumns }, (_, i) => sheet.columnWidths.get(i + 1) ?? DEFAULT_WIDTH);
  return {
    name: sheet.name, page: current, pages, firstRow, rowCount, columnCount, shownColumns, cells, looks, columnWidths,
    rowHeight: DEFAULT_ROW_HEIGHT, charts: placedCharts(book, sheet, firstRow, lastRow),
  };
}

/** The sheet's charts whose rectangle reaches rows firstRow…lastRow, relative to the page. */
function placedCharts(book: LocalSpreadsheet, sheet: LocalSheet, firstRow: number, lastRow: number): PlacedChart[] {
  let index = 0;
  for (const s of book.sheets) {
    if (s === sheet) break;
    index += s.charts.length;
  }
  const top = (firstRow - 1) * DEFAULT_ROW_HEIGHT;
  const bottom = Math.max(lastRow, firstRow) * DEFAULT_ROW_HEIGHT;
  const placed: PlacedChart[] = [];
  sheet.charts.forEach((chart, i) => {
    const rect = chartRect(sheet, chart);
    if (rect.y + rect.height <= top || rect.y >= bottom) return;
    placed.push({ index: index + i, x: rect.x, y: rect.y - top, width: rect.width, height: rect.height });
  });
  return placed;
}

/** A cell's look, or null when it has Sheets' default look. */
function cellLook(sheet: LocalSheet, row: number, column: number): CellLook | null {
  const style = sheet.styles.get(cellKey(row, column));
  const look: CellLook = {};
  if (style) {
    if (style.fontWeight === 'bold') look.bold = true;
    if (style.background) look.background = style.background;
    if (style.fontColor) look.color = style.fontColor;
  }
  try {
    const value = sheet.value(row, column);
    if (typeof value === 'number' || isDate(value)) look.right = true;
  } catch {
    // A formula the local spreadsheet does not evaluate: its reason shows as text.
  }
  return Object.keys(look).length > 0 ? look : null;
}

/** What the cell displays; a formula the local spreadsheet does not evaluate shows its reason. */
function cellText(book: LocalSpreadsheet, sheet: LocalSheet, row: number, column: number): string {
  try {
    const value = sheet.value(row, column);
    return displayText(value, sheet.numberFormats.get(cellKey(row, column)), book.locale, book.timeZone);
  } catch (error) {
    return `#N/A (${error instanceof Error ? error.message : String(error)})`;
  }
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
